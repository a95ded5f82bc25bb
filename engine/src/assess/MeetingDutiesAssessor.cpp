// Assessor "rdv.obligations" (B3.2.4, B3.2.9, B3.2.10, B3.2.11, B4.6.6, B4.6.7, B4.6.8): the DDA's
// duties of information and advice in each meeting where an offer was presented, met before the
// conclusion (the signature asked): the needs and requirements written and signed (L521-4 C.
// assur.), the distributor's identity (L521-2, R521-1), the IPID (L112-2), complaints and
// mediation (ACPR 2022-R-01), the advice in writing (L521-4). docs/assessment.md, « Les
// rendez-vous ».
#include <fmt/format.h>

#include "PlayedMeetings.h"
#include "cmcsim/reference/MeetingBank.h"

namespace cmcsim::assess {

namespace {

// The duties each indicator requires (codes of MeetingBank::obligations, and "besoins_ecrits").
std::vector<std::string> duties(const std::string& indicator) {
    if (indicator == "B3.2.4")
        return {"besoins_ecrits", "identite_distributeur", "ipid", "reclamations_mediation",
                "conseil_ecrit"};
    if (indicator == "B3.2.9" || indicator == "B4.6.6")
        return {"identite_distributeur", "reclamations_mediation"};
    if (indicator == "B3.2.10" || indicator == "B4.6.7") return {"ipid"};
    if (indicator == "B3.2.11") return {"besoins_ecrits"};
    return {"conseil_ecrit", "besoins_ecrits"};  // B4.6.8
}

// Why a duty met at `step` is out of the DDA's order, or "": the needs and requirements are
// written before the offer is presented, and the advice in writing rests on them (L521-4 C.
// assur.: the advice is based on the needs and requirements), so it comes after them.
std::string outOfOrder(const JudgedMeeting& m, const std::string& code, int step) {
    const auto& tr = m.transcript;
    if (step == 0) return {};
    if (code == "besoins_ecrits" && tr.offerStep > 0 && step > tr.offerStep)
        return fmt::format(
            "après la présentation de l'offre à l'étape {} : l'offre doit "
            "reposer sur eux",
            tr.offerStep);
    if (code == "conseil_ecrit" && (tr.needsStep == 0 || tr.needsStep > step))
        return tr.needsStep == 0 ? "sans exigences et besoins écrits sur lesquels reposer"
                                 : fmt::format(
                                       "avant les exigences et besoins écrits à l'étape "
                                       "{} : le conseil doit reposer sur eux",
                                       tr.needsStep);
    return {};
}

IndicatorResult assessDuties(const AssessmentContext& context, const AssessorThresholds& thresholds,
                             const std::string& criterion, const std::string& indicator) {
    const auto required = duties(indicator);
    std::string list;
    for (const auto& code : required)
        list += (list.empty() ? "" : ", ") + MeetingBank::obligationLabel(code);
    const MeetingRule rule = shareRule(
        "Obligations remplies avant la conclusion", "avec une offre présentée",
        fmt::format("Règle : dans chaque rendez-vous clos où une offre a été présentée, chaque "
                    "obligation ({}) compte si elle a été remplie avant que la signature soit "
                    "proposée (à un moment du rendez-vous s'il n'y a pas eu de signature "
                    "proposée) ; une obligation remplie après, ou jamais, ne compte pas. L'ordre "
                    "de la DDA compte aussi : les exigences et besoins écrits et signés avant la "
                    "présentation de l'offre, le conseil écrit après eux (il repose sur eux : "
                    "L521-4 C. assur.).",
                    list));
    return judgeMeetings(
        context, thresholds, criterion, indicator, rule, [&](const JudgedMeeting& m) {
            MeetingTally t;
            if (!m.offered()) return t;
            const auto& tr = m.transcript;
            std::string missed;
            for (const auto& code : required) {
                t.of += 1;
                int step = code == "besoins_ecrits" ? tr.needsStep : 0;
                if (const auto it = tr.obligations.find(code); it != tr.obligations.end())
                    step = it->second;
                const auto label = MeetingBank::obligationLabel(code);
                const auto order = outOfOrder(m, code, step);
                if (m.beforeConclusion(step) && order.empty()) {
                    t.met += 1;
                    t.steps.push_back(m.evidence(m.steps.at(static_cast<std::size_t>(step - 1)),
                                                 label + " : avant la conclusion"));
                    continue;
                }
                const bool late = !m.beforeConclusion(step);
                const auto why = step == 0 ? std::string("jamais")
                                 : late    ? fmt::format(
                                                 "étape {}, après la signature proposée à "
                                                    "l'étape {}",
                                                 step, tr.signatureStep)
                                        : fmt::format("étape {}, {}", step, order);
                missed += (missed.empty() ? "" : ", ") + label + " (" + why + ")";
                if (step > 0)
                    t.steps.push_back(m.evidence(m.steps.at(static_cast<std::size_t>(step - 1)),
                                                 label + (late ? " : après la conclusion"
                                                               : " : hors de l'ordre de la DDA")));
            }
            t.summary = fmt::format(
                "{} sur {} avant la conclusion{} ; manquent : {}", t.met, t.of,
                tr.signatureStep > 0
                    ? fmt::format(" (signature proposée à l'étape {})", tr.signatureStep)
                    : " (signature non proposée)",
                missed.empty() ? "aucune" : missed);
            return t;
        });
}

const AssessorRegistration registration{
    {"rdv.obligations", {"part_acquis", "part_partiel"}, assessDuties}};

}  // namespace

}  // namespace cmcsim::assess
