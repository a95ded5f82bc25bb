#include "cmcsim/prospects/KnownMarketTally.h"

namespace cmcsim {

KnownMarketTally::KnownMarketTally(const ReferenceData& reference,
                                   const std::vector<Competitor>& competitors, std::size_t lines)
    : tallies_(reference, competitors) {
    firms_.reserve(lines);
}

void KnownMarketTally::add(const ProspectRow& r, bool knownDuplicate,
                           std::int16_t providentInsurer) {
    if (r.closed || knownDuplicate) return;
    ++statistics_.establishments;
    statistics_.employees += r.headcount;
    tallies_.addEstablishment(r.naf, r.sizeBand, r.commune, r.idcc, r.headcount);
    auto& firm = firms_
                     .try_emplace(r.siret / 100000, KnownFirm{r.insurer, providentInsurer,
                                                              r.coverageLevel, r.renewal, 0})
                     .first->second;
    firm.employees += r.headcount;
}

MarketStatistics KnownMarketTally::take(std::size_t top) {
    statistics_.companies = firms_.size();
    for (const auto& [siren, firm] : firms_)
        tallies_.addCover(firm.health, firm.level, firm.renewal, firm.provident, firm.employees);
    statistics_.breakdowns = tallies_.take(top);
    return std::move(statistics_);
}

}  // namespace cmcsim
