#include <gtest/gtest.h>

#include "TenderTestKit.h"
#include "cmcsim/reference/TenderReference.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

// The fixture's text with its "appels_offres" block replaced.
std::string withTenders(const nlohmann::json& tenders) {
    auto json = nlohmann::json::parse(readFile(fixturePath("scenarios/tender.json")));
    json["appels_offres"] = tenders;
    return json.dump();
}

std::vector<Problem> loadProblems(const std::string& text) {
    return inputProblems([&] { ScenarioLoader(reference()).fromText(text, "ao.json"); });
}

bool hasProblem(const std::vector<Problem>& problems, const std::string& where,
                const std::string& what) {
    for (const auto& p : problems)
        if (p.where.find(where) != std::string::npos && p.what.find(what) != std::string::npos)
            return true;
    return false;
}

}  // namespace

// The declared tender picks a company matching its criteria (at least 10 employees) whose first
// establishment (the head office when it is in the territory) the prospect file lists, and keeps
// its stated terms.
TEST(TenderBook, ResolvesTheScenarioTender) {
    const auto& t = yvetotTender();
    EXPECT_FALSE(t.fromGenerator);
    EXPECT_EQ(t.awardWeek, 5);  // 3 + delai_attribution (2)
    EXPECT_EQ(t.questions, (std::vector<std::string>{"tiers_payant", "portabilite"}));
    const auto& market = tenderMarket();
    const auto establishment =
        std::find_if(market.establishments.begin(), market.establishments.end(),
                     [&](const Establishment& e) { return e.siret == t.siret; });
    ASSERT_NE(establishment, market.establishments.end());
    EXPECT_GE(market.companies[establishment->company].headcount, 10u);
    EXPECT_EQ(market.companies[establishment->company].firstEstablishment,
              static_cast<std::uint32_t>(establishment - market.establishments.begin()));
    // The same scenario and market give the same book.
    const auto again = TenderBook::of(tenderScenario(), reference(), market);
    EXPECT_EQ(again.find("ao-yvetot")->siret, t.siret);
}

// The Rouen scenario declares none: the generator gives it at least one, from a company of 50
// employees or more, with terms keyed by (seed, SIRET) found again from its id alone.
TEST(TenderBook, GeneratorGivesEveryScenarioATender) {
    const auto book = TenderBook::of(rouenScenario(), reference(), rouenMarket());
    ASSERT_FALSE(book.tenders.empty());
    EXPECT_LE(book.tenders.size(),
              static_cast<std::size_t>(TenderReference::installed().parameters.maxGenerated));
    for (const auto& t : book.tenders) {
        EXPECT_TRUE(t.fromGenerator);
        EXPECT_EQ(t.id, Tender::generatedId(t.siret));
        const auto found = Tender::find(rouenScenario(), TenderReference::installed(), t.id);
        ASSERT_TRUE(found);
        EXPECT_EQ(found->submissionWeek, t.submissionWeek);
        EXPECT_EQ(found->documents, t.documents);
        EXPECT_LE(t.awardWeek, rouenScenario().durationWeeks);
        int weights = 0;
        for (const auto& [_, w] : t.weights) weights += w;
        EXPECT_EQ(weights, 100);
        EXPECT_NE(std::find(t.documents.begin(), t.documents.end(), "ipid"), t.documents.end());
    }
}

TEST(TenderBook, WeekOfTheSimulatedDate) {
    const auto& s = tenderScenario();  // starts Monday 5 January 2026
    EXPECT_EQ(Tender::weekOf(s, s.startDate), 1);
    EXPECT_EQ(Tender::weekOf(s, s.startDate.plusDays(6)), 1);
    EXPECT_EQ(Tender::weekOf(s, s.startDate.plusDays(7)), 2);
}

