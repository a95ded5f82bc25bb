#include "evaluation/TimelineText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <nlohmann/json.hpp>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/Siret.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"

using namespace studio;
namespace command = cmcsim::command;

namespace {
QString tr(const char* source) {
    return QCoreApplication::translate("TimelineText", source);
}

// The listed name of prospect line `payload["ligne"]`, quoted.
QString lineName(const StudioSession& session, const nlohmann::json& payload) {
    const auto& prospects = session.market().prospects;
    if (!payload.contains("ligne") || !payload["ligne"].is_number_unsigned())
        return tr("une fiche");
    const auto line = payload["ligne"].get<std::uint64_t>();
    if (line >= prospects.size()) return tr("la ligne %1").arg(line);
    return tr("« %1 » (ligne %2)").arg(text(prospects[line].name)).arg(line);
}

QString field(const nlohmann::json& payload, const char* key) {
    return payload.contains(key) && payload[key].is_string() ? text(payload[key].get<std::string>())
                                                             : QString();
}

QString studyTitle(const StudioSession& session, const QString& id) {
    for (const auto& study : session.scenario().studies)
        if (text(study.id) == id) return text(study.title);
    return id;
}
}  // namespace

QString TimelineText::kind(const cmcsim::JournalEntry& entry) {
    static const std::map<std::string, const char*> kinds = {
        {command::kCreated, QT_TRANSLATE_NOOP("TimelineText", "Création de l'épreuve")},
        {command::kBound, QT_TRANSLATE_NOOP("TimelineText", "Scellement des tables")},
        {command::kSeal, QT_TRANSLATE_NOOP("TimelineText", "Remise de l'épreuve")},
        {command::kBuyStudy, QT_TRANSLATE_NOOP("TimelineText", "Achat d'une étude")},
        {command::kVerify, QT_TRANSLATE_NOOP("TimelineText", "Vérification d'une fiche")},
        {command::kCensusRequest, QT_TRANSLATE_NOOP("TimelineText", "Demande d'état du personnel")},
        {command::kFlag, QT_TRANSLATE_NOOP("TimelineText", "Signalement d'anomalie")},
        {command::kTag, QT_TRANSLATE_NOOP("TimelineText", "Étiquette")},
        {command::kNote, QT_TRANSLATE_NOOP("TimelineText", "Note")},
        {command::kSaveFilter, QT_TRANSLATE_NOOP("TimelineText", "Filtre enregistré")},
        {command::kDeleteFilter, QT_TRANSLATE_NOOP("TimelineText", "Filtre supprimé")},
        {command::kSaveSegment, QT_TRANSLATE_NOOP("TimelineText", "Segment enregistré")},
        {command::kDeleteSegment, QT_TRANSLATE_NOOP("TimelineText", "Segment supprimé")},
        {command::kSaveOffer, QT_TRANSLATE_NOOP("TimelineText", "Offre enregistrée")},
        {command::kUndo, QT_TRANSLATE_NOOP("TimelineText", "Annulation")},
        {command::kRedo, QT_TRANSLATE_NOOP("TimelineText", "Rétablissement")},
    };
    const auto it = kinds.find(entry.kind);
    return it == kinds.end() ? text(entry.kind) : tr(it->second);
}

QString TimelineText::description(const StudioSession& session, const cmcsim::JournalEntry& e) {
    const auto payload = nlohmann::json::parse(e.payload, nullptr, false);
    if (!payload.is_object()) return {};
    const auto& k = e.kind;
    if (k == command::kCreated)
        return tr("Scénario « %1 », candidat : %2")
            .arg(text(session.scenario().title), field(payload, "candidat").isEmpty()
                                                     ? tr("non renseigné")
                                                     : field(payload, "candidat"));
    if (k == command::kBuyStudy)
        return tr("« %1 »").arg(studyTitle(session, field(payload, "etude")));
    if (k == command::kVerify || k == command::kCensusRequest) return lineName(session, payload);
    if (k == command::kFlag) {
        static const std::map<QString, const char*> anomalies = {
            {QStringLiteral("doublon"), QT_TRANSLATE_NOOP("TimelineText", "doublon")},
            {QStringLiteral("fermee"), QT_TRANSLATE_NOOP("TimelineText", "établissement fermé")},
            {QStringLiteral("donnee_erronee"),
             QT_TRANSLATE_NOOP("TimelineText", "donnée erronée")}};
        const auto anomaly = field(payload, "anomalie");
        const auto it = anomalies.find(anomaly);
        return tr("%1 : %2 — « %3 »")
            .arg(lineName(session, payload), it == anomalies.end() ? anomaly : tr(it->second),
                 field(payload, "motif"));
    }
    if (k == command::kTag)
        return tr("%1 : « %2 »").arg(lineName(session, payload), field(payload, "etiquette"));
    if (k == command::kNote)
        return tr("%1 : « %2 »").arg(lineName(session, payload), field(payload, "texte"));
    if (k == command::kSaveFilter || k == command::kDeleteFilter)
        return tr("« %1 »").arg(field(payload, "nom"));
    if (k == command::kSaveSegment)
        return tr("« %1 » : %2 établissements, %3 salariés annoncés")
            .arg(field(payload, "nom"), number(payload.value("etablissements", 0.0)),
                 number(payload.value("salaries", 0.0)));
    if (k == command::kDeleteSegment) return tr("segment %1").arg(field(payload, "id"));
    if (k == command::kSaveOffer) {
        const auto siret = field(payload, "siret");
        for (const auto& p : session.market().prospects)
            if (QString::number(p.siret) == QString(siret).remove(QLatin1Char(' ')))
                return tr("pour « %1 » (SIRET %2)").arg(text(p.name), siret);
        return tr("pour le SIRET %1").arg(siret);
    }
    if (k == command::kUndo || k == command::kRedo) {
        const auto target = payload.value("entree", std::int64_t{0});
        const auto& journal = session.journal();
        if (target >= 1 && target <= static_cast<std::int64_t>(journal.size()))
            return tr("de l'entrée %1 (%2)")
                .arg(target)
                .arg(kind(journal[static_cast<std::size_t>(target - 1)]).toLower());
        return tr("de l'entrée %1").arg(target);
    }
    if (k == command::kSeal) return tr("épreuve scellée ; plus aucune action possible");
    return {};
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
