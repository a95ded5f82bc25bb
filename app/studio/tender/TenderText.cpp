#include "tender/TenderText.h"

#include <QCoreApplication>

#include "cmcsim/tender/TenderDesk.h"
#include "common/StudioText.h"

namespace studio::tenderText {

namespace {
QString tr(const char* source, int n = -1) {
    return QCoreApplication::translate("TenderText", source, nullptr, n);
}
// An engine reason with its first letter capitalised, as a sentence of a list.
QString sentence(const std::string& reason) {
    auto s = text(reason);
    if (!s.isEmpty()) s[0] = s[0].toUpper();
    return s;
}
}  // namespace

QString week(const cmcsim::TenderDesk& desk, int week) {
    return tr("semaine %1 (%2)").arg(week).arg(text(desk.weekEnd(week).french()));
}

QString countdown(int now, int deadline) {
    if (now > deadline) return tr("échue depuis la fin de la semaine %1").arg(deadline);
    if (now == deadline) return tr("dernière semaine");
    return tr("encore %n semaine(s) simulée(s)", deadline - now + 1);
}

QString reasons(const std::vector<std::string>& reasons, const QString& none) {
    if (reasons.empty()) return none;
    QString out;
    for (const auto& r : reasons)
        out += QStringLiteral("<div style='color:#b00020'>✘ %1</div>")
                   .arg(sentence(r).toHtmlEscaped());
    return out;
}

QString reasonLines(const std::vector<std::string>& reasons) {
    QStringList lines;
    for (const auto& r : reasons) lines << QStringLiteral("• ") + sentence(r);
    return lines.join(QLatin1Char('\n'));
}

}  // namespace studio::tenderText
