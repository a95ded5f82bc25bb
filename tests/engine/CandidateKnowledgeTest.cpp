#include <gtest/gtest.h>

#include <fstream>
#include <numeric>
#include <sstream>

#include "../support/PricedOffer.h"
#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/market/CensusModel.h"
#include "cmcsim/offer/ComplianceReport.h"
#include "cmcsim/offer/Diagnosis.h"
#include "cmcsim/offer/OfferComparison.h"
#include "cmcsim/offer/RiskModel.h"
#include "cmcsim/prospects/CandidateKnowledge.h"
#include "cmcsim/prospects/ProspectBreakdown.h"
#include "cmcsim/report/MarketReport.h"
#include "cmcsim/report/OfferReport.h"
#include "cmcsim/report/ProspectCsv.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

// Every candidate-facing output the engine produces about one line, as text: the view's row,
// the breakdowns and market statistics of the whole file, the CSV export, the diagnosis (text
// and JSON) and the quote of an offer (text and JSON).
std::string outputs(const Market& market, const Knowledge& knowledge, std::uint32_t line) {
    const auto& ref = reference();
    const ProspectView view(market, ref, knowledge);
    const auto& row = view.rows()[line];
    std::string out = fmt::format("ligne : effectif {} tranche {} naf {} fermée {} assureur {}\n",
                                  row.headcount, ref.sizes.insee()[row.sizeBand].code,
                                  ref.naf.codes()[row.naf].code, row.closed, row.insurer);
    std::vector<std::uint32_t> all(view.rows().size());
    std::iota(all.begin(), all.end(), 0u);
    const auto b = ProspectBreakdown::compute(view, {line}, market, ref);
    for (const auto* breakdown : {&b.sections, &b.divisions, &b.sizeBands, &b.insurers, &b.levels})
        for (const auto& r : breakdown->rows)
            out += fmt::format("répartition {} : {} {} {}\n", breakdown->id, r.key, r.label,
                               r.employees);
    const auto statistics = ProspectBreakdown::statistics(view, ref);
    out += MarketReport(statistics, false).text("statistiques");
    std::ostringstream csv;
    ProspectCsv(ref, CsvDialect::Rfc4180).write(view, {line}, csv);
    out += csv.str();
    const auto key = siret::formatSiret(market.prospects[line].siret);
    const auto d = Diagnosis::of(view.knowledge(), ref, key, 2026);
    out += OfferReport::diagnosisText(d) + OfferReport::diagnosisJson(d).dump();
    const auto offer =
        Offer::fromJson(confortEnsembleJson().dump(), "confort-ensemble.json", ref.offers);
    if (d.employees > 0) {
        const auto study = pricedOffer(ref, d, offer, 200);
        out += OfferReport::quoteText(study, ref.offers.careItems) +
               OfferReport::quoteJson(study, ref.offers.careItems).dump();
    }
    return out;
}

// A line with a defect of `kind` whose company has only this line and one establishment, so the
// diagnosis's figures are the line's own.
std::uint32_t soleLineWith(const Market& market, DefectKind kind) {
    for (const auto& d : market.defects) {
        if (d.kind != kind) continue;
        const auto& e = market.establishments[market.prospects[d.record].establishment];
        const auto& c = market.companies[e.company];
        const auto siren = c.siren;
        int lines = 0;
        for (const auto& p : market.prospects) lines += p.siret / 100000 == siren;
        std::size_t defects = 0;
        for (const auto& other : market.defects) defects += other.record == d.record;
        if (lines == 1 && c.establishmentCount == 1 && defects == 1 && !e.closed &&
            c.headcount == e.headcount && e.headcount >= 3)
            return d.record;
    }
    throw std::runtime_error("no such line");
}

const Defect& defectOf(const Market& market, std::uint32_t line) {
    for (const auto& d : market.defects)
        if (d.record == line) return d;
    throw std::runtime_error("no defect");
}

