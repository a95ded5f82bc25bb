#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "cmcsim/market/Market.h"
#include "cmcsim/offer/OfferQuote.h"

namespace cmcsim {

struct ReferenceData;
class CandidateKnowledge;

// An obligation that applies to the company, with its legal reference.
struct Obligation {
    std::string label;
    std::string detail;
    std::string reference;
};

// A company's needs as a seller diagnoses them from what the candidate knows: its census
// summarised (the census the company sent, else an estimate from the known headcount, and said
// so), the obligations that apply, its current cover once revealed and where it falls short, and
// the questions still open.
struct Diagnosis {
    std::string name, siren, siret, naf, agreement, legalForm;
    std::string idcc;  // the agreement's four digits, empty when none
    int year = 2026;
    CompanyWorkforce workforce;
    bool estimated = false;      // some of the census is estimated, not the company's own
    std::string workforceBasis;  // where the census comes from, in French
    bool coverKnown = false;     // the current health cover was revealed
    bool premiumKnown = false;   // its premium too (the mutuelle's own clients)
    double employees = 0, women = 0, cadres = 0, meanAge = 0, salaryMass = 0;
    double meanPayCadres = 0, meanPayNonCadres = 0;
    std::array<double, 6> byAge{};     // census age bands
    std::array<double, 4> byFamily{};  // isolé, couple, monoparental, famille
    std::vector<Obligation> obligations;
    std::string currentHealth, currentProvident;
    // The insurer of the current provident contract, empty when the company has none, nullopt
    // while it is not known.
    std::optional<std::string> providentInsurer;
    int currentHealthLevel = 0;        // 0 = none
    double currentMonthlyPremium = 0;  // per employee
    std::vector<std::string> shortfalls;
    std::vector<std::string> openQuestions;

    // The company of the line listing this SIRET (or of the first line of this SIREN), as the
    // candidate knows it. InputError if no line of the prospect file lists it.
    static Diagnosis of(const CandidateKnowledge& knowledge, const ReferenceData& reference,
                        const std::string& siretOrSiren, int year);
    // The evaluator's view (the hidden truth): the same with Knowledge::everything().
    static Diagnosis of(const Market& market, const ReferenceData& reference,
                        const std::string& siretOrSiren, int year);
};

}  // namespace cmcsim
