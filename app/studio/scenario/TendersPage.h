#pragma once

#include "scenario/ScenarioPage.h"

class RecordTable;

// The calls for tender the scenario declares ("appels_offres"): the company by SIRET or by
// criteria, the calendar in weeks, the cover asked, the criteria's weights and the documents
// and questions, one tender a row.
class TendersPage : public ScenarioPage {
    Q_OBJECT
public:
    explicit TendersPage(QWidget* parent = nullptr);
    void load(const cmcsim::Scenario& scenario) override;
    void store(cmcsim::Scenario& scenario, std::vector<cmcsim::Problem>& problems) const override;

private:
    RecordTable* tenders_;
};
