#include "cmcsim/market/MarketStatistics.h"

#include <fmt/format.h>

#include <algorithm>

#include "cmcsim/market/BreakdownTally.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

MarketStatistics MarketStatistics::compute(const Market& market, const ReferenceData& ref,
                                           std::size_t top) {
    MarketStatistics s;
    s.establishments = market.establishments.size();
    s.companies = market.companies.size();
    s.prospectRecords = market.prospects.size();
    s.prescribers = market.prescribers.size();
    MarketTallies t(ref, market.competitors);
    for (const auto& e : market.establishments) {
        if (e.closed) ++s.closedEstablishments;
        s.employees += e.headcount;
        t.addEstablishment(e.naf, e.sizeBand, e.commune, market.companies[e.company].idcc,
                           e.headcount);
    }
    for (const auto& company : market.companies) {
        // Employees of the company on the territory, not its national headcount.
        std::uint64_t employees = 0;
        for (std::uint32_t i = 0; i < company.establishmentCount; ++i)
            employees += market.establishments[company.firstEstablishment + i].headcount;
        t.addCover(company.health.insurer, company.health.level, company.health.renewal,
                   company.provident.insurer, employees);
    }
    s.breakdowns = t.take(top);

    BreakdownTally defects;
    for (const auto& d : market.defects) addDefect(defects, d.kind);
    s.defects = takeDefects(defects);
    return s;
}

void MarketStatistics::addDefect(BreakdownTally& tally, DefectKind kind) {
    tally.add(defectKindCode(kind), defectKindLabel(kind), 0);
}

Breakdown MarketStatistics::takeDefects(BreakdownTally& tally) {
    return tally.take("anomalies", "Anomalies injectées dans le fichier prospects", "lignes", true,
                      0);
}

}  // namespace cmcsim
