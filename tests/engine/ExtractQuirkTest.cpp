#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "TestFiles.h"
#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/market/MarketGenerator.h"
#include "cmcsim/market/MarketStatistics.h"
#include "cmcsim/offer/Diagnosis.h"
#include "cmcsim/prospects/ProspectBreakdown.h"
#include "cmcsim/prospects/ProspectView.h"
#include "cmcsim/report/ProspectCsv.h"
#include "cmcsim/store/AttemptFile.h"

using namespace cmcsim;
using test::reference;

// The quirks of real SIRENE/DSN extracts a scenario can put in the prospect file: [ND] for sole
// traders under partial diffusion, the band NN, IDCC 9999 (docs/scenario-format.md).

namespace {
std::string quirkScenarioJson(double partial, double unknown, double undeclared) {
    auto j = nlohmann::json::parse(test::readFile(test::fixturePath("scenarios/minimal.json")));
    j["establishments"] = {{"count", 1500}};
    j["data_quality"]["partial_diffusion"] = partial;
    j["data_quality"]["unknown_size_band"] = unknown;
    j["data_quality"]["undeclared_agreement"] = undeclared;
    return j.dump(2);
}

const Scenario& quirkScenario() {
    static const Scenario s =
        ScenarioLoader(reference()).fromText(quirkScenarioJson(1.0, 0.2, 0.2), "quirks.json");
    return s;
}

const Market& quirkMarket() {
    static const Market m = MarketGenerator(reference(), quirkScenario()).generate();
    return m;
}

std::vector<const Defect*> defectsOf(const Market& m, DefectKind kind) {
    std::vector<const Defect*> out;
    for (const auto& d : m.defects)
        if (d.kind == kind) out.push_back(&d);
    return out;
}
}  // namespace

TEST(ExtractQuirk, ScenarioKeysAreOptionalAndBounded) {
    EXPECT_EQ(test::minimalScenario().traps.partialDiffusion, 0.0);
    EXPECT_EQ(quirkScenario().traps.partialDiffusion, 1.0);
    EXPECT_EQ(quirkScenario().traps.unknownSizeBand, 0.2);
    EXPECT_EQ(quirkScenario().traps.undeclaredAgreement, 0.2);
    // partial_diffusion is a share of sole traders (up to 1); the two others at most 0.5.
    const auto problems = test::inputProblems([] {
        ScenarioLoader(reference()).fromText(quirkScenarioJson(1.5, 0.6, -0.1), "bad.json");
    });
    ASSERT_EQ(problems.size(), 3u);
    EXPECT_EQ(problems[0].where, "bad.json $.data_quality.partial_diffusion");
    EXPECT_EQ(problems[1].where, "bad.json $.data_quality.unknown_size_band");
    EXPECT_EQ(problems[2].where, "bad.json $.data_quality.undeclared_agreement");
}

TEST(ExtractQuirk, EachQuirkIsListedWithItsTruth) {
    const auto& m = quirkMarket();
    const auto& ref = reference();
    // [ND]: every sole trader's original line (rate 1), and only theirs.
    std::size_t soleTraderLines = 0;
    for (std::uint32_t r = 0; r < m.prospects.size(); ++r) {
        const auto& p = m.prospects[r];
        const auto& company = m.companies[m.establishments[p.establishment].company];
        const bool soleTrader = ref.legalForms[company.legalForm].code == "1000";
        const bool duplicate = r > 0 && m.prospects[r - 1].establishment == p.establishment;
        if (soleTrader && !duplicate) {
            ++soleTraderLines;
            EXPECT_EQ(p.name, "[ND]") << r;
        }
        if (!soleTrader) {
            EXPECT_NE(p.name, "[ND]") << r;
        }
    }
    const auto masked = defectsOf(m, DefectKind::PartialDiffusion);
    EXPECT_EQ(masked.size(), soleTraderLines);
    EXPECT_GT(masked.size(), 50u);  // 16 % of 0-9 companies are sole traders
    for (const auto* d : masked) {
        const auto& p = m.prospects[d->record];
        EXPECT_NE(d->truth.find(m.companies[m.establishments[p.establishment].company].name),
                  std::string::npos)
            << d->truth;
        EXPECT_TRUE(p.contact.name.empty() || p.contact.name == "[ND]");
    }
    // NN: no headcount listed; 20 % of 1,500 lines ± 3 sd (sqrt(1500 × 0.2 × 0.8) = 15.5).
    const auto unknown = defectsOf(m, DefectKind::UnknownSizeBand);
    EXPECT_NEAR(static_cast<double>(unknown.size()), 300.0, 47.0);
    for (const auto* d : unknown) {
        EXPECT_EQ(m.prospects[d->record].sizeBand, ref.sizes.unknownBand());
        EXPECT_EQ(m.prospects[d->record].headcount, 0u);
    }
    // 9999: only for companies that have an agreement, and the truth names it.
    const auto none = *ref.idcc.find("9999");
    const auto undeclared = defectsOf(m, DefectKind::UndeclaredAgreement);
    EXPECT_GT(undeclared.size(), 100u);
    for (const auto* d : undeclared) {
        const auto& p = m.prospects[d->record];
        const auto& company = m.companies[m.establishments[p.establishment].company];
        EXPECT_EQ(p.idcc, static_cast<std::int16_t>(none));
        ASSERT_GE(company.idcc, 0);
        EXPECT_NE(d->truth.find(ref.idcc.agreements()[static_cast<std::size_t>(company.idcc)].idcc),
                  std::string::npos);
    }
    // The generator never gives a company 9999.
    for (const auto& c : m.companies) EXPECT_NE(c.idcc, static_cast<std::int16_t>(none));
}

