#pragma once

#include <Eigen/Dense>
#include <algorithm>
#include <mutex>
#include <string>
#include <vector>

#include "cmcsim/offer/InsuredGroup.h"
#include "cmcsim/offer/Offer.h"
#include "cmcsim/offer/PayrollSimulation.h"

namespace cmcsim {

struct OfferCatalogue;
class RegulatoryParameters;

// Loadings between expected claims and the premium (docs/pricing.md; modelling assumptions ⚠
// calibrated on DREES's collective loss ratio of 85–90 % in health and 64 % in provident).
struct PricingAssumptions {
    double healthManagement = 0.09;  // management costs, share of the premium excluding taxes
    double healthMargin = 0.02;
    double providentLoading = 0.36;       // provident: 64 % of premiums paid back (DREES ER 1361)
    double optionalDependantsJoin = 0.6;  // share of dependants who join when it is optional
    double medicalInflation = 0.045;      // yearly growth of claims for projections ⚠
    double cadreMortality = 0.7;          // cadres' death rates relative to all employees
    double cadreIncapacity =
        0.6;  // cadres' sick-leave and disability rates relative to all employees
};

// The company's workforce as the pricing needs it.
struct CompanyWorkforce {
    std::vector<CensusCell> cells;
    double childrenPerFamily = 1.8;
    int headcount = 0;  // the whole company, for the forfait social threshold
    int year = 2026;
    // Covered by the régime local d'Alsace-Moselle (head office or establishment in 57, 67, 68;
    // CSS L325-1): the complementary cover pays after its benefits (CSS D911-1-1).
    bool alsaceMoselle = false;
};

// A price per rate class: members, monthly contribution and its split.
struct RateClassPrice {
    std::string name;
    // Whole members of the class (employees; people in the adult/child structure), the expected
    // split rounded by largest remainders; the premium is collected on them.
    double members = 0;
    // The family model's expected split (optional dependants join with a probability): a
    // fraction, shown labelled as such.
    double expectedMembers = 0;
    double monthly = 0;  // euros, taxes included; for a % of salary, the mean over the class
    double pctPmss = 0;
    double employerMonthly = 0;
    double employeeMonthly = 0;
};

// The health price of one category. Every class of the structure is present, with 0 members
// when the company has nobody in it; an empty category is priced at zero with a note.
struct HealthQuote {
    std::string category, product;
    RateStructure structure = RateStructure::SingleFamily;
    std::vector<RateClassPrice> classes;
    // A contrat responsable (ResponsibleContract) bears the TSA at tsa_responsable_pct (13,27 %),
    // another at tsa_non_responsable_pct (20,27 %) (CSS L862-4; CGI art. 1001).
    bool responsible = true;
    double tsaRate = 0;          // fraction of the premium excluding taxes
    bool alsaceMoselle = false;  // priced after the régime local (CSS D911-1-1)
    int year = 0;                // the year priced
    double costIndex = 1;        // medical inflation from the costs' base year to the quote's
    InsuredGroup::Counts covered = InsuredGroup::Counts::Zero();  // people covered, by cell
    std::vector<std::string> notes;
    double employees = 0, insuredPeople = 0;
    double annualClaims = 0, annualPremiumExTax = 0, annualPremium = 0, annualTaxes = 0;
    double expectedLossRatio = 0;
    double annualEmployer = 0, annualEmployee = 0;  // the employer's includes the services
    double annualServices = 0;       // services paid by the employer on top of the premium
    Eigen::VectorXd claimsByItem;    // annual, per care item
    Eigen::VectorXd varianceByItem;  // annual, per care item
    InsuredGroup group;

