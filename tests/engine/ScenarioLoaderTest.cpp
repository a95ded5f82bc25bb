#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "TestFiles.h"
#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/scenario/ScenarioSize.h"

using namespace cmcsim;
using nlohmann::json;
using test::inputProblems;
using test::reference;

namespace {
json minimalJson() {
    return json::parse(test::readFile(test::fixturePath("scenarios/minimal.json")));
}

std::vector<Problem> problemsOf(const std::string& text) {
    return inputProblems([&] { ScenarioLoader(reference()).fromText(text, "t.json"); });
}

// The JSON paths of the problems, without the "t.json " prefix the loader adds.
std::vector<std::string> places(const std::vector<Problem>& problems) {
    std::vector<std::string> out;
    for (const auto& p : problems)
        out.push_back(p.where.starts_with("t.json ") ? p.where.substr(7) : p.where);
    return out;
}

std::string allOf(const std::vector<Problem>& problems) {
    std::string text;
    for (const auto& p : problems) text += p.where + " : " + p.what + "\n";
    return text;
}
}  // namespace

TEST(ScenarioLoader, EveryBundledScenarioLoads) {
    const auto& library = test::bundledLibrary();
    ASSERT_EQ(library.scenarios().size(), 3u);  // scenarios/index.json
    for (const auto& bundled : library.scenarios()) {
        const auto problems =
            inputProblems([&] { ScenarioLoader(reference()).fromFile(bundled.path); });
        EXPECT_TRUE(problems.empty()) << bundled.path << "\n" << allOf(problems);
        const auto s = ScenarioLoader(reference()).fromFile(bundled.path);
        EXPECT_EQ(s.id, bundled.id);
        EXPECT_EQ(s.id + ".json", bundled.path.filename().string());  // file named after its id
        EXPECT_EQ(s.sourceJson, test::readFile(bundled.path));        // kept verbatim
    }
}

TEST(ScenarioLoader, MinimalScenarioLoadsWithItsValues) {
    const auto& s = test::minimalScenario();
    EXPECT_EQ(s.id, "minimal");
    EXPECT_EQ(s.startDate.iso(), "2026-01-05");
    EXPECT_EQ(s.durationWeeks, 4);
    EXPECT_EQ(s.seed, 1u);
    EXPECT_EQ(s.communes, std::vector<std::string>{"76758"});
    EXPECT_EQ(s.establishmentCount, 200);
    EXPECT_FALSE(s.densityShare.has_value());
    EXPECT_EQ(s.sectorProfile, "urssaf-ze-rouen-2022");
    EXPECT_EQ(s.sizeProfile, "urssaf-france-2024");
    ASSERT_EQ(s.competitors.size(), 1u);
    EXPECT_EQ(s.competitors[0].id, "concurrent-a");
    EXPECT_EQ(s.competitors[0].marketShare, 0.9);
    EXPECT_EQ(s.mutuelle.id, "mutuelle");
    EXPECT_EQ(s.mutuelle.marketShare, 0.1);
    ASSERT_EQ(s.policy.prioritySegments.size(), 1u);
    EXPECT_EQ(s.policy.prioritySegments[0].sizeBands, std::vector<std::string>{"0-9"});
    EXPECT_EQ(s.policy.newContracts, 5);
    EXPECT_EQ(s.traps.closed, 0.05);
    EXPECT_TRUE(s.studies.empty());
}

