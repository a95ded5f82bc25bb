#include "cmcsim/prospects/ProspectBreakdown.h"

#include <fmt/format.h>

#include <algorithm>

#include "cmcsim/market/BreakdownTally.h"
#include "cmcsim/prospects/KnownMarketTally.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace {
// Lines and employees of one value of a breakdown.
struct Cell {
    std::uint64_t count = 0, employees = 0;
    void add(std::uint64_t e) {
        ++count;
        employees += e;
    }
};
}  // namespace

ProspectBreakdown ProspectBreakdown::compute(const ProspectView& view,
                                             const std::vector<std::uint32_t>& lines,
                                             const Market& market, const ReferenceData& ref) {
    // Counted by reference index (1.9 million lines at national scale), then each value with
    // lines turned into its key and label once, in index order: the same rows as counting each
    // line by its key (a key has one label: a NAF section's or division's is the same for all of
    // its codes).
    const auto& codes = ref.naf.codes();
    const auto& bandList = ref.sizes.insee();
    const auto& agreements = ref.idcc.agreements();
    const auto& communeList = ref.geography.communes();
    std::vector<Cell> naf(codes.size()), band(bandList.size()), idccCells(agreements.size() + 1),
        commune(communeList.size()), insurer(market.competitors.size() + 1), month(13), level(256);
    ProspectBreakdown out;
    for (const auto i : lines) {
        const auto& r = view.rows()[i];
        const auto employees = r.headcount;
        ++out.lines;
        out.employees += employees;
        naf[r.naf].add(employees);
        band[r.sizeBand].add(employees);
        idccCells[static_cast<std::size_t>(r.idcc + 1)].add(employees);
        commune[r.commune].add(employees);
        if (r.insurer >= -1) insurer[static_cast<std::size_t>(r.insurer + 1)].add(employees);
        if (r.insurer >= 0) {
            month[r.renewal.month() % 13].add(employees);
            level[r.coverageLevel].add(employees);
        }
    }
    BreakdownTally sections, divisions, bands, idcc, communes, insurers, months, levels;
    for (std::size_t n = 0; n < naf.size(); ++n) {
        if (!naf[n].count) continue;
        const auto& code = codes[n];
        sections.addCount(std::string(1, code.section), code.sectionLabel, naf[n].count,
                          naf[n].employees);
        divisions.addCount(code.division, code.divisionLabel, naf[n].count, naf[n].employees);
    }
    for (std::size_t b = 0; b < band.size(); ++b)
        if (band[b].count)
            bands.addCount(bandList[b].code, bandList[b].label, band[b].count, band[b].employees);
    if (idccCells[0].count)
        idcc.addCount("0000", "Sans convention collective", idccCells[0].count,
                      idccCells[0].employees);
    for (std::size_t a = 0; a < agreements.size(); ++a)
        if (const auto& c = idccCells[a + 1]; c.count)
            idcc.addCount(agreements[a].idcc, IdccCatalogue::shortTitle(agreements[a].title),
                          c.count, c.employees);
    for (std::size_t c = 0; c < commune.size(); ++c)
        if (commune[c].count)
            communes.addCount(communeList[c].code, communeList[c].name, commune[c].count,
                              commune[c].employees);
    if (insurer[0].count)
        insurers.addCount("aucun", "Sans contrat collectif santé", insurer[0].count,
                          insurer[0].employees);
    for (std::size_t c = 0; c < market.competitors.size(); ++c)
        if (const auto& cell = insurer[c + 1]; cell.count)
            insurers.addCount(market.competitors[c].code, market.competitors[c].name, cell.count,
                              cell.employees);
    for (unsigned m = 0; m < month.size(); ++m)
        if (month[m].count)
            months.addCount(fmt::format("{:02}", m), monthName(m), month[m].count,
                            month[m].employees);
    for (int l = 0; l < static_cast<int>(level.size()); ++l)
        if (const auto& cell = level[static_cast<std::size_t>(l)]; cell.count)
            levels.addCount(std::to_string(l), coverageLevelLabel(l), cell.count, cell.employees);
    out.sections = sections.take("sections", "Secteur (section NAF)", "lignes", true);
    out.divisions = divisions.take("divisions", "Division NAF", "lignes", true);
    out.sizeBands = bands.take("tranches", "Tranche d'effectif", "lignes", false);
    out.idcc = idcc.take("idcc", "Convention collective", "lignes", true);
    out.communes = communes.take("communes", "Commune", "lignes", true);
    out.insurers = insurers.take("assureurs", "Assureur santé actuel", "lignes", true);
    out.renewalMonths = months.take("echeances", "Mois d'échéance", "lignes", false);
    out.levels = levels.take("niveaux", "Niveau de garanties", "lignes", false);
    return out;
}

MarketStatistics ProspectBreakdown::statistics(const ProspectView& view, const ReferenceData& ref,
                                               std::size_t top) {
    const auto& knowledge = view.knowledge();
    const auto& market = view.market();
    KnownMarketTally tally(ref, market.competitors, view.rows().size());
    for (std::uint32_t i = 0; i < view.rows().size(); ++i) {
        const auto provident = knowledge.provident(i);
        tally.add(view.rows()[i], knowledge.knownDuplicate(i),
                  provident ? provident->insurer : std::int16_t{-2});
    }
    auto s = tally.take(top);
    s.prospectRecords = view.rows().size();
    s.prescribersKnown = knowledge.earned().prescribers;
    s.prescribers = s.prescribersKnown ? market.prescribers.size() : 0;
    return s;
}

}  // namespace cmcsim
