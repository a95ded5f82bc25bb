#include <gtest/gtest.h>

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "TestFiles.h"
#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/scenario/ScenarioWriter.h"

using namespace cmcsim;
using test::reference;

namespace {

Scenario load(const std::string& text) {
    return ScenarioLoader(reference()).fromText(text, "t.json");
}

Scenario fixture(const std::string& name) {
    return ScenarioLoader(reference()).fromFile(test::fixturePath("scenarios/" + name));
}

// Every scenario the tests round-trip: the bundled ones and the fixtures with tenders.
std::vector<Scenario> sources() {
    std::vector<Scenario> out;
    for (const auto& bundled : test::bundledLibrary().scenarios())
        out.push_back(test::bundledScenario(bundled.id));
    out.push_back(fixture("minimal.json"));
    out.push_back(fixture("tender.json"));
    return out;
}

// Mutations reaching every field the bundled files leave at a default or never use.
const std::vector<std::pair<std::string, std::function<void(Scenario&)>>> kMutations = {
    {"author and version",
     [](Scenario& s) {
         s.author = "Centre de formation « Atlantique »";
         s.version = "2.1";
     }},
    {"title and brief",
     [](Scenario& s) {
         s.title = "Titre modifié : accents éèà";
         s.brief = "Ligne 1\nLigne 2\tavec tabulation";
     }},
    {"dates, seed",
     [](Scenario& s) {
         s.startDate = *Date::parseIso("2025-03-03");
         s.durationWeeks = 13;
         s.seed = 9007199254740992ULL;
     }},
    {"territory of three kinds",
     [](Scenario& s) {
         s.departements = {"15"};
         s.communes = {"76540", "76758"};
         s.around = {{"69123", 12.5}};
         s.establishmentCount = 1234;
         s.densityShare.reset();
     }},
    {"density share",
     [](Scenario& s) {
         s.establishmentCount.reset();
         s.densityShare = 0.123456789;
     }},
    {"division weights and size bands",
     [](Scenario& s) {
         s.sectionWeights.clear();
         s.divisionWeights = {{"01", 2.5}, {"56", 10}, {"62", 0}};
         s.sizeProfile.clear();
         s.sizeBandWeights = {70, 8.4, 6.3, 0, 2.9, 1.8, 3.4, 0.1};
     }},
    {"section weights",
     [](Scenario& s) {
         s.divisionWeights.clear();
         s.sectionWeights = {{"C", 1}, {"G", 0.3333333333333333}};
     }},
    {"players",
     [](Scenario& s) {
         s.competitors.resize(1);
         s.competitors[0] = {
             "rival-1", "Rival Un", "institution_prevoyance", "ip_paritaire", 0.55, 0.93, 3, 0.71};
         s.mutuelle.marketShare = 0.45;
         s.mutuelle.archetype.clear();
         s.mutuelle.priceLevel = 1.07;
         for (auto& e : s.events)  // a scripted rise names a competitor of the scenario
             if (!e.competitor.empty()) e.competitor = "rival-1";
     }},
    {"policy with negotiation",
     [](Scenario& s) {
         s.policy.prioritySegments = {{"PME du BTP", {"F"}, {}, {"20-49", "50-99"}, {"1597"}}};
         s.policy.excludedSegments = {{"HCR", {}, {"55", "56"}, {}, {}}};
         s.policy.newContracts = 42;
         s.policy.annualPremiumEur = 123456.78;
         s.policy.budgetEur = 15000;
         s.policy.analysisDays = 4.5;
         s.policy.sellerDiscountPct = 3;
         s.policy.managerDiscountPct = 8.5;
         s.policy.managerAgreementMinutes = 120;
     }},
    {"traps and quirks",
     [](Scenario& s) { s.traps = {0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.7, 0.08, 0.09}; }},
    {"studies",
     [](Scenario& s) {
         s.studies = {{"etude-1", "donnees_branche", "Données de branche", "Ce que l'on reçoit",
                       2500.5, 1.5}};
     }},
    {"portfolio", [](Scenario& s) { s.portfolio = {8, 30, 0.95, 0.7, 0.3, 0.5}; }},
    {"tenders",
     [](Scenario& s) {
         TenderSpec byCriteria;
         byCriteria.id = "ao-transport";
         byCriteria.minEmployees = 100;
         byCriteria.sections = {"H"};
         byCriteria.brokerOnly = true;
         byCriteria.publicationWeek = 1;
         byCriteria.questionWeek = 2;
         byCriteria.submissionWeek = 3;
         byCriteria.awardWeek = 4;
         byCriteria.level = 2;
         byCriteria.provident = true;
         byCriteria.structure = "uniforme";
         byCriteria.pmss = true;
         byCriteria.weights = {
             {"prix", 40}, {"garanties", 30}, {"services", 10}, {"gestion", 10}, {"dossier", 10}};
         byCriteria.documents = {"ipid"};
         byCriteria.questions = {"tiers_payant"};
         TenderSpec bySiret;
         bySiret.id = "ao-siret";
         bySiret.siret = 1234567800012ULL;  // written with its leading zero
         bySiret.documents = {"kbis"};
         s.tenders = {byCriteria, bySiret};
     }},
    {"events",
     [](Scenario& s) {
         s.events = {{"hausse", "hausse_concurrent", 1, s.competitors[0].id, 0.055, 0, "Hausse"},
                     {"seuil", "franchissement_seuil", 1, "", 0, 50, ""},
                     {"derive", "derive_sinistralite", s.durationWeeks, "", 0, 0, "{entreprise}"}};
     }},
};

}  // namespace

