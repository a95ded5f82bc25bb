#include "tender/TenderResponseForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/reference/TenderReference.h"
#include "cmcsim/tender/TenderAnswerReview.h"
#include "cmcsim/tender/TenderCompliance.h"
#include "cmcsim/tender/TenderDesk.h"
#include "common/ReadOnlyGuard.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"
#include "tender/TenderText.h"

using namespace studio;

namespace {
constexpr int kAnswerHeight = 84;  // pixels: about four lines

void clearLayout(QVBoxLayout* layout) {
    while (auto* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}
}  // namespace

TenderResponseForm::TenderResponseForm(StudioSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    notice_ = new QLabel;
    notice_->setObjectName(QStringLiteral("tenderResponseNotice"));
    notice_->setWordWrap(true);
    offer_ = new QComboBox;
    offer_->setObjectName(QStringLiteral("tenderOfferVersion"));
    offer_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    offer_->setMinimumContentsLength(24);
    offersLink_ = new QPushButton(tr("Construire ou modifier l'offre dans Offres"));
    offersLink_->setObjectName(QStringLiteral("tenderOffersLink"));
    offersLink_->setToolTip(
        tr("Ouvre l'entreprise dans l'onglet Offres : chaque version "
           "enregistrée y devient proposable ici"));
    auto* offerRow = new QHBoxLayout;
    offerRow->addWidget(new QLabel(tr("Version de l'offre :")));
    offerRow->addWidget(offer_, 1);
    offerRow->addWidget(offersLink_);

    auto* questionsGroup = new QGroupBox(tr("Réponses aux questions du cahier des charges"));
    questions_ = new QVBoxLayout(questionsGroup);
    questionsBox_ = questionsGroup;
    auto* documentsGroup = new QGroupBox(tr("Documents à fournir"));
    documents_ = new QVBoxLayout(documentsGroup);
    documentsBox_ = documentsGroup;

    auto* body = new QWidget;
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->addLayout(offerRow);
    bodyLayout->addWidget(questionsGroup);
    bodyLayout->addWidget(documentsGroup);
    bodyLayout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    refusals_ = new QLabel;
    refusals_->setObjectName(QStringLiteral("tenderRefusals"));
    refusals_->setWordWrap(true);
    refusals_->setTextFormat(Qt::RichText);
    countdown_ = new QLabel;
    countdown_->setObjectName(QStringLiteral("tenderCountdown"));
    countdown_->setWordWrap(true);
    save_ = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")),
                            tr("Enregistrer la réponse"));
    save_->setObjectName(QStringLiteral("tenderSaveResponse"));
    submit_ = new QPushButton(QIcon::fromTheme(QStringLiteral("mail-send")), tr("Déposer"));
    submit_->setObjectName(QStringLiteral("tenderSubmit"));
    for (auto* b : {save_, submit_}) studio::guardCommand(b, session_);
    auto* status = new QVBoxLayout;
    status->addWidget(countdown_);
    status->addWidget(refusals_);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(save_);
    buttons->addWidget(submit_);
    buttons->addStretch(1);
    auto* footer = new QHBoxLayout;
    footer->addLayout(status, 1);
    footer->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(notice_);
    layout->addWidget(scroll, 1);
    layout->addLayout(footer);

    connect(offer_, &QComboBox::currentIndexChanged, this, &TenderResponseForm::updateRefusals);
    connect(offersLink_, &QPushButton::clicked, this,
            [this] { Q_EMIT offerRequested(text(siret_)); });
    connect(save_, &QPushButton::clicked, this, &TenderResponseForm::saveDraft);
    connect(submit_, &QPushButton::clicked, this, [this] { submit(); });
}

