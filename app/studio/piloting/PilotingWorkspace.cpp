#include "piloting/PilotingWorkspace.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStringList>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

#include "cmcsim/core/InputError.h"
#include "cmcsim/core/OutputFile.h"
#include "cmcsim/report/DashboardTables.h"
#include "cmcsim/report/DashboardXlsx.h"
#include "common/ExportFile.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"
#include "piloting/AxisScale.h"
#include "piloting/ConversionPanel.h"
#include "piloting/DashboardTableView.h"
#include "piloting/FunnelChart.h"
#include "piloting/WeekSeriesChart.h"

using namespace studio;

namespace {
constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

double orMissing(const std::optional<double>& value) {
    return value ? *value : kMissing;
}

QString wholeEuros(double value) {
    return number(value) + QStringLiteral(" €");
}

}  // namespace

PilotingWorkspace::PilotingWorkspace(StudioSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    summary_ = new QLabel;
    summary_->setObjectName(QStringLiteral("pilotingSummary"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    xlsx_ = new QPushButton(tr("Exporter en XLSX…"));
    xlsx_->setObjectName(QStringLiteral("exportXlsx"));
    pdf_ = new QPushButton(tr("Exporter en PDF…"));
    pdf_->setObjectName(QStringLiteral("exportPdf"));
    xlsx_->setEnabled(false);  // until a week is played (refresh)
    pdf_->setEnabled(false);
    connect(xlsx_, &QPushButton::clicked, this, [this] { exportXlsx(); });
    connect(pdf_, &QPushButton::clicked, this, [this] { exportPdf(); });
    auto* top = new QHBoxLayout;
    top->addWidget(summary_, 1);
    top->addWidget(xlsx_);
    top->addWidget(pdf_);

    empty_ = new QLabel(
        tr("<h3>Aucune semaine jouée</h3><p>Le pilotage suit les résultats des semaines "
           "simulées : objectifs et résultats, entonnoir, activité, conversion, portefeuille.</p>"
           "<p>Construisez votre plan d'actions (objectifs, cibles, actions), puis jouez une "
           "semaine avec <b>Semaine suivante</b> ; les graphiques se remplissent à chaque semaine "
           "jouée.</p>"));
    empty_->setObjectName(QStringLiteral("pilotingEmpty"));
    empty_->setWordWrap(true);
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setMargin(40);

    using Style = WeekSeriesChart::Style;
    using Unit = AxisScale::Unit;
    const auto noContract =
        tr("Ni objectif de contrats dans le plan ni contrat signé sur les "
           "semaines jouées.");
    const auto noPremium =
        tr("Ni objectif de primes dans le plan ni prime signée sur les semaines jouées.");
    contracts_ = new WeekSeriesChart(tr("Contrats par semaine : objectif et signés"), Style::Bars,
                                     Unit::Count, noContract);
    contractsCumulated_ = new WeekSeriesChart(tr("Contrats cumulés : objectif et signés"),
                                              Style::Lines, Unit::Count, noContract);
    premiums_ = new WeekSeriesChart(tr("Primes par semaine : objectif et signées"), Style::Bars,
                                    Unit::Euros, noPremium);
    premiumsCumulated_ = new WeekSeriesChart(tr("Primes cumulées : objectif et signées"),
                                             Style::Lines, Unit::Euros, noPremium);
    funnel_ = new FunnelChart;
    activity_ = new WeekSeriesChart(
        tr("Activité par semaine"), Style::StackedBars, Unit::Count,
        tr("Aucune activité sur les semaines jouées : aucune action du plan n'y était prévue."));
    byChannel_ = new ConversionPanel(tr("Conversion par canal"), false);
    bySegment_ = new ConversionPanel(tr("Conversion par segment"), true);
    portfolio_ = new WeekSeriesChart(
        tr("Portefeuille : conservation et sinistres / primes"), Style::Lines, Unit::Percent,
        tr("Sans objet : aucun renouvellement échu et aucun contrat du portefeuille avec une "
           "année de sinistres."));
    portfolioTable_ = new DashboardTableView;
    portfolioTable_->setMinimumHeight(220);

    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    grid->setHorizontalSpacing(16);
    grid->addWidget(contracts_, 0, 0);
    grid->addWidget(contractsCumulated_, 0, 1);
    grid->addWidget(premiums_, 1, 0);
    grid->addWidget(premiumsCumulated_, 1, 1);
    grid->addWidget(funnel_, 2, 0);
    grid->addWidget(activity_, 2, 1);
    grid->addWidget(byChannel_, 3, 0, 1, 2);
    grid->addWidget(bySegment_, 4, 0, 1, 2);
    grid->addWidget(portfolio_, 5, 0);
    grid->addWidget(portfolioTable_, 5, 1);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    stack_ = new QStackedWidget;
    stack_->addWidget(empty_);
    stack_->addWidget(scroll);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(stack_, 1);

    connect(&session_, &StudioSession::changed, this, [this] {
        stale_ = true;
        if (isVisible()) refresh();
    });
}

void PilotingWorkspace::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_) refresh();
}

