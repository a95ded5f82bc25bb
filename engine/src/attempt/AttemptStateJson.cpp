// AttemptState's JSON views: what the analysis reads (analysisJson) and the whole dump (toJson).
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

nlohmann::json AttemptState::analysisJson() const {
    auto lines = nlohmann::json::array();
    for (const auto& [line, n] : records_) {
        auto flags = nlohmann::json::array();
        for (const auto& f : n.flags)
            flags.push_back({{"anomalie", f.kind}, {"motif", f.reason}, {"entree", f.entry}});
        auto notes = nlohmann::json::array();
        for (const auto& [entry, text] : n.notes)
            notes.push_back({{"entree", entry}, {"texte", text}});
        lines.push_back({{"ligne", line},
                         {"verifiee_par", n.verifiedBy},
                         {"etat_personnel_par", n.censusBy},
                         {"signalements", flags},
                         {"etiquettes", n.tags},
                         {"notes", notes}});
    }
    auto filters = nlohmann::json::object();
    for (const auto& [name, filter] : filters_) filters[name] = filter.toJson();
    auto segments = nlohmann::json::array();
    for (const auto& s : segments_) {
        auto json = s.toJson();
        json["entree"] = s.entry;
        segments.push_back(std::move(json));
    }
    nlohmann::json json = {{"budget_eur", budget_},
                           {"budget_depense_eur", budgetSpent_},
                           {"budget_restant_eur", budgetLeft()},
                           {"jours", days_},
                           {"jours_depenses", daysSpent_},
                           {"jours_restants", daysLeft()},
                           {"date_simulee", simulatedDate().iso()},
                           {"etudes", studies_},
                           {"lignes", lines},
                           {"filtres", filters},
                           {"segments", segments},
                           {"offres", offers_.toJson()},
                           {"annulees", undone_},
                           {"remise", sealed_}};
    // Only once the journal holds a plan command, so the dumps of earlier attempts stay as they
    // were.
    if (!planVersions_.empty()) {
        json["plan"] = plan_.toJson();
        auto versions = nlohmann::json::array();
        for (const auto& v : planVersions_) versions.push_back(v.entry);
        json["plan_versions"] = versions;
    }
    return json;
}

nlohmann::json AttemptState::toJson() const {
    auto json = analysisJson();
    // Only once a note was saved, so the dumps of earlier attempts keep their form.
    for (const auto& n : noteVersions_)
        json["note_versions"].push_back(
            {{"entree", n.entry}, {"version", n.version}, {"texte", n.note.toMarkup()}});
    // Only once a week was run, so the dumps of attempts without weeks keep their form.
    for (const auto& w : weekRuns_)
        json["semaines"].push_back({{"semaine", w.week},
                                    {"entree", w.entry},
                                    {"plan", w.plan.toJson()},
                                    {"segments", w.segments.size()},
                                    {"budget_eur", w.budgetEur}});
    // Only once a meeting was opened, so the dumps of attempts without one keep their form.
    if (!meetings_.meetings().empty()) json["rendez_vous"] = meetings_.toJson();
    // Only once a tender command was applied, so earlier dumps keep their form.
    if (!tenders_.empty()) json["appels_offres"] = tenders_.toJson();
    return json;
}

}  // namespace cmcsim
