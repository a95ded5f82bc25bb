// Assessor "rdv.objections" (B3.3.2, B3.3.4, B4.5.2): how the objections the decision makers
// raised in the meetings were handled — every one answered well (B4.5.2), with the proof at once
// rather than a poor answer first (B3.3.4), and answers that are pertinent: good answers to what
// was raised, not poor answers nor answers to objections nobody raised (B3.3.2).
// docs/assessment.md, « Les rendez-vous ».
#include <fmt/format.h>

#include <set>

#include "PlayedMeetings.h"

namespace cmcsim::assess {

namespace {

bool answer(const JudgedStep& s) {
    return s.is(MeetingMove::GoodAnswer) || s.is(MeetingMove::PoorAnswer);
}

// B4.5.2 (`proofFirst` false) and B3.3.4 (true): the raised objections answered well; with
// `proofFirst`, an objection first met with a poor answer does not count.
MeetingTally handled(const JudgedMeeting& m, bool proofFirst) {
    MeetingTally t;
    const auto& tr = m.transcript;
    std::set<std::string> poorFirst, goodSeen;
    for (const auto& s : m.steps) {
        if (!answer(s) || !s.effect.relevant || s.effect.repeated) continue;
        for (const auto& code : s.addresses) {
            if (s.is(MeetingMove::PoorAnswer) && !goodSeen.contains(code)) poorFirst.insert(code);
            if (s.is(MeetingMove::GoodAnswer)) goodSeen.insert(code);
        }
        t.steps.push_back(m.evidence(s, s.is(MeetingMove::GoodAnswer)
                                            ? "Bonne réponse à une objection"
                                            : "Réponse faible à une objection"));
    }
    std::string missed;
    for (const auto& code : tr.raisedObjections) {
        t.of += 1;
        const bool ok =
            tr.answeredObjections.contains(code) && (!proofFirst || !poorFirst.contains(code));
        if (ok)
            t.met += 1;
        else
            missed += (missed.empty() ? "" : ", ") + ("« " + m.context->wording(code) + " »");
    }
    t.summary = fmt::format("{} objection{} soulevée{}, {} traitée{} ; non traitées{} : {}", t.of,
                            t.of > 1 ? "s" : "", t.of > 1 ? "s" : "", t.met, t.met > 1 ? "s" : "",
                            proofFirst ? " d'emblée" : "", missed.empty() ? "aucune" : missed);
    return t;
}

// B3.3.2: the answers given (good or poor, to an objection raised or not) that were good answers
// to a raised objection, the raised objections left without any answer and the explanations the
// banks attach to B3.3.2 that lowered trust (jargon) counting as missed.
MeetingTally pertinentAnswers(const JudgedMeeting& m) {
    MeetingTally t;
    std::set<std::string> answered;
    for (const auto& s : m.steps) {
        // An explanation the banks attach to B3.3.2 that loses the interlocutor (jargon).
        if (s.entry && !answer(s) && s.entry->criterion == "B3.3.2" && !s.good()) {
            t.of += 1;
            t.steps.push_back(m.evidence(s, "Explication peu claire pour l'interlocuteur"));
            continue;
        }
        if (!answer(s)) continue;
        t.of += 1;
        answered.insert(s.addresses.begin(), s.addresses.end());
        if (s.is(MeetingMove::GoodAnswer) && s.effect.relevant && !s.effect.repeated) {
            t.met += 1;
            continue;
        }
        t.steps.push_back(m.evidence(s, s.is(MeetingMove::PoorAnswer) ? "Réponse faible"
                                        : s.effect.repeated           ? "Réponse répétée"
                                                                      : "Réponse hors sujet"));
    }
    const double given = t.of;
    for (const auto& code : m.transcript.raisedObjections)
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
                      "objection réellement soulevée ; une réponse faible, répétée ou à une "
                      "objection que personne n'a soulevée ne compte pas ; une objection "
                      "soulevée restée sans réponse compte comme une réponse manquée, comme une "
                      "explication que les banques rattachent à B3.3.2 et qui perd "
                      "l'interlocuteur (un jargon de taux)."),
            pertinentAnswers);
    const bool proofFirst = indicator == "B3.3.4";
    const MeetingRule rule = shareRule(
        proofFirst ? "Doutes levés par une preuve d'emblée" : "Objections traitées",
        "où une objection a été soulevée",
        proofFirst ? "Règle : part des objections soulevées par les décideurs auxquelles le "
                     "candidat a d'emblée répondu par une bonne réponse (preuves, chiffres, "
                     "démarche) ; une objection d'abord traitée par une réponse faible ne compte "
                     "pas, même rattrapée ensuite."
                   : "Règle : part des objections soulevées par les décideurs qui ont reçu une "
                     "bonne réponse avant la clôture du rendez-vous.");
    return judgeMeetings(context, thresholds, criterion, indicator, rule,
                         [proofFirst](const JudgedMeeting& m) { return handled(m, proofFirst); });
}

const AssessorRegistration registration{
    {"rdv.objections", {"part_acquis", "part_partiel"}, assessObjections}};

}  // namespace

}  // namespace cmcsim::assess
