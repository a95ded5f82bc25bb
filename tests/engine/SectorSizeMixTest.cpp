#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

#include "TestFiles.h"
#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/market/SectorSizeMix.h"

using namespace cmcsim;
using test::reference;

namespace {
Scenario withSectors(const nlohmann::json& sectors) {
    auto j = nlohmann::json::parse(test::readFile(test::fixturePath("scenarios/minimal.json")));
    j["sectors"] = sectors;
    return ScenarioLoader(reference()).fromText(j.dump(), "t.json");
}

std::map<char, double> sectionShares(const std::vector<double>& subclassShares) {
    std::map<char, double> out;
    for (std::size_t i = 0; i < subclassShares.size(); ++i)
        out[reference().naf.codes()[i].section] += subclassShares[i];
    return out;
}
}  // namespace

TEST(SectorSizeMix, WithoutWeightsTheSectorsAreTheRouenProfile) {
    const SectorSizeMix mix(reference(), test::minimalScenario());
    const auto& profile = reference().sectorProfile.establishments();
    ASSERT_EQ(mix.sectorShares().size(), profile.size());
    for (std::size_t i = 0; i < profile.size(); ++i)
        EXPECT_NEAR(mix.sectorShares()[i], profile[i] / 14978.0, 1e-12)
            << reference().naf.codes()[i].code;
}

TEST(SectorSizeMix, NationalProfileBandsAreUrssafEstablishmentShares) {
    const SectorSizeMix mix(reference(), test::minimalScenario());
    // datasets/urssaf_france_tranche_entreprise_2024.csv, establishments / 1,899,633.
    const std::array<double, 8> establishments = {1333298, 158934, 119631, 52514,
                                                  54404,   33470,  65172,  82210};
    ASSERT_EQ(mix.bandShares().size(), 8u);
    for (std::size_t b = 0; b < 8; ++b)
        EXPECT_NEAR(mix.bandShares()[b], establishments[b] / 1899633.0, 1e-12) << b;
}

TEST(SectorSizeMix, CustomBandsAreNormalisedWeights) {
    // cantal-rural.json: 78, 8.5, 5.5, 2.2, 1.8, 1, 1.3, 1.7 (sum 100).
    const SectorSizeMix mix(reference(), test::bundledScenario("cantal-rural"));
    const std::array<double, 8> weights = {78, 8.5, 5.5, 2.2, 1.8, 1, 1.3, 1.7};
    for (std::size_t b = 0; b < 8; ++b)
        EXPECT_NEAR(mix.bandShares()[b], weights[b] / 100.0, 1e-12) << b;
}

TEST(SectorSizeMix, JointDistributionHasBothMargins) {
    for (const char* id : {"rouen-ze", "cantal-rural", "lyon-tertiaire"}) {
        const SectorSizeMix mix(reference(), test::bundledScenario(id));
        const auto& joint = mix.joint();
        ASSERT_EQ(joint.rows(), static_cast<Eigen::Index>(mix.sectorShares().size()));
        ASSERT_EQ(joint.cols(), 8);
        EXPECT_GE(joint.minCoeff(), 0.0) << id;
        for (Eigen::Index i = 0; i < joint.rows(); ++i)
            EXPECT_NEAR(joint.row(i).sum(), mix.sectorShares()[static_cast<std::size_t>(i)], 1e-9)
                << id << " row " << i;
        for (Eigen::Index b = 0; b < 8; ++b)
            EXPECT_NEAR(joint.col(b).sum(), mix.bandShares()[static_cast<std::size_t>(b)], 1e-9)
                << id << " band " << b;
    }
}

TEST(SectorSizeMix, SectionWeightsSetSectionShares) {
    // {"G": 2, "F": 1}: G gets 2/3, F 1/3, every other section 0 (docs/scenario-format.md).
    const SectorSizeMix mix(reference(), withSectors({{"profile", "urssaf-ze-rouen-2022"},
                                                      {"sections", {{"G", 2}, {"F", 1}}}}));
    const auto shares = sectionShares(mix.sectorShares());
    EXPECT_NEAR(shares.at('G'), 2.0 / 3.0, 1e-12);
    EXPECT_NEAR(shares.at('F'), 1.0 / 3.0, 1e-12);
    for (const auto& [section, share] : shares)
        if (section != 'G' && section != 'F') {
            EXPECT_EQ(share, 0.0) << section;
        }
    // Within G, sous-classes keep their profile proportions: 47.11F against 47.73Z.
    const auto& naf = reference().naf;
    const auto& profile = reference().sectorProfile.establishments();
    const auto a = *naf.find("47.11F"), b = *naf.find("47.73Z");
    ASSERT_GT(profile[b], 0.0);
    EXPECT_NEAR(mix.sectorShares()[a] / mix.sectorShares()[b], profile[a] / profile[b], 1e-9);
}

