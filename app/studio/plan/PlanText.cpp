#include "plan/PlanText.h"

#include <QCoreApplication>
#include <QLocale>

#include "cmcsim/attempt/AttemptState.h"
#include "common/StudioText.h"

namespace studio::planText {

int lastPlayedWeek(const cmcsim::AttemptState& state) {
    int last = 0;
    for (const auto& weekRun : state.weekRuns()) last = std::max(last, weekRun.week);
    return last;
}

int versionAt(const cmcsim::AttemptState& state, std::int64_t entry) {
    const auto& versions = state.planVersions();
    int version = 0;
    for (std::size_t v = 0; v < versions.size(); ++v)
        if (versions[v].entry < entry) version = static_cast<int>(v) + 1;
    return version;
}

QString hours(double h) {
    return number(h, 1) + QStringLiteral(" h");
}

QString period(const cmcsim::PlanObjective& objective) {
    if (objective.week > 0)
        return QCoreApplication::translate("PlanWorkspace", "Semaine %1").arg(objective.week);
    return QCoreApplication::translate("PlanWorkspace", "Mois de %1")
        .arg(QLocale(QLocale::French).standaloneMonthName(objective.month));
}

QString target(const cmcsim::PlannedAction& action, const cmcsim::AttemptState& state) {
    QStringList parts;
    if (!action.segmentId.empty()) {
        QString name = text(action.segmentId);
        for (const auto& s : state.segments())
            if (s.id == action.segmentId) name = text(s.name);
        parts << QCoreApplication::translate("PlanWorkspace", "Segment « %1 »").arg(name);
    }
    if (!action.sirets.empty())
        parts << QCoreApplication::translate("PlanWorkspace", "%n entreprise(s) nommée(s)", "",
                                             static_cast<int>(action.sirets.size()));
    if (!action.prescriberKind.empty())
        parts << (action.prescriberKind == "courtier"
                      ? QCoreApplication::translate("PlanWorkspace", "courtiers")
                      : QCoreApplication::translate("PlanWorkspace", "experts-comptables"));
    return parts.isEmpty() ? QCoreApplication::translate("PlanWorkspace", "sans cible")
                           : parts.join(QStringLiteral(", "));
}

}  // namespace studio::planText
