#pragma once

#include <string>

#include "cmcsim/core/FrenchFormat.h"

// The figures of the proposal and its information sheet, written the French way.
namespace cmcsim::proposal_text {

inline std::string number(double value, int decimals = 0) {
    return frenchNumber(value, decimals);
}
inline std::string euros(double value) {
    return frenchNumber(value, 2) + " €";
}
inline std::string percent(double share, int decimals = 1) {
    return frenchNumber(100 * share, decimals) + " %";
}

}  // namespace cmcsim::proposal_text
