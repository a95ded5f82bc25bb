#include "cmcsim/core/Siret.h"

#include <fmt/format.h>

namespace cmcsim::siret {

namespace {
unsigned luhnSum(std::string_view digits, bool doubleLast) {
    unsigned sum = 0;
    bool doubled = doubleLast;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        unsigned d = static_cast<unsigned>(*it - '0');
        if (doubled) {
            d *= 2;
            if (d > 9) d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return sum;
}
}  // namespace

bool luhnValid(std::string_view digits) {
    if (digits.empty()) return false;
    for (char c : digits)
        if (c < '0' || c > '9') return false;
    return luhnSum(digits, false) % 10 == 0;
}

unsigned luhnCheckDigit(std::string_view body) {
    return (10 - luhnSum(body, true) % 10) % 10;
}

std::uint64_t sirenFromBody(std::uint32_t body8) {
    const std::string body = fmt::format("{:08}", body8);
    return std::uint64_t{body8} * 10 + luhnCheckDigit(body);
}

std::uint64_t siretFor(std::uint64_t siren, std::uint32_t sequence) {
    const std::string body = fmt::format("{:09}{:04}", siren, sequence);
    return (siren * 10000 + sequence) * 10 + luhnCheckDigit(body);
}

std::optional<std::uint64_t> parse(std::string_view digits, std::size_t length) {
    if (digits.size() != length) return std::nullopt;
    std::uint64_t value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return value;
}

std::string formatSiren(std::uint64_t siren) {
    return fmt::format("{:09}", siren);
}
std::string formatSiret(std::uint64_t siret) {
    return fmt::format("{:014}", siret);
}

}  // namespace cmcsim::siret
