#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "../support/HealthOffer.h"
#include "TestAttempts.h"
#include "cmcsim/assess/Assessment.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/store/AttemptSession.h"

namespace cmcsim::test {

// The minimal scenario with a competitor-intelligence study to buy (it reveals every line's
// current cover), for the attempts of the Bloc 4 assessors.
inline const Scenario& offerScenario() {
    static const Scenario scenario = [] {
        auto json = nlohmann::json::parse(readFile(fixturePath("scenarios/minimal.json")));
        json["studies"] = nlohmann::json::array(
            {{{"id", "veille"},
              {"kind", "veille_concurrentielle"},
              {"title", "Veille concurrentielle"},
              {"description", "Assureur, niveau et échéance actuels de chaque entreprise."},
              {"cost_eur", 500},
              {"days", 0.5}}});
        return ScenarioLoader(reference()).fromText(json.dump(), "minimal-veille");
    }();
    return scenario;
}

// An attempt of offerScenario() to which a test saves offers, and what the assessors say of it.
class OfferAttempt {
public:
    OfferAttempt()
        : file_(createAttempt(offerScenario(), dir_, "offres.cmc")), session_(file_, reference()) {}

    AttemptSession& session() { return session_; }
    const Market& market() const { return session_.attempt().market(); }

    // The first line listing an open establishment under its own SIRET, the only line of a company
    // with one establishment and no collective agreement, with at least `minEmployees` employees
    // and a current health contract of `level` (0: none). Fails the test when the market has none.
    std::uint32_t line(int level, std::uint32_t minEmployees = 5) const {
        const auto& m = market();
        for (std::uint32_t i = 0; i < m.prospects.size(); ++i) {
            const auto& p = m.prospects[i];
            const auto& e = m.establishments[p.establishment];
            const auto& c = m.companies[e.company];
            const int current = c.health.insurer < 0 ? 0 : c.health.level;
            const auto sameCompany = std::count_if(
                m.prospects.begin(), m.prospects.end(),
                [&](const ProspectRecord& q) { return q.siret / 100000 == p.siret / 100000; });
            if (p.siret == e.siret && !e.closed && c.establishmentCount == 1 && c.idcc < 0 &&
                p.idcc < 0 && e.headcount >= minEmployees && current == level && sameCompany == 1)
                return i;
        }
        ADD_FAILURE() << "no line of level " << level << " in the minimal market";
        return 0;
    }
    std::string siret(std::uint32_t line) const {
        return siret::formatSiret(market().prospects[line].siret);
    }

    std::int64_t execute(const std::string& kind, const nlohmann::json& payload) {
        return session_.execute(kind, payload).sequence;
    }
    std::int64_t requestCensus(std::uint32_t line) {
        return execute(command::kCensusRequest, {{"ligne", line}});
    }
    std::int64_t verify(std::uint32_t line) { return execute(command::kVerify, {{"ligne", line}}); }
    std::int64_t buyIntelligence() { return execute(command::kBuyStudy, {{"etude", "veille"}}); }
    // Everything a diagnosis needs: the census, the verified line, the current cover.
    void diagnose(std::uint32_t line) {
        requestCensus(line);
        verify(line);
        if (!session_.state().studies().contains("veille")) buyIntelligence();
    }
    std::int64_t save(std::uint32_t line, const nlohmann::json& offer) {
        return execute(command::kSaveOffer, {{"siret", siret(line)}, {"offre", offer}});
    }

    // The result of the registered assessor `id` on the attempt as it is now, with its default
    // thresholds (datasets/seuils_evaluation.csv) changed by `changed`; every name must be one the
    // assessor declares.
    IndicatorResult assess(const std::string& id,
                           const std::map<std::string, double>& changed = {}) const {
        const auto& definitions = AssessorRegistry::all();
        const auto it = definitions.find(id);
        if (it == definitions.end()) {
            ADD_FAILURE() << "assessor " << id << " is not registered";
            return {};
        }
        auto values = defaults(id);
        for (const auto& [name, value] : changed) values[name] = value;
        for (const auto& [name, value] : values)
            EXPECT_NE(std::find(it->second.thresholds.begin(), it->second.thresholds.end(), name),
                      it->second.thresholds.end())
                << id << " does not declare " << name;
        const AssessmentContext context{session_.attempt().scenario(), market(), reference(),
                                        session_.attempt().journal(), session_.state()};
        return it->second.assess(context, AssessorThresholds(values), "B4.3", "B4.3.1");
    }

    // The thresholds of datasets/seuils_evaluation.csv, as written there.
    static std::map<std::string, double> defaults(const std::string& id) {
        const std::map<std::string, std::map<std::string, double>> all = {
            {"diagnostic.situation", {{"score_acquis", 80}, {"score_partiel", 50}}},
            {"offre.besoins_ecrits",
             {{"longueur_min_caracteres", 100},
              {"themes_attendus", 3},
              {"score_acquis", 80},
              {"score_partiel", 50}}},
            {"offre.adequation",
             {{"ecart_niveau_hausse_max", 1},
              {"ecart_niveau_baisse_max", 0},
              {"part_masse_salariale_max_pct", 6},
              {"score_acquis", 80},
              {"score_partiel", 50}}},
            {"offre.simulation_couts",
             {{"ecart_cout_max_pct", 10}, {"score_acquis", 80}, {"score_partiel", 50}}},
            {"offre.risques",
             {{"sp_min_pct", 60},
              {"sp_max_pct", 100},
              {"proba_perte_max_pct", 50},
              {"score_acquis", 80},
              {"score_partiel", 50}}},
            {"offre.conformite", {{"versions_non_conformes_max", 0}}},
            {"offre.comparaison_contrat",
             {{"baisse_prestations_max_pct", 0},
              {"hausse_cotisation_max_pct", 30},
              {"score_acquis", 80},
              {"score_partiel", 50}}},
            {"offre.avantages_sociaux",
             {{"excedent_reintegre_max_eur", 0}, {"score_acquis", 80}, {"score_partiel", 50}}},
        };
        return all.at(id);
    }

private:
    TempDir dir_;
    std::filesystem::path file_;
    AttemptSession session_;
};

// The evidence of `result` whose value contains `part`, or null.
inline const Evidence* evidenceWith(const IndicatorResult& result, const std::string& part) {
    for (const auto& e : result.evidence)
        if (e.value.find(part) != std::string::npos) return &e;
    return nullptr;
}

}  // namespace cmcsim::test
