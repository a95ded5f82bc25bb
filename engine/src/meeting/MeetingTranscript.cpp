#include "cmcsim/meeting/MeetingTranscript.h"

#include <algorithm>

namespace cmcsim {

const char* meetingOutcomeCode(MeetingOutcome o) {
    static const char* codes[] = {"ouvert", "signe", "prochaine_etape",
                                  "perdu",  "suivi", "complement_signe"};
    return codes[static_cast<int>(o)];
}

const char* meetingOutcomeLabel(MeetingOutcome o) {
    static const char* labels[] = {"En cours", "Signé",        "Prochaine étape obtenue",
                                   "Perdu",    "Suivi client", "Complément signé"};
    return labels[static_cast<int>(o)];
}

bool MeetingTranscript::chose(const std::string& id) const {
    return std::any_of(turns.begin(), turns.end(),
                       [&](const MeetingTurn& t) { return t.choice == id; });
}

MeetingTranscript MeetingTranscript::candidateView() const {
    auto out = *this;
    if (outcome != MeetingOutcome::Open) return out;
    for (auto& t : out.turns) {
        t.criterion.clear();
        t.effects.clear();
        t.flags.clear();
    }
    out.flags.clear();
    return out;
}

nlohmann::json MeetingTranscript::toJson() const {
    auto steps = nlohmann::json::array();
    for (const auto& t : turns) {
        steps.push_back({{"etape", t.step},
                         {"entree", t.entry},
                         {"choix", t.choice},
                         {"phase", meetingPhaseCode(t.phase)},
                         {"candidat", t.said},
                         {"entreprise", t.answer},
                         {"objections", t.raised},
                         {"revele", t.revealed},
                         {"critere", t.criterion},
                         {"confiance_avant", t.trustBefore},
                         {"confiance_apres", t.trustAfter},
                         {"minutes", t.minutes},
                         {"effets", t.effects},
                         {"alertes", t.flags}});
    }
    nlohmann::json out = {{"rdv", meeting},
                          {"siret", siret},
                          {"phase", meetingPhaseCode(phase)},
                          {"confiance", trust},
                          {"minutes", minutes},
                          {"connu", known},
                          {"objections", raisedObjections},
                          {"obligations", obligations},
                          {"etape_besoins", needsStep},
                          {"etape_signature", signatureStep},
                          {"issue", meetingOutcomeCode(outcome)},
                          {"cloture", closure},
                          {"raisons", reasons},
                          {"alertes", flags},
                          {"etapes", steps}};
    if (offer)
        out["offre"] = {{"version", offer->version},
                        {"niveau", offer->level},
                        {"part_employeur_mois", offer->employerMonthly},
                        {"cotisations_annuelles", offer->annualPremium},
                        {"remise_pct", offer->discountPct},
                        {"cotisations_avant_remise", offer->listAnnualPremium},
                        {"prevoyance", offer->provident},
                        {"date_effet", offer->effective.iso()}};
    if (!counters.empty()) {
        auto list = nlohmann::json::array();
        for (const auto& c : counters)
            list.push_back({{"etape", c.step},
                            {"version", c.version},
                            {"remise_pct", c.discountPct},
                            {"decision", c.level},
                            {"contrepartie", c.counterpart},
                            {"appliquee", c.applied},
                            {"accueillie", c.welcomed}});
        out["contrepropositions"] = std::move(list);
    }
    return out;
}

}  // namespace cmcsim