bool PilotingWorkspace::showsEmptyState() const {
    return stack_->currentWidget() == empty_;
}

// "<b>Pilotage</b> — semaines 1 à 8 : 2 signatures sur un objectif de 8 ; …". A count objective
// spread from a month may be fractional: up to 2 decimals then ("0,25"), none when whole ("8",
// not "8,0"), as the dashboard's tables.
QString PilotingWorkspace::summaryText(const cmcsim::Dashboard& d) {
    const auto& last = d.weeks.back();
    QStringList parts;
    QString contracts = tr("<b>%1</b> signature(s)", nullptr, static_cast<int>(d.signatures))
                            .arg(number(static_cast<double>(d.signatures)));
    if (last.cumulativeObjectiveContracts > 0)
        contracts += tr(" sur un objectif de %1")
                         .arg(text(cmcsim::frenchShort(last.cumulativeObjectiveContracts, 2)));
    parts << contracts;
    QString premiums = tr("primes signées <b>%1</b>").arg(wholeEuros(d.premiumsSignedEur));
    if (last.cumulativeObjectivePremiumsEur > 0)
        premiums += tr(" (objectif %1)").arg(wholeEuros(last.cumulativeObjectivePremiumsEur));
    parts << premiums;
    parts << tr("conservation du portefeuille %1")
                 .arg(d.retentionRate ? percent(*d.retentionRate) : tr("sans objet"));
    parts << tr("sinistres / primes %1")
                 .arg(d.lossRatioNow ? percent(*d.lossRatioNow) : tr("sans objet"));
    const auto weeks = d.weeks.front().week == last.week
                           ? tr("semaine %1").arg(last.week)
                           : tr("semaines %1 à %2").arg(d.weeks.front().week).arg(last.week);
    return tr("<b>Pilotage</b> — %1 : %2.").arg(weeks, parts.join(QStringLiteral(" ; ")));
}
void PilotingWorkspace::refresh() {
    stale_ = false;
    dashboard_ = cmcsim::Dashboard::of(session_.campaign(), session_.state());
    const auto& d = dashboard_;
    const bool played = !d.weeks.empty();
    stack_->setCurrentWidget(played ? stack_->widget(1) : empty_);
    xlsx_->setEnabled(played);
    pdf_->setEnabled(played);
    if (!played) {
        summary_->setText(tr("<b>Pilotage</b> — aucune semaine jouée."));
        return;
    }
    summary_->setText(summaryText(d));

    std::vector<int> weeks;
    std::vector<double> objective, signed_, objectiveSum, signedSum, premiumObjective, premiums,
        premiumObjectiveSum, premiumSum, calls, mailings, emailings, meetings, events, reviews,
        introductions, retention, lossRatio;
    for (const auto& w : d.weeks) {
        weeks.push_back(w.week);
        objective.push_back(w.objectiveContracts);
        signed_.push_back(static_cast<double>(w.signatures));
        objectiveSum.push_back(w.cumulativeObjectiveContracts);
        signedSum.push_back(static_cast<double>(w.cumulativeSignatures));
        premiumObjective.push_back(w.objectivePremiumsEur);
        premiums.push_back(w.premiumsEur);
        premiumObjectiveSum.push_back(w.cumulativeObjectivePremiumsEur);
        premiumSum.push_back(w.cumulativePremiumsEur);
        calls.push_back(static_cast<double>(w.calls));
        mailings.push_back(static_cast<double>(w.mailings));
        emailings.push_back(static_cast<double>(w.emailings));
        meetings.push_back(static_cast<double>(w.meetingsBooked));
        events.push_back(static_cast<double>(w.events));
        reviews.push_back(static_cast<double>(w.reviews));
        introductions.push_back(static_cast<double>(w.introductions));
        retention.push_back(orMissing(w.cumulativeRetentionRate));
        lossRatio.push_back(orMissing(w.lossRatio));
    }
    const auto objectiveName = tr("Objectif"), resultName = tr("Signé");
    contracts_->setSeries(weeks, {{objectiveName, objective}, {resultName, signed_}});
    contractsCumulated_->setSeries(weeks, {{objectiveName, objectiveSum}, {resultName, signedSum}});
    premiums_->setSeries(weeks, {{objectiveName, premiumObjective}, {resultName, premiums}});
    premiumsCumulated_->setSeries(weeks,
                                  {{objectiveName, premiumObjectiveSum}, {resultName, premiumSum}});
    funnel_->setFunnel(d.funnel);
    activity_->setSeries(weeks, {{tr("Appels"), calls},
                                 {tr("Courriers"), mailings},
                                 {tr("Courriels"), emailings},
                                 {tr("Rendez-vous pris"), meetings},
                                 {tr("Événements"), events},
                                 {tr("Revues de clients"), reviews},
                                 {tr("Introductions"), introductions}});
    byChannel_->setConversions(d.byChannel);
    bySegment_->setConversions(d.bySegment);
    portfolio_->setSeries(
        weeks, {{tr("Conservation (cumulée)"), retention}, {tr("Sinistres / primes"), lossRatio}});
    for (const auto& t : cmcsim::DashboardTables::of(d))
        if (t.header.front() == "Indicateur") portfolioTable_->setTable(t);
}

