#pragma once

#include <optional>
#include <string_view>

namespace cmcsim {

// Whether the JSON text `json` is an object with the member `key` at its top level, read without
// building the document (nlohmann's SAX parser: the same text accepted and refused as by
// nlohmann::json::parse): nullopt when the text is not JSON. For the journal's creation entry,
// which carries the digests of every sealed block (about 100 kB at national scale) and is read
// only for that (AttemptState::earlierRulesFrom).
std::optional<bool> hasTopLevelKey(std::string_view json, std::string_view key);

}  // namespace cmcsim
