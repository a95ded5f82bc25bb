#pragma once

#include "scenario/ScenarioPage.h"

class QLineEdit;
class RecordTable;

// The mutuelle's commercial policy (priority and excluded segments, objectives, budget,
// analysis days, the negotiation's delegation levels) and the profile of its portfolio.
class PolicyPage : public ScenarioPage {
    Q_OBJECT
public:
    explicit PolicyPage(QWidget* parent = nullptr);
    void load(const cmcsim::Scenario& scenario) override;
    void store(cmcsim::Scenario& scenario, std::vector<cmcsim::Problem>& problems) const override;

private:
    RecordTable *priority_, *excluded_;
    QLineEdit *contracts_, *premium_, *budget_, *days_, *seller_, *manager_, *minutes_;
    QLineEdit *meanAge_, *maxAge_, *lossHealth_, *lossProvident_, *spread_, *prescribers_;
};
