// Assessor "rdv.loyaute" (B3.2.1, B3.2.3, B3.2.8, B3.3.1): the breaches of the rules of sale in
// the meetings — misleading claims, over-selling moves (a complementary product without need
// among them) and offers above the wanted level, beyond the budget or not compliant (honest,
// impartial, in the client's best interest: L521-1 C. assur., DDA art. 17-1), a signature proposed
// before the written needs and the mandatory information. docs/assessment.md, « Les rendez-vous ».
#include <fmt/format.h>

#include "PlayedMeetings.h"
#include "cmcsim/reference/MeetingBank.h"

namespace cmcsim::assess {

namespace {

// What counts as a breach for each indicator.
struct Breaches {
    bool misleading = true;    // a misleading claim (B3.2.8: the only one)
    bool overSelling = false;  // an over-selling move
    bool offers = false;       // an offer above the wanted level or beyond the budget
    bool order = false;        // the signature proposed before the DDA steps
    bool closingOnly = false;  // only what happens from the closing phase on (B3.3.1)
};

Breaches breachesOf(const std::string& indicator) {
    if (indicator == "B3.2.8") return {};
    if (indicator == "B3.2.3") return {true, true, true, false, false};
    if (indicator == "B3.3.1") return {true, true, false, true, true};
    return {true, true, false, true, false};  // B3.2.1
}

std::string ruleText(const Breaches& b) {
    std::string list = "allégation trompeuse (information inexacte ou invérifiable)";
    if (b.overSelling)
        list +=
            ", manœuvre de survente (options superflues, pression pour signer, produit "
            "complémentaire proposé sans besoin de l'entreprise, y compris en contrepartie d'une "
            "remise)";
    if (b.offers)
        list +=
            ", offre présentée au-dessus du niveau souhaité par l'entreprise, au-delà de "
            "son budget ou non conforme à la réglementation";
    if (b.order)
        list +=
            ", signature proposée avant les exigences et besoins écrits et signés et les "
            "quatre informations obligatoires (une seule fois par rendez-vous)";
    return fmt::format(
        "Règle : on compte, dans les rendez-vous clos{}, chaque manquement : "
        "{}.",
        b.closingOnly ? " qui ont atteint la conclusion, à partir de la phase "
                        "de conclusion"
                      : "",
        list);
}

IndicatorResult assessHonesty(const AssessmentContext& context,
                              const AssessorThresholds& thresholds, const std::string& criterion,
                              const std::string& indicator) {
    const auto b = breachesOf(indicator);
    const MeetingRule rule{"manquements_acquis",
                           "manquements_partiel",
                           true,
                           "Manquements",
                           b.closingOnly ? "arrivés à la conclusion" : "",
                           ruleText(b)};
    return judgeMeetings(
        context, thresholds, criterion, indicator, rule, [&](const JudgedMeeting& m) {
            MeetingTally t;
            const auto& tr = m.transcript;
            if (b.closingOnly && tr.phase < MeetingPhase::Closing) return t;
            t.of = 1;
            for (const auto& s : m.steps) {
                if (b.closingOnly && s.turn->phase < MeetingPhase::Closing) continue;
                std::string what;
                if (s.is(MeetingMove::Misleading))
                    what = "allégation trompeuse";
                else if (b.overSelling && s.is(MeetingMove::OverSelling))
                    what = "survente";
                else if (b.offers && s.fit && s.fit->overLevel())
                    what = "offre au-dessus du niveau souhaité";
                else if (b.offers && s.fit && s.fit->overBudget)
                    what = "offre au-delà du budget";
                else if (b.offers && s.fit && !s.fit->compliant())
                    what = "offre non conforme (" + s.fit->breaches.front() + ")";
                if (what.empty()) continue;
                t.met += 1;
                t.steps.push_back(m.evidence(s, "Manquement : " + what));
            }
            // A complementary product the company has no need for is over-selling.
            if (b.overSelling)
                for (const auto& [s, code] : m.unwanted()) {
                    if (b.closingOnly && s->turn->phase < MeetingPhase::Closing) continue;
                    t.met += 1;
                    t.steps.push_back(
                        m.evidence(*s, fmt::format("Manquement : survente ({} sans besoin)",
                                                   code == "prevoyance" ? "prévoyance proposée"
                                                                        : "services proposés")));
                }
            if (b.order && tr.signatureStep > 0) {
                bool early = !m.beforeConclusion(tr.needsStep);
                for (const auto& code : MeetingBank::obligations()) {
                    const auto it = tr.obligations.find(code);
                    early = early || it == tr.obligations.end() || !m.beforeConclusion(it->second);
                }
                if (early) {
                    t.met += 1;
                    t.steps.push_back(m.evidence(
                        m.steps.at(static_cast<std::size_t>(tr.signatureStep - 1)),
                        "Manquement : signature proposée avant les étapes obligatoires"));
                }
            }
            t.summary = fmt::format("{} manquement{}", t.met, t.met > 1 ? "s" : "");
            return t;
        });
}

const AssessorRegistration registration{
    {"rdv.loyaute", {"manquements_acquis", "manquements_partiel"}, assessHonesty}};

}  // namespace

}  // namespace cmcsim::assess