cmcsim::DashboardSubject PilotingWorkspace::subject() const {
    const auto& info = session_.engine().attempt().info();
    const auto candidate = info.find("candidat");
    return {candidate == info.end() ? std::string() : candidate->second, session_.scenario().title,
            session_.scenario().mutuelle.name, session_.state().simulatedDate().french()};
}

cmcsim::Document PilotingWorkspace::document() const {
    return cmcsim::DashboardDocument::build(dashboard_, subject());
}

QString PilotingWorkspace::target(const QString& requested, const QString& title,
                                  const QString& suffix, const QString& filter) {
    if (stale_) refresh();
    const auto base =
        QFileInfo(QString::fromStdString(session_.engine().file().string())).completeBaseName();
    return exportFile::target(this, requested, title,
                              QStringLiteral("pilotage-%1.%2").arg(base, suffix), filter,
                              {session_.engine().file()});
}

QString PilotingWorkspace::exportXlsx(const QString& requested) {
    const auto file = target(requested, tr("Exporter le tableau de pilotage en XLSX"),
                             QStringLiteral("xlsx"), tr("Classeurs Excel (*.xlsx)"));
    if (file.isEmpty() ||
        !exportFile::write(this, file, {session_.engine().file()}, [&](const auto& path) {
            cmcsim::DashboardXlsx::write(dashboard_, subject(), path);
        }))
        return {};
    return file;
}

QString PilotingWorkspace::exportPdf(const QString& requested) {
    const auto file = target(requested, tr("Exporter le tableau de pilotage en PDF"),
                             QStringLiteral("pdf"), tr("Documents PDF (*.pdf)"));
    if (file.isEmpty() || !exportFile::writePdf(this, document(), file)) return {};
    return file;
}
