#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cmcsim/core/InputError.h"
#include "cmcsim/prospects/ProspectFilter.h"

namespace cmcsim {

// A target of the candidate: a saved filter with a name, a written qualification and the
// candidate's own quantification (the framework's "cibles identifiées, qualifiées et quantifiées").
struct Segment {
    std::string id;
    std::string name;
    ProspectFilter filter;
    std::string qualification;
    std::int64_t establishments = 0;  // the candidate's figures
    std::int64_t employees = 0;
    double premiumPotentialEur = 0;  // annual
    double expectedConversion = 0;   // 0..1
    std::int64_t entry = 0;

    nlohmann::json toJson() const;
    static Segment fromJson(const nlohmann::json& json, std::vector<Problem>& problems);
};

}  // namespace cmcsim
