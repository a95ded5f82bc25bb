#include "cmcsim/report/ProspectCells.h"

#include <algorithm>

#include "cmcsim/core/OneLine.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/market/BreakdownTally.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/report/ProspectTable.h"

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

void ProspectCells::operator()(const ProspectRow& p, const Contact& contact,
                               const RecordNotes* notes, std::vector<std::string>& cells) {
    const auto& ref = reference_;
    const auto& naf = ref.naf.codes()[p.naf];
    const auto& band = ref.sizes.insee()[p.sizeBand];
    const auto& commune = ref.geography.communes()[p.commune];
    const bool cover = p.insurer >= 0;
    // Assigned in place, so that a streamed export reuses each cell's storage line after line.
    cells.resize(ProspectTable::columns().size());
    std::size_t c = 0;
    const auto set = [&](std::string_view text) { cells[c++].assign(text); };
    set(siret::formatSiret(p.siret));
    set(siret::formatSiren(p.siret / 100000));
    set(*p.name);
    set(naf.code);
    set(naf.label);
    set(band.code);
    set(band.label);
    set(p.sizeBand == ref.sizes.unknownBand() ? std::string() : std::to_string(p.headcount));
    set(commune.code);
    set(commune.name);
    set(commune.departement);
    if (p.idcc >= 0) {
        const auto agreement = static_cast<std::size_t>(p.idcc);
        set(ref.idcc.agreements()[agreement].idcc);
        set(agreementTitle(agreement));
    } else {
        set("");
        set("");
    }
    set(contact.name);
    set(contact.role);
    set(contact.phone);
    set(contact.email);
    set(p.verified ? "oui" : "non");
    set(p.verified ? (p.closed ? "oui" : "non") : "");
    set(notes ? joined(notes->flags,
                       [](const AnomalyFlag& f) {
                           return f.reason.empty() ? f.kind : f.kind + " : " + f.reason;
                       })
              : "");
    set(notes ? joined(notes->tags, [](const std::string& t) { return t; }) : "");
    set(notes ? joined(notes->notes, [](const auto& n) { return n.second; }) : "");
    set(p.insurer == -1  ? std::string_view("aucun contrat")
        : p.insurer >= 0 ? std::string_view(competitors_[static_cast<std::size_t>(p.insurer)].name)
                         : std::string_view());
    set(cover ? coverageLevelLabel(p.coverageLevel) : "");
    set(cover ? p.renewal.iso() : "");
    set(p.mutuelleClient ? "oui" : "");
    // oneLine changes only a cell holding a control character or a Unicode line break (which
    // starts with byte C2 or E2); the others are kept as they are, without a copy.
    for (auto& cell : cells)
        if (std::any_of(cell.begin(), cell.end(), [](char ch) {
                const auto b = static_cast<unsigned char>(ch);
                return b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xE2;
            }))
            cell = oneLine(cell);
}

}  // namespace cmcsim
