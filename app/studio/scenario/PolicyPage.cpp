#include "scenario/PolicyPage.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QVBoxLayout>

#include "scenario/FormText.h"
#include "scenario/RecordTable.h"

namespace {
const QString kPolicy = QStringLiteral("$.mutuelle.policy.");
const QString kPortfolio = QStringLiteral("$.portfolio.");

RecordTable* segmentTable(const QString& path) {
    return new RecordTable(
        path, {{QStringLiteral("label"), PolicyPage::tr("Libellé"), {}},
               {QStringLiteral("sections"), PolicyPage::tr("Sections"), {}},
               {QStringLiteral("divisions"), PolicyPage::tr("Divisions"), {}},
               {QStringLiteral("size_bands"), PolicyPage::tr("Tranches"), QStringLiteral("0-9")},
               {QStringLiteral("idcc"), PolicyPage::tr("IDCC"), {}}});
}

QList<QStringList> segmentRows(const std::vector<cmcsim::SegmentCriteria>& segments) {
    QList<QStringList> rows;
    for (const auto& s : segments)
        rows << QStringList{QString::fromStdString(s.label), formtext::list(s.sections),
                            formtext::list(s.divisions), formtext::list(s.sizeBands),
                            formtext::list(s.idcc)};
    return rows;
}

std::vector<cmcsim::SegmentCriteria> segmentsOf(const RecordTable* table) {
    std::vector<cmcsim::SegmentCriteria> out;
    for (int r = 0; r < table->rowCount(); ++r) {
        const auto row = table->row(r);
        out.push_back({row[0].toStdString(), formtext::parseList(row[1]),
                       formtext::parseList(row[2]), formtext::parseList(row[3]),
                       formtext::parseList(row[4])});
    }
    return out;
}

QString optionalNumber(const std::optional<double>& value) {
    return value ? formtext::number(*value) : QString();
}
}  // namespace

PolicyPage::PolicyPage(QWidget* parent) : ScenarioPage(parent) {
    auto* layout = new QGridLayout(this);
    auto* segments = new QGroupBox(tr("Segments : cibles prioritaires et exclusions"));
    auto* segmentLayout = new QVBoxLayout(segments);
    priority_ = segmentTable(kPolicy + QStringLiteral("priority_segments"));
    excluded_ = segmentTable(kPolicy + QStringLiteral("excluded_segments"));
    bindTable(priority_);
    bindTable(excluded_);
    segmentLayout->addWidget(priority_);
    segmentLayout->addWidget(excluded_);
    layout->addWidget(segments, 0, 0, 1, 2);

    auto* policy = new QGroupBox(tr("Objectifs et moyens"));
    auto* form = new QFormLayout(policy);
    contracts_ = line(kPolicy + QStringLiteral("objectives.new_contracts"));
    premium_ = line(kPolicy + QStringLiteral("objectives.annual_premium_eur"));
    budget_ = line(kPolicy + QStringLiteral("budget_eur"));
    days_ = line(kPolicy + QStringLiteral("analysis_days"));
    seller_ = line(kPolicy + QStringLiteral("negotiation.seller_discount_pct"), tr("par défaut"));
    manager_ = line(kPolicy + QStringLiteral("negotiation.manager_discount_pct"), tr("par défaut"));
    minutes_ = line(kPolicy + QStringLiteral("negotiation.manager_minutes"), tr("par défaut"));
    form->addRow(tr("Nouveaux contrats"), contracts_);
    form->addRow(tr("Cotisations annuelles (€)"), premium_);
    form->addRow(tr("Budget (€)"), budget_);
    form->addRow(tr("Jours d'analyse"), days_);
    form->addRow(tr("Remise du conseiller (%)"), seller_);
    form->addRow(tr("Remise de la direction (%)"), manager_);
    form->addRow(tr("Accord de la direction (min)"), minutes_);
    layout->addWidget(policy, 1, 0);

    auto* portfolio = new QGroupBox(tr("Portefeuille de la mutuelle"));
    auto* pform = new QFormLayout(portfolio);
    meanAge_ = line(kPortfolio + QStringLiteral("mean_age_years"));
    maxAge_ = line(kPortfolio + QStringLiteral("max_age_years"));
    lossHealth_ = line(kPortfolio + QStringLiteral("loss_ratio_health"));
    lossProvident_ = line(kPortfolio + QStringLiteral("loss_ratio_provident"));
    spread_ = line(kPortfolio + QStringLiteral("loss_ratio_spread"));
    prescribers_ = line(kPortfolio + QStringLiteral("prescriber_share"));
    pform->addRow(tr("Ancienneté moyenne (ans)"), meanAge_);
    pform->addRow(tr("Ancienneté maximale (ans)"), maxAge_);
    pform->addRow(tr("S/P santé"), lossHealth_);
    pform->addRow(tr("S/P prévoyance"), lossProvident_);
    pform->addRow(tr("Dispersion des S/P"), spread_);
    pform->addRow(tr("Part apportée par prescripteur"), prescribers_);
    layout->addWidget(portfolio, 1, 1);
}

