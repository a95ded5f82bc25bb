#include "cmcsim/offer/DependantsFinancing.h"

#include <algorithm>

#include "cmcsim/offer/OfferQuote.h"

namespace cmcsim {

namespace {
const RateClassPrice* classNamed(const HealthQuote& q, const char* name) {
    for (const auto& c : q.classes)
        if (c.name == name) return &c;
    return nullptr;
}
}  // namespace

double DependantsFinancing::employerOptionalAnnual(const HealthQuote& q, Dependants dependants) {
    if (dependants == Dependants::Mandatory) return 0;
    const bool childrenMandatory = dependants == Dependants::ChildrenMandatory;
    double monthly = 0;
    switch (q.structure) {
        case RateStructure::Uniform:
            return 0;  // the employer pays the same for every employee, whatever the family
        case RateStructure::AdultChild: {
            // Adults beyond the employees are spouses, who always join optionally here.
            if (const auto* adult = classNamed(q, "Adulte"))
                monthly += std::max(0.0, adult->members - q.employees) * adult->employerMonthly;
            if (const auto* child = classNamed(q, "Enfant"); child && !childrenMandatory)
                monthly += child->members * child->employerMonthly;
            break;
        }
        case RateStructure::SingleFamily:
        case RateStructure::SingleDuoFamily: {
            const auto* single = classNamed(q, "Isolé");
            const double base = single ? single->employerMonthly : 0;
            for (const auto& c : q.classes) {
                if (&c == single) continue;
                double optionalMembers = c.members;
                if (childrenMandatory && c.name == "Famille")
                    // Families with children are covered compulsorily (the spouse adds nothing
                    // to the family rate); in isolé/famille, the others are couples who joined.
                    optionalMembers = q.structure == RateStructure::SingleFamily
                                          ? std::max(0.0, c.members - q.group.withChildren)
                                          : 0;
                monthly += optionalMembers * std::max(0.0, c.employerMonthly - base);
            }
            break;
        }
    }
    return monthly * 12.0;
}

}  // namespace cmcsim
