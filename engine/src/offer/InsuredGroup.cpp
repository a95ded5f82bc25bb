#include "cmcsim/offer/InsuredGroup.h"

namespace cmcsim {

namespace {
// Census age bands (16-24 … 65+) mapped to the care items' bands by their midpoints.
constexpr std::array<int, 6> kCareBand = {1, 1, 2, 3, 4, 5};
}  // namespace

InsuredGroup InsuredGroup::fromCensus(std::span<const CensusCell> cells, double childrenPerFamily) {
    InsuredGroup g;
    for (const auto& c : cells) {
        const double n = c.headcount;
        const int band = kCareBand[c.ageBand];
        g.employees(band * 2 + c.sex) += n;
        g.employeeCount += n;
        const bool spouse = c.family == 1 || c.family == 3;
        const bool kids = c.family == 2 || c.family == 3;
        if (spouse) {
            g.spouses(band * 2 + (1 - c.sex)) +=
                n;  // a spouse of similar age, of the other sex (⚠)
            g.withSpouse += n;
        }
        if (kids) {
            const double k = n * childrenPerFamily;
            g.children(0) += k / 2;  // children are 0-17, half boys, half girls
            g.children(1) += k / 2;
            g.withChildren += n;
            g.childrenCount += k;
        }
        if (spouse && kids) g.withBoth += n;
    }
    return g;
}

}  // namespace cmcsim
