#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace cmcsim::cli {

// Checks of the CLI's options on the text typed, before CLI11 converts it: a refused value is a
// usage error (exit 2) naming the option, with what is expected, in French.
struct CliOptions {
    // A finite decimal number in [min, max]: "nan", "inf", "1e999" and "12abc" are refused.
    static CLI::Validator number(double min, double max);
    // Digits only (a leading "-" when min < 0) with a value in [min, max]: "-1" for a seed and
    // "18446744073709551616" are refused instead of wrapping.
    static CLI::Validator integer(std::int64_t min, std::int64_t max);
    // Well-formed UTF-8 without control characters (no escape sequence), at most maxBytes.
    static CLI::Validator text(std::size_t maxBytes);
    // One of `values`, as typed (CLI11's own IsMember answers in English).
    static CLI::Validator oneOf(std::vector<std::string> values);
};

}  // namespace cmcsim::cli
