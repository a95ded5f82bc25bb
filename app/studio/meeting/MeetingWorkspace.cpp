#include "meeting/MeetingWorkspace.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "DocumentHtml.h"
#include "DocumentPdf.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/OneLine.h"
#include "cmcsim/meeting/MeetingNegotiation.h"
#include "cmcsim/meeting/MeetingView.h"
#include "cmcsim/needs/NeedsReport.h"
#include "cmcsim/report/MeetingDocument.h"
#include "common/ReadOnlyGuard.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"
#include "meeting/MeetingChoices.h"
#include "meeting/MeetingCounterForm.h"
#include "meeting/MeetingList.h"
#include "meeting/MeetingNeedsEditor.h"
#include "meeting/MeetingOfferPicker.h"
#include "meeting/MeetingTranscriptHtml.h"
#include "meeting/NewMeetingDialog.h"

using namespace studio;
namespace cmd = cmcsim::command;

namespace {
enum SideTab { kNeedsTab, kOfferTab, kDebriefTab, kTruthTab };

// A choice's wording as the undo stack and the status bar name it.
QString shortened(const QString& wording) {
    constexpr int kLength = 60;
    return wording.size() <= kLength ? wording
                                     : wording.left(kLength - 1).trimmed() + QChar(0x2026);
}
}  // namespace