Knowledge nothing(const Market& market) {
    Knowledge k;
    k.verified.assign(market.prospects.size(), 0);
    k.census.assign(market.prospects.size(), 0);
    return k;
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

TEST(CandidateKnowledge, StaleHeadcountIsUnknownUntilVerifiedAndTheCensusUntilRequested) {
    const auto& market = rouenMarket();
    const auto line = soleLineWith(market, DefectKind::StaleHeadcount);
    const auto& listed = market.prospects[line];
    const auto& real = market.establishments[listed.establishment];
    ASSERT_NE(listed.headcount, real.headcount);
    auto k = nothing(market);
    const auto before = outputs(market, k, line);
    // The defect's own truth ("effectif réel 9 (…) ; le fichier indique 17") never shows.
    EXPECT_FALSE(has(before, defectOf(market, line).truth));
    EXPECT_TRUE(has(before, fmt::format("ligne : effectif {} ", listed.headcount))) << before;
    EXPECT_TRUE(has(
        before, fmt::format("Effectif estimé sur le territoire : {} salariés", listed.headcount)))
        << before;
    EXPECT_TRUE(has(before, "estimation sur l'effectif déclaré")) << before;
    EXPECT_TRUE(has(before, "Tarif sur un effectif estimé")) << before;
    EXPECT_FALSE(has(before, fmt::format("ligne : effectif {} ", real.headcount)));
    const CandidateKnowledge unknown(market, reference(), k);
    EXPECT_FALSE(unknown.census(line).has_value());

    k.verified[line] = 1;  // verification reveals the real headcount and band
    const auto verified = outputs(market, k, line);
    EXPECT_TRUE(has(verified, fmt::format("ligne : effectif {} tranche {} ", real.headcount,
                                          reference().sizes.insee()[real.sizeBand].code)))
        << verified;
    EXPECT_TRUE(has(
        verified, fmt::format("Effectif estimé sur le territoire : {} salariés", real.headcount)));
    EXPECT_TRUE(has(verified, "estimation sur l'effectif vérifié"));

    k.census[line] = 1;  // the company's census: the real cells, no more estimate
    const CandidateKnowledge known(market, reference(), k);
    ASSERT_TRUE(known.census(line).has_value());
    EXPECT_EQ(known.census(line)->size(), market.census(real).size());
    const auto withCensus = outputs(market, k, line);
    EXPECT_TRUE(has(withCensus, fmt::format("Effectif recensé sur le territoire : {} salariés",
                                            real.headcount)));
    EXPECT_FALSE(has(withCensus, "estimation sur l'effectif"));
}

TEST(CandidateKnowledge, CaseE1TheDiagnosisEstimatesFromTheListedHeadcountNeverTheRealCensus) {
    // ../shared/cases E1: a file saying 17 with a real 9 showed a pyramid of 9. Before anything
    // is earned, the diagnosis's census is the sector profile's for the listed headcount.
    const auto& market = rouenMarket();
    const auto line = soleLineWith(market, DefectKind::StaleHeadcount);
    const auto& listed = market.prospects[line];
    const CandidateKnowledge k(market, reference(), nothing(market));
    const auto d = Diagnosis::of(k, reference(), siret::formatSiret(listed.siret), 2026);
    EXPECT_TRUE(d.estimated);
    EXPECT_EQ(d.employees, listed.headcount);
    const auto expected =
        CensusModel(reference(), 2026)
            .expected(reference().naf.codes()[listed.naf].section, listed.headcount);
    ASSERT_EQ(d.workforce.cells.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(d.workforce.cells[i].headcount, expected[i].headcount);
        EXPECT_EQ(d.workforce.cells[i].meanAnnualPayEur, expected[i].meanAnnualPayEur);
    }
    // The evaluator's view is the real census.
    const auto truth = Diagnosis::of(market, reference(), siret::formatSiret(listed.siret), 2026);
    EXPECT_FALSE(truth.estimated);
    EXPECT_EQ(truth.employees, market.establishments[listed.establishment].headcount);
}

TEST(CandidateKnowledge, DuplicateClosedWrongNafAndWrongContactShowOnlyOnceVerified) {
    const auto& market = rouenMarket();
    for (const auto kind : {DefectKind::Duplicate, DefectKind::Closed, DefectKind::WrongNaf,
                            DefectKind::WrongContact}) {
        SCOPED_TRACE(defectKindCode(kind));
        std::uint32_t line = 0;
        for (const auto& d : market.defects)
            if (d.kind == kind) {
                line = d.record;
                break;
            }
        auto k = nothing(market);
        const auto& truth = defectOf(market, line).truth;
        const auto before = outputs(market, k, line);
        EXPECT_FALSE(has(before, truth)) << truth;
        EXPECT_FALSE(has(before, "fermé (fiche vérifiée)"));
        EXPECT_TRUE(CandidateKnowledge(market, reference(), k).findings(line).empty());
        const auto& real = market.establishments[market.prospects[line].establishment];
        const auto& listedNaf = reference().naf.codes()[market.prospects[line].naf].code;
        const auto& realNaf = reference().naf.codes()[real.naf].code;
        if (kind == DefectKind::WrongNaf) {
            EXPECT_TRUE(has(before, fmt::format("naf {} ", listedNaf)));
            EXPECT_FALSE(has(before, fmt::format("naf {} ", realNaf)));
        }
        if (kind == DefectKind::Closed) {
            EXPECT_TRUE(has(before, "fermée false"));
        }

        k.verified[line] = 1;
        const CandidateKnowledge known(market, reference(), k);
        const auto found = known.findings(line);
        ASSERT_FALSE(found.empty());
        EXPECT_EQ(found.front()->kind, kind);  // the card lists each finding with its truth
        const auto after = outputs(market, k, line);
        if (kind == DefectKind::WrongNaf) {
            EXPECT_TRUE(has(after, fmt::format("naf {} ", realNaf)));
        }
        if (kind == DefectKind::Closed) {
            EXPECT_TRUE(has(after, "fermée true"));
            EXPECT_TRUE(has(after, "fermé (fiche vérifiée)")) << after;
        }
        if (kind == DefectKind::Duplicate) {
            EXPECT_TRUE(known.knownDuplicate(line));
            // The statistics count one establishment fewer once the duplicate is known.
            const ProspectView a(market, reference(), nothing(market)), b(market, reference(), k);
            EXPECT_EQ(ProspectBreakdown::statistics(a, reference()).establishments,
                      ProspectBreakdown::statistics(b, reference()).establishments + 1);
        }
    }
}

TEST(CandidateKnowledge, CurrentCoverShowsOnlyOnceTheCompetitorStudyIsBought) {
    const auto& market = rouenMarket();
    // A company with a competitor's health contract (not the candidate's mutuelle).
    std::uint32_t line = 0;
    for (std::uint32_t i = 0; i < market.prospects.size(); ++i) {
        const auto& c =
            market.companies[market.establishments[market.prospects[i].establishment].company];
        if (c.health.insurer > 0 && c.provident.insurer > 0) {
            line = i;
            break;
        }
    }
    const auto& company =
        market.companies[market.establishments[market.prospects[line].establishment].company];
    const auto& insurer = market.competitors[static_cast<std::size_t>(company.health.insurer)];
    const auto premium = company.health.monthlyPremium.french();
    auto k = nothing(market);
    const auto before = outputs(market, k, line);
    // No insurer's name anywhere: not in the line, the statistics, the diagnosis or the quote.
    for (const auto& c : market.competitors) EXPECT_FALSE(has(before, c.name)) << c.name;
    EXPECT_FALSE(has(before, premium));
    EXPECT_TRUE(has(before, "Santé : non connue")) << before;

    k.insurers = true;
    const auto after = outputs(market, k, line);
    EXPECT_TRUE(has(after, "Santé : " + insurer.name)) << after;
    EXPECT_TRUE(has(after, fmt::format("assureur {}", company.health.insurer)));
    // The competitor study gives the insurer and level, not the premium they charge.
    EXPECT_FALSE(has(after, premium));
    EXPECT_TRUE(has(after, "cotisation non connue"));
}

TEST(CandidateKnowledge, TheExpectedCensusKeepsTheHeadcountAndTheProfileShares) {
    // 100 employees of section M (profile: 50 % women, 45 % cadres, datasets/profils_effectifs.csv)
    // come out as 100 people, 45 ± 1 cadres and 50 ± 1 women.
    const auto cells = CensusModel(reference(), 2026).expected('M', 100);
    double people = 0, cadres = 0, women = 0;
    for (const auto& c : cells) {
        people += c.headcount;
        if (c.cadre) cadres += c.headcount;
        if (c.sex == 0) women += c.headcount;
    }
    EXPECT_EQ(people, 100);
    EXPECT_NEAR(cadres, 45, 1);
    EXPECT_NEAR(women, 50, 1);
    EXPECT_TRUE(CensusModel(reference(), 2026).expected('M', 0).empty());
}

}  // namespace

