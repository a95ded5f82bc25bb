#include "cmcsim/attempt/JournalText.h"

#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>
#include <vector>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/OneLine.h"
#include "cmcsim/core/Utf8.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

namespace {
// A command kind's names: the entry's (the journal listing) and the act's, with its gender
// (« clôture du rendez-vous refusée »).
struct KindNames {
    const char* entry;
    const char* act;
    bool feminine;
};
const std::map<std::string, KindNames> kKindNames = {
    {command::kCreated, {"Création de l'épreuve", "création de l'épreuve", true}},
    {command::kBound, {"Scellement des tables", "scellement des tables", false}},
    {command::kSeal, {"Remise de l'épreuve", "remise de l'épreuve", true}},
    {command::kBuyStudy, {"Achat d'étude", "achat d'étude", false}},
    {command::kVerify, {"Vérification de fiche", "vérification de fiche", true}},
    {command::kCensusRequest, {"Demande d'état du personnel", "demande d'état du personnel", true}},
    {command::kFlag, {"Signalement d'anomalie", "signalement d'anomalie", false}},
    {command::kTag, {"Étiquette", "pose d'étiquette", true}},
    {command::kNote, {"Note", "note sur une fiche", true}},
    {command::kSaveFilter, {"Enregistrement de filtre", "enregistrement de filtre", false}},
    {command::kDeleteFilter, {"Suppression de filtre", "suppression de filtre", true}},
    {command::kSaveSegment, {"Enregistrement de segment", "enregistrement de segment", false}},
    {command::kDeleteSegment, {"Suppression de segment", "suppression de segment", true}},
    {command::kSaveOffer, {"Enregistrement d'offre", "enregistrement d'offre", false}},
    {command::kPlanObjective, {"Objectif du plan", "objectif du plan", false}},
    {command::kPlanObjectiveRemove,
     {"Suppression d'objectif du plan", "suppression d'objectif du plan", true}},
    {command::kPlanTarget, {"Cible du plan", "cible du plan", true}},
    {command::kPlanTargetRemove,
     {"Suppression de cible du plan", "suppression de cible du plan", true}},
    {command::kPlanAction, {"Action du plan", "action du plan", true}},
    {command::kPlanActionRemove,
     {"Suppression d'action du plan", "suppression d'action du plan", true}},
    {command::kPlanCapacity,
     {"Capacité hebdomadaire du plan", "capacité hebdomadaire du plan", true}},
    {command::kUndo, {"Annulation", "annulation", true}},
    {command::kRedo, {"Rétablissement", "rétablissement", false}},
    {command::kRunWeek, {"Semaine simulée", "exécution de la semaine", true}},
    {command::kSaveNote, {"Note de synthèse", "enregistrement de la note de synthèse", false}},
    {command::kMeetingOpen, {"Rendez-vous ouvert", "ouverture du rendez-vous", true}},
    {command::kMeetingChoice, {"Rendez-vous : choix", "choix en rendez-vous", false}},
    {command::kMeetingNeeds,
     {"Rendez-vous : exigences et besoins", "écriture des exigences et besoins", true}},
    {command::kMeetingOffer,
     {"Rendez-vous : offre présentée", "présentation d'offre en rendez-vous", true}},
    {command::kMeetingClose, {"Rendez-vous clos", "clôture du rendez-vous", true}},
    {command::kMeetingCounter,
     {"Rendez-vous : contre-proposition", "contre-proposition en rendez-vous", true}},
    {command::kTenderRead,
     {"Lecture d'un cahier des charges", "lecture du cahier des charges", true}},
    {command::kTenderQuestion,
     {"Question sur un appel d'offres", "question sur l'appel d'offres", true}},
    {command::kTenderResponse, {"Réponse à un appel d'offres", "réponse à l'appel d'offres", true}},
    {command::kTenderSubmit,
     {"Dépôt d'une réponse à un appel d'offres", "dépôt de la réponse à l'appel d'offres", false}},
};

std::string text(const nlohmann::json& payload, const char* key) {
    const auto it = payload.find(key);
    return it != payload.end() && it->is_string() ? oneLine(it->get<std::string>()) : "";
}

// "ligne 12 « Boulangerie Martin »", or the line number alone when it is not in the file.
std::string lineOf(const nlohmann::json& payload, const ProspectDirectory& prospects) {
    const auto it = payload.find("ligne");
    if (it == payload.end() || !it->is_number_unsigned()) return "ligne non précisée";
    const auto line = it->get<std::uint64_t>();
    if (line >= prospects.lines()) return fmt::format("ligne {} (hors du fichier)", line);
    return fmt::format("ligne {} « {} »", line,
                       oneLine(prospects.lineName(static_cast<std::uint32_t>(line))));
}

// "semaine 3", "mois 5" of a plan objective's payload.
std::string period(const nlohmann::json& p) {
    const auto week = p.value("semaine", nlohmann::json()),
               month = p.value("mois", nlohmann::json());
    if (week.is_number_integer() && week.get<std::int64_t>() > 0)
        return fmt::format("semaine {}", week.get<std::int64_t>());
    if (month.is_number_integer()) return fmt::format("mois {}", month.get<std::int64_t>());
    return "période non précisée";
}

std::string describePlan(const std::string& k, const nlohmann::json& p) {
    const auto number = [&](const char* key) {
        const auto it = p.find(key);
        return it != p.end() && it->is_number() ? it->get<double>() : 0.0;
    };
    if (k == command::kPlanObjective)
        return fmt::format("{} : {}, primes {} €", period(p),
                           frenchCount(number("nouveaux_contrats"), "contrat", "contrats"),
                           frenchNumber(number("primes_eur"), 0));
    if (k == command::kPlanObjectiveRemove) return period(p);
    if (k == command::kPlanTarget)
        return fmt::format("segment « {} », priorité {}", text(p, "segment"),
                           p.contains("priorite") ? frenchNumber(number("priorite"), 0) : "1");
    if (k == command::kPlanTargetRemove) return fmt::format("segment « {} »", text(p, "segment"));
    if (k == command::kPlanAction) {
        const auto kind = actionKindFromCode(text(p, "type"));
        return fmt::format("« {} » ({}), semaines {} à {}, {} h par semaine", text(p, "id"),
                           kind ? actionKindLabel(*kind) : text(p, "type"),
                           frenchNumber(number("semaine_debut"), 0),
                           frenchNumber(number("semaine_fin"), 0),
                           frenchShort(number("heures_semaine"), 1));
    }
    if (k == command::kPlanActionRemove) return fmt::format("action « {} »", text(p, "id"));
    return fmt::format("{} h par semaine", frenchShort(number("heures_semaine"), 1));
}

std::string describePayload(const JournalEntry& e, const nlohmann::json& p,
                            const Scenario& scenario, const ProspectDirectory& prospects,
                            const std::vector<JournalEntry>* journal) {
    const auto& k = e.kind;
    if (k == command::kCreated)
        return fmt::format("scénario « {} », candidat « {} »", text(p, "scenario"),
                           text(p, "candidat"));
    if (k == command::kBound)
        return p.contains("format")
                   ? fmt::format("tables scellées au format {}", p["format"].dump())
                   : "tables scellées";
    if (k == command::kSeal)
        return p.contains("entrees") && p["entrees"].is_number()
                   ? "remise après " + frenchCount(p["entrees"].get<double>(), "entrée", "entrées")
                   : "remise";
    if (k == command::kBuyStudy) {
        const auto id = text(p, "etude");
        for (const auto& s : scenario.studies)
            if (s.id == id)
                return fmt::format("étude « {} » ({} €, {} j)", oneLine(s.title),
                                   frenchNumber(s.costEur, 2), frenchNumber(s.days, 2));
        return fmt::format("étude « {} »", id);
    }
    if (k == command::kVerify || k == command::kCensusRequest) return lineOf(p, prospects);
    if (k == command::kFlag)
        return fmt::format("{} : {} (« {} »)", lineOf(p, prospects), text(p, "anomalie"),
                           text(p, "motif"));
    if (k == command::kTag)
        return fmt::format("{} : étiquette « {} »", lineOf(p, prospects), text(p, "etiquette"));
    if (k == command::kNote)
        return fmt::format("{} : « {} »", lineOf(p, prospects), text(p, "texte"));
    if (k == command::kSaveFilter || k == command::kDeleteFilter)
        return fmt::format("filtre « {} »", text(p, "nom"));
    if (k == command::kSaveSegment) {
        const auto number = [&](const char* key) {
            const auto it = p.find(key);
            return it != p.end() && it->is_number() ? it->get<double>() : 0.0;
        };
        return fmt::format("segment « {} » ({}) : {}, {}, potentiel {} €", text(p, "nom"),
                           text(p, "id"),
                           frenchCount(number("etablissements"), "établissement", "établissements"),
                           frenchCount(number("salaries"), "salarié", "salariés"),
                           frenchNumber(number("potentiel_eur"), 0));
    }
    if (k == command::kDeleteSegment) return fmt::format("segment « {} »", text(p, "id"));
    if (k == command::kSaveOffer) return fmt::format("offre pour le SIRET {}", text(p, "siret"));
    if (AttemptState::isPlanCommand(k)) return describePlan(k, p);
    if (k == command::kRunWeek && p.contains("semaine") && p["semaine"].is_number_integer())
        return fmt::format("semaine {}", p["semaine"].get<std::int64_t>());
    if (k == command::kSaveNote) {
        return fmt::format("note de {} caractères",
                           frenchNumber(static_cast<double>(utf8::length(text(p, "texte"))), 0));
    }
    if (k == command::kMeetingOpen) return fmt::format("SIRET {}", text(p, "siret"));
    if (MeetingLog::handles(k)) {
        const auto rdv = p.contains("rdv") ? p["rdv"].dump() : "?";
        if (k == command::kMeetingChoice) return fmt::format("n° {} : {}", rdv, text(p, "choix"));
        if (k == command::kMeetingOffer && p.contains("version"))
            return fmt::format("n° {} : version {}", rdv, p["version"].dump());
        if (k == command::kMeetingCounter && p.contains("remise_pct") &&
            p["remise_pct"].is_number())
            return fmt::format("n° {} : remise de {} %", rdv,
                               frenchShort(p["remise_pct"].get<double>(), 1));
        return fmt::format("n° {}", rdv);
    }
    if (TenderFile::handles(k))
        return k == command::kTenderQuestion
                   ? fmt::format("appel « {} » : {}", text(p, "ao"), text(p, "texte"))
                   : fmt::format("appel « {} »", text(p, "ao"));
    if (k == command::kUndo || k == command::kRedo) {
        const auto it = p.find("entree");
        if (it == p.end() || !it->is_number_integer()) return "entrée non précisée";
        const auto target = it->get<std::int64_t>();
        if (journal && target >= 1 && target <= static_cast<std::int64_t>(journal->size()))
            return fmt::format(
                "entrée {} ({})", target,
                JournalText::kindName((*journal)[static_cast<std::size_t>(target - 1)].kind));
        return fmt::format("entrée {}", target);
    }
    return oneLine(e.payload);
}
}  // namespace

std::string JournalText::kindName(const std::string& kind) {
    const auto it = kKindNames.find(kind);
    return it == kKindNames.end() ? oneLine(kind) : it->second.entry;
}

std::string JournalText::refusedName(const std::string& kind) {
    const auto it = kKindNames.find(kind);
    if (it == kKindNames.end()) return fmt::format("« {} » refusé", oneLine(kind));
    return fmt::format("{} {}", it->second.act, it->second.feminine ? "refusée" : "refusé");
}

std::string JournalText::describe(const JournalEntry& entry, const Scenario& scenario,
                                  const ProspectDirectory& prospects,
                                  const std::vector<JournalEntry>* journal) {
    const auto payload = nlohmann::json::parse(entry.payload, nullptr, false);
    if (!payload.is_object()) return "contenu illisible";
    try {
        return describePayload(entry, payload, scenario, prospects, journal);
    } catch (const std::exception&) {
        return "contenu illisible";
    }
}

}  // namespace cmcsim
