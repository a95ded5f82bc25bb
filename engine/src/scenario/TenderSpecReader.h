#pragma once

#include <vector>

#include "cmcsim/core/JsonReader.h"
#include "cmcsim/scenario/TenderSpec.h"

namespace cmcsim {

struct ReferenceData;

// Reads the scenario's "appels_offres" array (docs/scenario-format.md) against the scenario's
// weeks, datasets/ao_*.csv and, when given, the NAF and IDCC of `reference`, recording every
// problem with its JSON path in the root's problems.
std::vector<TenderSpec> readTenderSpecs(const JsonReader& root, int durationWeeks,
                                        const ReferenceData* reference);

}  // namespace cmcsim