// SirenLines (what the assessors use for the offers' companies) gives the same answers as the
// scans: the first line of a SIRET, of a SIREN, a company's lines; a SIREN outside the index is
// still scanned. Every 97th line's company is indexed, the next line's is not (when different).
TEST(CandidateKnowledge, TheSirenIndexAnswersAsTheScan) {
    const auto& market = minimalMarket();
    const CandidateKnowledge scan(market, reference(), Knowledge::everything(market));
    std::vector<std::uint64_t> sirens;
    for (std::uint32_t line = 0; line < market.prospects.size(); line += 97)
        sirens.push_back(market.prospects[line].siret / 100000);
    const auto index = SirenLines::of(market, sirens);
    CandidateKnowledge indexed(market, reference(), Knowledge::everything(market));
    indexed.useIndex(&index);
    std::size_t compared = 0;
    for (std::uint32_t line = 0; line < market.prospects.size(); line += 97)
        for (const auto l :
             {line, std::min<std::uint32_t>(
                        line + 1, static_cast<std::uint32_t>(market.prospects.size() - 1))}) {
            const auto siret = market.prospects[l].siret;
            EXPECT_EQ(indexed.lineOfSiret(siret), scan.lineOfSiret(siret)) << l;
            EXPECT_EQ(indexed.lineOfSiren(siret / 100000), scan.lineOfSiren(siret / 100000)) << l;
            EXPECT_EQ(indexed.company(l).lines, scan.company(l).lines) << l;
            EXPECT_EQ(indexed.company(l).headcount, scan.company(l).headcount) << l;
            ++compared;
        }
    EXPECT_GT(compared, 2u);
    EXPECT_EQ(indexed.lineOfSiret(1), std::nullopt);  // no SIRET 1: a scan finds nothing either
}
