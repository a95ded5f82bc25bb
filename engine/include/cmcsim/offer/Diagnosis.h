#pragma once

#include <array>
#include <string>
#include <vector>

#include "cmcsim/market/Market.h"
#include "cmcsim/offer/OfferQuote.h"

namespace cmcsim {

struct ReferenceData;

// An obligation that applies to the company, with its legal reference.
struct Obligation {
    std::string label;
    std::string detail;
    std::string reference;
};

// A company's needs as a seller diagnoses them: its census summarised, the obligations that
// apply, its current cover and where it falls short, and the questions still open.
struct Diagnosis {
    std::string name, siren, siret, naf, agreement, legalForm;
    int year = 2026;
    CompanyWorkforce workforce;
    double employees = 0, women = 0, cadres = 0, meanAge = 0, salaryMass = 0;
    double meanPayCadres = 0, meanPayNonCadres = 0;
    std::array<double, 6> byAge{};     // census age bands
    std::array<double, 4> byFamily{};  // isolé, couple, monoparental, famille
    std::vector<Obligation> obligations;
    std::string currentHealth, currentProvident;
    int currentHealthLevel = 0;        // 0 = none
    double currentMonthlyPremium = 0;  // per employee
    std::vector<std::string> shortfalls;
    std::vector<std::string> openQuestions;

    // The company that owns the establishment with this SIRET (or the company with this SIREN).
    static Diagnosis of(const Market& market, const ReferenceData& reference,
                        const std::string& siretOrSiren, int year);
};

}  // namespace cmcsim
