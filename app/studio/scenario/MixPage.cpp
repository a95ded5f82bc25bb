#include "scenario/MixPage.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "cmcsim/market/SectorSizeMix.h"
#include "cmcsim/reference/ReferenceData.h"
#include "scenario/FormText.h"
#include "scenario/RecordTable.h"

namespace {
// The shares of establishments by NAF section (A…U) of a sector mix.
std::array<double, 21> bySection(const cmcsim::ReferenceData& reference,
                                 const std::vector<double>& shares) {
    std::array<double, 21> out{};
    const auto& codes = reference.naf.codes();
    for (std::size_t i = 0; i < codes.size() && i < shares.size(); ++i)
        if (codes[i].section >= 'A' && codes[i].section <= 'U')
            out[static_cast<std::size_t>(codes[i].section - 'A')] += shares[i];
    return out;
}
}  // namespace

MixPage::MixPage(const cmcsim::ReferenceData& reference, QWidget* parent)
    : ScenarioPage(parent), reference_(reference) {
    auto* layout = new QGridLayout(this);
    auto* sectors = new QGroupBox(tr("Secteurs d'activité (NAF)"));
    auto* sectorForm = new QFormLayout(sectors);
    profile_ = line(QStringLiteral("$.sectors.profile"));
    profile_->setPlaceholderText(QStringLiteral("urssaf-ze-rouen-2022"));
    weighting_ = new QComboBox;
    weighting_->addItems({tr("Profil réel tel quel"), tr("Poids par section (A à U)"),
                          tr("Poids par division (01 à 99)")});
    bind(QStringLiteral("$.sectors"), weighting_);
    weights_ = new RecordTable(QStringLiteral("$.sectors.weights"),
                               {{QStringLiteral("code"), tr("Section ou division"), {}},
                                {QStringLiteral("poids"), tr("Poids"), QStringLiteral("1")}});
    bindTable(weights_);
    sectorForm->addRow(tr("Profil"), profile_);
    sectorForm->addRow(tr("Pondération"), weighting_);
    sectorForm->addRow(weights_);
    layout->addWidget(sectors, 0, 0);

    auto* sizes = new QGroupBox(tr("Tailles d'entreprise"));
    auto* sizeForm = new QFormLayout(sizes);
    sizeMode_ = new QComboBox;
    sizeMode_->addItems({tr("Profil national"), tr("Poids par tranche")});
    bind(QStringLiteral("$.size_mix"), sizeMode_);
    sizeProfile_ = line(QStringLiteral("$.size_mix.profile"));
    sizeProfile_->setPlaceholderText(QStringLiteral("urssaf-france-2024"));
    sizeForm->addRow(tr("Forme"), sizeMode_);
    sizeForm->addRow(tr("Profil"), sizeProfile_);
    const auto& keys = cmcsim::SizeBands::companyBandKeys();
    for (std::size_t i = 0; i < bands_.size(); ++i) {
        bands_[i] = line(QStringLiteral("$.size_mix.bands.") + QString::fromStdString(keys[i]));
        sizeForm->addRow(tr("Tranche %1 salariés").arg(QString::fromStdString(keys[i])), bands_[i]);
    }
    layout->addWidget(sizes, 0, 1);

    chart_ = new QChart;
    chart_->setTitle(
        tr("Établissements par section NAF : scénario et profil réel (Rouen 2022), %"));
    real_ = new QBarSet(tr("Profil réel"));
    scenario_ = new QBarSet(tr("Scénario"));
    auto* series = new QBarSeries;
    series->append(real_);
    series->append(scenario_);
    chart_->addSeries(series);
    QStringList letters;
    for (char c = 'A'; c <= 'U'; ++c) letters << QString(QChar(c));
    auto* axisX = new QBarCategoryAxis;
    axisX->append(letters);
    auto* axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart_->addAxis(axisX, Qt::AlignBottom);
    chart_->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    auto* view = new QChartView(chart_);
    view->setMinimumHeight(220);
    layout->addWidget(view, 1, 0, 1, 2);
}

void MixPage::load(const cmcsim::Scenario& s) {
    profile_->setText(QString::fromStdString(s.sectorProfile));
    const auto& weights = s.divisionWeights.empty() ? s.sectionWeights : s.divisionWeights;
    weighting_->setCurrentIndex(!s.divisionWeights.empty() ? 2 : !s.sectionWeights.empty() ? 1 : 0);
    QList<QStringList> rows;
    for (const auto& [code, weight] : weights)
        rows << QStringList{QString::fromStdString(code), formtext::number(weight)};
    weights_->setRows(rows);
    sizeMode_->setCurrentIndex(s.sizeProfile.empty() ? 1 : 0);
    sizeProfile_->setText(QString::fromStdString(s.sizeProfile));
    for (std::size_t i = 0; i < bands_.size(); ++i)
        bands_[i]->setText(s.sizeProfile.empty() ? formtext::number(s.sizeBandWeights[i])
                                                 : QString());
    showShares(s);
}

void MixPage::store(cmcsim::Scenario& s, std::vector<cmcsim::Problem>& problems) const {
    s.sectorProfile = profile_->text().toStdString();
    s.sectionWeights.clear();
    s.divisionWeights.clear();
    const int mode = weighting_->currentIndex();
    auto& weights = mode == 2 ? s.divisionWeights : s.sectionWeights;
    for (int r = 0; mode != 0 && r < weights_->rowCount(); ++r) {
        weights[weights_->row(r)[0].toStdString()] = cellNumber(weights_, r, 1, problems);
    }
    s.sizeProfile.clear();
    s.sizeBandWeights = {};
    if (sizeMode_->currentIndex() == 0) {
        s.sizeProfile = sizeProfile_->text().toStdString();
        return;
    }
    const auto& keys = cmcsim::SizeBands::companyBandKeys();
    for (std::size_t i = 0; i < bands_.size(); ++i)
        if (!bands_[i]->text().trimmed().isEmpty())
            s.sizeBandWeights[i] = numberOf(
                bands_[i], QStringLiteral("$.size_mix.bands.") + QString::fromStdString(keys[i]),
                problems);
}

void MixPage::showShares(const cmcsim::Scenario& s) {
    auto real = s;
    real.sectionWeights.clear();
    real.divisionWeights.clear();
    try {
        const auto ours =
            bySection(reference_, cmcsim::SectorSizeMix(reference_, s).sectorShares());
        const auto base =
            bySection(reference_, cmcsim::SectorSizeMix(reference_, real).sectorShares());
        real_->remove(0, real_->count());
        scenario_->remove(0, scenario_->count());
        double top = 0;
        for (std::size_t i = 0; i < ours.size(); ++i) {
            real_->append(base[i] * 100);
            scenario_->append(ours[i] * 100);
            top = std::max({top, base[i] * 100, ours[i] * 100});
        }
        if (auto axes = chart_->axes(Qt::Vertical); !axes.isEmpty())
            axes.first()->setRange(0, std::max(5.0, std::ceil(top / 5) * 5));
    } catch (const std::exception&) {
        // An incomplete mix: the chart keeps the last valid shares.
    }
}
