#include "evaluation/TruthOverlayModel.h"

#include <QBrush>
#include <QColor>
#include <QHeaderView>
#include <QStringList>
#include <QTableView>

#include "cmcsim/market/Market.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"
#include "prospects/ProspectTableModel.h"

using namespace studio;

namespace {
QColor outcomeColour(DefectTruth::Outcome outcome) {
    switch (outcome) {
        case DefectTruth::Outcome::Hit:
            return {0xc8, 0xe6, 0xc9};  // green
        case DefectTruth::Outcome::Miss:
            return {0xff, 0xcd, 0xd2};  // red
        case DefectTruth::Outcome::FalseAlarm:
            return {0xff, 0xe0, 0xb2};  // orange
        case DefectTruth::Outcome::Clean:
            break;
    }
    return {};
}
}  // namespace

TruthOverlayModel::TruthOverlayModel(ProspectTableModel* source, const StudioSession& session,
                                     QObject* parent)
    : QIdentityProxyModel(parent), source_(source), session_(session), truth_(session.market()) {
    setSourceModel(source);
}

void TruthOverlayModel::show(QTableView* table, ProspectTableModel* source,
                             const StudioSession& session) {
    if (!session.truthOpen()) {
        table->setModel(source);
        return;
    }
    auto* overlay = new TruthOverlayModel(source, session, table);
    overlay->setObjectName(QStringLiteral("truthOverlay"));
    table->setModel(overlay);
    table->horizontalHeader()->moveSection(overlay->truthColumn(), 1);
    table->setColumnWidth(overlay->truthColumn(), 240);
}

int TruthOverlayModel::truthColumn() const {
    return ProspectTableModel::ColumnCount;
}

int TruthOverlayModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ProspectTableModel::ColumnCount + 1;
}

QModelIndex TruthOverlayModel::index(int row, int column, const QModelIndex& parent) const {
    if (column == truthColumn())
        return !parent.isValid() && row >= 0 && row < rowCount() ? createIndex(row, column)
                                                                 : QModelIndex();
    return QIdentityProxyModel::index(row, column, parent);
}

QModelIndex TruthOverlayModel::parent(const QModelIndex&) const {
    return {};  // a flat table
}

QModelIndex TruthOverlayModel::sibling(int row, int column, const QModelIndex&) const {
    return index(row, column);
}

QModelIndex TruthOverlayModel::mapToSource(const QModelIndex& proxy) const {
    if (proxy.isValid() && proxy.column() == truthColumn()) return {};
    return QIdentityProxyModel::mapToSource(proxy);
}

Qt::ItemFlags TruthOverlayModel::flags(const QModelIndex& index) const {
    if (index.isValid() && index.column() == truthColumn())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return QIdentityProxyModel::flags(index);
}

QVariant TruthOverlayModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && section == truthColumn()) {
        if (role == Qt::DisplayRole) return tr("Vérité (évaluateur)");
        if (role == Qt::ToolTipRole)
            return tr(
                "Anomalies injectées dans la ligne et signalements du candidat à l'entrée "
                "affichée : repéré, manqué ou fausse alerte. Visible en mode évaluateur "
                "seulement.");
        return {};
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}

QVariant TruthOverlayModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const auto line = source_->lineAt(index.row());
    if (index.column() == truthColumn()) return truthData(line, role);
    if (index.column() == ProspectTableModel::Headcount) return headcountData(index, line, role);
    return QIdentityProxyModel::data(index, role);
}

QVariant TruthOverlayModel::truthData(std::uint32_t line, int role) const {
    const auto outcome = truth_.outcome(line, session_.state());
    const auto& defects = truth_.defects(line);
    if (role == Qt::BackgroundRole && outcome != DefectTruth::Outcome::Clean)
        return QBrush(outcomeColour(outcome));
    if (role == Qt::ForegroundRole && outcome != DefectTruth::Outcome::Clean)
        return QBrush(Qt::black);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    QStringList kinds;
    for (const auto* d : defects)
        kinds << (role == Qt::ToolTipRole
                      ? QStringLiteral("%1 : %2").arg(text(cmcsim::defectKindLabel(d->kind)),
                                                      text(d->truth))
                      : text(cmcsim::defectKindLabel(d->kind)));
    const auto verdict = DefectTruth::outcomeText(outcome);
    if (outcome == DefectTruth::Outcome::Clean) return {};
    if (outcome == DefectTruth::Outcome::FalseAlarm)
        return role == Qt::ToolTipRole ? tr("Signalée par le candidat, mais la ligne est exacte.")
                                       : verdict;
    return QStringLiteral("%1 : %2").arg(
        verdict, kinds.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(", ")));
}

QVariant TruthOverlayModel::headcountData(const QModelIndex& index, std::uint32_t line,
                                          int role) const {
    const auto listed = QIdentityProxyModel::data(index, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return listed;
    const auto& market = session_.market();
    const auto& record = market.prospects[line];
    const auto& real = market.establishments[record.establishment];
    if (real.headcount == record.headcount && !real.closed) return listed;
    const auto realText = real.closed ? tr("fermé") : number(real.headcount);
    if (role == Qt::ToolTipRole)
        return tr("Effectif listé : %1 ; effectif réel : %2")
            .arg(number(record.headcount), realText);
    return tr("%1 → réel %2").arg(listed.toString(), realText);
}
