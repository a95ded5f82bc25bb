#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "TestFiles.h"
#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/core/FrenchElision.h"
#include "cmcsim/market/PortfolioBuilder.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/scenario/ScenarioWriter.h"
#include "cmcsim/sim/Campaign.h"
#include "cmcsim/sim/MarketWatch.h"

// The scenario's scripted market events (issue 13 §1, "evenements"): read and validated with
// JSON paths, written back, and fired by the weeks in their week with a keyed company.

using namespace cmcsim;
using nlohmann::json;
using test::reference;

namespace {

json minimalWith(const json& events) {
    auto j = json::parse(test::readFile(test::fixturePath("scenarios/minimal.json")));
    j["format"] = "cmcsim-scenario/2";  // the fixture is a version 1 file
    j["evenements"] = events;
    return j;
}

Scenario load(const json& j) {
    return ScenarioLoader(reference()).fromText(j.dump(), "t.json");
}

// Each problem as "path : reason", without the "t.json " prefix.
std::vector<std::string> problemsOf(const std::vector<json>& events) {
    std::vector<std::string> out;
    for (const auto& p : test::inputProblems([&] { load(minimalWith(json(events))); }))
        out.push_back((p.where.starts_with("t.json ") ? p.where.substr(7) : p.where) + " : " +
                      p.what);
    return out;
}

bool has(const std::vector<std::string>& problems, const std::string& start) {
    for (const auto& p : problems)
        if (p.starts_with(start)) return true;
    return false;
}

const json kRise = {{"id", "hausse-a"},
                    {"type", "hausse_concurrent"},
                    {"semaine", 2},
                    {"concurrent", "concurrent-a"},
                    {"taux", 0.06}};

// The Rouen scenario with `events`, on the Rouen market (the events change nothing generated).
Scenario rouenWith(std::vector<ScriptedEvent> events) {
    auto s = test::rouenScenario();
    s.events = std::move(events);
    return s;
}

Portfolio rouenPortfolio(const Scenario& s, std::uint64_t seed) {
    return PortfolioBuilder(reference(), s, seed).build(test::rouenMarket());
}

// The scripted events of `week` for a candidate who follows every company and watches
// competitors (or none and does not).
std::vector<MarketEvent> scriptedOf(const Scenario& s, std::uint64_t seed, int week,
                                    bool followsAll = true) {
    const auto portfolio = rouenPortfolio(s, seed);
    const Respondent respondent(reference().response, seed);
    const MarketWatch watch(s, test::rouenMarket(), portfolio, respondent);
    std::vector<MarketEvent> out;
    for (auto& e : watch.eventsOf(
             week, weekStart(s, week), [&](std::uint32_t) { return followsAll; }, followsAll))
        if (!e.scripted.empty()) out.push_back(std::move(e));
    return out;
}

}  // namespace

TEST(ScriptedEvent, ReadsEachTypeWithItsFields) {
    const auto s = load(minimalWith(json::array(
        {kRise,
         {{"id", "preavis-5"},
          {"type", "preavis_resiliation"},
          {"semaine", 4},
          {"texte", "Un courrier de {entreprise} arrive"}},
         {{"id", "derive"}, {"type", "derive_sinistralite"}, {"semaine", 1}},
         {{"id", "seuil-50"}, {"type", "franchissement_seuil"}, {"semaine", 3}, {"seuil", 50}}})));
    ASSERT_EQ(s.events.size(), 4u);
    EXPECT_EQ(s.events[0],
              (ScriptedEvent{"hausse-a", "hausse_concurrent", 2, "concurrent-a", 0.06, 0, ""}));
    EXPECT_EQ(s.events[1], (ScriptedEvent{"preavis-5", "preavis_resiliation", 4, "", 0, 0,
                                          "Un courrier de {entreprise} arrive"}));
    EXPECT_EQ(s.events[2].type, "derive_sinistralite");
    EXPECT_EQ(s.events[3].threshold, 50);
    // Without the block: no event, and the writer writes none.
    const auto plain = test::minimalScenario();
    EXPECT_TRUE(plain.events.empty());
    EXPECT_EQ(ScenarioWriter::toJson(plain).find("evenements"), std::string::npos);
}