TEST(TenderScenario, ErrorsNameTheirJsonPath) {
    const auto problems = loadProblems(withTenders(nlohmann::json::array({{
        {"id", "ao-test"},
        {"entreprise", {{"sections", {"Z"}}}},
        {"semaine_publication", 3},
        {"semaine_limite_questions", 2},
        {"semaine_limite_depot", 9},
        {"niveau", 5},
        {"produits", {"optique"}},
        {"structure", "adulte_enfant"},
        {"criteres", {{"prix", 60}, {"garanties", 30}, {"delai", 10}}},
        {"documents", {"ipid", "bilan"}},
        {"questions", {"tiers_payant"}},
        {"couleur", "bleu"},
    }})));
    const std::string at = "$.appels_offres[0]";
    EXPECT_TRUE(hasProblem(problems, at + ".entreprise.sections[0]", "section NAF inconnue"));
    EXPECT_TRUE(hasProblem(problems, at + ".semaine_limite_questions", "semaine de publication"));
    EXPECT_TRUE(hasProblem(problems, at + ".semaine_limite_depot", ""));  // beyond 8 weeks
    EXPECT_TRUE(hasProblem(problems, at + ".niveau", ""));
    EXPECT_TRUE(hasProblem(problems, at + ".produits[0]", "sante ou prevoyance"));
    EXPECT_TRUE(hasProblem(problems, at + ".structure", "isole_famille ou uniforme"));
    EXPECT_TRUE(hasProblem(problems, at + ".criteres.delai", "critère inconnu"));
    EXPECT_TRUE(hasProblem(problems, at + ".criteres",
                           "la somme des poids doit valoir 100 (elle vaut 90)"));
    EXPECT_TRUE(hasProblem(problems, at + ".documents[1]", "ao_documents.csv"));
    EXPECT_TRUE(hasProblem(problems, at + ".couleur", ""));
}

TEST(TenderScenario, IdsAreUniqueAndNotTheGeneratorsPattern) {
    const nlohmann::json one = {{"id", "ao-12345678901234"}, {"entreprise", {{"effectif_min", 10}}},
                                {"semaine_publication", 1},  {"semaine_limite_questions", 1},
                                {"semaine_limite_depot", 2}, {"niveau", 2},
                                {"produits", {"sante"}},     {"documents", {"ipid"}}};
    const auto problems = loadProblems(withTenders(nlohmann::json::array({one, one})));
    EXPECT_TRUE(hasProblem(problems, "$.appels_offres[0].id", "réservé aux appels générés"));
    EXPECT_TRUE(hasProblem(problems, "$.appels_offres[1].id", "déjà utilisé"));
    // Without the block, a scenario loads as before.
    auto json = nlohmann::json::parse(readFile(fixturePath("scenarios/tender.json")));
    json.erase("appels_offres");
    EXPECT_TRUE(loadProblems(json.dump()).empty());
}

TEST(TenderReferenceData, DefaultWeightsSumTo100) {
    int sum = 0;
    for (const auto& c : TenderReference::installed().criteria) sum += c.defaultWeight;
    EXPECT_EQ(sum, 100);
    EXPECT_NE(TenderReference::installed().document("rapport_solvabilite"), nullptr);
}

// Default weights must sum to 100: 30 instead of 35 for prix is refused, naming the file.
TEST(TenderReferenceData, WeightsNotSumming100AreRefused) {
    TempDir dir;
    for (const char* name :
         {"ao_criteres.csv", "ao_questions.csv", "ao_documents.csv", "ao_reponses.csv",
          "ao_parametres.csv", "ao_tournures_affirmatives.csv"})
        writeFile(dir / name, readFile(sourceRoot() / "datasets" / name));
    auto text = readFile(dir / "ao_criteres.csv");
    const auto at = text.find("prix,Prix,35,");
    ASSERT_NE(at, std::string::npos);
    text.replace(at, 13, "prix,Prix,30,");
    writeFile(dir / "ao_criteres.csv", text);
    const auto problems = inputProblems([&] { TenderReference::load(dir.path()); });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].where, "datasets/ao_criteres.csv");
    EXPECT_NE(problems[0].what.find("elle vaut 95"), std::string::npos) << problems[0].what;
}
