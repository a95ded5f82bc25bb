#pragma once

#include <cstdint>
#include <optional>

#include "cmcsim/market/Market.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

struct ReferenceData;
class NameFactory;

// Injects the scenario's data-quality traps into prospect records, keeping the truth apart.
class DefectInjector {
public:
    DefectInjector(const ReferenceData& reference, const DataQualityTraps& traps,
                   const NameFactory& names, std::uint64_t seed, Date start);

    // Applies the traps to establishment `local` of `chunk` (global index `global`) and to its
    // prospect record `record`, possibly adding a duplicate record; `recordBase` is the global
    // index of chunk.prospects[0]. Returns the closing date when the establishment is closed.
    // `company` is the establishment's (its legal form and agreement decide the extract quirks).
    std::optional<Date> inject(Market& chunk, const Company& company, std::size_t local,
                               std::uint32_t global, std::size_t record,
                               std::uint32_t recordBase) const;

private:
    // The scenario's quirks of real extracts ([ND], band NN, IDCC 9999) on record `record`.
    void injectExtractQuirks(Market& chunk, const Company& company, std::size_t record,
                             std::uint32_t recordBase) const;

    const ReferenceData& reference_;
    DataQualityTraps traps_;
    const NameFactory& names_;
    std::uint64_t seed_;
    Date start_;
};

}  // namespace cmcsim
