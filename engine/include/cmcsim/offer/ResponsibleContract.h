#pragma once

#include <string>
#include <vector>

#include "cmcsim/offer/ComplianceReport.h"
#include "cmcsim/reference/OfferCatalogue.h"

namespace cmcsim {

// What a health product with its options reimburses per care item (datasets/postes_soins.csv),
// for rules stated in % of the BR or in euros.
class CoverLimits {
public:
    CoverLimits(const HealthProduct& product, const std::vector<const HealthProduct*>& options,
                const OfferCatalogue& catalogue);
    const CareItem* item(const std::string& id) const;  // null for an unknown item
    Guarantee guarantee(const std::string& id) const;
    // The most one act of the item is reimbursed, Sécurité sociale included: in euros (0 for an
    // unknown item), and in % of the BR (0 for an item without BR).
    double ceiling(const std::string& id) const;
    double percentOfBase(const std::string& id) const;

private:
    const HealthProduct& product_;
    const std::vector<const HealthProduct*>& options_;
    const OfferCatalogue& catalogue_;
};

// The rules of the contrat responsable (CSS L871-1, R871-1 and R871-2; domain-facts C.6) for a
// health product with its options: non-OPTAM fee overruns, optics and hearing-aid ceilings, the
// forfait journalier without limit and the 100 % Santé baskets in full. A contract that breaks
// one is non-responsible: its premium bears the TSA at 20,27 % instead of 13,27 % (CGI art. 1001)
// and loses the social and fiscal exemptions.
struct ResponsibleContract {
    // One rule per requirement, labelled "<rule> — <product label> (<who>)".
    static std::vector<ComplianceRule> rules(const HealthProduct& product,
                                             const std::vector<const HealthProduct*>& options,
                                             const OfferCatalogue& catalogue,
                                             const std::string& who);
    // True when every rule is met.
    static bool responsible(const HealthProduct& product,
                            const std::vector<const HealthProduct*>& options,
                            const OfferCatalogue& catalogue);
    // The most the contract lets a patient get back for one act of `item`, Sécurité sociale
    // included, in euros.
    static double ceiling(const CareItem& item, const Guarantee& guarantee);
};

}  // namespace cmcsim