TEST(ScenarioLoader, BadFixturesNameTheExpectedPlace) {
    // tests/fixtures/scenarios/bad/EXPECTED.md: one defect per file, so exactly one problem,
    // whose place is the file name then the JSON path (or file:line:column for bad JSON).
    struct Case {
        const char* file;
        std::string place;
        std::string keyWords;
    };
    const std::vector<Case> cases = {
        {"unknown-key.json", "$.competitors[0].notoriete", "clé inconnue"},
        {"wrong-type.json", "$.duration_weeks", "entier compris entre 1 et 104"},
        {"out-of-range.json", "$.data_quality.closed", "entre 0 et 0,5"},
        {"unknown-commune.json", "$.territory.communes[0]", "commune inconnue « 76999 »"},
        {"unknown-section.json", "$.sectors.sections.Z", "section NAF inconnue"},
        {"shares-not-one.json", "$.competitors", "elle vaut 0,900"},
        {"sections-and-divisions.json", "$.sectors", "pas les deux"},
        {"duplicate-competitor-id.json", "$.competitors[1].id", "« concurrent-a » déjà utilisé"},
        {"not-an-object.json", "$", "doit être un objet JSON"},
        // Cases R9 and R12 of the reliability review.
        {"number-overflow.json", "$.establishments.density_share",
         "« 1e400 » ; doit être un nombre compris entre 0 (exclu) et 5"},
        {"empty-commune.json", "$.territory.communes[0]", "ne doit pas être vide"},
        {"truncated.json", ":15:16", "tronqué"},
    };
    for (const auto& c : cases) {
        const auto path = test::fixturePath(std::string("scenarios/bad/") + c.file);
        const auto problems = inputProblems([&] { ScenarioLoader(reference()).fromFile(path); });
        ASSERT_EQ(problems.size(), 1u) << c.file << "\n" << allOf(problems);
        const auto expected =
            c.place.starts_with(":") ? path.string() + c.place : path.string() + " " + c.place;
        EXPECT_EQ(problems[0].where, expected) << c.file;
        EXPECT_NE(problems[0].what.find(c.keyWords), std::string::npos)
            << c.file << ": " << problems[0].what;
    }
}

