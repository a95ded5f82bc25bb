// Assessor "rdv.offre" (B3.2.7, B4.1.3, B4.6.2, B4.6.3, B4.6.4): the offer presented in a meeting
// — fit to the needs the discovery revealed (level and budget, no over-selling), argued, its
// purposes explained, the meeting concluded by proposing it, evolutions proposed.
// docs/assessment.md, « Les rendez-vous ».
#include <fmt/format.h>

#include <optional>
#include <set>

#include "PlayedMeetings.h"
#include "cmcsim/assess/Grading.h"
#include "cmcsim/core/FrenchFormat.h"

namespace cmcsim::assess {

namespace {

// B3.2.7: the last offer presented fits (level, budget) and the wanted level and the budget
// were revealed before it was presented.
MeetingTally pertinent(const JudgedMeeting& m) {
    MeetingTally t;
    if (!m.offered()) return t;
    t.of = 1;
    const JudgedStep* offer = nullptr;
    // What earlier meetings with the company revealed is known from the start (MeetingPrior).
    std::set<std::string> knownBefore;
    for (const auto& [field, note] : m.context->prior.known) knownBefore.insert(field);
    for (const auto& s : m.steps) {
        if (s.turn->step == m.transcript.offerStep) {
            offer = &s;
            break;
        }
        knownBefore.insert(s.turn->revealed.begin(), s.turn->revealed.end());
    }
    const auto& fit = *m.transcript.offer;
    std::vector<std::string> problems;
    if (fit.overLevel())
        problems.push_back(fmt::format("survente : niveau {} pour un besoin de niveau {}",
                                       fit.level, fit.wantedLevel));
    if (fit.underLevel)
        problems.push_back(
            fmt::format("niveau {} en dessous du besoin (niveau {})", fit.level, fit.wantedLevel));
    if (fit.overBudget)
        problems.push_back(
            fmt::format("part employeur {} € par salarié et par mois pour un "
                        "budget de {} €",
                        frenchNumber(fit.employerMonthly, 2), frenchNumber(fit.budget, 2)));
    for (const auto& breach : fit.breaches) problems.push_back("non conforme : " + breach);
    for (const auto& [field, label] :
         {std::pair{"niveau_souhaite", "le niveau souhaité"}, std::pair{"budget", "le budget"}})
        if (!knownBefore.contains(field))
            problems.push_back(fmt::format("{} non découvert avant la présentation", label));
    if (const auto why = m.ungrounded(); !why.empty()) problems.push_back(why);
    if (problems.empty()) t.met = 1;
    std::string list;
    for (const auto& p : problems) list += (list.empty() ? "" : " ; ") + p;
    t.summary = fmt::format(
        "version {} : niveau {} pour un besoin de niveau {}, part employeur {} € par salarié et "
        "par "
        "mois pour un budget de {} € ; {}",
        fit.version, fit.level, fit.wantedLevel, frenchNumber(fit.employerMonthly, 2),
        frenchNumber(fit.budget, 2),
        problems.empty() ? "adaptée au niveau et au budget découverts, conforme" : list);
    if (offer) t.steps.push_back(m.evidence(*offer, "Offre présentée"));
    return t;
}

// An offer presented before the discovery or the written needs is not credited (the advice
// rests on them: L521-4 C. assur.): the meeting counts 0 of 1, saying why; nullopt otherwise.
std::optional<MeetingTally> ungrounded(const JudgedMeeting& m) {
    const auto why = m.ungrounded();
    if (why.empty()) return std::nullopt;
    MeetingTally t;
    t.of = 1;
    t.summary = why + " : non créditée";
    const auto step = static_cast<std::size_t>(m.transcript.offerStep);
    if (step >= 1 && step <= m.steps.size())
        t.steps.push_back(m.evidence(m.steps[step - 1], "Offre présentée trop tôt"));
    return t;
}

// Whether a step is a relevant argument (or comparison) that raised trust, presented after the
// offer when `afterOffer`.
bool argument(const JudgedMeeting& m, const JudgedStep& s, bool comparison, bool afterOffer) {
    return s.good() &&
           (s.is(MeetingMove::Argument) || (comparison && s.is(MeetingMove::Comparison))) &&
           (!afterOffer || s.turn->step > m.transcript.offerStep);
}

IndicatorResult assessOffer(const AssessmentContext& context, const AssessorThresholds& thresholds,
                            const std::string& criterion, const std::string& indicator) {
    MeetingRule rule = shareRule("", "avec une offre présentée", "");
    std::function<MeetingTally(const JudgedMeeting&)> tally;
    if (indicator == "B3.2.7") {
        rule.what = "Offres pertinentes au regard des besoins découverts";
        rule.text =
            "Règle : dans chaque rendez-vous clos où une offre a été présentée, la dernière "
            "version présentée est pertinente si son niveau n'est ni au-dessus du niveau souhaité "
            "(survente) ni trop en dessous, si la part employeur reste dans le budget réel, si "
            "elle est conforme (contrat responsable, part employeur d'au moins 50 %, prévoyance "
            "des cadres, règles de la branche : une offre non conforme n'est jamais adaptée), si "
            "le niveau souhaité et le budget avaient été découverts avant de la présenter et si "
            "elle suit les exigences et besoins écrits et signés (le conseil repose sur eux : "
            "L521-4 C. assur.).";
        tally = pertinent;
    } else if (indicator == "B4.1.3" || indicator == "B4.6.2") {
        const bool purposes = indicator == "B4.6.2";
        const double needed = purposes ? 1 : thresholds.at("arguments_min");
        rule.what = purposes ? "Rendez-vous où les finalités de l'offre sont expliquées"
                             : "Rendez-vous argumentés";
        rule.text = purposes
                        ? "Règle : après la présentation de l'offre, au moins un argument "
                          "pertinent qui en explique les finalités et les aspects positifs (un "
                          "argument hors sujet ou répété ne compte pas)."
                        : fmt::format(
                              "Règle : au moins {} arguments ou comparaisons pertinents "
                              "(hors sujet ou répétés : non comptés) dans le rendez-vous.",
                              frenchNumber(needed, 0));
        tally = [purposes, needed](const JudgedMeeting& m) {
            MeetingTally t;
            if (!m.offered()) return t;
            t.of = 1;
            int count = 0;
            for (const auto& s : m.steps)
                if (argument(m, s, !purposes, purposes)) {
                    ++count;
                    t.steps.push_back(m.evidence(s, "Argument"));
                }
            t.met = count >= needed ? 1 : 0;
            t.summary = fmt::format("{} pertinent{}", frenchCount(count, "argument", "arguments"),
                                    count > 1 ? "s" : "");
            return t;
        };
    } else if (indicator == "B4.6.3") {
        rule.what = "Rendez-vous conclus par la proposition de l'offre";
        rule.text =
            "Règle : le rendez-vous se conclut par la proposition de signer l'offre présentée.";
        tally = [](const JudgedMeeting& m) {
            MeetingTally t;
            if (!m.offered()) return t;
            t.of = 1;
            const int step = m.transcript.signatureStep;
            t.met = step > 0 ? 1 : 0;
            if (step > 0)
                t.steps.push_back(m.evidence(m.steps.at(static_cast<std::size_t>(step - 1)),
                                             "Signature proposée"));
            t.summary = step > 0 ? fmt::format("signature proposée à l'étape {}", step)
                                 : "signature jamais proposée";
            return t;
        };
    } else {  // B4.6.4
        rule.what = "Rendez-vous où des évolutions sont proposées";
        rule.text =
            "Règle : une évolution de la couverture est proposée — un produit complémentaire "
            "pertinent (prévoyance, services) ou une autre version de l'offre présentée dans le "
            "même rendez-vous.";
        tally = [](const JudgedMeeting& m) {
            MeetingTally t;
            if (!m.offered()) return t;
            t.of = 1;
            std::set<int> versions;
            for (const auto& s : m.steps) {
                if (s.fit) versions.insert(s.fit->version);
                if (s.good() && s.is(MeetingMove::Complementary))
                    t.steps.push_back(m.evidence(s, "Produit complémentaire proposé"));
            }
            t.met = !t.steps.empty() || versions.size() > 1 ? 1 : 0;
            t.summary = fmt::format(
                "{} ; {}",
                frenchCount(static_cast<double>(t.steps.size()), "produit complémentaire proposé",
                            "produits complémentaires proposés"),
                frenchCount(static_cast<double>(versions.size()), "version présentée",
                            "versions présentées"));
            return t;
        };
    }
    const bool pertinence = indicator == "B3.2.7";  // says it among its problems
    if (!pertinence)
        rule.text +=
            " Une offre présentée avant la découverte ou avant les exigences et besoins écrits et "
            "signés n'est pas créditée (le conseil repose sur eux : L521-4 C. assur.).";
    return judgeMeetings(context, thresholds, criterion, indicator, rule,
                         [&tally, pertinence](const JudgedMeeting& m) {
                             if (!pertinence && m.offered())
                                 if (auto early = ungrounded(m)) return *early;
                             return tally(m);
                         });
}

const AssessorRegistration registration{
    {"rdv.offre", {"part_acquis", "part_partiel", "arguments_min"}, assessOffer}};

}  // namespace

}  // namespace cmcsim::assess
