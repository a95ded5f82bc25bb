#include <fmt/format.h>
#include <gtest/gtest.h>

#include <array>
#include <iostream>
#include <map>

#include "TestMarkets.h"
#include "TestReference.h"

using namespace cmcsim;
using test::reference;

// Employees of the Rouen market against the reference data (docs/market-model.md prints these
// tables: build/release/tests/cmcsim_engine_tests --gtest_filter='MarketFit.*').

TEST(MarketFit, RouenEmployeesBySectionWithinTenPercent) {
    // Real: URSSAF 2022 employees per APE of the Rouen employment zone
    // (datasets/urssaf_ze_rouen_ape.csv), summed by NAF section. Tolerance: ±10 % for every
    // section with at least 1,000 real employees (the criterion).
    const auto& codes = reference().naf.codes();
    const auto& real = reference().sectorProfile.employees();
    std::map<char, std::array<double, 2>> bySection;  // real, generated
    for (std::size_t i = 0; i < codes.size(); ++i) bySection[codes[i].section][0] += real[i];
    for (const auto& e : test::rouenMarket().establishments)
        bySection[codes[e.naf].section][1] += e.headcount;
    std::cout << "| section | real employees | generated | gap |\n|---|---|---|---|\n";
    for (const auto& [section, v] : bySection) {
        if (v[0] == 0 && v[1] == 0) continue;
        std::cout << fmt::format("| {} | {:.0f} | {:.0f} | {:+.1f} % |\n", section, v[0], v[1],
                                 v[0] > 0 ? (v[1] / v[0] - 1) * 100 : 0.0);
        if (v[0] >= 1000) {
            EXPECT_NEAR(v[1] / v[0], 1.0, 0.10) << "section " << section;
        }
    }
}

TEST(MarketFit, RouenEmployeeShareByCompanyBandWithinTwoPoints) {
    // Real: employees of each company band / all employees, URSSAF 2024 national counts
    // (datasets/urssaf_france_tranche_entreprise_2024.csv), the Rouen scenario's size mix.
    // Tolerance: 2 points for every band.
    const auto& bands = reference().sizes.companyBands();
    double realTotal = 0;
    for (const auto& b : bands) realTotal += b.employees;
    std::array<double, 8> generated{};
    double total = 0;
    const auto& market = test::rouenMarket();
    for (const auto& e : market.establishments) {
        generated[market.companies[e.company].sizeBand] += e.headcount;
        total += e.headcount;
    }
    std::cout << "| company band | real share | generated share | gap (points) |\n"
                 "|---|---|---|---|\n";
    for (std::size_t b = 0; b < 8; ++b) {
        const double realShare = bands[b].employees / realTotal * 100;
        const double share = generated[b] / total * 100;
        std::cout << fmt::format("| {} | {:.1f} % | {:.1f} % | {:+.1f} |\n", bands[b].key,
                                 realShare, share, share - realShare);
        EXPECT_NEAR(share, realShare, 2.0) << bands[b].key;
    }
    std::cout << fmt::format("Total: {:.0f} employees (real 183,731)\n", total);
}
