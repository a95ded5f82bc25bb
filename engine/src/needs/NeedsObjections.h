#pragma once

#include <cstdint>

namespace cmcsim {

struct CompanyNeeds;
struct Company;
struct NeedsModel;
class ObjectionBank;

// Gives each decision maker of `needs` (already filled but for the objections) the objections
// they will raise: between objections_min and objections_max of their role, drawn without
// replacement among the bank's objections their role raises whose condition the company meets,
// by weight, keyed by (seed, SIREN, role); an objection goes to one decision maker only.
void assignObjections(CompanyNeeds& needs, const ObjectionBank& bank, const NeedsModel& model,
                      const Company& company, std::uint32_t cadres, std::uint64_t seed);

}  // namespace cmcsim
