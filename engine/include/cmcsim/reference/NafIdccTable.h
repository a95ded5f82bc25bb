#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace cmcsim {

class NafNomenclature;
class IdccCatalogue;

// One collective agreement a sector may apply, with its relative weight.
struct IdccAlternative {
    std::optional<std::uint16_t> idcc;  // index in IdccCatalogue; none = no agreement
    double weight = 1;
    // Company headcounts the agreement applies to (e.g. 1596: building firms of up to 10
    // employees, 1597: more than 10); the table's min_effectif / max_effectif columns.
    std::uint32_t minHeadcount = 0, maxHeadcount = UINT32_MAX;
    bool appliesTo(std::uint32_t headcount) const {
        return headcount >= minHeadcount && headcount <= maxHeadcount;
    }
};

// Indicative NAF → IDCC table (authored after the DARES APE → IDCC table): for each NAF
// sous-classe the agreements it may apply, found by the longest matching code prefix.
class NafIdccTable {
public:
    static NafIdccTable load(const std::filesystem::path& datasets, const NafNomenclature& naf,
                             const IdccCatalogue& idcc);

    // Alternatives for the sous-classe at `nafIndex`; empty if no prefix matches.
    std::span<const IdccAlternative> alternatives(std::uint16_t nafIndex) const;

private:
    std::vector<std::vector<IdccAlternative>> bySubclass_;
};

}  // namespace cmcsim
