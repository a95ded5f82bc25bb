#include "evaluation/TimelineText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <nlohmann/json.hpp>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/attempt/JournalText.h"
#include "cmcsim/attempt/ProspectDirectory.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"

using namespace studio;
namespace command = cmcsim::command;

namespace {
QString tr(const char* source) {
    return QCoreApplication::translate("TimelineText", source);
}

}  // namespace

QString TimelineText::kind(const cmcsim::JournalEntry& entry) {
    return text(cmcsim::JournalText::kindName(entry.kind));
}

QString TimelineText::description(const StudioSession& session, const cmcsim::JournalEntry& e) {
    const auto directory = cmcsim::ProspectDirectory::over(session.market());
    return text(
        cmcsim::JournalText::describe(e, session.scenario(), *directory, &session.journal()));
}

QString TimelineText::wallTime(const cmcsim::JournalEntry& entry) {
    auto time = QDateTime::fromString(text(entry.wallTime), Qt::ISODate);
    if (!time.isValid()) return text(entry.wallTime);
    return time.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
}

std::map<std::int64_t, TimelineText::Hesitation> TimelineText::hesitations(
    const std::vector<cmcsim::JournalEntry>& journal) {
    std::map<std::int64_t, Hesitation> result;
    for (const auto& e : journal) {
        if (e.kind != command::kUndo && e.kind != command::kRedo) continue;
        const auto payload = nlohmann::json::parse(e.payload, nullptr, false);
        if (!payload.is_object()) continue;
        auto& h = result[payload.value("entree", std::int64_t{0})];
        if (e.kind == command::kUndo) {
            h.undoneBy = e.sequence;
            h.redoneBy = 0;
        } else {
            h.redoneBy = e.sequence;
        }
    }
    return result;
}

QString TimelineText::hesitationText(const Hesitation& h) {
    if (!h.undoneBy) return {};
    if (!h.redoneBy) return tr("annulée (entrée %1)").arg(h.undoneBy);
    return tr("annulée (entrée %1) puis rétablie (entrée %2)").arg(h.undoneBy).arg(h.redoneBy);
}