TEST(ScriptedEvent, EachErrorIsReportedAtItsPathInFrench) {
    // The minimal scenario lasts 4 weeks and has one competitor, concurrent-a.
    auto unknown = kRise;
    unknown["concurrent"] = "inconnu";
    EXPECT_EQ(problemsOf({unknown}),
              std::vector<std::string>{"$.evenements[0].concurrent : concurrent inconnu « inconnu "
                                       "» (ceux du scénario : concurrent-a)"});
    auto late = kRise;
    late["semaine"] = 5;
    EXPECT_TRUE(has(problemsOf({late}), "$.evenements[0].semaine : ")) << problemsOf({late})[0];
    EXPECT_EQ(
        problemsOf({kRise, kRise}),
        std::vector<std::string>{"$.evenements[1].id : identifiant « hausse-a » déjà utilisé"});
    for (const double rate : {0.0, 0.3, -0.01}) {
        auto bad = kRise;
        bad["taux"] = rate;
        const auto problems = problemsOf({bad});
        ASSERT_EQ(problems.size(), 1u) << rate;
        EXPECT_TRUE(problems[0].starts_with("$.evenements[0].taux : ")) << problems[0];
    }
    // One rule, one message (found by a tester: 0 said « taux … (hypothèse ⚠ …) », 1 said
    // « nombre compris entre 0 et 0.25 »): whatever the wrong value, the same French range.
    for (const json& rate : {json(0), json(1), json(-1), json(0.2501), json("x"), json(true)}) {
        auto bad = kRise;
        bad["taux"] = rate;
        EXPECT_EQ(problemsOf({bad}), std::vector<std::string>{"$.evenements[0].taux : doit être "
                                                              "un nombre compris entre 0 (exclu) "
                                                              "et 0,25"})
            << rate;
    }
    for (const json& seuil : {json(12), json(20), json(11.0), json("50"), json(-11)}) {
        const json crossing = {
            {"id", "s-1"}, {"type", "franchissement_seuil"}, {"semaine", 1}, {"seuil", seuil}};
        EXPECT_EQ(problemsOf({crossing}),
                  std::vector<std::string>{"$.evenements[0].seuil : 11 ou 50 attendu (les seuils "
                                           "d'effectif des obligations)"})
            << seuil;
    }
    EXPECT_TRUE(has(problemsOf({{{"id", "pass"}, {"type", "pass"}, {"semaine", 1}}}),
                    "$.evenements[0].type : le PASS de l'année suivante est publié par le "
                    "calendrier"));
    EXPECT_TRUE(has(problemsOf({{{"id", "x-1"}, {"type", "greve"}, {"semaine", 1}}}),
                    "$.evenements[0].type : hausse_concurrent, preavis_resiliation"));
    EXPECT_TRUE(
        has(problemsOf(
                {{{"id", "s-1"}, {"type", "franchissement_seuil"}, {"semaine", 1}, {"seuil", 20}}}),
            "$.evenements[0].seuil : 11 ou 50 attendu"));
    EXPECT_TRUE(has(problemsOf({{{"id", "s-1"}, {"type", "franchissement_seuil"}, {"semaine", 1}}}),
                    "$.evenements[0].seuil : champ obligatoire manquant"));
    EXPECT_TRUE(has(problemsOf({{{"id", "p-1"},
                                 {"type", "preavis_resiliation"},
                                 {"semaine", 1},
                                 {"concurrent", "concurrent-a"},
                                 {"seuil", 11}}}),
                    "$.evenements[0].concurrent : seulement pour le type hausse_concurrent"));
    auto missing = kRise;
    missing.erase("concurrent");
    EXPECT_TRUE(has(problemsOf({missing}), "$.evenements[0].concurrent : champ obligatoire"));
    auto longText = kRise;
    longText["texte"] = std::string(301, 'a');
    EXPECT_TRUE(has(problemsOf({longText}), "$.evenements[0].texte : doit compter de 1 à 300"));
    auto placeholder = kRise;
    placeholder["texte"] = "{entreprise} voit son assureur augmenter";
    EXPECT_TRUE(has(problemsOf({placeholder}), "$.evenements[0].texte : « {entreprise} » nomme"));
    EXPECT_TRUE(has(problemsOf({{{"id", "A b"}, {"type", "derive_sinistralite"}, {"semaine", 1}}}),
                    "$.evenements[0].id : lettres minuscules"));
    EXPECT_TRUE(has(problemsOf({{{"id", "x-1"},
                                 {"type", "derive_sinistralite"},
                                 {"semaine", 1},
                                 {"couleur", "rouge"}}}),
                    "$.evenements[0].couleur : "));
    EXPECT_TRUE(has(problemsOf(std::vector<json>(51, kRise)), "$.evenements : "));
}

TEST(ScriptedEvent, WrittenAndReadBackEqual) {
    const auto s = load(minimalWith(json::array(
        {kRise,
         {{"id", "preavis-5"}, {"type", "preavis_resiliation"}, {"semaine", 4}, {"texte", "é"}},
         {{"id", "seuil-11"}, {"type", "franchissement_seuil"}, {"semaine", 3}, {"seuil", 11}}})));
    const auto again = ScenarioLoader(reference()).fromText(ScenarioWriter::toJson(s), "w.json");
    EXPECT_TRUE(again.sameContent(s));
    EXPECT_EQ(again.events.size(), 3u);
}

