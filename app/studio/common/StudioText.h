#pragma once

#include <QString>
#include <string>

#include "cmcsim/core/FrenchFormat.h"

// Engine text and figures as the French strings the studio shows.
namespace studio {

inline QString text(const std::string& s) {
    return QString::fromStdString(s);
}
// Text to put inside HTML (rich-text labels, the card, the proposal).
inline QString html(const std::string& s) {
    return QString::fromStdString(s).toHtmlEscaped();
}
inline QString number(double value, int decimals = 0) {
    return text(cmcsim::frenchNumber(value, decimals));
}
inline QString euros(double value) {
    return number(value, 2) + QStringLiteral(" €");
}
inline QString percent(double share, int decimals = 1) {
    return number(100 * share, decimals) + QStringLiteral(" %");
}

}  // namespace studio
