// The one-company read (CompanyExtract): a diagnosis and a quote read from the company's rows
// alone are those of the whole market, and only the rows read are checked against the seal
// (issue 9, "Open lazily").
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "../support/PricedOffer.h"
#include "TestAttempts.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/offer/OfferStudy.h"
#include "cmcsim/prospects/CandidateKnowledge.h"
#include "cmcsim/report/OfferReport.h"
#include "cmcsim/store/AttemptReader.h"
#include "cmcsim/store/AttemptSession.h"
#include "cmcsim/store/CompanyExtract.h"

using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

namespace {
constexpr std::uint32_t kYears = 200;  // the risk's simulated years: enough to compare outputs

// The diagnosis and the quote of `key` as text and JSON (or the refusal), as the CLI prints
// them.
std::string outputs(const CandidateKnowledge& knowledge, const std::string& key, int year,
                    std::uint64_t seed) {
    const auto& ref = knowledge.reference();
    std::string out;
    try {
        const auto d = Diagnosis::of(knowledge, ref, key, year);
        out += OfferReport::diagnosisText(d) + OfferReport::diagnosisJson(d).dump();
        const auto offer = Offer::fromJson(confortEnsembleJson().dump(), "offre", ref.offers);
        const auto study = OfferStudy::of(knowledge, ref, key, year, offer, kYears, seed);
        out += OfferReport::quoteText(study, ref.offers.careItems) +
               OfferReport::quoteJson(study, ref.offers.careItems).dump();
    } catch (const InputError& e) {
        out += std::string("refus : ") + e.what();
    }
    return out;
}

// The same outputs through the whole market (AttemptFile::open) and through the extract, for
// the candidate (the journal replayed) and with --truth, for each key; most of them priced (a
// closed establishment, once verified, gets no quote).
void expectSameOutputs(const std::filesystem::path& file, const std::vector<std::string>& keys) {
    const auto& ref = reference();
    const auto full = AttemptFile::open(file, ref);
    const auto year = full.scenario().startDate.year();
    const auto earned = AttemptState::replay(full.scenario(), full.market(), full.journal(),
                                             cmcsim::test::reference().planRules)
                            .knowledge();
    std::size_t priced = 0;
    for (const bool truth : {false, true}) {
        const CandidateKnowledge whole(full.market(), ref,
                                       truth ? Knowledge::everything(full.market()) : earned);
        for (const auto& key : keys) {
            AttemptReader reader(file, ref);
            const auto extract = CompanyExtract::read(reader, key);
            const CandidateKnowledge one(extract.market, ref,
                                         truth ? Knowledge::everything(extract.market)
                                               : extract.knowledge(reader.replay().knowledge()));
            const auto expected = outputs(whole, key, year, full.seed());
            EXPECT_EQ(outputs(one, key, year, reader.seed()), expected)
                << key << (truth ? " --truth" : "");
            if (expected.find("refus : ") == std::string::npos) ++priced;
        }
    }
    EXPECT_GT(priced, keys.size());  // of 2 × keys
}

// The SIRET of the first line of every `step`-th company with a line, and the SIREN of every
// other one.
std::vector<std::string> keysOf(const Market& market, std::size_t step) {
    std::vector<std::string> keys;
    std::set<std::uint64_t> seen;
    for (const auto& line : market.prospects) {
        const auto siren = line.siret / 100000;
        if (!seen.insert(siren).second || (seen.size() - 1) % step != 0) continue;
        keys.push_back((seen.size() / step) % 2 == 0 ? siret::formatSiret(line.siret)
                                                     : siret::formatSiren(siren));
    }
    return keys;
}

// A Rouen attempt where the candidate verified 40 lines (among them duplicates), requested 12
// censuses and bought the competitor, portfolio and prescriber studies, created once.
const std::filesystem::path& rouenAttempt() {
    static const TempDir dir;
    static const auto file = [] {
        const auto path = dir / "rouen.cmc";
        AttemptFile::create(reference(), rouenScenario(), requestFor(path));
        AttemptSession session(path, reference());
        for (const auto* study :
             {"benchmark-concurrents", "extrait-portefeuille", "annuaire-prescripteurs"})
            session.execute(cmd::kBuyStudy, {{"etude", study}});
        const auto& market = session.attempt().market();
        const auto step = market.prospects.size() / 30;
        int verified = 0;
        for (const auto& d : market.defects)
            if (d.kind == DefectKind::Duplicate && verified++ < 10)
                session.execute(cmd::kVerify, {{"ligne", d.record}});
        for (std::size_t i = 0; i < 30; ++i) {
            session.execute(cmd::kVerify, {{"ligne", i * step + 1}});
            if (i < 12) session.execute(cmd::kCensusRequest, {{"ligne", i * step + 1}});
        }
        return path;
    }();
    return file;
}
}  // namespace