TEST(ScenarioLoader, EachDefectIsReportedAtItsPath) {
    struct Case {
        const char* name;
        std::function<void(json&)> edit;
        std::vector<std::string> places;  // every problem expected, in the loader's order
        std::string keyWords;             // in the first problem's reason
    };
    const std::vector<Case> cases = {
        {"unknown key at depth",
         [](json& j) { j["mutuelle"]["policy"]["objectives"]["bonus"] = 1; },
         {"$.mutuelle.policy.objectives.bonus"},
         "clé inconnue"},
        {"unknown key in an around entry",
         [](json& j) {
             j["territory"]["around"] =
                 json::parse(R"([{"commune": "76540", "radius_km": 10, "rayon": 3}])");
         },
         {"$.territory.around[0].rayon"},
         "clé inconnue"},
        {"mutuelle has no id",
         [](json& j) { j["mutuelle"]["id"] = "mutuelle"; },
         {"$.mutuelle.id"},
         "clé inconnue"},
        {"missing required key",
         [](json& j) { j.erase("title"); },
         {"$.title"},
         "champ obligatoire manquant"},
        {"missing required object",
         [](json& j) { j.erase("data_quality"); },
         {"$.data_quality"},
         "champ obligatoire"},
        {"seed as a string", [](json& j) { j["seed"] = "1"; }, {"$.seed"}, "entier"},
        {"duration as 4.0",
         [](json& j) { j["duration_weeks"] = 4.0; },
         {"$.duration_weeks"},
         "entier compris entre 1 et 104"},
        {"territory as a string",
         [](json& j) { j["territory"] = "76"; },
         {"$.territory"},
         "objet JSON"},
        {"competitors as an object",
         [](json& j) { j["competitors"] = json::object(); },
         {"$.competitors"},
         "tableau JSON"},
        {"duration 0",
         [](json& j) { j["duration_weeks"] = 0; },
         {"$.duration_weeks"},
         "entre 1 et 104"},
        {"duration 105",
         [](json& j) { j["duration_weeks"] = 105; },
         {"$.duration_weeks"},
         "entre 1 et 104"},
        {"negative seed", [](json& j) { j["seed"] = -1; }, {"$.seed"}, "entier"},
        {"count 0",
         [](json& j) { j["establishments"]["count"] = 0; },
         {"$.establishments.count"},
         "entier"},
        {"density 0",
         [](json& j) {
             j["establishments"] = json{{"density_share", 0}};
         },
         {"$.establishments.density_share"},
         "0 (exclu)"},
        {"density 8",
         [](json& j) {
             j["establishments"] = json{{"density_share", 8}};
         },
         {"$.establishments.density_share"},
         "entre 0 (exclu) et 5"},
        {"count and density",
         [](json& j) { j["establishments"]["density_share"] = 1; },
         {"$.establishments"},
         "soit « count », soit « density_share »"},
        {"price level 0.4",
         [](json& j) { j["competitors"][0]["price_level"] = 0.4; },
         {"$.competitors[0].price_level"},
         "entre 0,5 et 2"},
        {"guarantee level 5",
         [](json& j) { j["competitors"][0]["guarantee_level"] = 5; },
         {"$.competitors[0].guarantee_level"},
         "entre 1 et 4"},
        {"service quality 1.5",
         [](json& j) { j["mutuelle"]["service_quality"] = 1.5; },
         {"$.mutuelle.service_quality"},
         "entre 0 et 1"},
        {"radius 500",
         [](json& j) {
             j["territory"]["around"] = json::parse(R"([{"commune": "76540", "radius_km": 500}])");
         },
         {"$.territory.around[0].radius_km"},
         "entre 1 et 300"},
        {"trap as a percentage",
         [](json& j) { j["data_quality"]["wrong_naf"] = 5; },
         {"$.data_quality.wrong_naf"},
         "entre 0 et 0,5"},
        {"study of 61 days",
         [](json& j) {
             j["studies"] = json::parse(R"([{"id": "etude", "kind": "donnees_branche", "title": "T",
                                             "description": "D", "cost_eur": 100, "days": 61}])");
         },
         {"$.studies[0].days"},
         "entre 0 et 60"},
        {"unknown commune",
         [](json& j) { j["territory"]["communes"][0] = "76999"; },
         {"$.territory.communes[0]"},
         "commune inconnue « 76999 »"},
        {"unknown département",
         [](json& j) {
             j["territory"]["departements"] = json::array({"76", "20"});
         },
         {"$.territory.departements[1]"},
         "département inconnu « 20 »"},
        {"unknown around commune",
         [](json& j) {
             j["territory"]["around"] = json::parse(R"([{"commune": "76000", "radius_km": 10}])");
         },
         {"$.territory.around[0].commune"},
         "commune inconnue « 76000 »"},
        {"empty territory",
         [](json& j) { j["territory"] = json::object(); },
         {"$.territory"},
         "au moins un département"},
        {"sections and divisions",
         [](json& j) {
             j["sectors"]["sections"] = json{{"G", 1}};
             j["sectors"]["divisions"] = json{{"47", 1}};
         },
         {"$.sectors"},
         "pas les deux"},
        {"division 04",
         [](json& j) {
             j["sectors"]["divisions"] = json{{"04", 1}, {"47", 1}};
         },
         {"$.sectors.divisions.04"},
         "division NAF inconnue"},
        {"all section weights zero",
         [](json& j) {
             j["sectors"]["sections"] = json{{"G", 0}, {"F", 0}};
         },
         {"$.sectors.sections"},
         "strictement positif"},
        {"unknown sector profile",
         [](json& j) { j["sectors"]["profile"] = "urssaf-ze-lyon"; },
         {"$.sectors.profile"},
         "profil inconnu"},
        {"unknown size band",
         [](json& j) {
             j["size_mix"] = json{{"bands", {{"10-49", 1}, {"0-9", 1}}}};
         },
         {"$.size_mix.bands.10-49"},
         "tranche inconnue"},
        {"shares sum to 0.95",
         [](json& j) { j["competitors"][0]["market_share"] = 0.85; },
         {"$.competitors"},
         "elle vaut 0,950"},
        {"share 0",
         [](json& j) { j["competitors"][0]["market_share"] = 0; },
         {"$.competitors[0].market_share", "$.competitors"},
         "0 (exclu)"},
        {"duplicate competitor id",
         [](json& j) {
             j["competitors"][0]["market_share"] = 0.45;
             auto second = j["competitors"][0];
             second["name"] = "Concurrent B";
             j["competitors"].push_back(second);
         },
         {"$.competitors[1].id"},
         "« concurrent-a » déjà utilisé"},
        {"two players of one name",
         [](json& j) { j["mutuelle"]["name"] = j["competitors"][0]["name"]; },
         {"$.mutuelle.name"},
         "nom « Concurrent A » déjà utilisé"},
        // Case R12: an empty commune code validated, then generation failed without a file.
        {"empty commune code",
         [](json& j) { j["territory"]["communes"][0] = ""; },
         {"$.territory.communes[0]"},
         "ne doit pas être vide"},
        {"commune listed twice",
         [](json& j) {
             j["territory"]["communes"] = json::array({"76758", "76540", "76758"});
         },
         {"$.territory.communes[2]"},
         "« 76758 » figure déjà en position 0"},
        {"département listed twice",
         [](json& j) {
             j["territory"]["departements"] = json::array({"76", "76"});
         },
         {"$.territory.departements[1]"},
         "figure déjà"},
        // datasets/communes.csv: Beaumont-en-Verdunois (55039), population municipale 0.
        {"commune without inhabitants",
         [](json& j) { j["territory"]["communes"][0] = "55039"; },
         {"$.territory.communes[0]"},
         "n'a aucun habitant"},
        {"territory without inhabitants",
         [](json& j) {
             j["territory"] = json::parse(R"({"around": [{"commune": "55039", "radius_km": 1}]})");
         },
         {"$.territory"},
         "aucun habitant"},
        {"the same centre twice",
         [](json& j) {
             j["territory"]["around"] = json::parse(
                 R"([{"commune": "76540", "radius_km": 5}, {"commune": "76540", "radius_km": 9}])");
         },
         {"$.territory.around[1].commune"},
         "déjà décrit"},
        {"size band listed twice in a segment",
         [](json& j) {
             j["mutuelle"]["policy"]["priority_segments"][0]["size_bands"] =
                 json::array({"0-9", "10-19", "0-9"});
         },
         {"$.mutuelle.policy.priority_segments[0].size_bands[2]"},
         "figure déjà en position 0"},
        {"escape sequence in the title",
         [](json& j) { j["title"] = "Rouen \u001b[2J"; },
         {"$.title"},
         "caractère de contrôle U+001B"},
        {"C1 control in a competitor's name",
         [](json& j) { j["competitors"][0]["name"] = "A\u009b31m"; },
         {"$.competitors[0].name"},
         "caractère de contrôle U+009B"},
        {"no competitor",
         [](json& j) { j["competitors"] = json::array(); },
         {"$.competitors"},
         "de 1 à 20"},
        {"unknown archetype",
         [](json& j) { j["competitors"][0]["archetype"] = "low-cost"; },
         {"$.competitors[0].archetype"},
         "archétype inconnu « low-cost »"},
        {"unknown competitor kind",
         [](json& j) { j["competitors"][0]["kind"] = "assureur"; },
         {"$.competitors[0].kind"},
         "compagnie_assurance attendu"},
        {"segment without criterion",
         [](json& j) { j["mutuelle"]["policy"]["priority_segments"][0].erase("size_bands"); },
         {"$.mutuelle.policy.priority_segments[0]"},
         "au moins un critère"},
        {"segment IDCC without leading zeros",
         [](json& j) {
             j["mutuelle"]["policy"]["excluded_segments"] =
                 json::parse(R"([{"label": "T", "idcc": ["16"]}])");
         },
         {"$.mutuelle.policy.excluded_segments[0].idcc[0]"},
         "IDCC inconnu"},
        {"wrong format",
         [](json& j) { j["format"] = "cmcsim-scenario/3"; },
         {"$.format"},
         "doit valoir \"cmcsim-scenario/2\" (ou \"cmcsim-scenario/1\", migré à la lecture)"},
        {"id with capitals", [](json& j) { j["id"] = "Rouen_ZE"; }, {"$.id"}, "lettres minuscules"},
        {"start date in 2027",
         [](json& j) { j["start_date"] = "2027-01-04"; },
         {"$.start_date"},
         "entre 2024 et 2026"},
        {"start date 2026-02-30",
         [](json& j) { j["start_date"] = "2026-02-30"; },
         {"$.start_date"},
         "AAAA-MM-JJ"},
        {"unknown study kind",
         [](json& j) {
             j["studies"] = json::parse(R"([{"id": "etude", "kind": "sondage", "title": "T",
                                             "description": "D", "cost_eur": 100, "days": 1}])");
         },
         {"$.studies[0].kind"},
         "statistiques_territoire"},
    };
    for (const auto& c : cases) {
        json j = minimalJson();
        c.edit(j);
        const auto problems = problemsOf(j.dump(2));
        EXPECT_EQ(places(problems), c.places) << c.name << "\n" << allOf(problems);
        if (!problems.empty()) {
            EXPECT_NE(problems[0].what.find(c.keyWords), std::string::npos)
                << c.name << ": " << problems[0].what;
        }
    }
}