void TenderResponseForm::showTender(const cmcsim::TenderDesk& desk, const cmcsim::Tender& tender) {
    desk_ = &desk;
    const auto* response = session_.state().tenders().find(tender.id);
    const auto* saved = response && response->draft ? &*response->draft : nullptr;
    const std::int64_t draftEntry = saved ? saved->entry : 0;
    const bool same = tender.id == id_;
    siret_ = cmcsim::siret::formatSiret(tender.siret);
    if (!same) {
        id_ = tender.id;
        rebuild(tender);
    }
    if (!same || draftEntry != loadedDraft_) {
        load(saved);
        loadedDraft_ = draftEntry;
    } else {
        fillOffers(offer_->currentData().toInt());
    }
    const bool read = response != nullptr;
    const bool submitted = response && response->submittedBy != 0;
    editable_ = read && !submitted && !session_.sealed() && !session_.evaluator();
    if (!read)
        notice_->setText(tr("Lisez d'abord le cahier des charges : la réponse s'y prépare."));
    else if (submitted)
        notice_->setText(tr("Réponse déposée en semaine %1 : elle est définitive ; le résultat "
                            "sera connu une fois la semaine %2 jouée.")
                             .arg(response->submittedWeek)
                             .arg(tender.awardWeek));
    else if (session_.sealed())
        notice_->setText(tr("Épreuve remise : consultation seule."));
    notice_->setVisible(!editable_ && !session_.evaluator());
    offer_->setEnabled(editable_ && offer_->count() > 0 && offer_->itemData(0).toInt() > 0);
    offersLink_->setEnabled(!session_.evaluator());
    for (const auto& [id, editor] : answers_) editor.first->setReadOnly(!editable_);
    for (const auto& [id, box] : documentBoxes_) box->setEnabled(editable_);
    const int now = desk.week();
    countdown_->setText(
        submitted ? tr("Attribution en fin de %1.").arg(tenderText::week(desk, tender.awardWeek))
                  : tr("<b>Dépôt jusqu'à la fin de la %1 : %2.</b> Semaine simulée : %3.")
                        .arg(tenderText::week(desk, tender.submissionWeek),
                             tenderText::countdown(now, tender.submissionWeek))
                        .arg(now));
    updateRefusals();
}

void TenderResponseForm::rebuild(const cmcsim::Tender& tender) {
    clearLayout(questions_);
    clearLayout(documents_);
    answers_.clear();
    documentBoxes_.clear();
    const auto& reference = cmcsim::TenderReference::installed();
    for (const auto& id : tender.questions) {
        const auto* q = reference.question(id);
        auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(html(q ? q->text : id)));
        label->setWordWrap(true);
        auto* editor = new QPlainTextEdit;
        editor->setObjectName(QStringLiteral("tenderAnswer-%1").arg(text(id)));
        editor->setFixedHeight(kAnswerHeight);
        editor->setPlaceholderText(tr("Votre réponse argumentée…"));
        auto* count = new QLabel;
        count->setProperty("minWords", q ? q->minWords : 0);
        questions_->addWidget(label);
        questions_->addWidget(editor);
        questions_->addWidget(count);
        questions_->addSpacing(6);
        answers_[id] = {editor, count};
        connect(editor, &QPlainTextEdit::textChanged, this, &TenderResponseForm::updateRefusals);
    }
    questionsBox_->setVisible(!tender.questions.empty());
    for (const auto& id : tender.documents) {
        const auto* d = reference.document(id);
        auto* box = new QCheckBox(d ? text(d->label) : text(id));
        box->setObjectName(QStringLiteral("tenderDocument-%1").arg(text(id)));
        if (d) box->setToolTip(text(d->description));
        documents_->addWidget(box);
        documentBoxes_[id] = box;
        connect(box, &QCheckBox::toggled, this, &TenderResponseForm::updateRefusals);
    }
    documentsBox_->setVisible(!tender.documents.empty());
}

void TenderResponseForm::fillOffers(int version) {
    const QSignalBlocker block(offer_);
    offer_->clear();
    const auto& offers = session_.state().offers();
    for (auto it = offers.rbegin(); it != offers.rend(); ++it) {  // the latest first
        if (it->siret != siret_) continue;
        const auto title =
            it->offer.is_object() && it->offer.contains("titre") && it->offer["titre"].is_string()
                ? text(it->offer["titre"].get<std::string>())
                : QString();
        offer_->addItem(tr("v%1 — %2").arg(it->version).arg(title), it->version);
    }
    if (offer_->count() == 0)
        offer_->addItem(tr("Aucune offre enregistrée pour cette entreprise"), 0);
    offer_->setCurrentIndex(std::max(0, offer_->findData(version)));
}

void TenderResponseForm::load(const cmcsim::TenderDraft* draft) {
    fillOffers(draft ? draft->offerVersion : 0);
    for (const auto& [id, editor] : answers_) {
        const QSignalBlocker block(editor.first);
        QString answer;
        if (draft)
            if (const auto it = draft->answers.find(id); it != draft->answers.end())
                answer = text(it->second);
        editor.first->setPlainText(answer);
    }
    for (const auto& [id, box] : documentBoxes_) {
        const QSignalBlocker block(box);
        box->setChecked(draft && std::find(draft->documents.begin(), draft->documents.end(), id) !=
                                     draft->documents.end());
    }
}

cmcsim::TenderDraft TenderResponseForm::draft() const {
    cmcsim::TenderDraft d;
    d.offerVersion = offer_->currentData().toInt();
    for (const auto& [id, editor] : answers_)
        if (const auto answer = editor.first->toPlainText().trimmed(); !answer.isEmpty())
            d.answers[id] = answer.toStdString();
    for (const auto& [id, box] : documentBoxes_)
        if (box->isChecked()) d.documents.push_back(id);
    return d;
}