MeetingWorkspace::MeetingWorkspace(StudioSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    new_ = new QPushButton(QIcon::fromTheme(QStringLiteral("appointment-new")),
                           tr("Nouveau rendez-vous…"));
    new_->setObjectName(QStringLiteral("meetingNew"));
    list_ = new MeetingList;
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("<b>Rendez-vous de l'épreuve</b>")));
    leftLayout->addWidget(list_, 1);
    leftLayout->addWidget(new_);

    header_ = new QLabel;
    header_->setObjectName(QStringLiteral("meetingHeader"));
    header_->setWordWrap(true);
    header_->setTextFormat(Qt::RichText);
    trust_ = new QProgressBar;
    trust_->setObjectName(QStringLiteral("meetingTrust"));
    trust_->setRange(0, 100);
    trust_->setFormat(tr("Confiance %v / 100"));
    trust_->setTextVisible(true);
    trust_->setToolTip(
        tr("La confiance de l'entreprise : elle monte avec les questions "
           "pertinentes, les comparaisons honnêtes et les bonnes réponses aux "
           "objections ; elle baisse avec les allégations trompeuses, la survente "
           "et les obligations omises."));
    trustMove_ = new QLabel;
    trustMove_->setObjectName(QStringLiteral("meetingTrustMove"));
    clock_ = new QLabel;
    clock_->setObjectName(QStringLiteral("meetingClock"));
    // The gauge keeps a readable size at 1366×768 without spanning a wide screen; the trust's
    // move and the duration stay whole beside it.
    trust_->setMinimumWidth(170);
    trust_->setMaximumWidth(360);
    trustMove_->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    clock_->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    auto* gauge = new QHBoxLayout;
    gauge->addWidget(trust_, 1);
    gauge->addWidget(trustMove_);
    gauge->addStretch(0);
    gauge->addSpacing(12);
    gauge->addWidget(clock_);
    conversation_ = new QTextBrowser;
    conversation_->setObjectName(QStringLiteral("meetingConversation"));
    // The last exchange in sight: the document is laid out bit by bit after setHtml, so follow
    // its growth to the end.
    auto* bar = conversation_->verticalScrollBar();
    connect(bar, &QScrollBar::rangeChanged, bar, [bar](int, int max) { bar->setValue(max); });
    choices_ = new MeetingChoices;
    close_ =
        new QPushButton(QIcon::fromTheme(QStringLiteral("dialog-ok")), tr("Clore le rendez-vous…"));
    close_->setObjectName(QStringLiteral("meetingClose"));
    close_->setToolTip(
        tr("L'entreprise donne sa réponse : signature, prochaine étape ou refus. "
           "Plus rien ne peut ensuite être dit dans ce rendez-vous."));
    refusal_ = new QLabel;
    refusal_->setObjectName(QStringLiteral("meetingRefusal"));
    refusal_->setWordWrap(true);
    refusal_->setStyleSheet(QStringLiteral("color:#b00020"));
    refusal_->hide();
    auto* talk = new QSplitter(Qt::Vertical);
    talk->addWidget(conversation_);
    talk->addWidget(choices_);
    talk->setStretchFactor(0, 3);
    talk->setStretchFactor(1, 2);
    auto* centre = new QWidget;
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(header_);
    centreLayout->addLayout(gauge);
    centreLayout->addWidget(talk, 1);
    centreLayout->addWidget(refusal_);
    auto* closeRow = new QHBoxLayout;
    closeRow->addStretch(1);
    closeRow->addWidget(close_);
    centreLayout->addLayout(closeRow);

    needs_ = new MeetingNeedsEditor;
    offer_ = new MeetingOfferPicker;
    counter_ = new MeetingCounterForm;
    counter_->setNegotiation(
        cmcsim::MeetingNegotiation::of(session_.scenario().policy, session_.reference().meetings));
    auto* offerPage = new QWidget;
    auto* offerLayout = new QVBoxLayout(offerPage);
    offerLayout->addWidget(offer_);
    offerLayout->addSpacing(12);
    offerLayout->addWidget(counter_);
    offerLayout->addStretch(1);
    debrief_ = new QTextBrowser;
    debrief_->setObjectName(QStringLiteral("meetingDebrief"));
    // The debrief wraps to the panel's width (1366×768 included): its tables take 100 % of it.
    // Qt lays a long document out again bit by bit after the window narrows and kept the former
    // width's scroll bar meanwhile: no sideways scroll bar, nothing lies beyond the width.
    debrief_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    exportDebrief_ = new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")),
                                     tr("Exporter le débriefing en PDF…"));
    auto* debriefPage = new QWidget;
    auto* debriefLayout = new QVBoxLayout(debriefPage);
    debriefLayout->addWidget(debrief_, 1);
    debriefLayout->addWidget(exportDebrief_, 0, Qt::AlignRight);
    side_ = new QTabWidget;
    side_->setObjectName(QStringLiteral("meetingSide"));
    side_->addTab(needs_, tr("Exigences et besoins"));
    side_->addTab(offerPage, tr("Offre et négociation"));
    side_->addTab(debriefPage, tr("Débriefing"));
    if (session_.evaluator()) {
        truth_ = new QTextBrowser;
        truth_->setObjectName(QStringLiteral("meetingTruth"));
        side_->addTab(truth_, tr("Besoins réels (évaluateur)"));
        side_->setCurrentWidget(truth_);
    }

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(centre);
    splitter->addWidget(side_);
    splitter->setStretchFactor(0, 24);
    splitter->setStretchFactor(1, 44);
    splitter->setStretchFactor(2, 32);
    splitter->setSizes({300, 600, 440});
    // No panel folds away by a dragged handle; each keeps what its content needs at 1366×768.
    splitter->setChildrenCollapsible(false);
    left->setMinimumWidth(220);
    centre->setMinimumWidth(420);
    side_->setMinimumWidth(320);
    talk->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    for (QWidget* w :
         {static_cast<QWidget*>(new_), static_cast<QWidget*>(close_),
          static_cast<QWidget*>(choices_->sayButton()), static_cast<QWidget*>(needs_->signButton()),
          static_cast<QWidget*>(offer_->presentButton()),
          static_cast<QWidget*>(counter_->proposeButton())})
        guardCommand(w, session_);
    connect(new_, &QPushButton::clicked, this, &MeetingWorkspace::newMeetingDialog);
    connect(list_, &MeetingList::meetingSelected, this, &MeetingWorkspace::showMeeting);
    connect(choices_, &MeetingChoices::chosen, this, [this](const QString& id) { say(id); });
    connect(needs_, &MeetingNeedsEditor::signRequested, this, &MeetingWorkspace::signNeeds);
    connect(offer_, &MeetingOfferPicker::presentRequested, this, &MeetingWorkspace::presentOffer);
    connect(counter_, &MeetingCounterForm::counterRequested, this,
            [this](double pct, const QString& counterpart) { counterPropose(pct, counterpart); });
    connect(offer_, &MeetingOfferPicker::offersRequested, this, [this] {
        if (view_) Q_EMIT offerRequested(text(view_->record().siret));
    });
    connect(close_, &QPushButton::clicked, this, [this] { closeMeeting(); });
    connect(exportDebrief_, &QPushButton::clicked, this, [this] {
        if (!view_ || !view_->record().closed()) return;
        const auto proposed =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(QStringLiteral("debriefing-rdv-%1.pdf").arg(meeting_));
        const auto file = QFileDialog::getSaveFileName(this, tr("Exporter le débriefing"), proposed,
                                                       tr("Documents PDF (*.pdf)"));
        QString why;
        if (!file.isEmpty() &&
            !DocumentPdf::writeFile(
                cmcsim::MeetingDocument::debrief(view_->debrief(), view_->record(),
                                                 view_->companyName(), session_.reference(),
                                                 session_.truthOpen() ? &view_->needs() : nullptr),
                file, &why))
            QMessageBox::warning(this, tr("Export impossible"),
                                 tr("Impossible d'écrire %1 : %2").arg(file, why));
    });
    connect(&session_, &StudioSession::changed, this, &MeetingWorkspace::refresh);
    connect(&session_, &StudioSession::refused, this, [this](const QString& reason) {
        if (!running_) return;
        refusal_->setText(tr("Refusé : %1").arg(reason));
        refusal_->show();
    });
    refresh();
}

