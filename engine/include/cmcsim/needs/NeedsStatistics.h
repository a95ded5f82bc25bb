#pragma once

#include <array>
#include <cstdint>
#include <string>

namespace cmcsim {

struct Market;
struct ReferenceData;
struct Scenario;

// The distribution of the hidden needs over a whole market (`cmcsim needs --truth --stats`;
// docs/simulation.md, "Les besoins des entreprises", quotes it for Rouen): what trainers check
// when they tune datasets/besoins_entreprises.csv. One pass over every company.
struct NeedsStatistics {
    // By company size band (SizeBands::companyBandKeys order).
    struct Band {
        std::uint32_t companies = 0, covered = 0;
        double hr = 0, cse = 0, accountant = 0, broker = 0;  // shares of the band's companies
        double ownerInfluence = 0;                           // mean influence of the dirigeant
        double priceSensitivity = 0;                         // mean
        double budgetRatio = 0;  // mean budget / current employer share (covered companies)
        double provident = 0, pendingDue = 0;  // shares
        double dissatisfactions = 0;           // mean count (covered companies)
        double objections = 0;                 // mean count per company
    };
    std::array<Band, 8> bands{};
    std::uint32_t companies = 0;
    // Pearson correlations over the companies with at least 5 employees.
    double childrenDental = 0, childrenOptics = 0, seniorsHospital = 0, familiesDependants = 0;
    std::array<double, 4> wantedLevels{};            // share of companies wanting level 1..4
    std::array<std::uint32_t, 12> decisionMonths{};  // decisions by calendar month
    double ria = 0;  // share deciding after the notice deadline (résiliation infra-annuelle)

    static NeedsStatistics of(const Market& market, const ReferenceData& reference,
                              const Scenario& scenario, std::uint64_t seed);
    // The distribution in French, as tables of text.
    std::string text() const;
};

}  // namespace cmcsim
