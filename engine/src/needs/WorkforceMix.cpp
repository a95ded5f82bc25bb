#include "WorkforceMix.h"

#include "cmcsim/market/Market.h"

namespace cmcsim {

WorkforceMix WorkforceMix::of(const Market& market, const Company& company) {
    WorkforceMix w;
    double cadres = 0;
    for (std::uint32_t e = 0; e < company.establishmentCount; ++e) {
        for (const auto& c :
             market.census(market.establishments.at(company.firstEstablishment + e))) {
            const double n = c.headcount;
            w.employees += n;
            if (c.family == 2 || c.family == 3) w.children += n;
            if (c.family != 0) w.dependants += n;
            if (c.ageBand >= 3) w.seniors += n;  // 45-54, 55-64, 65+
            if (c.ageBand <= 1) w.young += n;    // 16-24, 25-34
            if (c.sex == 0) w.women += n;
            if (c.cadre) cadres += n;
        }
    }
    w.cadreCount = static_cast<std::uint32_t>(cadres);
    if (w.employees > 0) {
        for (double* share : {&w.children, &w.dependants, &w.seniors, &w.young, &w.women})
            *share /= w.employees;
        w.cadres = cadres / w.employees;
    }
    return w;
}

}  // namespace cmcsim
