#pragma once

#include <array>

#include "scenario/ScenarioPage.h"

namespace cmcsim {
struct ReferenceData;
}
class QBarSet;
class QChart;
class QComboBox;
class QLineEdit;
class RecordTable;

// The activity and size mix: the sector profile reweighted by NAF section or division, with a
// chart of the scenario's section shares against the real (Rouen 2022) profile; the size
// profile or weights by company size band.
class MixPage : public ScenarioPage {
    Q_OBJECT
public:
    explicit MixPage(const cmcsim::ReferenceData& reference, QWidget* parent = nullptr);
    void load(const cmcsim::Scenario& scenario) override;
    void store(cmcsim::Scenario& scenario, std::vector<cmcsim::Problem>& problems) const override;
    // Redraws the chart of section shares for `scenario` (the engine's SectorSizeMix).
    void showShares(const cmcsim::Scenario& scenario);
    QChart* chart() const { return chart_; }

private:
    const cmcsim::ReferenceData& reference_;
    QLineEdit* profile_;
    QComboBox* weighting_;
    RecordTable* weights_;
    QLineEdit* sizeProfile_;
    QComboBox* sizeMode_;
    std::array<QLineEdit*, 8> bands_{};
    QChart* chart_;
    QBarSet *real_, *scenario_;
};