TEST(CompanyExtract, GivesTheWholeMarketsOutputsForEveryMinimalCompany) {
    TempDir dir;
    const auto file = createMinimal(dir);
    {
        AttemptSession session(file, reference());
        for (std::uint32_t line = 0; line < 60; line += 3)
            session.execute(cmd::kVerify, {{"ligne", line}});
        for (std::uint32_t line = 1; line < 40; line += 10)
            session.execute(cmd::kCensusRequest, {{"ligne", line}});
    }
    expectSameOutputs(file, keysOf(minimalMarket(), 1));
}

TEST(CompanyExtract, GivesTheWholeMarketsOutputsForASampleOfRouen) {
    const auto& file = rouenAttempt();
    auto keys = keysOf(rouenMarket(), 400);
    // The companies of the lines the candidate verified or asked a census of.
    const auto& market = rouenMarket();
    const auto step = market.prospects.size() / 30;
    for (std::size_t i = 0; i < 30; i += 2)
        keys.push_back(siret::formatSiret(market.prospects[i * step + 1].siret));
    for (const auto& d : market.defects)
        if (d.kind == DefectKind::Duplicate && keys.size() < 60)
            keys.push_back(siret::formatSiren(market.prospects[d.record].siret / 100000));
    expectSameOutputs(file, keys);
}

// What the journal says of the extract's lines alone (AttemptState::knowledgeOf, no flag per
// line of the whole file) is what the whole file's flags say of them.
TEST(CompanyExtract, KnowledgeOfTheLinesReadIsTheWholeFilesForThem) {
    const auto& file = rouenAttempt();
    const auto& market = rouenMarket();
    const auto step = market.prospects.size() / 30;
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < 30; ++i)
        keys.push_back(siret::formatSiret(market.prospects[i * step + 1].siret));
    keys.push_back(siret::formatSiren(market.prospects[step + 1].siret / 100000));
    std::size_t verified = 0, census = 0;
    for (const auto& key : keys) {
        AttemptReader reader(file, reference());
        const auto extract = CompanyExtract::read(reader, key);
        const auto state = reader.replay();
        const auto whole = extract.knowledge(state.knowledge());
        const auto some = state.knowledgeOf(extract.lines);
        EXPECT_EQ(some.verified, whole.verified) << key;
        EXPECT_EQ(some.census, whole.census) << key;
        EXPECT_EQ(some.censusSirets, whole.censusSirets) << key;
        EXPECT_EQ(std::make_tuple(some.insurers, some.portfolio, some.prescribers, some.territory,
                                  some.branches, some.evaluator),
                  std::make_tuple(whole.insurers, whole.portfolio, whole.prescribers,
                                  whole.territory, whole.branches, whole.evaluator))
            << key;
        verified +=
            static_cast<std::size_t>(std::count(some.verified.begin(), some.verified.end(), 1));
        census += static_cast<std::size_t>(std::count(some.census.begin(), some.census.end(), 1));
    }
    EXPECT_GE(verified, 30u);  // the 30 lines verified, and their duplicates'
    EXPECT_GE(census, 12u);
}

TEST(CompanyExtract, ReadsOnlyTheCompanysRowsAndRefusesThemEdited) {
    TempDir dir;
    const auto file = dir / "rouen.cmc";
    std::filesystem::copy_file(rouenAttempt(), file);
    const auto& market = rouenMarket();
    // A company at the start of the file; the last establishment is far from it (in another
    // sealed block whether blocks are 64 per table or 2,048 rows).
    const auto& company =
        market.companies[market.establishments[market.prospects[0].establishment].company];
    ASSERT_LT(company.firstEstablishment + company.establishmentCount, 200u);
    ASSERT_GT(market.establishments.size(), 2 * 2048u);
    const auto key = siret::formatSiren(company.siren);
    rawSql(file, fmt::format("UPDATE establishment SET headcount = headcount + 1 WHERE id = {}",
                             market.establishments.size() - 1));
    EXPECT_THROW(AttemptFile::open(file, reference()), InputError);
    {
        AttemptReader reader(file, reference());
        const auto extract = CompanyExtract::read(reader, key);
        EXPECT_EQ(extract.market.companies.size(), 1u);
        EXPECT_EQ(extract.market.establishments.size(), company.establishmentCount);
    }
    rawSql(file, fmt::format("UPDATE establishment SET headcount = headcount + 1 WHERE id = {}",
                             company.firstEstablishment));
    AttemptReader reader(file, reference());
    const auto problems = inputProblems([&] { CompanyExtract::read(reader, key); });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(contains(problems[0].what, "épreuve altérée : table establishment"))
        << problems[0].what;
}

