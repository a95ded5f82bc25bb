#include "weeks/WeekWorkspace.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QProgressDialog>
#include <QTabWidget>
#include <QVBoxLayout>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/sim/Campaign.h"
#include "common/StudioSession.h"
#include "weeks/FunnelPanel.h"
#include "weeks/WeekAgenda.h"
#include "weeks/WeekHeader.h"
#include "weeks/WeekResultsPanel.h"

WeekWorkspace::WeekWorkspace(StudioSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    header_ = new WeekHeader(session_);
    notice_ = new QLabel;
    notice_->setObjectName(QStringLiteral("weekNotice"));
    notice_->setWordWrap(true);
    notice_->setStyleSheet(
        QStringLiteral("background:#b00020;color:white;padding:6px;border-radius:3px"));
    notice_->hide();
    agenda_ = new WeekAgenda(session_);
    results_ = new WeekResultsPanel(session_);
    funnel_ = new FunnelPanel;
    pages_ = new QTabWidget;
    pages_->setObjectName(QStringLiteral("weekPages"));
    pages_->addTab(agenda_, tr("Agenda de la semaine à jouer"));
    pages_->addTab(results_, tr("Résultats des semaines jouées"));
    pages_->addTab(funnel_, tr("Entonnoir par entreprise"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header_);
    layout->addWidget(notice_);
    layout->addWidget(pages_, 1);

    connect(header_, &WeekHeader::nextRequested, this, [this] {
        if (runWeek(static_cast<int>(session_.state().weekRuns().size()) + 1))
            pages_->setCurrentWidget(results_);
    });
    connect(header_, &WeekHeader::goToRequested, this, &WeekWorkspace::goToDialog);
    connect(agenda_, &WeekAgenda::companyActivated, this, &WeekWorkspace::openCompany);
    connect(results_, &WeekResultsPanel::companyActivated, this, &WeekWorkspace::openCompany);
    connect(funnel_, &FunnelPanel::companyActivated, this, &WeekWorkspace::openCompany);
    connect(&session_, &StudioSession::changed, this, &WeekWorkspace::refresh);
}

void WeekWorkspace::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_) refresh();
}

void WeekWorkspace::refresh() {
    // Hidden, the workspace waits to be shown: reading the weeks replays them
    // (StudioSession::campaign), which a command of another workspace need not pay for.
    stale_ = !isVisible();
    if (stale_) return;
    header_->refresh();
    const int played = static_cast<int>(session_.state().weekRuns().size());
    agenda_->showWeek(played + 1);
    // The results and the funnel change only when a week is played (or, in evaluator mode, when
    // the entry shown moves across one); the plan's changes touch the agenda alone.
    if (played == shownRuns_) return;
    shownRuns_ = played;
    results_->refresh();
    funnel_->showCampaign(session_.campaign());
}

bool WeekWorkspace::runWeek(int week) {
    QString reason;
    const auto refusal = connect(&session_, &StudioSession::refused, this,
                                 [&reason](const QString& why) { reason = why; });
    const bool ran = session_.run(tr("Semaine %1 jouée").arg(week), cmcsim::command::kRunWeek,
                                  {{"semaine", week}});
    disconnect(refusal);
    notice_->setText(ran ? QString() : tr("Semaine %1 refusée : %2").arg(week).arg(reason));
    notice_->setVisible(!ran);
    return ran;
}

int WeekWorkspace::runUntil(int last) {
    const int first = static_cast<int>(session_.state().weekRuns().size()) + 1;
    if (last < first) return 0;
    QProgressDialog progress(tr("Simulation des semaines…"), tr("Arrêter"), 0, last - first + 1,
                             this);
    progress.setWindowTitle(tr("Semaines"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    int ran = 0;
    for (int w = first; w <= last && !progress.wasCanceled(); ++w) {
        progress.setLabelText(tr("Semaine %1 sur %2…").arg(w).arg(last));
        progress.setValue(ran);
        QApplication::processEvents();
        if (!runWeek(w)) break;
        ++ran;
    }
    progress.setValue(last - first + 1);
    if (ran > 0) pages_->setCurrentWidget(results_);
    return ran;
}

void WeekWorkspace::goToDialog() {
    const int next = static_cast<int>(session_.state().weekRuns().size()) + 1;
    const int weeks = session_.scenario().durationWeeks;
    if (next > weeks) return;
    bool ok = false;
    const int last = QInputDialog::getInt(
        this, tr("Aller à la semaine"),
        tr("Jouer les semaines %1 à… (la dernière de l'épreuve est la %2)").arg(next).arg(weeks),
        next, next, weeks, 1, &ok);
    if (ok) runUntil(last);
}

void WeekWorkspace::openCompany(std::uint32_t company) {
    const auto& market = session_.market();
    if (company >= market.companies.size()) return;
    if (const auto line = session_.view().knowledge().lineOfSiren(market.companies[company].siren))
        Q_EMIT prospectLineRequested(*line);
}
