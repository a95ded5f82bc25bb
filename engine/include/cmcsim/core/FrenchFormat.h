#pragma once

#include <string>

namespace cmcsim {

// Formats a number the French way, "1 234 567,8": space between thousands, decimal comma.
std::string frenchNumber(double value, int decimals);

// frenchNumber with at most `maxDecimals` decimals, trailing zeros dropped: "30", "24,5".
std::string frenchShort(double value, int maxDecimals);

// A whole count with its noun agreed by the French rule (0 and 1 singular, 2 and more plural):
// frenchCount(1, "salarié", "salariés") is "1 salarié", frenchCount(0, …) "0 salarié",
// frenchCount(1234, …) "1 234 salariés". `value` is rounded to a whole number first.
std::string frenchCount(double value, const std::string& singular, const std::string& plural);

}  // namespace cmcsim