TEST(SectorSizeMix, DivisionWeightsSetDivisionShares) {
    const SectorSizeMix mix(reference(), withSectors({{"profile", "urssaf-ze-rouen-2022"},
                                                      {"divisions", {{"56", 3}, {"55", 1}}}}));
    double d55 = 0, d56 = 0, other = 0;
    for (std::size_t i = 0; i < mix.sectorShares().size(); ++i) {
        const auto& division = reference().naf.codes()[i].division;
        (division == "55" ? d55 : division == "56" ? d56 : other) += mix.sectorShares()[i];
    }
    EXPECT_NEAR(d56, 0.75, 1e-12);
    EXPECT_NEAR(d55, 0.25, 1e-12);
    EXPECT_EQ(other, 0.0);
}

TEST(SectorSizeMix, RouenMarketFollowsTheSectionProfile) {
    // Share of establishments per NAF section vs datasets/urssaf_ze_rouen_ape.csv. The binomial
    // sd of a share over 14,978 draws is at most 0.41 pp (at 50 %), 0.34 pp for G (21.5 %);
    // companies with several establishments add a little clustering. Tolerance 1.5 pp.
    const auto& m = test::rouenMarket();
    const auto expected =
        sectionShares(SectorSizeMix(reference(), test::rouenScenario()).sectorShares());
    std::map<char, double> observed;
    for (const auto& e : m.establishments) observed[reference().naf.codes()[e.naf].section] += 1.0;
    for (const auto& [section, share] : expected) {
        const double got = observed[section] / static_cast<double>(m.establishments.size());
        EXPECT_NEAR(got, share, 0.015) << "section " << section;
    }
    // Spot values from docs/scenario-format.md (profile, % of 14,978): G 21.5, F 10.9, A 0.
    EXPECT_NEAR(expected.at('G'), 0.215, 0.0005);
    EXPECT_NEAR(expected.at('F'), 0.109, 0.0005);
    EXPECT_EQ(observed['A'], 0.0);
}

TEST(SectorSizeMix, RouenMarketFollowsTheNationalSizeBands) {
    // The generator draws companies with weights joint / m_b, where m_b is the mean number of
    // establishments a company of band b has on the territory: m_b = 1 + (E_b/N_b − 1) × t,
    // E_b and N_b the URSSAF 2024 establishments and enterprises of the band, t the territory's
    // share of the French population (648,150 / 68,350,798 = 0.95 %). So the share of companies
    // in band b is (E_b/m_b) / Σ_k (E_k/m_k), and the share of establishments is E_b / Σ E_k.
    const auto& bands = reference().sizes.companyBands();
    const double t = 648150.0 / 68350798.0;
    std::array<double, 8> companyWeight{}, establishmentShare{};
    double companyTotal = 0;
    for (std::size_t b = 0; b < 8; ++b) {
        const double m =
            1 + (std::max(1.0, bands[b].establishments / bands[b].enterprises) - 1) * t;
        companyWeight[b] = bands[b].establishments / m;
        companyTotal += companyWeight[b];
        establishmentShare[b] = bands[b].establishments / 1899633.0;
    }
    const auto& m = test::rouenMarket();
    std::array<double, 8> companies{}, establishments{};
    for (const auto& c : m.companies) {
        companies[c.sizeBand] += 1;
        establishments[c.sizeBand] += c.establishmentCount;
    }
    // ~14,600 companies: binomial sd ≤ 0.38 pp (0-9 at 71 %); tolerance 1.5 pp (4 sd).
    for (std::size_t b = 0; b < 8; ++b) {
        EXPECT_NEAR(companies[b] / static_cast<double>(m.companies.size()),
                    companyWeight[b] / companyTotal, 0.015)
            << "companies in band " << bands[b].key;
        EXPECT_NEAR(establishments[b] / static_cast<double>(m.establishments.size()),
                    establishmentShare[b], 0.015)
            << "establishments in band " << bands[b].key;
    }
}
