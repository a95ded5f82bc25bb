#pragma once

#include <string>
#include <vector>

#include "cmcsim/core/Date.h"
#include "cmcsim/offer/ComplianceReport.h"
#include "cmcsim/offer/Offer.h"
#include "cmcsim/offer/OfferQuote.h"
#include "cmcsim/reference/BranchRequirements.h"

namespace cmcsim {

class RegulatoryParameters;

// Checks an offer against every rule of the company's collective agreement in force on the
// offer's effective date (datasets/exigences_branches.csv; docs/compliance.md): health rules from
// the priced figures of each rate class, so they hold whatever way the offer expresses its rates,
// and provident rules from the rates on T1 and T2. A cover the branch requires and the offer
// lacks is not met; rules the data cannot settle are "à vérifier" with the reason.
class BranchCompliance {
public:
    // `idcc`: four digits, empty when the company has no agreement (no rule). The PMSS is the one
    // of the effective date's year when the parameters have it, else of `workforce.year`. The
    // Alsace-Moselle figures apply when `workforce.alsaceMoselle`.
    static std::vector<ComplianceRule> check(const BranchRequirements& branches,
                                             const std::string& idcc, const Offer& offer,
                                             const OfferQuote& quote,
                                             const CompanyWorkforce& workforce,
                                             const RegulatoryParameters& regulation);
    // The date whose rules apply: the offer's effective date, else 1 January of `year`.
    static Date ruleDate(const Offer& offer, int year);
    // The rules of the agreement that concern the workforce (a population with somebody in it),
    // in force on `date`: the rows the diagnosis states and the compliance report checks.
    static std::vector<const BranchRule*> applicable(const BranchRequirements& branches,
                                                     const std::string& idcc, Date date,
                                                     const CompanyWorkforce& workforce);
    // The applicable cadres employer minimum that replaces the legal 1,50 % of T1 (ANI of 17
    // November 2017; a cadres `taux_patronal_t1` row whose precision says "remplace le 1,50 %":
    // métallurgie, IDCC 3248, 1,12 %, domain-facts J.2), or null when the 1,50 % stands.
    static const BranchRule* cadresMinimum(const BranchRequirements& branches,
                                           const std::string& idcc, Date date,
                                           const CompanyWorkforce& workforce);
    // "Convention collective IDCC 1979, santé (tout le personnel)", with the accord's scope when
    // it is not extended.
    static std::string title(const BranchRule& rule);
    // What is said of an agreement the table has no row for.
    static std::string unrecordedAgreement();
    static constexpr const char* kUnrecordedReference =
        "CSS art. L912-1 ; texte de la convention collective";
};

}  // namespace cmcsim
