#include <gtest/gtest.h>

#include <array>
#include <vector>

#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/market/CensusModel.h"

using namespace cmcsim;
using test::reference;

TEST(CensusModel, CellsSumToTheEstablishmentHeadcount) {
    const auto& m = test::rouenMarket();
    for (std::size_t i = 0; i < m.establishments.size(); ++i) {
        const auto& e = m.establishments[i];
        std::uint32_t sum = 0;
        for (const auto& cell : m.census(e)) {
            ASSERT_LT(cell.ageBand, 6u) << i;
            ASSERT_LT(cell.sex, 2u) << i;
            ASSERT_LT(cell.cadre, 2u) << i;
            ASSERT_LT(cell.family, 4u) << i;
            ASSERT_GT(cell.headcount, 0u) << "empty cells are not stored, establishment " << i;
            sum += cell.headcount;
        }
        ASSERT_EQ(sum, e.headcount) << "establishment " << i;
        ASSERT_LE(e.censusCellCount, CensusModel::kCells);
    }
}

TEST(CensusModel, NobodyIsPaidBelowTheAnnualSmic) {
    // Gross annual pay at least the legal minimum: SMIC mensuel 2026 (35 h) 1,823.03 € × 12 =
    // 21,876.36 € (datasets/parametres_reglementaires.csv; the Rouen scenario starts in 2026).
    const double smicAnnual = reference().regulation.value(2026, "smic_mensuel") * 12;
    ASSERT_NEAR(smicAnnual, 21876.36, 1e-6);
    const auto& m = test::rouenMarket();
    std::size_t below = 0, cells = 0;
    std::uint32_t lowest = UINT32_MAX;
    for (const auto& cell : m.censusCells) {
        if (cell.cadre) continue;
        ++cells;
        lowest = std::min(lowest, cell.meanAnnualPayEur);
        below += cell.meanAnnualPayEur < smicAnnual ? 1u : 0u;
    }
    ASSERT_GT(cells, 0u);
    EXPECT_EQ(below, 0u) << below << " of " << cells << " non-cadre cells are paid below "
                         << smicAnnual << " €; lowest " << lowest << " €";
}

TEST(CensusModel, DrawsFollowTheSectorProfile) {
    // 50,000 employees per section: age, sex and cadre margins must be the profile's
    // (datasets/profils_effectifs.csv). The binomial sd of a share is ≤ 0.22 pp; tolerance 1 pp.
    const CensusModel model(reference(), 2026);
    for (char section = 'A'; section <= 'U'; ++section) {
        const auto& profile = reference().workforceFor(section);
        KeyedRandom random(3, Purpose("census-test"), static_cast<std::uint64_t>(section));
        std::vector<CensusCell> cells;
        model.draw(section, 50000, random, cells);
        std::array<double, 6> ages{};
        double women = 0, cadres = 0, total = 0;
        for (const auto& c : cells) {
            ages[c.ageBand] += c.headcount;
            women += c.sex == 0 ? c.headcount : 0;
            cadres += c.cadre ? c.headcount : 0;
            total += c.headcount;
        }
        ASSERT_EQ(total, 50000.0) << section;
        EXPECT_NEAR(women / total, profile.womenShare, 0.01) << section;
        EXPECT_NEAR(cadres / total, profile.cadreShare, 0.01) << section;
        for (std::size_t a = 0; a < 6; ++a)
            EXPECT_NEAR(ages[a] / total, profile.ageShares[a], 0.01) << section << a;
    }
}

TEST(CensusModel, NoEmployeeNoCell) {
    const CensusModel model(reference(), 2026);
    KeyedRandom random(1, Purpose("census-empty"));
    std::vector<CensusCell> cells;
    model.draw('G', 0, random, cells);
    EXPECT_TRUE(cells.empty());
    model.draw('G', 1, random, cells);
    ASSERT_EQ(cells.size(), 1u);
    EXPECT_EQ(cells[0].headcount, 1u);
}
