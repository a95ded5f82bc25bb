#pragma once

#include <QWidget>
#include <cstdint>

class StudioSession;
class ProspectTableModel;
class FilterBar;
class CompanyCard;
class SegmentsPanel;
class QTableView;
class QLabel;

// The "Fichier prospects" workspace: filter bar, the prospect table, the company card of the
// selected line with its actions, and the segments panel.
class ProspectWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit ProspectWorkspace(StudioSession& session, QWidget* parent = nullptr);

    ProspectTableModel* model() const { return model_; }
    FilterBar* filterBar() const { return filterBar_; }
    CompanyCard* card() const { return card_; }
    SegmentsPanel* segments() const { return segments_; }
    QTableView* table() const { return table_; }
    // Selects a line of the prospect file (clearing filters that hide it) and shows its card.
    void selectLine(std::uint32_t line);
    // Exports the current view to CSV (asks for the file and the format); returns the file.
    QString exportCsv(const QString& file = {});

Q_SIGNALS:
    // Forwarded from the company card: build an offer for the establishment of this SIRET.
    void offerRequested(const QString& siret);

private:
    void updateCount();

    StudioSession& session_;
    ProspectTableModel* model_ = nullptr;
    FilterBar* filterBar_ = nullptr;
    QTableView* table_ = nullptr;
    CompanyCard* card_ = nullptr;
    SegmentsPanel* segments_ = nullptr;
    QLabel* count_ = nullptr;
};