TEST(ScenarioLoader, MarketSizeIsBoundedWhateverFieldProducesIt) {
    // France at five times its density: 5 × 1 899 633 establishments (URSSAF 2024) ≈ 9.5
    // million, beyond the 3 million a market may hold; at its own density it is accepted.
    json j = minimalJson();
    j["territory"] = json::object();
    for (const auto& d : reference().geography.departements())
        j["territory"]["departements"].push_back(d.code);
    j["establishments"] = json{{"density_share", 5}};
    const auto problems = problemsOf(j.dump());
    ASSERT_EQ(places(problems), std::vector<std::string>{"$.establishments.density_share"})
        << allOf(problems);
    EXPECT_NE(problems[0].what.find("au plus 3 000 000"), std::string::npos) << problems[0].what;
    EXPECT_NE(problems[0].what.find("9 4"), std::string::npos) << problems[0].what;
    j["establishments"] = json{{"density_share", 1}};
    EXPECT_TRUE(problemsOf(j.dump()).empty());
    EXPECT_EQ(ScenarioSize::of(reference(), ScenarioLoader(reference()).fromText(j.dump(), "t"))
                  .establishments,
              1899633u);
}

TEST(ScenarioLoader, RepeatedKeyIsAProblem) {
    auto text = minimalJson().dump(2);
    text.insert(text.find("\"seed\""), "\"seed\": 7,\n  ");
    EXPECT_EQ(places(problemsOf(text)), std::vector<std::string>{"$.seed"});
}

