#pragma once

#include <string>

namespace cmcsim {

// Formats a number the French way, "1 234 567,8": space between thousands, decimal comma.
std::string frenchNumber(double value, int decimals);

}  // namespace cmcsim
