// Stand-ins for the offer assessors built on branch assess-offers, so that
// datasets/referentiel_cmc.csv can link its Bloc 4 indicators to their ids before that branch is
// merged: each gives "à apprécier par l'évaluateur" and is replaced by the real assessor of the
// same id (AssessorDefinition::placeholder). Delete this file once every id below has its own.
#include "cmcsim/assess/Assessment.h"

namespace cmcsim {

namespace {

IndicatorResult pending(const std::string& criterion, const std::string& indicator) {
    IndicatorResult result;
    result.criterion = criterion;
    result.indicator = indicator;
    result.verdict = Verdict::AApprecier;
    result.explanation =
        "L'évaluateur automatique de cet indicateur n'est pas encore disponible dans cette "
        "version : l'évaluateur l'apprécie sur les offres enregistrées.";
    return result;
}

const std::map<std::string, std::vector<std::string>> kPending = {
    {"diagnostic.situation", {}},      {"offre.besoins_ecrits", {}},    {"offre.adequation", {}},
    {"offre.simulation_couts", {}},    {"offre.risques", {}},           {"offre.conformite", {}},
    {"offre.comparaison_contrat", {}}, {"offre.avantages_sociaux", {}},
};

const bool kRegistered = [] {
    for (const auto& [id, thresholds] : kPending)
        AssessorRegistry::add(
            {id, thresholds,
             [](const AssessmentContext&, const AssessorThresholds&, const std::string& criterion,
                const std::string& indicator) { return pending(criterion, indicator); },
             true});
    return true;
}();

}  // namespace

}  // namespace cmcsim