MeetingWorkspace::~MeetingWorkspace() = default;

void MeetingWorkspace::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (dirty_) refresh();
}

void MeetingWorkspace::refresh() {
    // Every meeting's dialogue is recomputed after each command of any workspace: only when seen.
    if (!isVisible()) {
        dirty_ = true;
        return;
    }
    dirty_ = false;
    const auto& a = session_.engine().attempt();
    const auto all = cmcsim::MeetingView::all(session_.market(), session_.reference(),
                                              session_.scenario(), a.seed(), session_.state());
    list_->showMeetings(all, session_.state(), session_.market());
    if (!session_.state().meetings().meeting(meeting_)) meeting_ = 0;  // an earlier entry shown
    list_->select(meeting_);
    const bool closedAttempt = session_.state().sealed() || session_.evaluator();
    new_->setEnabled(!closedAttempt);
    if (session_.state().sealed() && !session_.evaluator())
        new_->setToolTip(
            tr("L'épreuve est remise : plus aucun rendez-vous ne peut y être ouvert."));
    refreshMeeting();
}

void MeetingWorkspace::showMeeting(int id) {
    if (id == meeting_ && (view_ || id == 0)) return;
    meeting_ = id;
    refusal_->hide();
    list_->select(id);
    refreshMeeting();
}

QString MeetingWorkspace::readOnlyReason() const {
    if (session_.evaluator())
        return tr("Mode évaluateur : l'épreuve est ouverte en lecture seule.");
    if (session_.state().sealed())
        return tr("L'épreuve est remise : plus rien ne peut y être enregistré.");
    if (!view_) return tr("Choisissez ou ouvrez un rendez-vous.");
    if (view_->record().closed())
        return tr("Le rendez-vous est clos : plus rien ne peut y être dit (voir son débriefing).");
    return {};
}

QString MeetingWorkspace::companyLabel() const {
    return view_ ? text(cmcsim::oneLine(view_->companyName())) : QString();
}

