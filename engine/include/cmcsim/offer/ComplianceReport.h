#pragma once

#include <optional>
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
    // What the rule is about, so that a call for tender judges an offer on the covers it asks
    // (TenderAward::candidateBid): health (contrat responsable, ANI basket, employer share, every
    // employee covered, a branch's « sante » rules), provident (the cadres' 1,50 %, a branch's
    // « prevoyance » rules: column domaine of datasets/exigences_branches.csv), both (a branch
    // whose rules are not recorded), management (the contract's administration; no rule yet).
    enum class Scope { Health, Provident, Both, Management };
    std::string label;
    Verdict verdict = Verdict::ToCheck;
    std::string figures;
    std::string reference;
    Scope scope = Scope::Both;
};

// The compliance of an offer: contrat responsable, ANI basket, employer share, collective
// cover of every employee, cadres' provident, and every rule of the company's collective
// agreement (BranchCompliance); a non-compliant offer can be saved but is flagged.
struct ComplianceReport {
    std::vector<ComplianceRule> rules;

    // `idcc`: the company's collective agreement, four digits, empty when it has none.
    // `providentInForce`: the insurer of the company's current provident contract, empty when it
    // has none, nullopt when it is not known. The cadres' provident (ANI du 17 novembre 2017, art.
    // 1 et 2; domain-facts D.1) is the employer's obligation: an offer without provident for the
    // cadres meets it when the company has a provident contract in force (assumed to cover its
    // cadres at the 1,50 %), is « à vérifier » when that is not known, and fails without one.
    static ComplianceReport check(
        const Offer& offer, const OfferQuote& quote, const OfferCatalogue& catalogue,
        const RegulatoryParameters& regulation, const CompanyWorkforce& workforce,
        const std::string& idcc,
        const std::optional<std::string>& providentInForce = std::string());
    // The offer's effective date against the attempt's simulated date when it is quoted: met
    // on or after it, not met before it (the contract would cover a period already over), the
    // two dates given in French.
    static ComplianceRule effectiveDate(const Offer& offer, Date simulatedDate);
    bool compliant() const;
    static const char* verdictLabel(ComplianceRule::Verdict verdict);
};

}  // namespace cmcsim