bool TenderResponseForm::modified() const {
    const auto* response = session_.state().tenders().find(id_);
    if (!response || !response->draft) return true;
    const auto d = draft();
    const auto& saved = *response->draft;
    return d.offerVersion != saved.offerVersion || d.answers != saved.answers ||
           d.documents != saved.documents;
}

void TenderResponseForm::updateRefusals() {
    // Each answer judged against its question, as the award's « dossier » criterion judges it.
    std::map<std::string, cmcsim::TenderAnswerVerdict> verdicts;
    if (desk_ && !id_.empty())
        for (auto& v : cmcsim::TenderAnswerReview::of(cmcsim::TenderReference::installed(),
                                                      desk_->visible(id_), draft()))
            verdicts[v.question] = std::move(v);
    for (const auto& [id, editor] : answers_) {
        const int words =
            cmcsim::TenderCompliance::wordCount(editor.first->toPlainText().toStdString());
        const int wanted = editor.second->property("minWords").toInt();
        const auto verdict = verdicts.find(id);
        const bool treated =
            verdict == verdicts.end() ? words >= wanted : verdict->second.addressed;
        editor.second->setText(
            verdict == verdicts.end() || words == 0
                ? tr("%n mot(s) ; %1 au moins pour une réponse argumentée (complétude du dossier)",
                     nullptr, words)
                      .arg(wanted)
            : treated
                ? tr("%n mot(s) ; la réponse traite la question (complétude du dossier)", nullptr,
                     words)
                : tr("%n mot(s) ; ne compte pas dans la complétude du dossier : %1", nullptr, words)
                      .arg(text(verdict->second.reason)));
        editor.second->setStyleSheet(treated ? QString() : QStringLiteral("color:#9a6700"));
    }
    if (!desk_ || id_.empty()) return;
    const auto* response = session_.state().tenders().find(id_);
    const bool submitted = response && response->submittedBy != 0;
    std::vector<std::string> refusals;
    if (!submitted) refusals = desk_->submissionRefusals(id_, draft());
    refusals_->setText(
        submitted ? QString()
                  : tenderText::reasons(refusals, tr("<div style='color:#1b7f3b'>✔ La réponse "
                                                     "peut être déposée.</div>")));
    refusals_->setVisible(!submitted);
    const bool open = desk_->visible(id_).submissionOpen(desk_->week());
    save_->setEnabled(editable_ && open && modified());
    submit_->setEnabled(editable_ && refusals.empty());
    if (session_.evaluator()) return;  // the buttons say why they are disabled (guardCommand)
    save_->setToolTip(open ? tr("Enregistre la réponse sans la déposer (commande ao.reponse)")
                           : tenderText::reasonLines(refusals));
    submit_->setToolTip(
        editable_ && refusals.empty() ? tr("Dépose la réponse, définitivement (commande ao.depot)")
        : refusals.empty()            ? notice_->text()
                           : tr("Dépôt impossible :\n%1").arg(tenderText::reasonLines(refusals)));
}

bool TenderResponseForm::saveDraft() {
    if (id_.empty()) return false;
    const auto d = draft();
    return session_.run(
        tr("Réponse à l'appel d'offres %1 (offre v%2)").arg(text(id_)).arg(d.offerVersion),
        cmcsim::command::kTenderResponse,
        cmcsim::TenderDesk::responseCommand(id_, d.offerVersion, d.answers, d.documents));
}

bool TenderResponseForm::submit(bool confirmed) {
    if (id_.empty()) return false;
    if (!confirmed) {
        QMessageBox confirm(QMessageBox::Question, tr("Déposer la réponse"),
                            tr("Déposer la réponse à l'appel d'offres %1 ? Le dépôt est "
                               "définitif : la réponse ne pourra plus être modifiée.")
                                .arg(text(id_)),
                            QMessageBox::Yes | QMessageBox::No, this);
        confirm.setObjectName(QStringLiteral("tenderSubmitConfirm"));
        confirm.setDefaultButton(QMessageBox::No);
        if (confirm.exec() != QMessageBox::Yes) return false;
    }
    const auto id = id_;  // the form is shown again after each command
    if (modified() && !saveDraft()) return false;
    return session_.run(tr("Dépôt de la réponse à l'appel d'offres %1").arg(text(id)),
                        cmcsim::command::kTenderSubmit, cmcsim::TenderDesk::submitCommand(id));
}

QPlainTextEdit* TenderResponseForm::answerEdit(const std::string& question) const {
    const auto it = answers_.find(question);
    return it == answers_.end() ? nullptr : it->second.first;
}

QCheckBox* TenderResponseForm::documentBox(const std::string& document) const {
    const auto it = documentBoxes_.find(document);
    return it == documentBoxes_.end() ? nullptr : it->second;
}
