#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "TestJournal.h"
#include "TestMarkets.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/tender/TenderBook.h"
#include "cmcsim/tender/TenderDesk.h"

namespace cmcsim::test {

// The tender fixture: the minimal scenario with two competitors and the declared tender
// "ao-yvetot" (published week 1, questions until week 2, submission until week 3, level 2,
// health, isolé / famille in euros, weights 40/20/15/15/10, documents ipid and
// tableau_garanties, questions tiers_payant and portabilite).
inline const Scenario& tenderScenario() {
    static const Scenario scenario =
        ScenarioLoader(reference()).fromFile(fixturePath("scenarios/tender.json"));
    return scenario;
}

inline const Market& tenderMarket() {
    static const Market market = MarketGenerator(reference(), tenderScenario()).generate();
    return market;
}

inline const Tender& yvetotTender() {
    static const TenderBook book = TenderBook::of(tenderScenario(), reference(), tenderMarket());
    return *book.find("ao-yvetot");
}

// An offer to the tender's company: health at `product` in `structure`, and provident when asked.
inline nlohmann::json tenderOffer(const std::string& product = "sante_essentiel",
                                  const std::string& structure = "isole_famille",
                                  bool provident = false) {
    nlohmann::json category = {
        {"categorie", "ensemble"},
        {"sante", {{"produit", product}, {"structure", structure}, {"part_employeur_pct", 50}}}};
    if (structure == "uniforme") category["sante"]["ayants_droit"] = "obligatoires";
    if (provident)
        category["prevoyance"] = {{"produit", "prev_essentiel"}, {"part_employeur_pct", 100}};
    return {{"format", "cmcsim-offre/1"},
            {"titre", "Réponse à l'appel d'offres"},
            {"date_effet", "2026-04-01"},
            {"categories", nlohmann::json::array({category})},
            {"services", nlohmann::json::array({"tiers_payant"})}};
}

// Appends a tender command as AttemptSession::execute writes it: the limits checked when a
// command is written (TenderFile::checkWrite), then the journal's fold; the problems of its
// refusal, none when accepted.
inline std::vector<Problem> written(JournalBuilder& b, const std::string& kind,
                                    const nlohmann::json& payload) {
    auto problems = inputProblems(
        [&] { b.state().tenders().checkWrite(kind, payload, tenderScenario(), "écriture"); });
    return problems.empty() ? b.add(kind, payload) : problems;
}

// A journal on the fixture with the specifications of "ao-yvetot" read.
inline JournalBuilder readTender() {
    JournalBuilder b(tenderScenario(), tenderMarket());
    const TenderDesk desk(reference(), tenderScenario(), tenderMarket(), b.state());
    b.add(command::kTenderRead, *desk.readCommand("ao-yvetot"));
    return b;
}

// A complete draft for "ao-yvetot" with offer version `version`.
inline nlohmann::json completeDraft(int version) {
    return {{"ao", "ao-yvetot"},
            {"version", version},
            {"reponses",
             {{"tiers_payant",
               "Notre carte de tiers payant dispense les salariés de l'avance de frais chez les "
               "pharmaciens, les laboratoires, les radiologues et les hôpitaux. Notre réseau "
               "partenaire de plus de huit mille opticiens et dentistes conventionnés garantit "
               "en outre des tarifs négociés."},
              {"portabilite",
               "La portabilité est gérée dès la fin du contrat de travail sur simple "
               "déclaration de l'employeur, à titre gratuit pendant douze mois au plus. Le "
               "maintien Évin est proposé par courrier aux anciens salariés dans les deux "
               "mois."}}},
            {"documents", {"ipid", "tableau_garanties"}}};
}

}  // namespace cmcsim::test
