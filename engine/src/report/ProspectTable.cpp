#include "cmcsim/report/ProspectTable.h"

namespace cmcsim {

namespace {
using K = ExportCellKind;
}  // namespace

const std::vector<ExportColumn>& ProspectTable::columns() {
    static const std::vector<ExportColumn> columns = {
        {"siret", K::Code, 16},
        {"siren", K::Code, 11},
        {"raison_sociale", K::Text, 34},
        {"naf", K::Code, 7},
        {"libelle_naf", K::Text, 44},
        {"tranche_effectif", K::Code, 9},
        {"libelle_tranche", K::Text, 20},
        {"effectif", K::Integer, 9},
        {"code_commune", K::Code, 9},
        {"commune", K::Text, 24},
        {"departement", K::Code, 6},
        {"idcc", K::Code, 7},
        {"convention_collective", K::Text, 36},
        {"contact", K::Text, 24},
        {"fonction", K::Text, 24},
        {"telephone", K::Code, 15},
        {"email", K::Text, 34},
        {"verifiee", K::Text, 9},
        {"fermee", K::Text, 8},
        {"signalements", K::Text, 30},
        {"etiquettes", K::Text, 20},
        {"notes", K::Text, 40},
        {"assureur_sante", K::Text, 24},
        {"niveau_sante", K::Text, 14},
        {"echeance_sante", K::Date, 12},
        {"client_mutuelle", K::Text, 9},
    };
    return columns;
}

ProspectTable::ProspectTable(const ReferenceData& reference, const ProspectView& view,
                             std::vector<std::uint32_t> lines,
                             const std::map<std::uint32_t, RecordNotes>* records)
    : view_(view),
      lines_(std::move(lines)),
      records_(records),
      cells_(reference, view.market().competitors) {}

void ProspectTable::row(std::size_t i, std::vector<std::string>& cells) const {
    const auto& p = view_.rows()[lines_[i]];
    const auto contact = view_.contact(p.record);  // read from the file when the view reads it
    const RecordNotes* notes = nullptr;
    if (records_)
        if (const auto it = records_->find(p.record); it != records_->end()) notes = &it->second;
    cells_(p, contact, notes, cells);
}

}  // namespace cmcsim
