// Assessor "rdv.conclusion" (B3.3.6, B3.3.7, B4.5.1): how the meetings end — a sale or a dated
// next step obtained (B3.3.6), the complementary products the company's needs call for proposed
// and none it does not need (B3.3.7), every commercial opportunity the company offered taken
// (B4.5.1: its provident or services needs, and the offer presented carried to a signature or a
// next step). docs/assessment.md, « Les rendez-vous ».
#include <fmt/format.h>

#include "PlayedMeetings.h"

namespace cmcsim::assess {

namespace {

// The complementary products (codes of arguments_rdv.csv) the company's hidden needs call for.
std::vector<std::string> opportunities(const JudgedMeeting& m) {
    std::vector<std::string> out;
    for (const char* code : {"prevoyance", "services"})
        if (m.context->holds(code, m.transcript)) out.emplace_back(code);
    return out;
}

// The relevant complementary proposal of `code` — a choice of the banks, or a counter-proposal's
// counterpart the company needs — or null.
const JudgedStep* proposal(const JudgedMeeting& m, const std::string& code) {
    for (const auto& s : m.steps)
        if (s.is(MeetingMove::Complementary) && s.entry->code == code && s.effect.relevant &&
            !s.effect.repeated)
            return &s;
    for (const auto& c : m.transcript.counters)
        if (c.counterpart == code && c.useful)
            if (const auto* s = m.at(c.step)) return s;
    return nullptr;
}

MeetingTally concluded(const JudgedMeeting& m) {
    MeetingTally t;
    t.of = 1;
    const auto& tr = m.transcript;
    t.met = tr.outcome == MeetingOutcome::Signed || tr.outcome == MeetingOutcome::NextStep;
    t.summary = meetingOutcomeLabel(tr.outcome);
    for (const int step : {tr.signatureStep, tr.nextStepStep})
        if (step > 0)
            t.steps.push_back(
                m.evidence(m.steps.at(static_cast<std::size_t>(step - 1)),
                           step == tr.signatureStep ? "Signature proposée" : "Prochaine étape"));
    if (!tr.reasons.empty()) {
        std::string reasons;
        for (const auto& r : tr.reasons) reasons += (reasons.empty() ? "" : " ; ") + r;
        t.summary += " (" + reasons + ")";
    }
    return t;
}

MeetingTally complementary(const JudgedMeeting& m, bool exploited) {
    MeetingTally t;
    std::string missed;
    for (const auto& code : opportunities(m)) {
        t.of += 1;
        if (const auto* s = proposal(m, code)) {
            t.met += 1;
            t.steps.push_back(m.evidence(*s, "Produit complémentaire proposé"));
        } else {
            missed += (missed.empty() ? "" : ", ") + code;
        }
    }
    if (exploited && m.offered()) {
        t.of += 1;
        const int step =
            m.transcript.signatureStep > 0 ? m.transcript.signatureStep : m.transcript.nextStepStep;
        if (step > 0) {
            t.met += 1;
            t.steps.push_back(m.evidence(m.steps.at(static_cast<std::size_t>(step - 1)),
                                         "Offre présentée menée à la signature ou à une suite"));
        } else {
            missed += std::string(missed.empty() ? "" : ", ") + "signature ou suite de l'offre";
        }
    }
    if (!exploited)
        for (const auto& [s, code] : m.unwanted()) {
            t.of += 1;
            t.steps.push_back(m.evidence(*s, "Produit complémentaire sans besoin (survente)"));
            missed += std::string(missed.empty() ? "" : ", ") + code + " proposé sans besoin";
        }
    t.summary =
        fmt::format("{} sur {} ; manqué : {}", t.met, t.of, missed.empty() ? "rien" : missed);
    return t;
}

IndicatorResult assessClosing(const AssessmentContext& context,
                              const AssessorThresholds& thresholds, const std::string& criterion,
                              const std::string& indicator) {
    if (indicator == "B3.3.6")
        return judgeMeetings(
            context, thresholds, criterion, indicator,
            shareRule(
                "Rendez-vous conclus par une vente ou une prochaine étape", "",
                "Règle : un rendez-vous clos compte s'il se termine signé ou avec une prochaine "
                "étape obtenue (la signature ou une prochaine étape demandée, la confiance de "
                "l'entreprise suffisante : docs/simulation.md, « Les rendez-vous »)."),
            concluded);
    if (indicator == "B3.3.7")
        return judgeMeetings(
            context, thresholds, criterion, indicator,
            shareRule(
                "Produits complémentaires adaptés",
                "où l'entreprise avait un besoin complémentaire ou s'en est vu proposer un",
                "Règle : chaque besoin complémentaire de l'entreprise (prévoyance si elle en veut, "
                "services si ses salariés y tiennent) compte s'il a été proposé (par un choix de "
                "la conclusion ou en contrepartie d'une remise) ; chaque produit complémentaire "
                "proposé sans besoin est de la survente, pas une vente complémentaire : il "
                "compte comme un manque."),
            [](const JudgedMeeting& m) { return complementary(m, false); });
    return judgeMeetings(
        context, thresholds, criterion, indicator,
        shareRule(
            "Opportunités exploitées", "où l'entreprise offrait une opportunité",
            "Règle : les opportunités de chaque rendez-vous clos — les besoins complémentaires de "
            "l'entreprise (prévoyance, services) et l'offre présentée — comptent si le candidat "
            "les "
            "a saisies (produit proposé ; signature ou prochaine étape demandée après l'offre)."),
        [](const JudgedMeeting& m) { return complementary(m, true); });
}

const AssessorRegistration registration{
    {"rdv.conclusion", {"part_acquis", "part_partiel"}, assessClosing}};

}  // namespace

}  // namespace cmcsim::assess
