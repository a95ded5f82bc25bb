#include "CliOptions.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/Utf8.h"

namespace cmcsim::cli {

namespace {
std::string shown(const std::string& input) {
    return utf8::terminalSafe(input.substr(0, 40));
}
}  // namespace

CLI::Validator CliOptions::number(double min, double max) {
    // Without an upper bound, the rule the engine checks says the maximum (one rule, one message).
    const auto expected =
        max == std::numeric_limits<double>::max()
            ? fmt::format("un nombre supérieur ou égal à {}", frenchNumber(min, 0))
            : fmt::format("un nombre compris entre {} et {}", frenchNumber(min, 0),
                          frenchNumber(max, 0));
    return {[=](std::string& input) -> std::string {
                double value = 0;
                const auto* end = input.data() + input.size();
                const auto [stop, error] = std::from_chars(input.data(), end, value);
                const bool whole = !input.empty() && stop == end && error == std::errc{};
                if (whole && std::isfinite(value) && value >= min && value <= max) return {};
                return fmt::format("« {} » refusé : {} attendu", shown(input), expected);
            },
            ""};
}

CLI::Validator CliOptions::integer(std::int64_t min, std::int64_t max) {
    const auto expected = fmt::format("un entier compris entre {} et {}", min, max);
    return {[=](std::string& input) -> std::string {
                std::int64_t value = 0;
                const auto* end = input.data() + input.size();
                const auto [stop, error] = std::from_chars(input.data(), end, value);
                const bool whole = !input.empty() && stop == end && error == std::errc{};
                if (whole && value >= min && value <= max) return {};
                return fmt::format("« {} » refusé : {} attendu", shown(input), expected);
            },
            ""};
}

CLI::Validator CliOptions::text(std::size_t maxBytes) {
    return {[=](std::string& input) -> std::string {
                if (!utf8::isValid(input))
                    return "texte UTF-8 invalide : le terminal doit être en UTF-8";
                if (const auto control = utf8::firstControl(input))
                    return fmt::format("caractère de contrôle {} interdit", *control);
                if (input.size() > maxBytes) return fmt::format("au plus {} octets", maxBytes);
                return {};
            },
            ""};
}

CLI::Validator CliOptions::oneOf(std::vector<std::string> values) {
    return {[values = std::move(values)](std::string& input) -> std::string {
                if (std::find(values.begin(), values.end(), input) != values.end()) return {};
                return fmt::format("« {} » : valeur inconnue (attendu : {})", input,
                                   fmt::join(values, ", "));
            },
            ""};
}

}  // namespace cmcsim::cli
