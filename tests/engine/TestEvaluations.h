#pragma once

#include <string>
#include <vector>

#include "cmcsim/assess/Evaluation.h"

namespace cmcsim::test {

// A small grid of four criteria over blocs 2, 3 and 4 (ids and words of the tests, not the
// framework's), with an automatic pre-assessment: B2.1 acquis (both indicators acquis), B2.2
// partiellement (acquis + non acquis), B3.1 non acquis, B4.1 à apprécier (no evidence).
inline Evaluation fixtureEvaluation() {
    EvaluationBinding binding{"ABCD-EFGH-JKMN-PQRS", "minimal", "Scénario minimal",
                              "Camille Martin", "2026-11-29T10:00:00Z"};
    std::vector<GridCriterion> criteria = {
        {"B2.1",
         2,
         "Potentiel du territoire",
         "Estimer le potentiel du territoire",
         {{"B2.1.1", "Les sources sont pertinentes"}, {"B2.1.2", "Les sources sont croisées"}}},
        {"B2.2",
         2,
         "Fiabilité",
         "Fiabiliser l'information",
         {{"B2.2.1", "Les lignes ciblées sont vérifiées"},
          {"B2.2.2", "Les anomalies sont signalées"}}},
        {"B3.1",
         3,
         "Plan d'action",
         "Construire un plan d'action",
         {{"B3.1.1", "Le plan est chiffré"}}},
        {"B4.1", 4, "Offre", "Concevoir l'offre", {{"B4.1.1", "Les besoins sont écrits"}}}};
    const auto result = [](std::string criterion, std::string indicator, Verdict v, int score,
                           std::string explanation, std::vector<Evidence> evidence = {}) {
        return IndicatorResult{std::move(criterion),   std::move(indicator), v, score,
                               std::move(explanation), std::move(evidence),  {}};
    };
    std::vector<IndicatorResult> results = {
        result("B2.1", "B2.1.1", Verdict::Acquis, 90, "2 études achetées sur les segments visés.",
               {{4, "Étude achetée", "Panorama des entreprises"}}),
        result("B2.1", "B2.1.2", Verdict::Acquis, 80, "Sources croisées."),
        result("B2.2", "B2.2.1", Verdict::Acquis, 75, "8 vérifications sur les lignes ciblées.",
               {{7, "Vérification", "ligne 12"},
                {0, "Précision des signalements", "80 % (8 sur 10)"}}),
        result("B2.2", "B2.2.2", Verdict::NonAcquis, 20, "Rappel des signalements 20 %."),
        result("B3.1", "B3.1.1", Verdict::NonAcquis, 10, "Aucun plan chiffré."),
        result("B4.1", "B4.1.1", Verdict::AApprecier, 0, "Aucune offre enregistrée.")};
    return Evaluation(binding, criteria, results, "2026-11-29T11:00:00Z");
}

// fixtureEvaluation() filled by two evaluators who disagree on B2.2, agreed and signed by both.
inline Evaluation signedFixture() {
    auto e = fixtureEvaluation();
    e.setEvaluator(1, "Claire Dubois", "Formatrice");
    e.setEvaluator(2, "Marc Leroy", "Professionnel du métier");
    e.judge(1, "B2.1", {Verdict::Acquis, "Sources pertinentes."});
    e.judge(1, "B2.2", {Verdict::PartiellementAcquis, "Signalements incomplets."});
    e.judge(1, "B3.1", {Verdict::NonAcquis, ""});
    e.judge(2, "B2.1", {Verdict::Acquis, ""});
    e.judge(2, "B2.2", {Verdict::NonAcquis, "Trop peu d'anomalies trouvées."});
    e.judge(2, "B3.1", {Verdict::NonAcquis, ""});
    e.judge(2, "B2.2.2", {Verdict::NonAcquis, "Rappel faible."});
    e.agree("B2.1", {Verdict::Acquis, "Sources variées et pertinentes."});
    e.agree("B2.2", {Verdict::PartiellementAcquis, "Vérifications faites, signalements à revoir."});
    e.agree("B3.1", {Verdict::NonAcquis, "Pas de plan d'action."});
    e.agree("B4.1", {Verdict::NonAcquis, "Non observé pendant l'épreuve."});
    e.commentBloc(2, "Analyse du marché solide.");
    e.sign(1, "2026-11-30");
    e.sign(2, "2026-11-30");
    return e;
}

}  // namespace cmcsim::test
