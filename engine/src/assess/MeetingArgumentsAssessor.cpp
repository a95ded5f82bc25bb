// Assessor "rdv.argumentaire" (B3.3.3, B3.3.5, B3.3.8, B3.3.9, B4.5.3): the arguments the banks
// themselves attach to an indicator (column `critere` of datasets/arguments_rdv.csv and
// questions_rdv.csv: the honest comparison, the long-term projection, the care for the
// exchange's satisfaction, the mutualist advantages, the collective offer's management) — used
// where relevant in each meeting concerned. docs/assessment.md, « Les rendez-vous ».
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "PlayedMeetings.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim::assess {

namespace {

// What each indicator asks for, in French, whether it only concerns meetings with an offer, and
// the indicators whose bank entries show it (B4.5.3: the management, and the mutualist model the
// collective offer rests on).
struct Wanted {
    const char* what;
    bool afterOffer;
    std::vector<std::string> criteria;
};

Wanted wanted(const std::string& indicator) {
    if (indicator == "B3.3.3")
        return {"une comparaison honnête avec le contrat actuel", true, {indicator}};
    if (indicator == "B3.3.5")
        return {"une projection de l'offre sur plusieurs années", true, {indicator}};
    if (indicator == "B3.3.8")
        return {"le souci de la satisfaction de l'interlocuteur", false, {indicator}};
    if (indicator == "B3.3.9") return {"les avantages mutualistes", false, {indicator}};
    return {"la valeur de l'offre collective de la mutuelle (gestion, modèle mutualiste)",
            true,
            {"B4.5.3", "B3.3.9"}};
}

bool touches(const Wanted& w, const MeetingEntry& e) {
    return std::find(w.criteria.begin(), w.criteria.end(), e.criterion) != w.criteria.end();
}

IndicatorResult assessArguments(const AssessmentContext& context,
                                const AssessorThresholds& thresholds, const std::string& criterion,
                                const std::string& indicator) {
    const auto w = wanted(indicator);
    std::string choices;
    for (const auto& e : context.reference.meetings.entries)
        if (touches(w, e)) choices += (choices.empty() ? "« " : ", « ") + e.wording + " »";
    const MeetingRule rule = shareRule(
        fmt::format("Rendez-vous où le candidat a présenté {}", w.what),
        w.afterOffer ? "avec une offre présentée" : "",
        fmt::format("Règle : dans chaque rendez-vous clos{}, au moins un choix que les banques "
                    "rattachent à l'indicateur{} {} ({}) est fait là où il est pertinent pour "
                    "l'entreprise et fait monter la confiance ; hors sujet (par exemple une "
                    "comparaison sans connaître les garanties actuelles) ou répété, il ne compte "
                    "pas.{}",
                    w.afterOffer ? " où une offre a été présentée" : "",
                    w.criteria.size() > 1 ? "s" : "", fmt::join(w.criteria, " ou "),
                    choices.empty() ? "aucun choix dans les banques" : choices,
                    w.afterOffer ? " Une offre présentée avant la découverte ou avant les "
                                   "exigences et besoins écrits et signés n'est pas créditée : ses "
                                   "arguments ne comptent pas."
                                 : ""));
    return judgeMeetings(
        context, thresholds, criterion, indicator, rule, [&](const JudgedMeeting& m) {
            MeetingTally t;
            if (w.afterOffer && !m.offered()) return t;
            t.of = 1;
            // Arguments for an offer presented before the discovery or the written needs are
            // not credited (the advice rests on them).
            if (const auto why = w.afterOffer ? m.ungrounded() : std::string(); !why.empty()) {
                t.summary = why + " : arguments non crédités";
                return t;
            }
            std::string tried;
            for (const auto& s : m.steps) {
                if (!s.entry || !touches(w, *s.entry)) continue;
                if (s.good()) {
                    t.met = 1;
                    t.steps.push_back(m.evidence(s, "Argument"));
                } else {
                    t.steps.push_back(m.evidence(s,
                                                 "Argument sans effet (hors sujet ou "
                                                 "répété)"));
                }
            }
            t.summary = t.met > 0 ? "présenté" : "non présenté";
            return t;
        });
}

const AssessorRegistration registration{
    {"rdv.argumentaire", {"part_acquis", "part_partiel"}, assessArguments}};

}  // namespace

}  // namespace cmcsim::assess
