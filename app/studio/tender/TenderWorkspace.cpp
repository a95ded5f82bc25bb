#include "tender/TenderWorkspace.h"

#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/tender/TenderDesk.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"
#include "tender/TenderDebriefPage.h"
#include "tender/TenderList.h"
#include "tender/TenderQuestionsPanel.h"
#include "tender/TenderResponseForm.h"
#include "tender/TenderSpecificationsPage.h"
#include "tender/TenderText.h"

using namespace studio;

TenderWorkspace::TenderWorkspace(StudioSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    week_ = new QLabel;
    week_->setObjectName(QStringLiteral("tenderWeek"));
    week_->setWordWrap(true);
    list_ = new TenderList;
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("<b>Appels d'offres publiés</b>")));
    leftLayout->addWidget(week_);
    leftLayout->addWidget(list_, 1);

    header_ = new QLabel;
    header_->setObjectName(QStringLiteral("tenderHeader"));
    header_->setWordWrap(true);
    header_->setTextFormat(Qt::RichText);
    specifications_ = new TenderSpecificationsPage(session_);
    questions_ = new TenderQuestionsPanel(session_);
    response_ = new TenderResponseForm(session_);
    debrief_ = new TenderDebriefPage(session_);
    pages_ = new QTabWidget;
    pages_->setObjectName(QStringLiteral("tenderPages"));
    pages_->addTab(specifications_, tr("Cahier des charges"));
    pages_->addTab(questions_, tr("Questions"));
    pages_->addTab(response_, tr("Réponse"));
    pages_->addTab(debrief_, tr("Résultat"));
    auto* tender = new QWidget;
    auto* tenderLayout = new QVBoxLayout(tender);
    tenderLayout->setContentsMargins(0, 0, 0, 0);
    tenderLayout->addWidget(header_);
    tenderLayout->addWidget(pages_, 1);
    empty_ = new QLabel;
    empty_->setObjectName(QStringLiteral("tenderEmpty"));
    empty_->setWordWrap(true);
    empty_->setAlignment(Qt::AlignCenter);
    detail_ = new QStackedWidget;
    detail_->addWidget(empty_);
    detail_->addWidget(tender);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(detail_);
    splitter->setStretchFactor(0, 30);
    splitter->setStretchFactor(1, 70);
    splitter->setSizes({420, 980});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(list_, &TenderList::tenderChosen, this, [this](const QString& id) {
        shown_ = id;
        showSelected(true);
    });
    connect(response_, &TenderResponseForm::offerRequested, this, &TenderWorkspace::offerRequested);
    connect(&session_, &StudioSession::changed, this, [this] {
        if (isVisible())
            refresh();
        else
            stale_ = true;
    });
}

TenderWorkspace::~TenderWorkspace() = default;

void TenderWorkspace::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_) refresh();
}

bool TenderWorkspace::showTender(const QString& id) {
    if (stale_) refresh();
    if (!list_->select(id)) return false;
    shown_ = id;
    showSelected(true);
    return true;
}

void TenderWorkspace::refresh() {
    stale_ = false;
    desk_ = std::make_unique<cmcsim::TenderDesk>(session_.reference(), session_.scenario(),
                                                 session_.market(), session_.state());
    week_->setText(tr("Semaine simulée %1 (%2), %n semaine(s) jouée(s)", nullptr, desk_->weeksRun())
                       .arg(desk_->week())
                       .arg(text(session_.state().simulatedDate().french())));
    list_->fill(*desk_);
    const auto id = list_->currentId();
    const bool changed = id != shown_;
    shown_ = id;
    showSelected(changed);
}

void TenderWorkspace::showSelected(bool tenderChanged) {
    if (!desk_) return;
    const cmcsim::Tender* tender = nullptr;
    try {
        if (!shown_.isEmpty()) tender = &desk_->visible(shown_.toStdString());
    } catch (const cmcsim::InputError&) {
        tender = nullptr;  // not published at the date shown (evaluator mode's timeline)
    }
    if (!tender) {
        empty_->setText(tr("Aucun appel d'offres publié à la date simulée (semaine %1).\n\nLes "
                           "entreprises publient leurs consultations au fil des semaines : "
                           "jouez des semaines dans l'onglet Semaine.")
                            .arg(desk_->week()));
        detail_->setCurrentWidget(empty_);
        return;
    }
    detail_->setCurrentIndex(1);
    const auto& t = *tender;
    const auto* response = session_.state().tenders().find(t.id);
    const int now = desk_->week();
    QString company;
    for (const auto& s : desk_->list())
        if (s.tender == tender) company = html(s.company);
    header_->setText(
        tr("<b style='font-size:large'>%1</b> — appel d'offres %2<br>Demandé : %3, niveau %4, "
           "cotisations %5<br>Questions jusqu'à la fin de la %6 · <b>dépôt jusqu'à la fin de la "
           "%7 (%8)</b> · attribution en fin de %9")
            .arg(company, html(t.id), html(t.productsLabel()))
            .arg(t.level)
            .arg(html(t.structureLabel()), tenderText::week(*desk_, t.questionWeek),
                 tenderText::week(*desk_, t.submissionWeek),
                 tenderText::countdown(now, t.submissionWeek),
                 tenderText::week(*desk_, t.awardWeek)));
    std::optional<cmcsim::TenderTruth> truth;
    if (response) truth = desk_->truth(t);
    specifications_->showTender(*desk_, t, truth ? &*truth : nullptr);
    questions_->showTender(*desk_, t);
    response_->showTender(*desk_, t);
    debrief_->showTender(*desk_, t);
    const auto asked = response ? response->questions.size() : 0;
    pages_->setTabText(kQuestionsPage, asked ? tr("Questions (%1)").arg(asked) : tr("Questions"));
    for (int page = kQuestionsPage; page <= kResponsePage; ++page)
        pages_->setTabEnabled(page, response != nullptr);
    pages_->setTabEnabled(kDebriefPage, true);
    if (!tenderChanged) return;
    if (debrief_->awarded())
        pages_->setCurrentIndex(kDebriefPage);
    else if (response && response->submittedBy)
        pages_->setCurrentIndex(kResponsePage);
    else
        pages_->setCurrentIndex(kSpecificationsPage);
}
