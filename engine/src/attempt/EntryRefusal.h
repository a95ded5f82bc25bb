#pragma once

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "cmcsim/attempt/Journal.h"
#include "cmcsim/core/InputError.h"

namespace cmcsim::entry {

// How the folding of the journal words its refusals: each names the entry ("journal, entrée 7
// (plan.action)") and says what was expected, in French.

// The text of `key` in a payload, empty when absent or not a string (`{"etude": null}` must be
// refused with the entry named, not escape as a JSON type error).
inline std::string textField(const nlohmann::json& payload, const char* key) {
    const auto it = payload.find(key);
    return it != payload.end() && it->is_string() ? it->get<std::string>() : std::string();
}

inline std::string where(const JournalEntry& e) {
    return fmt::format("journal, entrée {} ({})", e.sequence, e.kind);
}

[[noreturn]] inline void refuse(const JournalEntry& e, const std::string& why) {
    throw InputError(where(e), why);
}

// Throws the problems found in the entry's payload, each placed in the entry.
inline void throwIfAny(const JournalEntry& e, std::vector<Problem>& problems) {
    if (problems.empty()) return;
    for (auto& p : problems) p.where = where(e) + " " + p.where;
    throw InputError(std::move(problems));
}

}  // namespace cmcsim::entry
