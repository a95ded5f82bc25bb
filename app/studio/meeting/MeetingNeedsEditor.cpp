#include "meeting/MeetingNeedsEditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "cmcsim/meeting/MeetingLog.h"
#include "cmcsim/meeting/MeetingNeedsCheck.h"
#include "cmcsim/meeting/MeetingTranscript.h"
#include "common/StudioText.h"

using namespace studio;

MeetingNeedsEditor::MeetingNeedsEditor(QWidget* parent) : QWidget(parent) {
    auto* intro = new QLabel(
        tr("Reformulez par écrit les exigences et besoins de l'entreprise ; elle les signe. "
           "La loi les demande <b>avant toute conclusion</b> (art. L521-4 du Code des "
           "assurances). Écrivez des phrases, pas une liste de mots : chaque texte refusé "
           "coûte de la confiance et du temps."));
    intro->setWordWrap(true);
    editor_ = new QPlainTextEdit;
    editor_->setObjectName(QStringLiteral("meetingNeeds"));
    editor_->setPlaceholderText(
        tr("Exigences et besoins exprimés par l'entreprise : niveau de "
           "garanties, postes prioritaires, budget, échéance…"));
    draft_ = new QPushButton(tr("Reprendre ce que l'entreprise a dit"));
    draft_->setObjectName(QStringLiteral("meetingNeedsDraft"));
    draft_->setToolTip(tr("Ajoute au texte ce que la découverte a appris"));
    sign_ = new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")),
                            tr("Faire signer à l'entreprise"));
    sign_->setObjectName(QStringLiteral("meetingNeedsSign"));
    status_ = new QLabel;
    status_->setObjectName(QStringLiteral("meetingNeedsStatus"));
    status_->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(draft_);
    buttons->addStretch(1);
    buttons->addWidget(sign_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(editor_, 1);
    layout->addWidget(status_);
    layout->addLayout(buttons);
    connect(editor_, &QPlainTextEdit::textChanged, this, &MeetingNeedsEditor::updateButtons);
    connect(draft_, &QPushButton::clicked, this, [this] {
        // The engine words the draft: a statement the company signs (MeetingNeedsCheck).
        editor_->setPlainText(text(cmcsim::MeetingNeedsCheck::draft(
            known_, editor_->toPlainText().trimmed().toStdString())));
    });
    connect(sign_, &QPushButton::clicked, this,
            [this] { Q_EMIT signRequested(editor_->toPlainText().trimmed()); });
    showMeeting(nullptr, nullptr);
}

void MeetingNeedsEditor::showMeeting(const cmcsim::MeetingRecord* record,
                                     const cmcsim::MeetingTranscript* transcript) {
    known_.clear();
    if (transcript) known_ = transcript->restated;
    // The last needs signed, and its entry: a new one replaces the draft.
    const cmcsim::MeetingAct* last = nullptr;
    if (record)
        for (const auto& act : record->acts)
            if (act.kind == cmcsim::MeetingAct::Kind::Needs) last = &act;
    const int id = record ? record->id : 0;
    const auto entry = last ? last->entry : 0;
    if (id != meeting_ || entry != signedEntry_)
        editor_->setPlainText(last ? text(last->needs) : QString());
    meeting_ = id;
    signedEntry_ = entry;
    if (!record)
        status_->setText(tr("Choisissez ou ouvrez un rendez-vous."));
    else if (transcript && transcript->needsStep > 0)
        status_->setText(tr("<span style='color:#1b7a2f'>✔ Signées par l'entreprise à l'étape "
                            "%1.</span> Une nouvelle version peut être signée.")
                             .arg(transcript->needsStep));
    else if (last)
        status_->setText(
            tr("<span style='color:#b00020'>✘ Texte refusé par l'entreprise</span> : sa réponse "
               "dit pourquoi dans le dialogue. Chaque refus coûte de la confiance et du temps."));
    else
        status_->setText(tr("<span style='color:#a35a00'>Pas encore écrites ni signées.</span>"));
    updateButtons();
}

void MeetingNeedsEditor::setCommandsEnabled(bool enabled, const QString& why) {
    enabled_ = enabled;
    editor_->setReadOnly(!enabled);
    sign_->setToolTip(enabled ? tr("L'entreprise signe le texte ci-dessus (commande définitive)")
                              : why);
    updateButtons();
}

void MeetingNeedsEditor::updateButtons() {
    const bool open = enabled_ && meeting_ != 0;
    sign_->setEnabled(open && !editor_->toPlainText().trimmed().isEmpty());
    draft_->setEnabled(open && !known_.empty());
}