void MeetingWorkspace::refreshMeeting() {
    view_.reset();
    QString problem;
    if (meeting_ != 0) {
        try {
            view_ = std::make_unique<cmcsim::MeetingView>(
                session_.market(), session_.reference(), session_.scenario(),
                session_.engine().attempt().seed(), session_.state(), meeting_);
        } catch (const cmcsim::InputError& e) {
            problem = QString::fromUtf8(e.what());
        }
    }
    const auto* record = view_ ? &view_->record() : nullptr;
    const auto* transcript = view_ ? &view_->transcript() : nullptr;
    showHeader();
    if (view_) {
        conversation_->setHtml(MeetingTranscriptHtml::render(*transcript, companyLabel(),
                                                             session_.reference().objections));
        choices_->showChoices(view_->choices(), session_.reference().meetings, transcript->phase);
    } else {
        conversation_->setHtml(
            problem.isEmpty()
                ? tr("<p style='color:#666'><i>Choisissez un rendez-vous dans la liste, ou "
                     "ouvrez-en un avec <b>Nouveau rendez-vous…</b> : un rendez-vous pris "
                     "pendant les semaines simulées, ou demandé à une entreprise du fichier "
                     "prospects.</i></p>")
                : QStringLiteral("<p style='color:#b00020'>%1</p>").arg(problem.toHtmlEscaped()));
        choices_->showChoices({}, session_.reference().meetings, cmcsim::MeetingPhase::Preparation);
    }
    needs_->showMeeting(record, transcript);
    offer_->showMeeting(record, transcript, session_.state().offers());
    const auto why = readOnlyReason();
    choices_->setCommandsEnabled(why.isEmpty(), why);
    needs_->setCommandsEnabled(why.isEmpty(), why);
    offer_->setCommandsEnabled(why.isEmpty(), why);
    counter_->showMeeting(transcript);
    counter_->setCommandsEnabled(why.isEmpty(), why);
    close_->setEnabled(why.isEmpty());
    // Nothing to say once closed (or before a meeting is chosen): the dialogue takes the room.
    choices_->setVisible(view_ && !record->closed());
    if (!why.isEmpty()) close_->setToolTip(why);
    showDebrief();
    if (truth_ && !session_.truthOpen())
        truth_->setHtml(QStringLiteral("<p style='color:#666'><i>%1</i></p>")
                            .arg(session_.truthRefusal().toHtmlEscaped()));
    else if (truth_)
        truth_->setHtml(
            view_ ? tr("<p><b>Vérité cachée</b> : ce que l'entreprise ne dit qu'aux questions "
                       "pertinentes ; jamais montré au candidat.</p>") +
                        QStringLiteral("<pre style='white-space:pre-wrap'>%1</pre>")
                            .arg(html(cmcsim::NeedsReport::text(view_->needs(), session_.market(),
                                                                session_.reference())))
                  : QString());
}

void MeetingWorkspace::showHeader() {
    if (!view_) {
        header_->setText(tr("<b>Aucun rendez-vous choisi</b>"));
        trust_->setValue(0);
        trust_->setEnabled(false);
        trustMove_->clear();
        clock_->clear();
        return;
    }
    const auto& r = view_->record();
    const auto& t = view_->transcript();
    const auto outcome = t.outcome == cmcsim::MeetingOutcome::Open
                             ? QString()
                             : tr(" · <b>%1</b>").arg(text(cmcsim::meetingOutcomeLabel(t.outcome)));
    header_->setText(tr("<b>Rendez-vous n° %1 — %2</b> (SIRET %3)<br/>%4le %5 (semaine %6) · "
                        "phase&nbsp;<b>%7</b>%8")
                         .arg(r.id)
                         .arg(companyLabel().toHtmlEscaped(), text(r.siret),
                              r.subject.empty()
                                  ? QString()
                                  : tr("« %1 », ").arg(html(cmcsim::oneLine(r.subject))),
                              text(r.date.french()))
                         .arg(r.week)
                         .arg(text(cmcsim::meetingPhaseLabel(t.phase)), outcome));
    trust_->setEnabled(true);
    trust_->setValue(static_cast<int>(t.trust + 0.5));
    if (t.turns.empty()) {
        trustMove_->clear();
    } else {
        const auto& last = t.turns.back();
        const double delta = last.trustAfter - last.trustBefore;
        trustMove_->setText(
            delta >= 0.5    ? tr("<span style='color:#1b7a2f'>▲ +%1</span>").arg(number(delta))
            : delta <= -0.5 ? tr("<span style='color:#b00020'>▼ %1</span>").arg(number(delta))
                            : tr("<span style='color:#666'>= 0</span>"));
        trustMove_->setToolTip(tr("Ce que la dernière étape a changé à la confiance"));
    }
    clock_->setText(
        tr("Durée : %1").arg(text(cmcsim::frenchCount(t.minutes, "minute", "minutes"))));
    clock_->setToolTip(tr("Temps simulé passé dans ce rendez-vous"));
}

