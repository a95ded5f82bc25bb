#pragma once

#include <array>

#include "scenario/ScenarioPage.h"

class QLineEdit;
class RecordTable;

// The traps of the prospect file (the six defect rates and the three quirks of real extracts)
// and the market studies on offer with their prices and days.
class TrapsStudiesPage : public ScenarioPage {
    Q_OBJECT
public:
    explicit TrapsStudiesPage(QWidget* parent = nullptr);
    void load(const cmcsim::Scenario& scenario) override;
    void store(cmcsim::Scenario& scenario, std::vector<cmcsim::Problem>& problems) const override;

private:
    std::array<QLineEdit*, 9> rates_{};
    RecordTable* studies_;
};
