#pragma once

#include <string>
#include <vector>

#include "cmcsim/offer/Offer.h"
#include "cmcsim/offer/OfferQuote.h"

namespace cmcsim {

struct OfferCatalogue;
class RegulatoryParameters;

// One rule an offer must meet, with its verdict, the figures behind it and its legal reference.
struct ComplianceRule {
    enum class Verdict { Met, NotMet, ToCheck };
    std::string label;
    Verdict verdict = Verdict::ToCheck;
    std::string figures;
    std::string reference;
};

// The compliance of an offer: contrat responsable, ANI basket, employer share, collective
// cover of every employee, cadres' provident, and every rule of the company's collective
// agreement (BranchCompliance); a non-compliant offer can be saved but is flagged.
struct ComplianceReport {
    std::vector<ComplianceRule> rules;

    // `idcc`: the company's collective agreement, four digits, empty when it has none.
    static ComplianceReport check(const Offer& offer, const OfferQuote& quote,
                                  const OfferCatalogue& catalogue,
                                  const RegulatoryParameters& regulation,
                                  const CompanyWorkforce& workforce, const std::string& idcc);
    bool compliant() const;
    static const char* verdictLabel(ComplianceRule::Verdict verdict);
};

}  // namespace cmcsim
