#pragma once

#include <CLI/CLI.hpp>

namespace cmcsim::cli {

// CLI11's help in French: its skeleton (Usage, Positionals, Options, Subcommands, REQUIRED, the
// type names TEXT/INT/FLOAT, Needs/Excludes) through a CLI11 formatter's labels and the groups'
// names, and the help flag's own description.
struct FrenchHelp {
    // Before the commands are added: the help flag's French description (subcommands copy it).
    static void prepare(CLI::App& app);
    // Once every command is added: the French formatter and group names, on every subcommand.
    static void apply(CLI::App& app);
};

}  // namespace cmcsim::cli
