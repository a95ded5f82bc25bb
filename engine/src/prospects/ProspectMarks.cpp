#include "cmcsim/prospects/ProspectMarks.h"

namespace cmcsim {

std::set<std::string> ProspectMarks::allTags() const {
    std::set<std::string> all;
    for (const auto& [_, line] : tags) all.insert(line.begin(), line.end());
    return all;
}

}  // namespace cmcsim
