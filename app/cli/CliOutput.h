#pragma once

#include <fmt/format.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string_view>
#include <utility>

#include "cmcsim/core/InputError.h"

namespace cmcsim::cli {

// What the commands print, and only through here: text made terminal-safe (no escape sequence
// from a name, a title or a note reaches the terminal), and standard output checked at the
// end, so a full disk or /dev/full is an error and not a silent loss.
struct CliOutput {
    // Prints text on standard output (or `stream`), control characters replaced.
    static void text(std::string_view text, std::FILE* stream = stdout);
    // fmt::print on standard output, through text().
    template <typename... Args>
    static void print(fmt::format_string<Args...> format, Args&&... args) {
        text(fmt::format(format, std::forward<Args>(args)...));
    }
    // Prints a JSON document, indented; ill-formed UTF-8 from a damaged file is replaced.
    static void json(const nlohmann::json& document);
    // "erreur : <where> : <what>" on standard error, one line per problem.
    static void errors(const InputError& error);
    // Flushes standard output; throws InputError("sortie standard", "écriture impossible : …").
    static void finish();
};

}  // namespace cmcsim::cli
