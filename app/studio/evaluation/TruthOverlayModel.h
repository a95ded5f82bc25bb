#pragma once

#include <QIdentityProxyModel>

#include "evaluation/DefectTruth.h"

class ProspectTableModel;
class QTableView;
class StudioSession;

// The prospect table as the evaluator sees it: the candidate's table plus a column "Vérité"
// (the defects injected in each line and whether the candidate's flags hit, missed or raised a
// false alarm at the entry shown), and each listed headcount beside the real one. Installed by
// the prospect workspace in evaluator mode only.
class TruthOverlayModel : public QIdentityProxyModel {
    Q_OBJECT
public:
    TruthOverlayModel(ProspectTableModel* source, const StudioSession& session,
                      QObject* parent = nullptr);
    // Shows `source` in `table`: through a TruthOverlayModel (its column placed second) in
    // evaluator mode, as it is otherwise.
    static void show(QTableView* table, ProspectTableModel* source, const StudioSession& session);

    // The column this model adds after the candidate's.
    int truthColumn() const;
    const DefectTruth& truth() const { return truth_; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    QModelIndex mapToSource(const QModelIndex& proxy) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QVariant truthData(std::uint32_t line, int role) const;
    QVariant headcountData(const QModelIndex& index, std::uint32_t line, int role) const;

    ProspectTableModel* source_;
    const StudioSession& session_;
    DefectTruth truth_;
};
