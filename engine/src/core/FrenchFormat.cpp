#include "cmcsim/core/FrenchFormat.h"

#include <fmt/format.h>

#include <cmath>

namespace cmcsim {

std::string frenchNumber(double value, int decimals) {
    std::string text = fmt::format("{:.{}f}", value, decimals);
    bool negative = !text.empty() && text.front() == '-';
    if (negative) text.erase(0, 1);
    negative = negative && text.find_first_not_of("0.") != std::string::npos;  // no "-0,00"
    const auto dot = text.find('.');
    std::string integer = text.substr(0, dot);
    std::string grouped;
    for (std::size_t i = 0; i < integer.size(); ++i) {
        if (i > 0 && (integer.size() - i) % 3 == 0) grouped += ' ';
        grouped += integer[i];
    }
    if (dot != std::string::npos) grouped += ',' + text.substr(dot + 1);
    return (negative ? "-" : "") + grouped;
}

std::string frenchShort(double value, int maxDecimals) {
    auto text = frenchNumber(value, maxDecimals);
    if (text.find(',') == std::string::npos) return text;
    while (text.back() == '0') text.pop_back();
    if (text.back() == ',') text.pop_back();
    return text == "-0" ? "0" : text;
}

std::string frenchCount(double value, const std::string& singular, const std::string& plural) {
    const double whole = std::round(value);
    return frenchNumber(whole, 0) + ' ' + (std::abs(whole) < 2 ? singular : plural);
}

}  // namespace cmcsim