TEST(ScenarioWriter, EveryBundledScenarioAsV1LoadsEqualToItsV2Form) {
    for (const auto& s : sources()) {
        const auto text = ScenarioWriter::toJson(s);
        EXPECT_NE(text.find("\"format\": \"cmcsim-scenario/2\""), std::string::npos);
        const auto again = load(text);
        EXPECT_TRUE(again.sameContent(s)) << s.id << "\n" << text;
        EXPECT_EQ(ScenarioWriter::toJson(again), text) << s.id;  // a fixed point
    }
}

TEST(ScenarioWriter, EveryMutatedFieldRoundTrips) {
    for (const auto& s : sources())
        for (const auto& [name, mutate] : kMutations) {
            auto mutated = s;
            mutate(mutated);
            ASSERT_FALSE(mutated.sameContent(s)) << name << " changes nothing in " << s.id;
            const auto text = ScenarioWriter::toJson(mutated);
            const auto problems = test::inputProblems([&] { load(text); });
            ASSERT_TRUE(problems.empty())
                << s.id << ", " << name << ": " << problems[0].where << " : " << problems[0].what;
            EXPECT_TRUE(load(text).sameContent(mutated)) << s.id << ", " << name << "\n" << text;
        }
}

TEST(ScenarioWriter, WritesTheDocumentedLayout) {
    const auto text = ScenarioWriter::toJson(fixture("minimal.json"));
    // Pretty-printed with two spaces, the keys in the order of docs/scenario-format.md.
    EXPECT_TRUE(text.starts_with(
        "{\n  \"format\": \"cmcsim-scenario/2\",\n  \"id\": \"minimal\",\n  \"title\": \"Sc"))
        << text;
    const auto json = nlohmann::ordered_json::parse(text);
    std::vector<std::string> keys;
    for (const auto& item : json.items()) keys.push_back(item.key());
    const std::vector<std::string> documented = {
        "format",   "id",           "title",          "brief",    "start_date", "duration_weeks",
        "seed",     "territory",    "establishments", "sectors",  "size_mix",   "competitors",
        "mutuelle", "data_quality", "studies",        "portfolio"};
    EXPECT_EQ(keys, documented);
    // Whole numbers without a decimal point, others exactly.
    EXPECT_NE(text.find("\"budget_eur\": 1000,"), std::string::npos);
    EXPECT_NE(text.find("\"market_share\": 0.9,"), std::string::npos);
    EXPECT_EQ(text.back(), '\n');
}

TEST(ScenarioWriter, V1MigratesAndV2KeysNeedV2) {
    const auto v1 = test::readFile(test::fixturePath("scenarios/minimal.json"));
    auto json = nlohmann::ordered_json::parse(v1);
    const auto fromV1 = load(v1);
    EXPECT_TRUE(fromV1.author.empty());
    json["format"] = "cmcsim-scenario/2";
    EXPECT_TRUE(load(json.dump()).sameContent(fromV1));  // v1 is v2 without author and version
    json["author"] = "Formateur";
    json["version"] = "1.0";
    const auto v2 = load(json.dump());
    EXPECT_EQ(v2.author, "Formateur");
    EXPECT_EQ(v2.version, "1.0");
    // A v1 file cannot hold the v2 keys, and an unknown version is named.
    json["format"] = "cmcsim-scenario/1";
    const auto problems = test::inputProblems([&] { load(json.dump()); });
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].where, "t.json $.author");
    EXPECT_NE(problems[0].what.find("cmcsim-scenario/2"), std::string::npos);
    json["format"] = "cmcsim-scenario/3";
    const auto unknown = test::inputProblems([&] { load(json.dump()); });
    ASSERT_EQ(unknown.size(), 1u);
    EXPECT_EQ(unknown[0].where, "t.json $.format");
}
