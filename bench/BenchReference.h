#pragma once

#include <filesystem>

#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim::bench {

// The source tree, where datasets/ and the scenarios are.
inline const std::filesystem::path kRoot = CMCSIM_SOURCE_ROOT;

// The project's datasets/, loaded once per benchmark program.
inline const ReferenceData& reference() {
    static const ReferenceData data = ReferenceData::load(kRoot / "datasets");
    return data;
}

}  // namespace cmcsim::bench
