#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cmcsim {

// SIREN (9 digits, company) and SIRET (14 digits, establishment) numbers with their Luhn key.
namespace siret {

bool luhnValid(std::string_view digits);
// The Luhn check digit that makes `body` followed by it valid.
unsigned luhnCheckDigit(std::string_view body);

// A valid SIREN built from an 8-digit body (10000000..99999999).
std::uint64_t sirenFromBody(std::uint32_t body8);
// A valid SIRET of that SIREN whose NIC starts with the 4-digit `sequence` (1..9999).
std::uint64_t siretFor(std::uint64_t siren, std::uint32_t sequence);

std::string formatSiren(std::uint64_t siren);  // 9 digits, leading zeros kept
// The number written by exactly `length` digits, or nothing (wrong length, a non-digit).
std::optional<std::uint64_t> parse(std::string_view digits, std::size_t length);
std::string formatSiret(std::uint64_t siret);  // 14 digits

}  // namespace siret
}  // namespace cmcsim
