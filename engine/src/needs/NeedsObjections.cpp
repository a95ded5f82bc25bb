#include "NeedsObjections.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "cmcsim/core/KeyedRandom.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/needs/CompanyNeeds.h"
#include "cmcsim/reference/NeedsModel.h"
#include "cmcsim/reference/ObjectionBank.h"

namespace cmcsim {

namespace {
bool meets(ObjectionCondition condition, const CompanyNeeds& n, const NeedsModel& m,
           const Company& c, std::uint32_t cadres) {
    const double satisfaction = c.health.satisfaction;
    switch (condition) {
        case ObjectionCondition::Always:
            return true;
        case ObjectionCondition::Covered:
            return n.covered;
        case ObjectionCondition::Uncovered:
            return !n.covered;
        case ObjectionCondition::Satisfied:
            return n.covered && satisfaction >= m.satisfiedFrom;
        case ObjectionCondition::Dissatisfied:
            return n.covered && (satisfaction < m.dissatisfiedBelow || !n.dissatisfactions.empty());
        case ObjectionCondition::PriceSensitive:
            return n.priceSensitivity >= m.priceSensitiveFrom;
        case ObjectionCondition::Branch:
            return !n.branchRegime.empty();
        case ObjectionCondition::PendingDue:
            return n.pendingDue;
        case ObjectionCondition::ProvidentCovered:
            return c.provident.insurer >= 0;
        case ObjectionCondition::Cadres:
            return cadres > 0;
        case ObjectionCondition::Broker:
            return n.decisionMaker("courtier") != nullptr;
        case ObjectionCondition::Large:
            return c.headcount >= 50;
    }
    return false;
}
}  // namespace

void assignObjections(CompanyNeeds& n, const ObjectionBank& bank, const NeedsModel& m,
                      const Company& c, std::uint32_t cadres, std::uint64_t seed) {
    std::set<std::string> taken;
    for (auto& maker : n.decisionMakers) {
        const auto role = static_cast<std::size_t>(decisionRoleIndex(maker.role));
        KeyedRandom random(seed, Purpose("besoins.objections"), mixKey(c.siren, role));
        auto count = random.between(m.objectionsMin[role], m.objectionsMax[role]);
        std::vector<const Objection*> eligible;
        for (const auto& o : bank.all())
            if (o.raisedBy(maker.role) && !taken.contains(o.code) &&
                meets(o.condition, n, m, c, cadres))
                eligible.push_back(&o);
        for (; count > 0 && !eligible.empty(); --count) {
            double total = 0;
            for (const auto* o : eligible) total += o->weight;
            double at = random.uniform() * total;
            auto pick = eligible.begin();
            while (std::next(pick) != eligible.end() && at >= (*pick)->weight) {
                at -= (*pick)->weight;
                ++pick;
            }
            maker.objections.push_back((*pick)->code);
            taken.insert((*pick)->code);
            eligible.erase(pick);
        }
    }
}

}  // namespace cmcsim
