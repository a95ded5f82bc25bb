#pragma once

#include <vector>

#include "scenario/ScenarioPage.h"

class ChoiceDelegate;
class RecordTable;

// The market events the scenario scripts ("evenements"): one a row, its type chosen among the
// French labels of the kinds a trainer can script, its week, the competitor (a drop-down of the
// scenario's competitors) and rate of a rise, the threshold of a crossing, and the text the
// candidate reads.
class EventsPage : public ScenarioPage {
    Q_OBJECT
public:
    explicit EventsPage(QWidget* parent = nullptr);
    void load(const cmcsim::Scenario& scenario) override;
    void store(cmcsim::Scenario& scenario, std::vector<cmcsim::Problem>& problems) const override;
    // The competitors' ids offered for a rise (those of the Acteurs page, as last read).
    void offerCompetitors(const std::vector<cmcsim::CompetitorSpec>& competitors);

    RecordTable* table() const { return events_; }

private:
    RecordTable* events_;
    ChoiceDelegate* competitors_;
};
