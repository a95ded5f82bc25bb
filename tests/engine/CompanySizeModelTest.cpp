#include <gtest/gtest.h>

#include <array>
#include <cmath>

#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/market/CompanySizeModel.h"

using namespace cmcsim;
using test::reference;

TEST(CompanySizeModel, EstablishmentsPerCompanyFromUrssafCounts) {
    // E_b / N_b from datasets/urssaf_france_tranche_entreprise_2024.csv, never below 1; on a
    // territory holding a share t of the population: 1 + (E_b/N_b − 1) × t.
    const std::array<double, 8> national = {
        1333298.0 / 1302504, 158934.0 / 133567, 119631.0 / 82092, 52514.0 / 25373,
        54404.0 / 14547,     33470.0 / 4519,    65172.0 / 2967,   82210.0 / 640};
    EXPECT_NEAR(national[7], 128.453125, 1e-9);  // 82,210 / 640
    const CompanySizeModel whole(reference().sizes, 1.0), half(reference().sizes, 0.5);
    for (std::uint8_t b = 0; b < 8; ++b) {
        EXPECT_NEAR(whole.nationalEstablishments(b), national[b], 1e-9) << int{b};
        EXPECT_NEAR(whole.territoryEstablishments(b), national[b], 1e-9) << int{b};
        EXPECT_NEAR(half.territoryEstablishments(b), 1 + (national[b] - 1) * 0.5, 1e-9) << int{b};
    }
}

TEST(CompanySizeModel, HeadcountsStayInTheirBandWithTheRealMean) {
    // Mean headcount of a company per band = URSSAF employees / enterprises (2024), e.g.
    // 3,823,218 / 1,302,504 = 2.94 for 0-9 and 3,888,810 / 640 = 6,076 for 2000+. 50,000 draws
    // per band; the 2000+ law is heavy-tailed (sd ≈ 2.5× its mean), so the sd of its sample mean
    // is ≈ 1.1 %; tolerance 5 % for every band.
    const CompanySizeModel model(reference().sizes, 0.01);
    const auto& bands = reference().sizes.companyBands();
    for (std::uint8_t b = 0; b < 8; ++b) {
        KeyedRandom random(1, Purpose("headcount-test"), b);
        double sum = 0;
        const std::uint32_t low = std::max(1u, bands[b].min);
        for (int i = 0; i < 50000; ++i) {
            const auto h = model.drawHeadcount(b, random);
            ASSERT_GE(h, low) << bands[b].key;
            ASSERT_LE(h, bands[b].max) << bands[b].key;
            sum += h;
        }
        const double realMean = bands[b].employees / bands[b].enterprises;
        EXPECT_NEAR(sum / 50000 / realMean, 1.0, 0.05)
            << bands[b].key << ": mean " << sum / 50000 << " vs " << realMean;
    }
}

TEST(CompanySizeModel, EstablishmentCountsHaveTheTerritoryMean) {
    // 1 + a geometric number of further establishments: mean m_b, sd sqrt(m_b (m_b − 1)).
    // 50,000 draws: the sd of the sample mean is ≤ 0.6 (2000+ nationally, m = 128.5); tolerance
    // 3 % of the mean.
    for (double share : {1.0, 0.0095}) {
        const CompanySizeModel model(reference().sizes, share);
        for (std::uint8_t b = 0; b < 8; ++b) {
            KeyedRandom random(2, Purpose("establishments-test"), b);
            double sum = 0;
            for (int i = 0; i < 50000; ++i) {
                const auto n = model.drawEstablishments(b, random);
                ASSERT_GE(n, 1u);
                sum += n;
            }
            EXPECT_NEAR(sum / 50000, model.territoryEstablishments(b),
                        0.03 * model.territoryEstablishments(b))
                << "band " << int{b} << ", territory share " << share;
        }
    }
}

TEST(CompanySizeModel, RouenEmployeesNearTheRealCount) {
    // URSSAF 2022, zone d'emploi de Rouen: 183,731 employees in 14,978 establishments
    // (datasets/urssaf_ze_rouen_ape.csv). The market's count comes from national size laws, so
    // only the order of magnitude is expected: ±10 %.
    std::uint64_t employees = 0;
    for (const auto& e : test::rouenMarket().establishments) employees += e.headcount;
    EXPECT_NEAR(static_cast<double>(employees), 183731.0, 18373.1) << employees << " employees";
}
