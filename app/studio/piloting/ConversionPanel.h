#pragma once

#include <vector>

#include "cmcsim/sim/Dashboard.h"
#include "piloting/ChartPanel.h"

class DashboardTableView;

// The conversion of one breakdown (by channel or by segment): a bar chart of the rates (reached
// over contacts, meetings over reached, signatures over meetings) beside the table of its
// figures; says so when no contact was made yet.
class ConversionPanel : public ChartPanel {
    Q_OBJECT
public:
    ConversionPanel(const QString& title, bool bySegment, QWidget* parent = nullptr);
    void setConversions(const std::vector<cmcsim::Conversion>& rows);
    DashboardTableView* table() const { return table_; }

private:
    bool bySegment_;
    DashboardTableView* table_ = nullptr;
};
