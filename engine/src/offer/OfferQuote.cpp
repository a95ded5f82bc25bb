#include "cmcsim/offer/OfferQuote.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "cmcsim/core/InputError.h"
#include "cmcsim/offer/DependantsFinancing.h"
#include "cmcsim/offer/HealthPricing.h"
#include "cmcsim/reference/OfferCatalogue.h"
#include "cmcsim/reference/RegulatoryParameters.h"

namespace cmcsim {

namespace {
const char* categoryLabel(const std::string& category) {
    return category == "cadres"       ? "cadres"
           : category == "non_cadres" ? "non-cadres"
                                      : "l'ensemble du personnel";
}
// Annuity factor of a disability pension (mean years paid, ⚠ assumption) and the Sécurité
// sociale's share of pay in sick leave and disability (50 %, CSS R323-5 and R341-4 simplified).
constexpr double kDisabilityYears = 8.0;
constexpr double kSocialSecurityShare = 0.5;
}  // namespace

OfferPricer::OfferPricer(const OfferCatalogue& catalogue, const RegulatoryParameters& regulation,
                         PricingAssumptions assumptions)
    : catalogue_(catalogue), regulation_(regulation), assumptions_(assumptions) {}

std::vector<CensusCell> OfferPricer::cellsOf(const std::string& category,
                                             const std::vector<CensusCell>& cells) {
    std::vector<CensusCell> out;
    for (const auto& c : cells)
        if (category == "ensemble" || (category == "cadres") == (c.cadre == 1)) out.push_back(c);
    return out;
}

HealthQuote OfferPricer::priceHealth(const HealthTerms& terms, const std::string& category,
                                     const CompanyWorkforce& w, double commission) const {
    const auto* product = catalogue_.healthProduct(terms.product);
    if (!product)
        throw InputError("offre", fmt::format("produit santé inconnu « {} »", terms.product));
    std::vector<const HealthProduct*> options;
    for (const auto& id : terms.options)
        if (const auto* o = catalogue_.healthProduct(id)) options.push_back(o);
    const auto cells = cellsOf(category, w.cells);
    HealthQuote q;
    q.category = category;
    q.product = terms.product;
    q.structure = terms.structure;
    q.group = InsuredGroup::fromCensus(cells, w.childrenPerFamily);
    const auto& g = q.group;
    if (g.employeeCount <= 0)
        throw InputError("offre", fmt::format("aucun salarié dans la catégorie {} : rien à tarifer",
                                              categoryLabel(category)));

    const HealthPricing pricing(catalogue_);
    const Eigen::MatrixXd perPerson = pricing.perPersonByItem(*product, options);
    const Eigen::VectorXd perPersonTotal = perPerson.rowwise().sum();
    const double join = terms.allDependantsMandatory() ? 1.0 : assumptions_.optionalDependantsJoin;
    const double employeesClaims = perPersonTotal.dot(g.employees);
    const double spouseClaims =
        g.spouses.sum() > 0 ? perPersonTotal.dot(g.spouses) / g.spouses.sum() : 0;
    const double childClaims =
        g.children.sum() > 0 ? perPersonTotal.dot(g.children) / g.children.sum() : 0;
    const double perEmployee = employeesClaims / g.employeeCount;

    // Covered people and claims: employees, and the dependants who join.
    const InsuredGroup::Counts covered = g.employees + join * (g.spouses + g.children);
    q.employees = g.employeeCount;
    q.insuredPeople = covered.sum();
    q.claimsByItem = pricing.groupByItem(perPerson, covered);
    q.varianceByItem = pricing.groupVarianceByItem(*product, options, covered);
    q.annualClaims = q.claimsByItem.sum();

    const int y = w.year;
    const double tsa = regulation_.value(y, "tsa_responsable_pct") / 100.0;
    const double insurerTax = regulation_.value(y, "contribution_exceptionnelle_pct") / 100.0;
    const double loading =
        assumptions_.healthManagement + assumptions_.healthMargin + insurerTax + commission;
    const double pmss = regulation_.value(y, "pmss");
    // Monthly contribution, taxes included, for an expected annual claim amount per member.
    auto monthly = [&](double annualPure) {
        return annualPure / (1.0 - loading) * (1.0 + tsa) / 12.0;
    };
    auto add = [&](std::string name, double members, double annualPure) {
        if (members <= 0) return;
        RateClassPrice c;
        c.name = std::move(name);
        c.members = members;
        c.monthly = monthly(annualPure);
        c.pctPmss = 100.0 * c.monthly / pmss;
        q.classes.push_back(c);
    };
    const double spouses = g.withSpouse * join,
                 families = (g.withSpouse + g.withChildren - g.withBoth) * join;
    const double kidsPerFamily = g.withChildren > 0 ? g.childrenCount / g.withChildren : 0;
    switch (terms.structure) {
        case RateStructure::SingleFamily: {
            const double dependantsClaims =
                join * (spouseClaims * g.withSpouse + childClaims * g.childrenCount);
            add("Isolé", g.employeeCount - families, perEmployee);
            add("Famille", families,
                perEmployee + (families > 0 ? dependantsClaims / families : 0));
            break;
        }
        case RateStructure::SingleDuoFamily: {
            const double duo = (g.withSpouse - g.withBoth) * join;
            const double family = g.withChildren * join;
            add("Isolé", g.employeeCount - duo - family, perEmployee);
            add("Duo", duo, perEmployee + spouseClaims);
            add("Famille", family,
                perEmployee + childClaims * kidsPerFamily +
                    (g.withChildren > 0 ? spouseClaims * g.withBoth / g.withChildren : 0));
            break;
        }
        case RateStructure::AdultChild: {
            const double adults = g.employeeCount + spouses;
            add("Adulte", adults, (employeesClaims + spouseClaims * spouses) / adults);
            add("Enfant", g.childrenCount * join, childClaims);
            break;
        }
        case RateStructure::Uniform:
            add("Cotisation unique", g.employeeCount, q.annualClaims / g.employeeCount);
            break;
    }
    q.annualPremium = 0;
    for (auto& c : q.classes) {
        c.employerMonthly = c.monthly * terms.employerShare;
        c.employeeMonthly = c.monthly - c.employerMonthly;
        // Members of the adult/child structure are people, the others employees.
        q.annualPremium += c.members * c.monthly * 12.0;
        q.annualEmployer += c.members * c.employerMonthly * 12.0;
    }
    q.annualEmployee = q.annualPremium - q.annualEmployer;
    q.annualPremiumExTax = q.annualPremium / (1.0 + tsa);
    q.annualTaxes = q.annualPremium - q.annualPremiumExTax;
    q.expectedLossRatio = q.annualClaims / q.annualPremiumExTax;
    return q;
}

ProvidentQuote OfferPricer::priceProvident(const ProvidentTerms& terms, const std::string& category,
                                           const CompanyWorkforce& w, double commission) const {
    const auto* product = catalogue_.providentProduct(terms.product);
    if (!product)
        throw InputError("offre",
                         fmt::format("produit de prévoyance inconnu « {} »", terms.product));
    const auto& rates = catalogue_.providentRates;
    ProvidentQuote q;
    q.category = category;
    q.product = terms.product;
    // A double effect pays the capital again if the spouse dies later: +10 % of cost (⚠
    // assumption).
    const double capital = product->value("deces_capital") / 100.0 *
                           (product->value("deces_double_effet") > 0 ? 1.10 : 1.0);
    const double education = product->value("rente_education") / 100.0;
    const double allowance =
        std::max(0.0, product->value("incapacite_ij") / 100.0 - kSocialSecurityShare);
    const double pension =
        std::max(0.0, product->value("invalidite_rente") / 100.0 - kSocialSecurityShare);
    const double waiting = product->waitingDays();
    for (const auto& c : cellsOf(category, w.cells)) {
        const double n = c.headcount, pay = c.meanAnnualPayEur;
        const auto a = static_cast<std::size_t>(c.ageBand);
        // Cadres die and stop work less often than the average employee (⚠ assumption).
        const double mortality = c.cadre ? assumptions_.cadreMortality : 1.0;
        const double morbidity = c.cadre ? assumptions_.cadreIncapacity : 1.0;
        const double death = (c.sex == 0 ? rates.deathWomen[a] : rates.deathMen[a]) * mortality;
        const double leave =
            (c.sex == 0 ? rates.sickLeaveWomen[a] : rates.sickLeaveMen[a]) * morbidity;
        const bool kids = c.family == 2 || c.family == 3;
        q.employees += n;
        q.payroll += n * pay;
        // Death: the capital, and an education annuity paid on average for 8 years per child ⚠.
        q.annualDeath +=
            n * death * pay * (capital + (kids ? education * w.childrenPerFamily * 8.0 : 0.0));
        q.deaths += n * death;
        q.incapacityCases += n * leave;
        q.disabilityCases += n * rates.disability[a] * morbidity;
        q.annualIncapacity +=
            n * leave * std::max(0.0, rates.sickLeaveDays[a] - waiting) * pay / 365.0 * allowance;
        q.annualDisability +=
            n * rates.disability[a] * morbidity * pay * pension * kDisabilityYears;
    }
    if (q.employees <= 0)
        throw InputError("offre", fmt::format("aucun salarié dans la catégorie {} : rien à tarifer",
                                              categoryLabel(category)));
    q.annualClaims = q.annualDeath + q.annualIncapacity + q.annualDisability;
    q.annualPremium = q.annualClaims / (1.0 - assumptions_.providentLoading - commission);
    q.rateOfPay = q.payroll > 0 ? q.annualPremium / q.payroll : 0;
    q.deathRateOfPay =
        q.payroll > 0 ? q.annualDeath / (1.0 - assumptions_.providentLoading) / q.payroll : 0;
    q.expectedLossRatio = q.annualPremium > 0 ? q.annualClaims / q.annualPremium : 0;
    q.annualEmployer = q.annualPremium * terms.employerShare;
    q.annualEmployee = q.annualPremium - q.annualEmployer;
    return q;
}

OfferQuote OfferPricer::quote(const Offer& offer, const CompanyWorkforce& w) const {
    OfferQuote out;
    for (const auto& id : offer.services)
        if (const auto* s = catalogue_.service(id))
            out.servicesMonthlyPerEmployee += s->monthlyCostEur;
    for (const auto& category : offer.categories) {
        const auto cells = cellsOf(category.category, w.cells);
        double employees = 0, pay = 0;
        for (const auto& c : cells) {
            employees += c.headcount;
            pay += static_cast<double>(c.headcount) * c.meanAnnualPayEur;
        }
        ContributionSplit split;
        split.year = w.year;
        split.contractYear = offer.effectiveDate.year();
        split.headcount = w.headcount;
        split.cadre = category.category == "cadres";
        split.grossPay = Money::euros(employees > 0 ? pay / employees : 0);
        if (category.health) {
            auto h = priceHealth(*category.health, category.category, w, offer.commissionRate);
            // Services are paid by the employer with the health contribution, outside the premium.
            h.annualServices = out.servicesMonthlyPerEmployee * 12.0 * h.employees;
            h.annualEmployer += h.annualServices;
            out.annualServices += h.annualServices;
            split.employerHealth = Money::euros(h.annualEmployer / h.employees);
            split.employeeHealth =
                Money::euros(h.annualEmployee / h.employees);  // the premium's employee share
            split.employerHealthOptional = Money::euros(
                DependantsFinancing::employerOptionalAnnual(h, category.health->dependants) /
                h.employees);
            split.employerServices = Money::euros(h.annualServices / h.employees);
            split.responsible = h.responsible;
            out.health.push_back(std::move(h));
        }
        if (category.provident) {
            const auto p =
                priceProvident(*category.provident, category.category, w, offer.commissionRate);
            split.employerProvident = Money::euros(p.annualEmployer / p.employees);
            split.employeeProvident = Money::euros(p.annualEmployee / p.employees);
            if (split.cadre)
                split.employerDeath = Money::euros(p.deathRateOfPay * split.grossPay.euros() *
                                                   category.provident->employerShare);
            out.provident.push_back(p);
        }
        const auto simulation = PayrollSimulation::compute(split, regulation_);
        out.annualEmployerCost += simulation.figure("cout_employeur").euros() * employees;
        out.annualEmployeeCost += simulation.figure("cout_salarie").euros() * employees;
        out.payroll.emplace_back(category.category, simulation);
    }
    auto& costs = out.costs;
    for (const auto& h : out.health) {
        out.annualPremium += h.annualPremium;
        costs.employerContributions += h.annualEmployer;
        costs.employeeContributions += h.annualEmployee;
        costs.taxes += h.annualTaxes;
    }
    for (const auto& p : out.provident) {
        out.annualPremium += p.annualPremium;
        costs.employerContributions += p.annualEmployer;
        costs.employeeContributions += p.annualEmployee;
    }
    costs.forfaitSocial = out.annualEmployerCost - costs.employerContributions;
    costs.employeeCharges = out.annualEmployeeCost - costs.employeeContributions;
    return out;
}

Eigen::VectorXd HealthQuote::premiumByItem() const {
    if (annualClaims <= 0) return Eigen::VectorXd::Zero(claimsByItem.size());
    return claimsByItem * (annualPremium / annualClaims);
}

}  // namespace cmcsim
