#include "cmcsim/plan/ProspectBreakdown.h"

#include <fmt/format.h>

#include <algorithm>

#include "cmcsim/market/BreakdownTally.h"
#include "cmcsim/plan/KnownMarketTally.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

ProspectBreakdown ProspectBreakdown::compute(const ProspectView& view,
                                             const std::vector<std::uint32_t>& lines,
                                             const Market& market, const ReferenceData& ref) {
    BreakdownTally sections, divisions, bands, idcc, communes, insurers, months, levels;
    ProspectBreakdown out;
    for (const auto i : lines) {
        const auto& r = view.rows()[i];
        const auto employees = r.headcount;
        ++out.lines;
        out.employees += employees;
        const auto& naf = ref.naf.codes()[r.naf];
        sections.add(std::string(1, naf.section), naf.sectionLabel, employees);
        divisions.add(naf.division, naf.divisionLabel, employees);
        bands.add(ref.sizes.insee()[r.sizeBand].code, ref.sizes.insee()[r.sizeBand].label,
                  employees);
        if (r.idcc >= 0) {
            const auto& a = ref.idcc.agreements()[static_cast<std::size_t>(r.idcc)];
            idcc.add(a.idcc, IdccCatalogue::shortTitle(a.title), employees);
        } else {
            idcc.add("0000", "Sans convention collective", employees);
        }
        const auto& commune = ref.geography.communes()[r.commune];
        communes.add(commune.code, commune.name, employees);
        if (r.insurer == -1) insurers.add("aucun", "Sans contrat collectif santé", employees);
        if (r.insurer >= 0) {
            const auto& c = market.competitors[static_cast<std::size_t>(r.insurer)];
            insurers.add(c.code, c.name, employees);
            months.add(fmt::format("{:02}", r.renewal.month()), monthName(r.renewal.month()),
                       employees);
            levels.add(std::to_string(r.coverageLevel), coverageLevelLabel(r.coverageLevel),
                       employees);
        }
    }
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
