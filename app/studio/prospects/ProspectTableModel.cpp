#include "prospects/ProspectTableModel.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <algorithm>

#include "cmcsim/core/Siret.h"
#include "common/CoverageLevels.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"

using namespace studio;

namespace {

std::optional<cmcsim::ProspectColumn> engineColumn(int column) {
    using C = cmcsim::ProspectColumn;
    switch (column) {
        case ProspectTableModel::Siret:
            return C::Siret;
        case ProspectTableModel::Name:
            return C::Name;
        case ProspectTableModel::Naf:
        case ProspectTableModel::Activity:
            return C::Naf;
        case ProspectTableModel::SizeBand:
            return C::SizeBand;
        case ProspectTableModel::Headcount:
            return C::Headcount;
        case ProspectTableModel::Commune:
            return C::Commune;
        case ProspectTableModel::Departement:
            return C::Departement;
        case ProspectTableModel::Idcc:
        case ProspectTableModel::Agreement:
            return C::Idcc;
        case ProspectTableModel::Insurer:
            return C::Insurer;
        case ProspectTableModel::Renewal:
            return C::Renewal;
        default:
            return std::nullopt;
    }
}
}  // namespace

ProspectTableModel::ProspectTableModel(StudioSession& session, QObject* parent)
    : QAbstractTableModel(parent), session_(session) {
    lines_ = session_.view().filter(filter_);
}

int ProspectTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(lines_.size());
}

int ProspectTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProspectTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
        case Status:
            return tr("État");
        case Siret:
            return tr("SIRET");
        case Name:
            return tr("Raison sociale");
        case Naf:
            return tr("NAF");
        case Activity:
            return tr("Activité");
        case SizeBand:
            return tr("Tranche");
        case Headcount:
            return tr("Effectif");
        case Commune:
            return tr("Commune");
        case Departement:
            return tr("Dép.");
        case Idcc:
            return tr("IDCC");
        case Agreement:
            return tr("Convention collective");
        case Contact:
            return tr("Contact");
        case Phone:
            return tr("Téléphone");
        case Insurer:
            return tr("Assureur santé");
        case Level:
            return tr("Niveau");
        case Renewal:
            return tr("Échéance");
        default:
            return {};
    }
}

QVariant ProspectTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const auto& ref = session_.reference();
    const auto& row = session_.view().rows()[lineAt(index.row())];
    const auto* notes = session_.state().notesFor(row.record);
    if (role == Qt::ForegroundRole && row.closed)
        return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::FontRole && index.column() == Name && row.mutuelleClient) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Headcount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Status) {
        QStringList lines;
        if (row.verified) lines << tr("Fiche vérifiée");
        if (row.closed) lines << tr("Établissement fermé");
        if (notes)
            for (const auto& flag : notes->flags)
                lines << tr("Signalée : %1 — %2").arg(text(flag.kind), text(flag.reason));
        if (row.mutuelleClient) lines << tr("Client de votre mutuelle");
        return lines.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole) return {};
    const auto& naf = ref.naf.codes()[row.naf];
    const auto& commune = ref.geography.communes()[row.commune];
    switch (index.column()) {
        case Status: {
            QString s;
            if (row.verified) s += QStringLiteral("✔");
            if (notes && !notes->flags.empty()) s += QStringLiteral("⚑");
            if (notes && !notes->notes.empty()) s += QStringLiteral("✎");
            if (notes)
                for (const auto& tag : notes->tags) s += QLatin1Char(' ') + text(tag);
            return s;
        }
        case Siret:
            return text(cmcsim::siret::formatSiret(row.siret));
        case Name:
            return text(*row.name);
        case Naf:
            return text(naf.code);
        case Activity:
            return text(naf.label);
        case SizeBand:
            return text(ref.sizes.insee()[row.sizeBand].label);
        case Headcount:  // none when the extract gives the band NN
            return row.sizeBand == ref.sizes.unknownBand() ? QVariant() : QVariant(row.headcount);
        case Commune:
            return text(commune.name);
        case Departement:
            return text(commune.departement);
        case Idcc:
            return row.idcc < 0
                       ? QString()
                       : text(ref.idcc.agreements()[static_cast<std::size_t>(row.idcc)].idcc);
        case Agreement:
            return row.idcc < 0
                       ? tr("Aucune")
                       : text(cmcsim::IdccCatalogue::shortTitle(
                             ref.idcc.agreements()[static_cast<std::size_t>(row.idcc)].title));
        case Contact:
            return text(session_.view().contact(row.record).name);
        case Phone:
            return text(session_.view().contact(row.record).phone);
        case Insurer:
            if (row.insurer == -2) return tr("non connu");
            if (row.insurer == -1) return tr("aucun contrat");
            return text(session_.market().competitors[static_cast<std::size_t>(row.insurer)].name);
        case Level:
            return row.insurer >= 0 ? coverageLevelName(row.coverageLevel) : QString();
        case Renewal:
            return row.insurer >= 0 ? text(row.renewal.french()) : QString();
        default:
            return {};
    }
}

void ProspectTableModel::sort(int column, Qt::SortOrder order) {
    sortColumn_ = column;
    sortOrder_ = order;
    Q_EMIT layoutAboutToBeChanged();
    applySort();
    Q_EMIT layoutChanged();
}

void ProspectTableModel::applySort() {
    if (const auto column = engineColumn(sortColumn_))
        session_.view().sort(lines_, *column, sortOrder_ == Qt::AscendingOrder);
}

void ProspectTableModel::setFilter(const cmcsim::ProspectFilter& filter) {
    filter_ = filter;
    refresh();
}

void ProspectTableModel::refresh() {
    beginResetModel();
    lines_ = session_.view().filter(filter_);
    applySort();
    endResetModel();
}

int ProspectTableModel::rowOfLine(std::uint32_t line) const {
    const auto it = std::find(lines_.begin(), lines_.end(), line);
    return it == lines_.end() ? -1 : static_cast<int>(it - lines_.begin());
}