void MeetingWorkspace::showDebrief() {
    exportDebrief_->setEnabled(false);
    if (!view_) {
        debrief_->clear();
        return;
    }
    try {
        debrief_->setHtml(DocumentHtml::render(cmcsim::MeetingDocument::debrief(
            view_->debrief(), view_->record(), view_->companyName(), session_.reference(),
            session_.truthOpen() ? &view_->needs() : nullptr)));
        exportDebrief_->setEnabled(true);
    } catch (const cmcsim::InputError& e) {  // open: the debrief waits for the closure
        debrief_->setHtml(QStringLiteral("<p style='color:#666'><i>%1</i></p>")
                              .arg(QString::fromUtf8(e.what()).toHtmlEscaped()));
    }
}

bool MeetingWorkspace::run(const QString& label, const char* kind, const nlohmann::json& payload) {
    refusal_->hide();
    running_ = true;
    const bool ok = session_.run(label, kind, payload);
    running_ = false;
    return ok;
}

void MeetingWorkspace::newMeetingDialog() {
    NewMeetingDialog dialog(session_, this);
    if (dialog.exec() == QDialog::Accepted) openMeeting(dialog.siret(), dialog.subject());
}

bool MeetingWorkspace::openMeeting(const QString& siret, const QString& subject) {
    nlohmann::json payload = {{"siret", siret.toStdString()}};
    if (!subject.trimmed().isEmpty()) payload["objet"] = subject.trimmed().toStdString();
    if (!run(tr("Rendez-vous avec le SIRET %1").arg(siret), cmd::kMeetingOpen, payload))
        return false;
    showMeeting(session_.state().meetings().meetings().back().id);
    return true;
}

bool MeetingWorkspace::say(const QString& choice) {
    const auto* entry = session_.reference().meetings.find(choice.toStdString());
    return meeting_ != 0 &&
           run(tr("Rendez-vous n° %1 : « %2 »")
                   .arg(meeting_)
                   .arg(entry ? shortened(text(entry->wording)) : choice),
               cmd::kMeetingChoice, {{"rdv", meeting_}, {"choix", choice.toStdString()}});
}

bool MeetingWorkspace::signNeeds(const QString& needs) {
    return meeting_ != 0 &&
           run(tr("Rendez-vous n° %1 : exigences et besoins signés").arg(meeting_),
               cmd::kMeetingNeeds, {{"rdv", meeting_}, {"besoins", needs.toStdString()}});
}

bool MeetingWorkspace::presentOffer(int version) {
    return meeting_ != 0 &&
           run(tr("Rendez-vous n° %1 : offre v%2 présentée").arg(meeting_).arg(version),
               cmd::kMeetingOffer, {{"rdv", meeting_}, {"version", version}});
}

bool MeetingWorkspace::counterPropose(double discountPct, const QString& counterpart) {
    nlohmann::json payload = {{"rdv", meeting_}, {"remise_pct", discountPct}};
    if (!counterpart.isEmpty()) payload["contrepartie"] = counterpart.toStdString();
    return meeting_ != 0 && run(tr("Rendez-vous n° %1 : contre-proposition de %2 %")
                                    .arg(meeting_)
                                    .arg(number(discountPct, 1)),
                                cmd::kMeetingCounter, payload);
}

bool MeetingWorkspace::closeMeeting(bool confirmed) {
    if (meeting_ == 0) return false;
    if (!confirmed) {
        QMessageBox confirm(QMessageBox::Question, tr("Clore le rendez-vous"),
                            tr("Clore le rendez-vous n° %1 avec %2 ? L'entreprise donne sa "
                               "réponse (signature, prochaine étape ou refus) ; plus rien ne "
                               "pourra y être dit.")
                                .arg(meeting_)
                                .arg(companyLabel()),
                            QMessageBox::Yes | QMessageBox::No, this);
        confirm.setObjectName(QStringLiteral("meetingCloseConfirm"));
        confirm.setDefaultButton(QMessageBox::No);
        if (confirm.exec() != QMessageBox::Yes) return false;
    }
    if (!run(tr("Rendez-vous n° %1 clos").arg(meeting_), cmd::kMeetingClose, {{"rdv", meeting_}}))
        return false;
    side_->setCurrentIndex(kDebriefTab);
    return true;
}
