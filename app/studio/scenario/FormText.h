#pragma once

#include <QString>
#include <optional>
#include <string>
#include <vector>

// How the scenario editor writes figures and lists in its text fields, and reads them back
// exactly: a number in its shortest exact form with a decimal comma, a list of codes
// separated by commas.
namespace formtext {

QString number(double value);
// A number written with a comma or a point; nothing when the text is not a number.
std::optional<double> parseNumber(const QString& text);
// A whole number (no decimal part); nothing otherwise.
std::optional<long long> parseInteger(const QString& text);
QString list(const std::vector<std::string>& values);
// The codes of "F, G 56": separated by commas, semicolons or spaces, empty ones dropped.
std::vector<std::string> parseList(const QString& text);

}  // namespace formtext
