// TEMPORARY stub until branch `needs` is merged (07:55): deleted at the merge.
#include "cmcsim/market/Market.h"
#include "cmcsim/needs/CompanyNeeds.h"

namespace cmcsim {
CompanyNeeds CompanyNeeds::of(const Market& market, const ReferenceData&, const Scenario&,
                              std::uint64_t, std::uint32_t company) {
    const auto& c = market.companies.at(company);
    CompanyNeeds n;
    n.company = company;
    n.decisionMakers = {{"dirigeant", 0.7, {"prix"}}, {"drh", 0.3, {"changement_complique"}}};
    n.budgetEurPerEmployeeMonth = 40;
    n.priceSensitivity = 0.5;
    n.wantedLevel = 2;
    n.renewal = c.health.renewal;
    n.decisionDate = c.health.renewal.plusDays(-70);
    return n;
}
}  // namespace cmcsim