void PolicyPage::load(const cmcsim::Scenario& s) {
    const auto& p = s.policy;
    priority_->setRows(segmentRows(p.prioritySegments));
    excluded_->setRows(segmentRows(p.excludedSegments));
    contracts_->setText(QString::number(p.newContracts));
    premium_->setText(formtext::number(p.annualPremiumEur));
    budget_->setText(formtext::number(p.budgetEur));
    days_->setText(formtext::number(p.analysisDays));
    seller_->setText(optionalNumber(p.sellerDiscountPct));
    manager_->setText(optionalNumber(p.managerDiscountPct));
    minutes_->setText(optionalNumber(p.managerAgreementMinutes));
    const auto& f = s.portfolio;
    meanAge_->setText(formtext::number(f.meanAgeYears));
    maxAge_->setText(QString::number(f.maxAgeYears));
    lossHealth_->setText(formtext::number(f.lossRatioHealth));
    lossProvident_->setText(formtext::number(f.lossRatioProvident));
    spread_->setText(formtext::number(f.lossRatioSpread));
    prescribers_->setText(formtext::number(f.prescriberShare));
}

void PolicyPage::store(cmcsim::Scenario& s, std::vector<cmcsim::Problem>& problems) const {
    auto& p = s.policy;
    p.prioritySegments = segmentsOf(priority_);
    p.excludedSegments = segmentsOf(excluded_);
    p.newContracts =
        integerOf(contracts_, kPolicy + QStringLiteral("objectives.new_contracts"), problems);
    p.annualPremiumEur =
        numberOf(premium_, kPolicy + QStringLiteral("objectives.annual_premium_eur"), problems);
    p.budgetEur = numberOf(budget_, kPolicy + QStringLiteral("budget_eur"), problems);
    p.analysisDays = numberOf(days_, kPolicy + QStringLiteral("analysis_days"), problems);
    const auto optional = [&](const QLineEdit* field, const char* key) -> std::optional<double> {
        if (field->text().trimmed().isEmpty()) return std::nullopt;
        return numberOf(field, kPolicy + QStringLiteral("negotiation.") + QLatin1String(key),
                        problems);
    };
    p.sellerDiscountPct = optional(seller_, "seller_discount_pct");
    p.managerDiscountPct = optional(manager_, "manager_discount_pct");
    p.managerAgreementMinutes = optional(minutes_, "manager_minutes");
    auto& f = s.portfolio;
    f.meanAgeYears = numberOf(meanAge_, kPortfolio + QStringLiteral("mean_age_years"), problems);
    f.maxAgeYears = static_cast<int>(
        integerOf(maxAge_, kPortfolio + QStringLiteral("max_age_years"), problems));
    f.lossRatioHealth =
        numberOf(lossHealth_, kPortfolio + QStringLiteral("loss_ratio_health"), problems);
    f.lossRatioProvident =
        numberOf(lossProvident_, kPortfolio + QStringLiteral("loss_ratio_provident"), problems);
    f.lossRatioSpread =
        numberOf(spread_, kPortfolio + QStringLiteral("loss_ratio_spread"), problems);
    f.prescriberShare =
        numberOf(prescribers_, kPortfolio + QStringLiteral("prescriber_share"), problems);
}
