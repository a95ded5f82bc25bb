// B2.1.3 "Les informations sont régulièrement actualisées": the market watch brings dated events
// during the weeks (B3.4.1 judges what the candidate does with them), but the prospect file is
// not updated and reading an event is not recorded, so nothing in the journal shows the candidate
// updating what they know: always "à apprécier par l'évaluateur", with what the journal holds that
// the evaluator may ask about (the verifications over simulated time).
#include <fmt/format.h>

#include "cmcsim/assess/Grading.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"

namespace cmcsim {

namespace {

IndicatorResult assessUpdates(const AssessmentContext& context, const AssessorThresholds&,
                              const std::string& criterion, const std::string& indicator) {
    auto result = grading::start(criterion, indicator);
    result.verdict = Verdict::AApprecier;
    std::int64_t verified = 0, first = 0, last = 0;
    for (const auto& [line, notes] : context.state.records()) {
        if (notes.verifiedBy == 0) continue;
        ++verified;
        if (first == 0 || notes.verifiedBy < first) first = notes.verifiedBy;
        if (notes.verifiedBy > last) last = notes.verifiedBy;
    }
    if (first > 0) {
        result.evidence.push_back({first, "Première vérification de fiche", ""});
        result.evidence.push_back({last, "Dernière vérification de fiche", ""});
    }
    result.evidence.push_back({0, "Fiches vérifiées", std::to_string(verified)});
    result.explanation = fmt::format(
        "À apprécier par l'évaluateur : la veille apporte des événements pendant les semaines "
        "(leur suite est jugée en B3.4.1), mais le fichier de prospects n'est pas mis à jour et "
        "la lecture d'un événement n'est pas enregistrée, donc le journal ne peut pas montrer "
        "d'actualisation des informations. Pour l'entretien : {}{}.",
        frenchCount(static_cast<double>(verified), "fiche vérifiée", "fiches vérifiées"),
        first > 0 ? fmt::format(", de l'entrée {} à l'entrée {} du journal", first, last) : "");
    return result;
}

const AssessorRegistration kRegistration{{"information.actualisation", {}, assessUpdates}};

}  // namespace

}  // namespace cmcsim
