#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "TestFiles.h"
#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/market/MarketGenerator.h"

using namespace cmcsim;
using test::reference;

namespace {
// The bundled scenarios' markets, generated once (Rouen ~15k, Cantal ~3k, Lyon ~43k lines).
const Market& bundledMarket(const std::string& id) {
    static std::map<std::string, Market> markets;
    auto it = markets.find(id);
    if (it == markets.end())
        it = markets.emplace(id, MarketGenerator(reference(), test::bundledScenario(id)).generate())
                 .first;
    return it->second;
}

bool hasDefect(const Market& m, std::uint32_t record, DefectKind kind) {
    for (const auto& d : m.defects)
        if (d.record == record && d.kind == kind) return true;
    return false;
}
}  // namespace

// Invariant over every bundled scenario: a line's census total, its band, its establishment and
// its company agree (issue 7: no 140-employee line with a 732-person census, no company outside
// its band).
TEST(MarketConsistency, HeadcountsAgreeInEveryBundledScenario) {
    const auto& sizes = reference().sizes;
    for (const char* id : {"rouen-ze", "cantal-rural", "lyon-tertiaire"}) {
        const auto& m = bundledMarket(id);
        for (std::size_t i = 0; i < m.establishments.size(); ++i) {
            const auto& e = m.establishments[i];
            std::uint64_t census = 0;
            for (const auto& cell : m.census(e)) census += cell.headcount;
            ASSERT_EQ(census, e.headcount) << id << " establishment " << i;
            ASSERT_GE(e.headcount, 1u) << id << " establishment " << i;  // employers
            ASSERT_EQ(e.sizeBand, sizes.inseeBandFor(e.headcount)) << id << " establishment " << i;
        }
        for (std::size_t c = 0; c < m.companies.size(); ++c) {
            const auto& company = m.companies[c];
            const auto& band = sizes.companyBands()[company.sizeBand];
            ASSERT_GE(company.headcount, std::max(1u, band.min)) << id << " company " << c;
            ASSERT_LE(company.headcount, band.max) << id << " company " << c;
            std::uint64_t here = 0;
            for (std::uint32_t k = 0; k < company.establishmentCount; ++k)
                here += m.establishments[company.firstEstablishment + k].headcount;
            ASSERT_LE(here, company.headcount) << id << " company " << c;
        }
        // A line says its establishment's headcount and band unless a trap says otherwise (a
        // stale headcount, also on its duplicate; the band NN).
        for (std::uint32_t r = 0; r < m.prospects.size(); ++r) {
            const auto& p = m.prospects[r];
            const auto& e = m.establishments[p.establishment];
            const bool stale = hasDefect(m, r, DefectKind::StaleHeadcount) ||
                               (hasDefect(m, r, DefectKind::Duplicate) &&
                                hasDefect(m, r - 1, DefectKind::StaleHeadcount));
            if (stale || hasDefect(m, r, DefectKind::UnknownSizeBand)) continue;
            ASSERT_EQ(p.headcount, e.headcount) << id << " line " << r;
            ASSERT_EQ(p.sizeBand, e.sizeBand) << id << " line " << r;
        }
    }
}

TEST(MarketConsistency, AScenarioWithoutLargeCompaniesHasNone) {
    // minimal.json with no weight on 500-1999 and 2000+: no company nor establishment of 500 or
    // more (the old model grew companies past their band: 15,687 employees in such a scenario).
    auto j = nlohmann::json::parse(test::readFile(test::fixturePath("scenarios/minimal.json")));
    j["size_mix"] = {{"bands",
                      {{"0-9", 60},
                       {"10-19", 15},
                       {"20-49", 12},
                       {"50-99", 6},
                       {"100-249", 5},
                       {"250-499", 2},
                       {"500-1999", 0},
                       {"2000+", 0}}}};
    j["establishments"] = {{"count", 3000}};
    const auto scenario = ScenarioLoader(reference()).fromText(j.dump(), "sans-grands.json");
    const Market m = MarketGenerator(reference(), scenario).generate();
    for (const auto& c : m.companies) {
        ASSERT_LE(c.sizeBand, 5u);
        ASSERT_LT(c.headcount, 500u) << c.name;
    }
    for (const auto& e : m.establishments) ASSERT_LT(e.headcount, 500u);
}

TEST(MarketConsistency, ClosedCompaniesHaveNoContract) {
    // A company whose every establishment here has closed (1 to 19 months before the start) has
    // no contract renewing after the closing: none at all. A company with an open establishment
    // keeps its cover.
    const auto& m = test::rouenMarket();
    std::size_t ceased = 0;
    for (const auto& c : m.companies) {
        bool open = false;
        for (std::uint32_t k = 0; k < c.establishmentCount; ++k)
            open = open || !m.establishments[c.firstEstablishment + k].closed;
        if (open) continue;
        ++ceased;
        EXPECT_EQ(c.health.insurer, -1) << c.name;
        EXPECT_EQ(c.provident.insurer, -1) << c.name;
        EXPECT_EQ(c.health.renewal, Date{}) << c.name;
    }
    // rouen-ze.json closes 5 % of the establishments; most companies have one: ~700 ceased.
    EXPECT_GT(ceased, 500u);
}

