#pragma once

#include <cstdint>

namespace cmcsim {

struct Market;
struct Company;

// The shares of a company's census that its needs depend on (each 0..1 of its employees), summed
// over its establishments' census cells (Market::census).
struct WorkforceMix {
    double employees = 0;
    double children = 0;    // monoparental or famille
    double dependants = 0;  // couple, monoparental or famille
    double seniors = 0;     // aged 45 and over
    double young = 0;       // under 35
    double women = 0;
    double cadres = 0;
    std::uint32_t cadreCount = 0;

    static WorkforceMix of(const Market& market, const Company& company);
};

}  // namespace cmcsim
