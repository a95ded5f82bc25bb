#pragma once

#include <QWidget>

#include "cmcsim/prospects/ProspectFilter.h"

namespace cmcsim {
struct Breakdown;
}
class StudioSession;
class CommuneMap;
class BreakdownChart;
class StudiesPanel;
class QLabel;
class QPushButton;
class QTableWidget;

// The "Marché" workspace: a map of the territory, breakdown charts that filter one another,
// and the market studies the scenario offers (bought with budget and analysis days).
class MarketWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit MarketWorkspace(StudioSession& session, QWidget* parent = nullptr);

    // The cross-filter set by clicking bars (empty when nothing is selected).
    const cmcsim::ProspectFilter& selection() const { return selection_; }
    void setSelection(const cmcsim::ProspectFilter& selection);
    StudiesPanel* studies() const { return studies_; }
    CommuneMap* map() const { return map_; }

private:
    // The criteria a click can toggle; each chart shows the selection minus its own criterion.
    enum class Dimension {
        Sections,
        Divisions,
        SizeBands,
        Idcc,
        Insurers,
        RenewalMonths,
        Levels,
        Communes
    };

    void refresh();
    void toggle(Dimension dimension, const QString& key);
    QStringList selectedKeys(Dimension dimension) const;
    static bool hasCriterion(const cmcsim::ProspectFilter& filter, Dimension dimension);
    static cmcsim::ProspectFilter without(cmcsim::ProspectFilter filter, Dimension dimension);
    void showDivisions(const cmcsim::Breakdown& divisions);
    QString describeSelection() const;

    StudioSession& session_;
    cmcsim::ProspectFilter selection_;
    CommuneMap* map_ = nullptr;
    StudiesPanel* studies_ = nullptr;
    QLabel* summary_ = nullptr;
    QList<BreakdownChart*> charts_;
    QList<Dimension> chartDimensions_;  // parallel to charts_
    QTableWidget* divisions_ = nullptr;
    QPushButton* clear_ = nullptr;
};
