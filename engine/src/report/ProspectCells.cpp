#include "cmcsim/report/ProspectCells.h"

#include "cmcsim/core/OneLine.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/market/BreakdownTally.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace {
std::string joined(const auto& items, auto text) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += " | ";
        out += text(item);
    }
    return out;
}
}  // namespace

const std::string& ProspectCells::agreementTitle(std::size_t agreement) {
    if (titles_.size() <= agreement) {
        titles_.resize(agreement + 1);
        titled_.resize(agreement + 1);
    }
    if (!titled_[agreement]) {
        titles_[agreement] =
            IdccCatalogue::shortTitle(reference_.idcc.agreements()[agreement].title);
        titled_[agreement] = 1;
    }
    return titles_[agreement];
}

void ProspectCells::operator()(const ProspectRow& p, const RecordNotes* notes,
                               std::vector<std::string>& cells) {
    const auto& ref = reference_;
    const auto& naf = ref.naf.codes()[p.naf];
    const auto& band = ref.sizes.insee()[p.sizeBand];
    const auto& commune = ref.geography.communes()[p.commune];
    std::string idccCode, idccTitle;
    if (p.idcc >= 0) {
        const auto& a = ref.idcc.agreements()[static_cast<std::size_t>(p.idcc)];
        idccCode = a.idcc;
        idccTitle = agreementTitle(static_cast<std::size_t>(p.idcc));
    }
    std::string insurer;
    if (p.insurer == -1)
        insurer = "aucun contrat";
    else if (p.insurer >= 0)
        insurer = competitors_[static_cast<std::size_t>(p.insurer)].name;
    const bool cover = p.insurer >= 0;
    cells = {
        siret::formatSiret(p.siret),
        siret::formatSiren(p.siret / 100000),
        *p.name,
        naf.code,
        naf.label,
        band.code,
        band.label,
        p.sizeBand == ref.sizes.unknownBand() ? std::string() : std::to_string(p.headcount),
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
