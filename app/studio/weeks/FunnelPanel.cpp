#include "weeks/FunnelPanel.h"

#include <QLabel>
#include <QStandardItem>
#include <QVBoxLayout>
#include <array>

#include "cmcsim/sim/Campaign.h"
#include "cmcsim/sim/WeekReport.h"
#include "weeks/CompanyTable.h"
#include "weeks/WeekText.h"

using namespace studio;

namespace {
constexpr int kStages = static_cast<int>(cmcsim::kLastFunnelStage) + 1;

QString stageLabel(int stage) {
    return text(cmcsim::funnelStageLabel(static_cast<cmcsim::FunnelStage>(stage)));
}
}  // namespace

FunnelPanel::FunnelPanel(QWidget* parent) : QWidget(parent) {
    rows_ = new CompanyTable(QStringLiteral("weekFunnel"), tr("Toutes les étapes"));
    for (int s = 0; s < kStages; ++s) rows_->addCategory(stageLabel(s), s);
    counts_ = new QLabel;
    counts_->setObjectName(QStringLiteral("weekFunnelCounts"));
    counts_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(counts_);
    layout->addWidget(rows_, 1);
    connect(rows_, &CompanyTable::companyActivated, this, &FunnelPanel::companyActivated);
}

void FunnelPanel::showCampaign(const cmcsim::Campaign& campaign) {
    rows_->reset({tr("Entreprise"), tr("SIRET"), tr("Étape"), tr("Depuis"), tr("Prochaine étape"),
                  tr("Action"), tr("Contacts"), tr("Prime signée"), tr("Motif de la perte")});
    const auto& market = campaign.market();
    std::array<std::int64_t, kStages> counts{};
    // The companies targeted and not contacted yet are counted by the campaign, most of them
    // outside Campaign::progress (Campaign::toContact).
    counts[0] = campaign.toContact();
    for (const auto& [c, p] : campaign.progress()) {
        const int stage = static_cast<int>(p.stage);
        if (p.stage != cmcsim::FunnelStage::ToContact) ++counts[static_cast<std::size_t>(stage)];
        const bool signed_ = p.stage == cmcsim::FunnelStage::Signed;
        const bool lost = p.stage == cmcsim::FunnelStage::Lost;
        auto* premium = weeks::numberCell(signed_ ? p.annualPremiumEur : 0, 2);
        premium->setText(signed_ ? euros(p.annualPremiumEur) : QString());
        auto* since = weeks::numberCell(p.since);
        since->setText(p.since == 0 ? QString() : tr("semaine %1").arg(p.since));
        auto* next = weeks::numberCell(p.nextStep);
        next->setText(p.nextStep == 0 ? QString() : tr("semaine %1").arg(p.nextStep));
        rows_->appendRow(
            c, stage,
            {weeks::cell(weeks::companyName(market, c)),
             weeks::cell(weeks::companySiret(market, c)), weeks::cell(stageLabel(stage), stage),
             since, next, weeks::cell(text(p.action)), weeks::numberCell(p.contacts), premium,
             weeks::cell(lost ? text(cmcsim::WeekReport::reasonLabel(campaign, p.reason))
                              : QString())});
    }
    QStringList parts;
    for (int s = 0; s < kStages; ++s)
        parts << QStringLiteral("%1 : <b>%2</b>")
                     .arg(stageLabel(s),
                          number(static_cast<double>(counts[static_cast<std::size_t>(s)])));
    // à contacter → … → signé / perdu
    counts_->setText(parts.mid(0, kStages - 1).join(QStringLiteral(" → ")) + QStringLiteral(" / ") +
                     parts.last());
    rows_->fitColumns();
}