TEST(ScenarioLoader, ReportsEveryProblemAtOnce) {
    json j = minimalJson();
    j["duration_weeks"] = 0;
    j["competitors"][0]["notoriete"] = 0.8;
    j["data_quality"]["closed"] = 0.75;
    j["territory"]["communes"] = json::array({"76758", "76999"});
    const auto p = places(problemsOf(j.dump()));
    EXPECT_GE(p.size(), 4u);
    for (const char* place : {"$.duration_weeks", "$.competitors[0].notoriete",
                              "$.data_quality.closed", "$.territory.communes[1]"})
        EXPECT_NE(std::find(p.begin(), p.end(), place), p.end()) << place;
}

TEST(ScenarioLoader, ProblemPathsKeepArrayIndicesAfterAWrongElement) {
    // A number among the commune codes is a type error at [0]; the unknown commune is still the
    // element at [1] and must be reported there, not at [0].
    json j = minimalJson();
    j["territory"]["communes"] = json::array({76758, "76999"});
    EXPECT_EQ(places(problemsOf(j.dump())),
              (std::vector<std::string>{"$.territory.communes[0]", "$.territory.communes[1]"}));

    json k = minimalJson();
    k["mutuelle"]["policy"]["priority_segments"][0]["size_bands"] = json::array({9, "10-49"});
    EXPECT_EQ(places(problemsOf(k.dump())),
              (std::vector<std::string>{"$.mutuelle.policy.priority_segments[0].size_bands[0]",
                                        "$.mutuelle.policy.priority_segments[0].size_bands[1]"}));
}

TEST(ScenarioLoader, ArchetypeSuppliesDefaults) {
    // mutuelle_regionale in datasets/archetypes_concurrents.csv gives the three levels.
    json j = minimalJson();
    auto& m = j["mutuelle"];
    m.erase("price_level");
    m.erase("guarantee_level");
    m.erase("service_quality");
    m["archetype"] = "mutuelle_regionale";
    const auto s = ScenarioLoader(reference()).fromText(j.dump(), "t.json");
    const CompetitorArchetype* archetype = nullptr;
    for (const auto& a : reference().archetypes)
        if (a.id == "mutuelle_regionale") archetype = &a;
    ASSERT_NE(archetype, nullptr);
    EXPECT_EQ(s.mutuelle.priceLevel, archetype->priceLevel);
    EXPECT_EQ(s.mutuelle.guaranteeLevel, archetype->guaranteeLevel);
    EXPECT_EQ(s.mutuelle.serviceQuality, archetype->serviceQuality);
    // Without the archetype the three fields are required again.
    m.erase("archetype");
    EXPECT_EQ(places(problemsOf(j.dump())),
              (std::vector<std::string>{"$.mutuelle.price_level", "$.mutuelle.guarantee_level",
                                        "$.mutuelle.service_quality"}));
}

TEST(ScenarioLoader, BadJsonGivesLineAndColumn) {
    // Truncated: line 3 is `  "seed": 1` (11 characters), the place is just after its end.
    auto p = problemsOf("{\n  \"id\": \"abc\",\n  \"seed\": 1");
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].where, "t.json:3:12");
    EXPECT_NE(p[0].what.find("tronqué"), std::string::npos);
    // A second comma on line 2 at column 10: `  "a": 1,,`.
    p = problemsOf("{\n  \"a\": 1,,\n  \"b\": 2\n}\n");
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].where, "t.json:2:10");
    EXPECT_NE(p[0].what.find("JSON invalide"), std::string::npos);
}
