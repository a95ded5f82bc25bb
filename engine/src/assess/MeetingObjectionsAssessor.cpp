// Assessor "rdv.objections" (B3.3.2, B3.3.4, B4.5.2): how the objections of the decision makers
// were handled in the meetings — every one answered well (B4.5.2), with the proof at once rather
// than a poor answer first (B3.3.4), and answers that are pertinent: good answers to what the
// company voiced or holds (answering a held objection in advance is good practice), not poor
// answers nor answers to objections it does not hold (B3.3.2). Objections the company holds and
// never voiced count, once an offer was presented, as not handled ("non exprimée", evidence for
// the evaluator). docs/assessment.md, « Les rendez-vous ».
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "PlayedMeetings.h"

namespace cmcsim::assess {

namespace {

// The objections a meeting is judged on: those the decision makers voiced and, once an offer was
// presented, those they hold and never voiced (the candidate did not bring them out: "non
// exprimée", for the evaluator); in the order voiced, then held.
std::vector<std::string> concerned(const JudgedMeeting& m) {
    auto out = m.voiced();
    if (m.offered())
        for (const auto& [code, role] : m.context->objections)
            if (std::find(out.begin(), out.end(), code) == out.end()) out.push_back(code);
    return out;
}

// "« On paie déjà assez cher. »", with "(non exprimée)" when the company never voiced it.
std::string named(const JudgedMeeting& m, const std::string& code) {
    const auto voiced = m.voiced();
    return "« " + m.context->wording(code) + " »" +
           (std::find(voiced.begin(), voiced.end(), code) == voiced.end() ? " (non exprimée)" : "");
}

// B4.5.2 (`proofFirst` false) and B3.3.4 (true): the objections answered well, after they were
// voiced or in advance (anticipating an objection the company holds is good practice); with
// `proofFirst`, an objection first met with a poor answer does not count.
MeetingTally handled(const JudgedMeeting& m, bool proofFirst) {
    MeetingTally t;
    std::set<std::string> poorFirst, goodSeen;
    for (const auto& s : m.steps) {
        if (s.counterAnswers) {
            goodSeen.insert(s.addresses.begin(), s.addresses.end());
            if (!s.addresses.empty())
                t.steps.push_back(m.evidence(s, "Contre-proposition qui répond au prix"));
            continue;
        }
        if (!s.answersHeld()) continue;
        for (const auto* codes : {&s.addresses, &s.anticipates})
            for (const auto& code : *codes) {
                if (s.is(MeetingMove::PoorAnswer) && !goodSeen.contains(code))
                    poorFirst.insert(code);
                if (s.is(MeetingMove::GoodAnswer)) goodSeen.insert(code);
            }
        t.steps.push_back(m.evidence(
            s, fmt::format("{} à une objection{}",
                           s.is(MeetingMove::GoodAnswer) ? "Bonne réponse" : "Réponse faible",
                           s.addresses.empty() ? " anticipée" : "")));
    }
    std::string missed;
    for (const auto& code : concerned(m)) {
        t.of += 1;
        if (goodSeen.contains(code) && (!proofFirst || !poorFirst.contains(code)))
            t.met += 1;
        else
            missed += (missed.empty() ? "" : ", ") + named(m, code);
    }
    t.summary = fmt::format("{} objection{} à traiter, {} traitée{} ; non traitées{} : {}", t.of,
                            t.of > 1 ? "s" : "", t.met, t.met > 1 ? "s" : "",
                            proofFirst ? " d'emblée" : "", missed.empty() ? "aucune" : missed);
    return t;
}

// B3.3.2: the answers given (good or poor, to an objection voiced, held or neither) that were
// good answers to an objection the company voiced or holds, the objections judged left without
// any answer and the explanations the banks attach to B3.3.2 that lowered trust (jargon)
// counting as missed.
MeetingTally pertinentAnswers(const JudgedMeeting& m) {
    MeetingTally t;
    std::set<std::string> answered;
    for (const auto& s : m.steps) {
        // An explanation the banks attach to B3.3.2 that loses the interlocutor (jargon).
        if (s.entry && !s.answers() && s.entry->criterion == "B3.3.2" && !s.good()) {
            t.of += 1;
            t.steps.push_back(m.evidence(s, "Explication peu claire pour l'interlocuteur"));
            continue;
        }
        if (s.counterAnswers) answered.insert(s.addresses.begin(), s.addresses.end());
        if (!s.answers()) continue;
        t.of += 1;
        answered.insert(s.addresses.begin(), s.addresses.end());
        answered.insert(s.anticipates.begin(), s.anticipates.end());
        if (s.is(MeetingMove::GoodAnswer) && s.answersHeld()) {
            t.met += 1;
            continue;
        }
        t.steps.push_back(m.evidence(s, s.is(MeetingMove::PoorAnswer) ? "Réponse faible"
                                        : s.effect.repeated
                                            ? "Réponse répétée"
                                            : "Réponse à une objection que l'entreprise n'a pas"));
    }
    const double given = t.of;
    for (const auto& code : concerned(m))
        if (!answered.contains(code)) t.of += 1;
    t.summary = fmt::format(
        "{} réponse{} pertinente{} sur {} donnée{} et {} objection{} sans "
        "réponse",
        t.met, t.met > 1 ? "s" : "", t.met > 1 ? "s" : "", given, given > 1 ? "s" : "",
        t.of - given, t.of - given > 1 ? "s" : "");
    return t;
}

IndicatorResult assessObjections(const AssessmentContext& context,
                                 const AssessorThresholds& thresholds, const std::string& criterion,
                                 const std::string& indicator) {
    if (indicator == "B3.3.2")
        return judgeMeetings(
            context, thresholds, criterion, indicator,
            shareRule("Réponses pertinentes",
                      "où une objection a été soulevée ou une réponse donnée",
                      "Règle : part des réponses aux objections qui sont de bonnes réponses à une "
                      "objection que l'entreprise a soulevée ou qu'elle a sans l'avoir encore dite "
                      "(l'anticiper est une bonne pratique) ; une réponse faible, répétée ou à une "
                      "objection que l'entreprise n'a pas ne compte pas ; une objection restée "
                      "sans réponse compte comme une réponse manquée (celles qu'elle n'a jamais "
                      "exprimées aussi, une fois une offre présentée), comme une explication que "
                      "les banques rattachent à B3.3.2 et qui perd l'interlocuteur (un jargon de "
                      "taux)."),
            pertinentAnswers);
    const bool proofFirst = indicator == "B3.3.4";
    const MeetingRule rule = shareRule(
        proofFirst ? "Doutes levés par une preuve d'emblée" : "Objections traitées",
        "où une objection était à traiter",
        proofFirst ? "Règle : part des objections des décideurs auxquelles le candidat a "
                     "d'emblée répondu par une bonne réponse (preuves, chiffres, démarche), "
                     "après qu'elles ont été soulevées ou en les anticipant ; une objection "
                     "d'abord traitée par une réponse faible ne compte pas, même rattrapée "
                     "ensuite. Une fois une offre présentée, les objections que les décideurs "
                     "ont sans les avoir exprimées comptent aussi (« non exprimée »)."
                   : "Règle : part des objections des décideurs qui ont reçu une bonne réponse "
                     "avant la clôture du rendez-vous, après avoir été soulevées ou par "
                     "anticipation. Une fois une offre présentée, les objections que les "
                     "décideurs ont sans les avoir exprimées comptent aussi (« non exprimée »).");
    return judgeMeetings(context, thresholds, criterion, indicator, rule,
                         [proofFirst](const JudgedMeeting& m) { return handled(m, proofFirst); });
}

const AssessorRegistration registration{
    {"rdv.objections", {"part_acquis", "part_partiel"}, assessObjections}};

}  // namespace

}  // namespace cmcsim::assess