TEST(CompanyExtract, ReportsADamagedRowBesideTheCompanysAsAFullOpenDoes) {
    TempDir dir;
    const auto file = dir / "rouen.cmc";
    std::filesystem::copy_file(rouenAttempt(), file);
    const auto& market = rouenMarket();
    const auto& company =
        market.companies[market.establishments[market.prospects[0].establishment].company];
    // The next company's first establishment: in the same sealed block (the first 234 rows with
    // 64 blocks, or 2,048), which the read of this company checks whole once it differs.
    const auto beside = company.firstEstablishment + company.establishmentCount;
    ASSERT_LT(beside, 234u);
    rawSql(file, fmt::format("UPDATE establishment SET naf = '99.99Z' WHERE id = {}", beside));
    const auto expected = fmt::format(
        "fichier endommagé : table establishment, ligne {}, colonne naf : attendu un code NAF "
        "connu",
        beside + 1);  // lines counted from 1
    EXPECT_TRUE(contains(openProblem(file).what, expected)) << openProblem(file).what;
    AttemptReader reader(file, reference());
    const auto problems =
        inputProblems([&] { CompanyExtract::read(reader, siret::formatSiren(company.siren)); });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(contains(problems[0].what, expected)) << problems[0].what;
}

TEST(CompanyExtract, ReadsNoLineForAnUnlistedOrMalformedKeyAndRefusesAsTheWholeMarket) {
    TempDir dir;
    const auto file = createMinimal(dir);
    const auto full = AttemptFile::open(file, reference());
    const CandidateKnowledge whole(full.market(), reference());
    const auto year = full.scenario().startDate.year();
    // 99999999 + Luhn key: a valid SIREN no line lists; a SIRET with a space; a bad key.
    const auto unlisted = siret::formatSiren(siret::sirenFromBody(99999999));
    for (const auto& key : {unlisted, std::string("1234 5678901234"), std::string("123")}) {
        AttemptReader reader(file, reference());
        const auto extract = CompanyExtract::read(reader, key);
        EXPECT_TRUE(extract.lines.empty()) << key;
        const CandidateKnowledge one(extract.market, reference());
        const auto expected = outputs(whole, key, year, full.seed());
        EXPECT_EQ(outputs(one, key, year, reader.seed()), expected);
        EXPECT_EQ(expected.rfind("refus", 0), 0u) << expected;
    }
}

// Found by a hostile tester: a line added under the company's SIRET with an id no sealed block
// holds (negative, or the largest id SQLite allows) is refused as added, never used or crashed on.
TEST(CompanyExtract, RefusesALineAddedOutsideTheSealedIds) {
    const auto& line = rouenMarket().prospects[5000];
    const auto key = siret::formatSiret(line.siret);
    for (const char* id : {"-1", "-2049", "9223372036854775807"}) {
        TempDir dir;
        const auto file = dir / "rouen.cmc";
        std::filesystem::copy_file(rouenAttempt(), file);
        rawSql(file, fmt::format("INSERT INTO prospect SELECT {}, establishment_id, siret, siren, "
                                 "'FAUX', naf, tranche_effectif, effectif, commune, idcc, "
                                 "contact_name, contact_role, phone, email FROM prospect "
                                 "WHERE id = 5000",
                                 id));
        AttemptReader reader(file, reference());
        const auto problems = inputProblems([&] { CompanyExtract::read(reader, key); });
        ASSERT_EQ(problems.size(), 1u) << id;
        EXPECT_TRUE(contains(
            problems[0].what,
            fmt::format("épreuve altérée : table prospect : ligne d'identifiant {} ajoutée", id)))
            << problems[0].what;
    }
}
