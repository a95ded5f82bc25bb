#pragma once

#include "scenario/ScenarioPage.h"

class QLineEdit;
class RecordTable;

// The market's players: the competitors' table and the candidate's mutuelle (name, legal
// family, archetype, market share, price, guarantee and service levels).
class PlayersPage : public ScenarioPage {
    Q_OBJECT
public:
    explicit PlayersPage(QWidget* parent = nullptr);
    void load(const cmcsim::Scenario& scenario) override;
    void store(cmcsim::Scenario& scenario, std::vector<cmcsim::Problem>& problems) const override;

private:
    RecordTable* competitors_;
    QLineEdit *name_, *kind_, *archetype_, *share_, *price_, *guarantee_, *service_;
};
