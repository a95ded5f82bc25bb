#pragma once

#include <cstdint>
#include <functional>
#include <string_view>

namespace cmcsim {

// Reports how far opening an attempt has gone: `step` names the part being read (one of the
// kLoad* names below), `done` of `total` rows of it (total 0: a step that cannot count). A
// report may throw to abandon the open (the studio's cancel button): the exception comes out of
// the open as thrown, and the file is never modified by an abandoned open (reports come only
// before anything is written).
using LoadProgress =
    std::function<void(std::string_view step, std::uint64_t done, std::uint64_t total)>;

// The steps of an open, in order (AttemptFile::open, then AttemptSession).
inline constexpr std::string_view kLoadCompanies = "entreprises";
inline constexpr std::string_view kLoadEstablishments = "etablissements";
inline constexpr std::string_view kLoadProspects = "prospects";
inline constexpr std::string_view kLoadDefects = "anomalies";
inline constexpr std::string_view kLoadIntegrity = "integrite";  // table digests, hash chain
inline constexpr std::string_view kLoadReplay = "rejeu";         // the journal's commands

// Rows between two reports of a table: about a hundred reports for a national table.
inline constexpr std::uint64_t kLoadReportRows = 1 << 14;

}  // namespace cmcsim
