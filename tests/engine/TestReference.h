#pragma once

#include <filesystem>

#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim::test {

// The project's datasets/, loaded once for the whole test binary.
inline const ReferenceData& reference() {
    static const ReferenceData data =
        ReferenceData::load(std::filesystem::path(CMCSIM_SOURCE_ROOT) / "datasets");
    return data;
}

inline std::filesystem::path sourceRoot() {
    return CMCSIM_SOURCE_ROOT;
}

}  // namespace cmcsim::test