TEST(ScriptedEvent, AResignationFiresInItsWeekOnAKeyedClient) {
    const auto s =
        rouenWith({{"preavis-5", "preavis_resiliation", 5, "", 0, 0, "Courrier de {entreprise}"}});
    const auto seed = s.seed;
    EXPECT_TRUE(scriptedOf(s, seed, 4).empty());
    const auto events = scriptedOf(s, seed, 5);
    ASSERT_EQ(events.size(), 1u);
    const auto& e = events[0];
    EXPECT_EQ(e.kind, MarketEventKind::ResignationNotice);
    EXPECT_EQ(e.scripted, "preavis-5");
    EXPECT_EQ(e.week, 5);
    EXPECT_EQ(e.date, weekStart(s, 5));
    EXPECT_TRUE(e.reached);
    EXPECT_TRUE(e.threat);
    ASSERT_GE(e.company, 0);
    const auto company = static_cast<std::uint32_t>(e.company);
    const auto& name = test::rouenMarket().companies[company].name;
    EXPECT_EQ(e.text, "Courrier " + elide("de", name));
    // The documented draw: uniform among the contracts whose notice deadline is not past,
    // those renewed within the 26 weeks first.
    const auto portfolio = rouenPortfolio(s, seed);
    const Respondent respondent(reference().response, seed);
    const Date end = weekStart(s, s.durationWeeks + 1);
    std::vector<const PortfolioContract*> within, later;
    for (const auto& c : portfolio.contracts)
        if (respondent.noticeDeadline(c.renewal) >= weekStart(s, 5))
            (c.renewal < end ? within : later).push_back(&c);
    const auto& pool = within.empty() ? later : within;
    ASSERT_FALSE(pool.empty());
    KeyedRandom random(seed, Purpose("evenement.scenario"), Purpose("preavis-5").hash(), 5);
    const auto* chosen = pool[random.below(static_cast<std::uint32_t>(pool.size()))];
    EXPECT_EQ(chosen->company, company);
    EXPECT_EQ(e.effective, chosen->renewal);
    // Same seed, same company; other seeds draw others.
    EXPECT_EQ(scriptedOf(s, seed, 5)[0].company, e.company);
    std::set<std::int64_t> others;
    for (const std::uint64_t other : {seed + 1, seed + 2, seed + 3})
        others.insert(scriptedOf(s, other, 5).at(0).company);
    EXPECT_GT(others.size(), 1u);
}

TEST(ScriptedEvent, RiseAndThresholdReachTheCandidateByTheGeneratedRules) {
    const auto s = rouenWith(
        {{"hausse-oree", "hausse_concurrent", 3, "oree-sante", 0.06, 0, ""},
         {"seuil-50", "franchissement_seuil", 3, "", 0, 50, "{entreprise} passe le cap des 50"}});
    const auto events = scriptedOf(s, s.seed, 3);
    ASSERT_EQ(events.size(), 2u);
    const auto& rise = events[0];
    EXPECT_EQ(rise.kind, MarketEventKind::CompetitorRateRise);
    EXPECT_EQ(test::rouenMarket().competitors[static_cast<std::size_t>(rise.competitor)].code,
              "oree-sante");
    EXPECT_DOUBLE_EQ(rise.value, 0.06);
    EXPECT_EQ(rise.effective, Date::fromCivil(2027, 1, 1));
    EXPECT_EQ(rise.text,
              test::rouenMarket().competitors[static_cast<std::size_t>(rise.competitor)].name +
                  " annonce une hausse de ses tarifs collectifs de 6,0 % au 01/01/2027");
    const auto& threshold = events[1];
    EXPECT_EQ(threshold.kind, MarketEventKind::ThresholdCrossing);
    EXPECT_EQ(threshold.value, 50);
    const auto& company =
        test::rouenMarket().companies[static_cast<std::size_t>(threshold.company)];
    EXPECT_GE(company.headcount, 45u);
    EXPECT_LE(company.headcount, 49u);
    EXPECT_EQ(threshold.text, company.name + " passe le cap des 50");
    EXPECT_TRUE(rise.reached && threshold.reached);
    const auto unseen = scriptedOf(s, s.seed, 3, false);
    ASSERT_EQ(unseen.size(), 2u);
    EXPECT_FALSE(unseen[0].reached || unseen[1].reached);
    EXPECT_EQ(unseen[1].company, threshold.company);
}

TEST(ScriptedEvent, AScriptedNoticeLosesTheClientAtItsRenewalWithoutAReview) {
    const auto s = rouenWith({{"preavis-2", "preavis_resiliation", 2, "", 0, 0, ""}});
    const auto chosen = scriptedOf(s, s.seed, 2).at(0);
    const int renewalWeek = weekOf(s, chosen.effective);
    ASSERT_LE(renewalWeek, s.durationWeeks) << "a client renewed within the scenario is chosen";
    Campaign campaign(s, reference(), test::rouenMarket(), rouenPortfolio(s, s.seed), s.seed);
    for (int w = 1; w <= renewalWeek; ++w) {
        WeekRun run;
        run.week = w;
        campaign.runWeek(run);
    }
    bool lost = false;
    for (const auto& r : campaign.weeks().back().renewals)
        if (r.company == static_cast<std::uint32_t>(chosen.company))
            lost = !r.kept && r.reason ==
                                  "« Lettre de résiliation d'un client » sans revue avant "
                                  "l'échéance";
    EXPECT_TRUE(lost);
}

TEST(ScriptedEvent, AVersion1FileMayNotHoldThem) {
    auto j = minimalWith({kRise});
    j["format"] = "cmcsim-scenario/1";
    std::vector<std::string> places;
    for (const auto& p : test::inputProblems([&] { load(j); })) places.push_back(p.where);
    EXPECT_EQ(places, std::vector<std::string>{"t.json $.evenements"});
}
