#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cmcsim/attempt/Journal.h"

namespace cmcsim {

// Who may read an attempt's hidden truth (the `--truth` views of the CLI: the companies' needs,
// the real market, the real census, the tenders' truth, the portfolio's): the evaluator, once the
// attempt is handed in (its journal ends on "epreuve.remise", HandInReceipt). Before, the
// candidate would read it during the attempt and nothing would record it. The one rule every
// command calls (docs/simulation.md "Les rendez-vous", README "CLI").
struct TruthAccess {
    // Whether the truth of the attempt whose journal is `journal` may be read: handed in.
    static bool open(const std::vector<JournalEntry>& journal);
    // The French refusal (what the truth is, and when it can be read), nullopt when open.
    static std::optional<std::string> refusal(const std::vector<JournalEntry>& journal);
    // refusal() as an InputError naming `file`.
    static void require(const std::vector<JournalEntry>& journal,
                        const std::filesystem::path& file);
};

}  // namespace cmcsim
