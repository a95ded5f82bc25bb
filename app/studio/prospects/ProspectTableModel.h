#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "cmcsim/prospects/ProspectFilter.h"

class StudioSession;

// The prospect file as a table: the lines of the candidate's view that pass the current filter,
// sorted by the engine (fast enough for national-scale files).
class ProspectTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Status,
        Siret,
        Name,
        Naf,
        Activity,
        SizeBand,
        Headcount,
        Commune,
        Departement,
        Idcc,
        Agreement,
        Contact,
        Phone,
        Insurer,
        Level,
        Renewal,
        ColumnCount
    };

    explicit ProspectTableModel(StudioSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const cmcsim::ProspectFilter& filter);
    const cmcsim::ProspectFilter& filter() const { return filter_; }
    const std::vector<std::uint32_t>& lines() const { return lines_; }
    std::uint32_t lineAt(int row) const { return lines_.at(static_cast<std::size_t>(row)); }
    int rowOfLine(std::uint32_t line) const;  // -1 when filtered out
    // Re-applies filter and sort after the session changed (values may have been revealed).
    void refresh();

private:
    void applySort();

    StudioSession& session_;
    cmcsim::ProspectFilter filter_;
    std::vector<std::uint32_t> lines_;
    int sortColumn_ = -1;
    Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
};