TEST(ExtractQuirk, EveryViewHandlesThem) {
    const auto& m = quirkMarket();
    const auto& ref = reference();
    const ProspectView view(m, ref, Knowledge{});
    std::vector<std::uint32_t> all(view.rows().size());
    for (std::uint32_t i = 0; i < all.size(); ++i) all[i] = i;

    // Filters: band NN and IDCC 9999 are criteria like any other.
    ProspectFilter nn;
    nn.sizeBands = {"NN"};
    EXPECT_EQ(view.filter(nn).size(), defectsOf(m, DefectKind::UnknownSizeBand).size());
    EXPECT_EQ(view.employees(view.filter(nn)), 0u);  // unknown headcounts count for nothing
    ProspectFilter idcc;
    idcc.idcc = {"9999"};
    EXPECT_GE(view.filter(idcc).size(), defectsOf(m, DefectKind::UndeclaredAgreement).size());
    ProspectFilter text;
    text.text = "[nd]";
    EXPECT_EQ(view.filter(text).size(), defectsOf(m, DefectKind::PartialDiffusion).size());

    // Charts: NN and 9999 have their own bar; the line and employee totals are the view's.
    const auto b = ProspectBreakdown::compute(view, all, m, ref);
    EXPECT_EQ(b.lines, m.prospects.size());
    EXPECT_EQ(b.employees, view.employees(all));
    bool nnBar = false, noneBar = false;
    for (const auto& row : b.sizeBands.rows) nnBar = nnBar || row.key == "NN";
    for (const auto& row : b.idcc.rows) noneBar = noneBar || row.key == "9999";
    EXPECT_TRUE(nnBar);
    EXPECT_TRUE(noneBar);

    // CSV: [ND] as text, no headcount for NN, 9999 with its title.
    std::ostringstream csv;
    ProspectCsv(ref, CsvDialect::Rfc4180).write(m, csv);
    const auto& unknownLine = m.prospects[defectsOf(m, DefectKind::UnknownSizeBand)[0]->record];
    const auto siret = siret::formatSiret(unknownLine.siret);
    const auto at = csv.str().find("\r\n" + siret + ",");
    ASSERT_NE(at, std::string::npos);
    const auto line = csv.str().substr(at + 2, csv.str().find("\r\n", at + 2) - at - 2);
    EXPECT_NE(line.find(",NN,"), std::string::npos) << line;
    EXPECT_NE(line.find(",NN," + ref.sizes.insee()[ref.sizes.unknownBand()].label + ",,"),
              std::string::npos)
        << line;
    EXPECT_NE(csv.str().find(",[ND],"), std::string::npos);
    EXPECT_NE(csv.str().find(",9999,Sans convention collective déclarée,"), std::string::npos);

    // Market statistics count them among the defects; the diagnosis of each quirk's line runs
    // (what it may show before verification is the knowledge's business, issue 7 section 1).
    const auto stats = MarketStatistics::compute(m, ref);
    std::set<std::string> kinds;
    for (const auto& row : stats.defects.rows) kinds.insert(row.key);
    EXPECT_TRUE(kinds.contains("diffusion_partielle"));
    EXPECT_TRUE(kinds.contains("tranche_nn"));
    EXPECT_TRUE(kinds.contains("idcc_9999"));
    for (const auto kind : {DefectKind::PartialDiffusion, DefectKind::UnknownSizeBand,
                            DefectKind::UndeclaredAgreement}) {
        const auto& p = m.prospects[defectsOf(m, kind)[0]->record];
        const auto d = Diagnosis::of(m, ref, siret::formatSiret(p.siret), 2026);
        EXPECT_FALSE(d.name.empty()) << defectKindCode(kind);
        EXPECT_EQ(d.siret, siret::formatSiret(p.siret)) << defectKindCode(kind);
        EXPECT_FALSE(d.obligations.empty()) << defectKindCode(kind);
    }
}

TEST(ExtractQuirk, VerifyingALineRevealsTheTruth) {
    const auto& m = quirkMarket();
    Knowledge k;
    k.verified.assign(m.prospects.size(), 1);
    const ProspectView view(m, reference(), k);
    for (const auto kind : {DefectKind::PartialDiffusion, DefectKind::UnknownSizeBand,
                            DefectKind::UndeclaredAgreement}) {
        for (const auto* d : defectsOf(m, kind)) {
            const auto& row = view.rows()[d->record];
            const auto& e = m.establishments[m.prospects[d->record].establishment];
            const auto& company = m.companies[e.company];
            EXPECT_EQ(*row.name, company.name);
            EXPECT_EQ(row.headcount, e.headcount);
            EXPECT_EQ(row.sizeBand, e.sizeBand);
            EXPECT_EQ(row.idcc, company.idcc);
        }
    }
}

TEST(ExtractQuirk, AttemptFileKeepsThemWithoutASchemaChange) {
    // [ND] is a string, NN a band code, 9999 an IDCC code: the prospect table stores them as they
    // are, and reading the file back gives the same market.
    test::TempDir dir;
    AttemptRequest request;
    request.file = dir / "quirks.cmc";
    request.candidate = "Camille Martin";
    AttemptFile::create(reference(), quirkScenario(), request);
    const Attempt attempt = AttemptFile::open(request.file, reference());
    EXPECT_EQ(test::firstDifference(attempt.market(), quirkMarket()), "");
}