    // The premium (taxes included, services excluded) attributed to each care item in
    // proportion to its expected claims: the loadings are proportional.
    Eigen::VectorXd premiumByItem() const;
    // Expected annual benefits per employee: those of the employees and of the dependants they
    // cover, divided by the employees (0 without employees). The one definition used by the
    // rate table (Tarif) and the comparison with the current contract.
    double expectedBenefitsPerEmployee() const {
        return employees > 0 ? annualClaims / employees : 0;
    }
};

// The provident price of one category, as a rate of gross pay: priced from the census, or at
// contractual rates of T1/T2 (`contractual`), whose expected loss ratio is then the claims of the
// group over that premium. An empty category is priced at zero with a note.
struct ProvidentQuote {
    std::string category, product;
    bool contractual = false;
    std::vector<std::string> notes;
    double employees = 0, payroll = 0;
    double annualDeath = 0, annualIncapacity = 0, annualDisability = 0, annualClaims = 0,
           annualPremium = 0;
    double rateOfPay = 0, expectedLossRatio = 0;
    double annualEmployer = 0, annualEmployee = 0;
    double deathRateOfPay = 0;  // the part financing death cover, for the cadres' 0.76 %
    double deaths = 0, incapacityCases = 0, disabilityCases = 0;  // expected yearly numbers
    // The contribution as the market quotes it: fractions of the category's T1 (pay up to the
    // PASS) and T2 (from 1 to 8 PASS) payrolls, whole and employer's part; death part of T1.
    double rateT1 = 0, rateT2 = 0, employerRateT1 = 0, employerRateT2 = 0, deathRateT1 = 0;
    double payrollT1 = 0, payrollT2 = 0;  // euros a year
    // False when benefits are expected but nothing is collected (contractual rates on T2 only
    // in a category paid below the PASS): the loss ratio is then undefined, not 0.
    bool lossRatioDefined() const { return annualClaims <= 0 || annualPremium >= 0.005; }
};

// Who pays what over a year for an offer.
struct CostSplit {
    double employerContributions = 0;  // health and provident, services included
    double forfaitSocial = 0;
    double employeeContributions = 0;
    double employeeCharges = 0;  // CSG/CRDS on the employer's share
    double taxes = 0;            // TSA inside the health contributions
};

// Everything an offer costs a company: health and provident prices by category, services, and
// the social and fiscal treatment for a typical employee of each category.
struct OfferQuote {
    std::vector<HealthQuote> health;
    std::vector<ProvidentQuote> provident;
    double servicesMonthlyPerEmployee = 0;
    std::vector<std::pair<std::string, PayrollSimulation>> payroll;  // by category
    double annualEmployerCost = 0, annualEmployeeCost = 0;
    // Health and provident contributions, taxes included, services excluded.
    double annualPremium = 0;
    double annualServices = 0;
    CostSplit costs;
    std::vector<std::string> notes;  // of every category, e.g. an empty category priced at zero
};

// Prices offers from a company's census with Eigen: expected claims by care item, loadings,
// taxes, rate classes; provident from death, incapacity and disability tables.
class OfferPricer {
public:
    OfferPricer(const OfferCatalogue& catalogue, const RegulatoryParameters& regulation,
                PricingAssumptions assumptions = {});

    // A category with nobody is priced at zero with a note (never an error nor a division by
    // zero). Throws InputError for a product missing from the catalogue.
    OfferQuote quote(const Offer& offer, const CompanyWorkforce& workforce) const;
    // `commission`: a broker's commission on the premium excluding taxes, 0..0.2.
    // `contractYear`: the year of the contract's effective date, for one-year measures such as
    // the LFSS 2026 contribution exceptionnelle (0: the workforce's year).
    HealthQuote priceHealth(const HealthTerms& terms, const std::string& category,
                            const CompanyWorkforce& workforce, double commission = 0,
                            int contractYear = 0) const;
    ProvidentQuote priceProvident(const ProvidentTerms& terms, const std::string& category,
                                  const CompanyWorkforce& workforce, double commission = 0) const;
    const PricingAssumptions& assumptions() const { return assumptions_; }
    // An annual pay's tranches in euros: T1 up to the PASS, T2 from 1 to 8 PASS (the provident
    // bases; AGIRC-ARRCO tranches as the ANI of 17 November 2017 uses them).
    struct Tranches {
        double t1 = 0, t2 = 0;
    };
    static Tranches tranchesOf(double annualPay, double pass) {
        return {std::min(annualPay, pass), std::clamp(annualPay - pass, 0.0, 7 * pass)};
    }
    // The cells of a category: all, cadres or non-cadres.
    static std::vector<CensusCell> cellsOf(const std::string& category,
                                           const std::vector<CensusCell>& cells);

private:
    // ResponsibleContract::responsible for a product and its options, computed once each.
    bool responsible(const HealthTerms& terms, const HealthProduct& product,
                     const std::vector<const HealthProduct*>& options) const;

    const OfferCatalogue& catalogue_;
    const RegulatoryParameters& regulation_;
    PricingAssumptions assumptions_;
    // A product and its options with their verdict.
    struct ResponsibleVerdict {
        const HealthProduct* product;
        std::vector<const HealthProduct*> options;
        bool responsible;
    };
    mutable std::mutex cacheMutex_;
    mutable std::vector<ResponsibleVerdict> responsibleCache_;
};

}  // namespace cmcsim
