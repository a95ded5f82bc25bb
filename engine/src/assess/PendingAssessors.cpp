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
    {"diagnostic.situation", {}},
    {"offre.besoins_ecrits", {}},
    {"offre.adequation", {}},
    {"offre.simulation_couts", {}},
    {"offre.risques", {}},
    {"offre.conformite", {}},
    {"offre.comparaison_contrat", {}},
    {"offre.avantages_sociaux", {}},
    // Bloc 2, being written on this branch
    {"potentiel.sources", {"sources_acquis", "sources_partiel", "part_pertinente_acquis"}},
    {"fiabilite.verifications",
     {"verifications_acquis", "verifications_partiel", "precision_acquis", "precision_partiel",
      "rappel_acquis", "rappel_partiel"}},
    {"information.actualisation", {}},
    {"concurrence.offres", {"offres_comparees_acquis"}},
    {"cibles.qualification",
     {"qualification_mots_min", "ecart_comptage_acquis", "ecart_comptage_partiel",
      "ecart_potentiel_acquis", "ecart_potentiel_partiel", "propension_opportunite", "lift_acquis",
      "lift_partiel"}},
    {"politique.segments",
     {"part_prioritaire_acquis", "part_prioritaire_partiel", "part_exclue_acquis",
      "part_exclue_partiel"}},
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