TEST(MarketConsistency, OnlyPublicBodiesHaveASirenBeginningWithOneOrTwo) {
    // Case E3: 20.8 % of the private companies of the default scenario had a SIREN beginning with
    // 1 or 2, which INSEE reserves for public bodies (definition c2047, domain-facts J.5).
    for (const char* id : {"rouen-ze", "cantal-rural"}) {
        const auto& m = bundledMarket(id);
        std::size_t publicBodies = 0;
        std::set<std::uint64_t> sirens;
        for (const auto& c : m.companies) {
            const auto first = std::to_string(c.siren).front();
            const bool reserved = c.siren >= 100'000'000 && (first == '1' || first == '2');
            const bool isPublic = reference().legalForms[c.legalForm].publicBody();
            EXPECT_EQ(reserved, isPublic)
                << id << " " << c.siren << " " << reference().legalForms[c.legalForm].code;
            publicBodies += isPublic ? 1 : 0;
            EXPECT_TRUE(sirens.insert(c.siren).second) << "duplicate SIREN " << c.siren;
        }
        if (std::string(id) == "rouen-ze") {
            // Section O has 30 of the 14,978 establishments (URSSAF 2022): a few public bodies.
            EXPECT_GT(publicBodies, 5u);
        }
    }
}

TEST(MarketConsistency, BuildingWorkersAgreementFollowsTheCompanySize) {
    // IDCC 1596 covers building firms of up to 10 employees, 1597 those of more than 10 (titles
    // of the agreements, décret du 1er mars 1962); datasets/naf_idcc.csv min/max_effectif. Every
    // company's agreement is one whose range holds its headcount.
    const auto& ref = reference();
    const auto i1596 = *ref.idcc.find("1596"), i1597 = *ref.idcc.find("1597");
    std::size_t small = 0, large = 0;
    for (const char* id : {"rouen-ze", "cantal-rural", "lyon-tertiaire"}) {
        for (const auto& c : bundledMarket(id).companies) {
            if (c.idcc < 0) continue;
            bool allowed = false;
            for (const auto& a : ref.nafIdcc.alternatives(c.naf))
                allowed = allowed || (a.idcc && *a.idcc == static_cast<std::uint16_t>(c.idcc) &&
                                      a.appliesTo(c.headcount));
            EXPECT_TRUE(allowed) << id << " " << c.name << ", " << c.headcount << " salariés";
            if (c.idcc == i1596) {
                EXPECT_LE(c.headcount, 10u) << c.name;
                ++small;
            }
            if (c.idcc == i1597) {
                EXPECT_GT(c.headcount, 10u) << c.name;
                ++large;
            }
        }
    }
    EXPECT_GT(small, 100u);
    EXPECT_GT(large, 10u);
}

TEST(MarketConsistency, NamesFitTheRealActivity) {
    // Case E5: "Menuiserie industrielle …" was drawn for NAF 10.71C. A name's activity word now
    // comes from its own sous-classe (datasets/noms_entreprises.csv by NAF prefix): every name
    // holds one of its sous-classe's words, or none of any sous-classe.
    const auto& ref = reference();
    std::set<std::string> allWords;
    for (std::uint16_t n = 0; n < ref.naf.codes().size(); ++n)
        for (const auto& w : ref.naming.activities(n)) allWords.insert(w);
    auto startsOrEndsWith = [](const std::string& name, const std::string& word) {
        return name.starts_with(word + " ") || name.ends_with(" " + word);
    };
    std::size_t bakeries = 0;
    for (const auto& c : test::rouenMarket().companies) {
        bool own = false, foreign = false;
        for (const auto& w : ref.naming.activities(c.naf)) own = own || startsOrEndsWith(c.name, w);
        for (const auto& w : allWords) foreign = foreign || startsOrEndsWith(c.name, w);
        EXPECT_TRUE(own || !foreign) << c.name << " (" << ref.naf.codes()[c.naf].code << ")";
        const auto& code = ref.naf.codes()[c.naf].code;
        if (code == "10.71C") {
            ++bakeries;
            EXPECT_EQ(c.name.find("Menuiserie"), std::string::npos) << c.name;
        }
        if (c.name.starts_with("Menuiserie ")) {
            EXPECT_TRUE(code.starts_with("16.23") || code.starts_with("43.32")) << c.name << code;
        }
    }
    EXPECT_GT(bakeries, 50u);  // 10.71C: 252 establishments in the Rouen profile (URSSAF 2022)
}

TEST(MarketConsistency, AWrongNafContradictsTheName) {
    // A naf_errone line keeps the name drawn from the real activity: when the name carries an
    // activity word, that word is (almost always) not one of the listed code's words, which a
    // careful candidate can spot. The listed code is drawn among all 732 sous-classes, so a few
    // fall in a sous-classe sharing the word (e.g. 10.71C and 47.24Z "Boulangerie").
    const auto& ref = reference();
    const auto& m = test::rouenMarket();
    std::size_t named = 0, contradicted = 0;
    for (const auto& d : m.defects) {
        if (d.kind != DefectKind::WrongNaf) continue;
        const auto& p = m.prospects[d.record];
        const auto& company = m.companies[m.establishments[p.establishment].company];
        for (const auto& w : ref.naming.activities(company.naf)) {
            if (!company.name.starts_with(w + " ") && !company.name.ends_with(" " + w)) continue;
            ++named;
            const auto& listed = ref.naming.activities(p.naf);
            if (std::find(listed.begin(), listed.end(), w) == listed.end()) ++contradicted;
            break;
        }
    }
    // rouen-ze.json: wrong_naf 0.04 of ~15,000 lines, about half named with an activity word.
    EXPECT_GT(named, 150u);
    EXPECT_GE(static_cast<double>(contradicted), 0.95 * static_cast<double>(named));
}
