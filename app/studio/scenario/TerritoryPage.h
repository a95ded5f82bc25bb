#pragma once

#include "scenario/ScenarioPage.h"

namespace cmcsim {
struct ReferenceData;
}
class QComboBox;
class QLabel;
class QLineEdit;
class RecordTable;

// Where the employers are and how many: départements and communes found by name or code in
// the engine's Geography, radii around communes, and the count or density of establishments,
// with the territory's population and the establishments it gives.
class TerritoryPage : public ScenarioPage {
    Q_OBJECT
public:
    explicit TerritoryPage(const cmcsim::ReferenceData& reference, QWidget* parent = nullptr);
    void load(const cmcsim::Scenario& scenario) override;
    void store(cmcsim::Scenario& scenario, std::vector<cmcsim::Problem>& problems) const override;

    QLineEdit* search() const { return search_; }
    // Adds the département or commune a search entry names ("76 — Seine-Maritime (département)",
    // "Rouen — 76540 (commune)") to its list; false when it names neither.
    bool addFound(const QString& entry);
    // Shows the territory's size for `scenario` (population, establishments to generate).
    void showSize(const cmcsim::Scenario& scenario);

private:
    const cmcsim::ReferenceData& reference_;
    QLineEdit *search_, *departements_, *communes_, *amount_;
    RecordTable* around_;
    QComboBox* mode_;
    QLabel* size_;
};
