#include "cmcsim/report/ProspectTable.h"

#include "cmcsim/core/OneLine.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/market/BreakdownTally.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace {
using K = ExportCellKind;

std::string joined(const auto& items, auto text) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += " | ";
        out += text(item);
    }
    return out;
}
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
    : reference_(reference), view_(view), lines_(std::move(lines)), records_(records) {}

void ProspectTable::row(std::size_t i, std::vector<std::string>& cells) const {
    const auto& ref = reference_;
    const auto& p = view_.rows()[lines_[i]];
    const auto& naf = ref.naf.codes()[p.naf];
    const auto& band = ref.sizes.insee()[p.sizeBand];
    const auto& commune = ref.geography.communes()[p.commune];
    const RecordNotes* notes = nullptr;
    if (records_)
        if (const auto it = records_->find(p.record); it != records_->end()) notes = &it->second;
    std::string idccCode, idccTitle;
    if (p.idcc >= 0) {
        const auto& a = ref.idcc.agreements()[static_cast<std::size_t>(p.idcc)];
        idccCode = a.idcc;
        idccTitle = IdccCatalogue::shortTitle(a.title);
    }
    std::string insurer;
    if (p.insurer == -1)
        insurer = "aucun contrat";
    else if (p.insurer >= 0)
        insurer = view_.market().competitors[static_cast<std::size_t>(p.insurer)].name;
    const bool cover = p.insurer >= 0;
    cells = {
        siret::formatSiret(p.siret),
        siret::formatSiren(p.siret / 100000),
        *p.name,
        naf.code,
        naf.label,
        band.code,
        band.label,
        p.sizeBand == reference_.sizes.unknownBand() ? std::string() : std::to_string(p.headcount),
        commune.code,
        commune.name,
        commune.departement,
        idccCode,
        idccTitle,
        p.contact->name,
        p.contact->role,
        p.contact->phone,
        p.contact->email,
        p.verified ? "oui" : "non",
        p.verified ? (p.closed ? "oui" : "non") : "",
        notes ? joined(notes->flags,
                       [](const AnomalyFlag& f) {
                           return f.reason.empty() ? f.kind : f.kind + " : " + f.reason;
                       })
              : "",
        notes ? joined(notes->tags, [](const std::string& t) { return t; }) : "",
        notes ? joined(notes->notes, [](const auto& n) { return n.second; }) : "",
        insurer,
        cover ? coverageLevelLabel(p.coverageLevel) : "",
        cover ? p.renewal.iso() : "",
        p.mutuelleClient ? "oui" : ""};
    for (auto& cell : cells) cell = oneLine(cell);
}

}  // namespace cmcsim
