#include "scenario/FormText.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace formtext {

QString number(double value) {
    return QString::number(value, 'g', QLocale::FloatingPointShortest).replace('.', ',');
}

std::optional<double> parseNumber(const QString& text) {
    QString t = text.trimmed();
    t.remove(QChar(0x202F)).remove(QChar(0x00A0)).remove(' ');
    t.replace(',', '.');
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok || t.isEmpty()) return std::nullopt;
    return value;
}

std::optional<long long> parseInteger(const QString& text) {
    const auto value = parseNumber(text);
    if (!value || *value != static_cast<double>(static_cast<long long>(*value)))
        return std::nullopt;
    return static_cast<long long>(*value);
}

QString list(const std::vector<std::string>& values) {
    QStringList out;
    for (const auto& v : values) out << QString::fromStdString(v);
    return out.join(QStringLiteral(", "));
}

std::vector<std::string> parseList(const QString& text) {
    std::vector<std::string> out;
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    for (const auto& part : text.split(separators, Qt::SkipEmptyParts))
        out.push_back(part.toStdString());
    return out;
}

}  // namespace formtext
