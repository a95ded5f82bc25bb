#include "cmcsim/offer/OfferQuote.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <span>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/offer/DependantsFinancing.h"
#include "cmcsim/offer/HealthPricing.h"
#include "cmcsim/offer/ResponsibleContract.h"
#include "cmcsim/reference/OfferCatalogue.h"
#include "cmcsim/reference/RegulatoryParameters.h"

namespace cmcsim {

namespace {
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

namespace {
// The class names of a structure, in the order of the rate table.
std::span<const char* const> classNames(RateStructure structure) {
    static constexpr std::array<const char*, 2> single{"Isolé", "Famille"};
    static constexpr std::array<const char*, 3> duo{"Isolé", "Duo", "Famille"};
    static constexpr std::array<const char*, 2> adultChild{"Adulte", "Enfant"};
    static constexpr std::array<const char*, 1> uniform{"Cotisation unique"};
    switch (structure) {
        case RateStructure::SingleFamily:
            return single;
        case RateStructure::SingleDuoFamily:
            return duo;
        case RateStructure::AdultChild:
            return adultChild;
        case RateStructure::Uniform:
            return uniform;
    }
    return {};
}

// At most three classes per structure.
using ClassValues = std::array<double, 3>;

// Whole numbers adding up to the rounded total of the first `n` `expected`, by largest
// remainders.
ClassValues wholeMembers(const ClassValues& expected, std::size_t n) {
    double total = 0, missing = 0;
    ClassValues out{};
    std::array<std::size_t, 3> order{0, 1, 2};
    for (std::size_t i = 0; i < n; ++i) {
        total += expected[i];
        out[i] = std::floor(expected[i] + 1e-9);
        missing -= out[i];
    }
    missing += std::round(total);
    std::stable_sort(
        order.begin(), order.begin() + static_cast<std::ptrdiff_t>(n),
        [&](std::size_t a, std::size_t b) { return expected[a] - out[a] > expected[b] - out[b]; });
    for (std::size_t k = 0; k < n && missing > 0.5; ++k, missing -= 1) out[order[k]] += 1;
    return out;
}
}  // namespace

bool OfferPricer::responsible(const HealthTerms&, const HealthProduct& product,
                              const std::vector<const HealthProduct*>& options) const {
    const std::lock_guard lock(cacheMutex_);
    for (const auto& v : responsibleCache_)
        if (v.product == &product && v.options == options) return v.responsible;
    const bool verdict = ResponsibleContract::responsible(product, options, catalogue_);
    responsibleCache_.push_back({&product, options, verdict});
    return verdict;
}

HealthQuote OfferPricer::priceHealth(const HealthTerms& terms, const std::string& category,
                                     const CompanyWorkforce& w, double commission,
                                     int contractYear) const {
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
    const int y = w.year;
    // A non-responsible contract bears the higher TSA (CSS L862-4; ResponsibleContract).
    q.responsible = responsible(terms, *product, options);
    q.tsaRate =
        regulation_.value(y, q.responsible ? "tsa_responsable_pct" : "tsa_non_responsable_pct") /
        100.0;
    q.alsaceMoselle = w.alsaceMoselle;
    q.year = y;
    if (!q.responsible)
        q.notes.push_back(fmt::format(
            "contrat non responsable ({}) : taxe de solidarité additionnelle de {} % au lieu "
            "de {} % (CSS L862-4), ni exonération sociale ni déduction fiscale",
            Offer::categoryLabel(category), frenchNumber(q.tsaRate * 100, 2),
            frenchNumber(regulation_.value(y, "tsa_responsable_pct"), 2)));
    if (w.alsaceMoselle)
        q.notes.push_back(
            "régime local d'Alsace-Moselle : la complémentaire intervient après les prestations "
            "du régime local (CSS D911-1-1), ce qui abaisse les prestations attendues");
    if (g.employeeCount <= 0) {
        for (const char* name : classNames(terms.structure)) q.classes.push_back({name});
        q.notes.push_back(
            fmt::format("aucun salarié actuellement dans la catégorie « {} » : "
                        "tarif nul tant que personne n'y entre",
                        Offer::categoryLabel(category)));
        return q;
    }

    const HealthPricing pricing(catalogue_, w.alsaceMoselle, y);
    q.costIndex = pricing.costIndex();
    const Eigen::MatrixXd perPerson = pricing.perPersonByItem(*product, options);
    const Eigen::VectorXd perPersonTotal = perPerson.rowwise().sum();
    // Who joins: mandatory dependants all; optional ones with a probability (⚠ assumption).
    const double optional = assumptions_.optionalDependantsJoin;
    const double sj = terms.allDependantsMandatory() ? 1.0 : optional;
    const double cj = terms.childrenMandatory() ? 1.0 : optional;
    const double n = g.employeeCount;
    const double employeesClaims = perPersonTotal.dot(g.employees);
    const double perEmployee = employeesClaims / n;
    // A spouse's and a child's expected claims; without any in the census, a spouse costs as an
    // employee and a child as the 0–17 band.
    const double spouseClaims =
        g.spouses.sum() > 0 ? perPersonTotal.dot(g.spouses) / g.spouses.sum() : perEmployee;
    const double childClaims = (perPersonTotal(0) + perPersonTotal(1)) / 2;

    // Covered people and claims: employees, and the dependants who join.
    const InsuredGroup::Counts covered = g.employees + sj * g.spouses + cj * g.children;
    q.covered = covered;
    q.employees = n;
    q.insuredPeople = covered.sum();
    q.claimsByItem = pricing.groupByItem(perPerson, covered);
    q.varianceByItem = pricing.groupVarianceByItem(*product, options, covered);
    q.annualClaims = q.claimsByItem.sum();

    // A one-year levy applies to the contributions of its year only (column `reconduit`).
    const double insurerTax =
        regulation_.inForce(std::max(contractYear, y), "contribution_exceptionnelle_pct") / 100.0;
    const double loading =
        assumptions_.healthManagement + assumptions_.healthMargin + insurerTax + commission;
    const double pmss = regulation_.value(y, "pmss");
    // Monthly contribution, taxes included, for an expected annual claim amount per member.
    auto monthly = [&](double annualPure) {
        return annualPure / (1.0 - loading) * (1.0 + q.tsaRate) / 12.0;
    };
    ClassValues expected{}, pure{};
    std::size_t count = 0;
    auto add = [&](double members, double annualPure) {
        expected[count] = std::max(0.0, members);
        pure[count++] = annualPure;
    };
    // Employees by family situation, and the expected dependants who join.
    const double spouseOnly = g.withSpouse - g.withBoth, kidsOnly = g.withChildren - g.withBoth;
    const double kidsPerFamily =
        g.withChildren > 0 ? g.childrenCount / g.withChildren : w.childrenPerFamily;
    const double dependantsClaims =
        sj * spouseClaims * g.withSpouse + cj * childClaims * g.childrenCount;
    switch (terms.structure) {
        case RateStructure::SingleFamily: {
            // A family joins as a unit: an employee with spouse and children is in the famille
            // class when either joins, with the larger probability (⚠ assumption).
            const double families = spouseOnly * sj + kidsOnly * cj + g.withBoth * std::max(sj, cj);
            add(n - families, perEmployee);
            add(families,
                perEmployee + (families > 1e-9 ? dependantsClaims / families
                                               : spouseClaims + kidsPerFamily * childClaims));
            break;
        }
        case RateStructure::SingleDuoFamily: {
            const double duo = spouseOnly * sj + g.withBoth * std::max(0.0, sj - cj);
            const double family = (kidsOnly + g.withBoth) * cj;
            const double spousesInFamily = g.withBoth * std::min(sj, cj);
            add(n - duo - family, perEmployee);
            add(duo, perEmployee + spouseClaims);
            add(family, perEmployee + childClaims * kidsPerFamily +
                            (family > 1e-9 ? spouseClaims * spousesInFamily / family : 0));
            break;
        }
        case RateStructure::AdultChild: {
            const double adults = n + sj * g.withSpouse;
            add(adults, (employeesClaims + spouseClaims * sj * g.withSpouse) / adults);
            add(g.childrenCount * cj, childClaims);
            break;
        }
        case RateStructure::Uniform:
            add(n, q.annualClaims / n);
            break;
    }
    const auto names = classNames(terms.structure);
    const auto whole = wholeMembers(expected, count);
    q.classes.reserve(names.size());
    for (std::size_t i = 0; i < names.size(); ++i) {
        RateClassPrice c;
        c.name = names[i];
        c.expectedMembers = expected[i];
        c.members = whole[i];
        c.monthly = monthly(pure[i]);
        q.classes.push_back(c);
    }
    // A contractual % of salary replaces the rate of the first class (the employee alone); the
    // other classes keep their priced surcharge over it.
    if (terms.expression == Expression::PctSalary) {
        double sum = 0;
        for (const auto& c : cells) {
            const double due = terms.salaryRate * c.meanAnnualPayEur / 12.0;
            sum += c.headcount *
                   (terms.salaryCapMonthly > 0 ? std::min(due, terms.salaryCapMonthly) : due);
        }
        const double base = sum / n, shift = base - q.classes.front().monthly;
        for (std::size_t i = 0; i < q.classes.size(); ++i)
            if (i == 0 || terms.structure != RateStructure::AdultChild)
                q.classes[i].monthly += shift;
    }
    // The employer's part per employee: of each class, of the first class's rate (the
    // dependants' surcharge is then the employee's), or euros a month; never more than the class.
    const double adults = q.classes.front().members;
    for (std::size_t i = 0; i < q.classes.size(); ++i) {
        auto& c = q.classes[i];
        c.pctPmss = 100.0 * c.monthly / pmss;
        double employer = 0;
        switch (terms.employerBasis) {
            case EmployerBasis::EachClass:
                employer = c.monthly * terms.employerShare;
                break;
            case EmployerBasis::SingleRate:
                employer = q.classes.front().monthly * terms.employerShare;
                break;
            case EmployerBasis::EurosPerMonth:
                employer = terms.employerMonthlyEur;
                break;
        }
        // Adult/child: the employer finances employees only, spread over the adults' class.
        if (terms.structure == RateStructure::AdultChild &&
            terms.employerBasis != EmployerBasis::EachClass)
            employer = i == 0 && adults > 0 ? std::min(employer, c.monthly) * n / adults : 0;
        c.employerMonthly = std::min(employer, c.monthly);
        c.employeeMonthly = c.monthly - c.employerMonthly;
        q.annualPremium += c.members * c.monthly * 12.0;
        q.annualEmployer += c.members * c.employerMonthly * 12.0;
    }
    q.annualEmployee = q.annualPremium - q.annualEmployer;
    q.annualPremiumExTax = q.annualPremium / (1.0 + q.tsaRate);
    q.annualTaxes = q.annualPremium - q.annualPremiumExTax;
    q.expectedLossRatio = q.annualPremiumExTax > 0 ? q.annualClaims / q.annualPremiumExTax : 0;
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
    // Contractual rates: the offer's own, else the product's (the cadres' 1,50 % of T1).
    const auto contract = terms.rates ? terms.rates : product->rates;
    q.contractual = contract.has_value();
    const double pass = regulation_.value(w.year, "pass");
    // Benefits are on pay up to 8 PASS, or up to the PASS when the contract is rated on T1 only.
    const double payCeiling = contract && contract->t2() <= 0 ? pass : 8 * pass;
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
        const double n = c.headcount, fullPay = c.meanAnnualPayEur,
                     pay = std::min(fullPay, payCeiling);
        const auto a = static_cast<std::size_t>(c.ageBand);
        // Cadres die and stop work less often than the average employee (⚠ assumption).
        const double mortality = c.cadre ? assumptions_.cadreMortality : 1.0;
        const double morbidity = c.cadre ? assumptions_.cadreIncapacity : 1.0;
        const double death = (c.sex == 0 ? rates.deathWomen[a] : rates.deathMen[a]) * mortality;
        const double leave =
            (c.sex == 0 ? rates.sickLeaveWomen[a] : rates.sickLeaveMen[a]) * morbidity;
        const bool kids = c.family == 2 || c.family == 3;
        q.employees += n;
        q.payroll += n * fullPay;
        const auto tranches = tranchesOf(fullPay, pass);
        q.payrollT1 += n * tranches.t1;
        q.payrollT2 += n * tranches.t2;
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
    if (q.employees <= 0) {
        // The cadres' product offered where there is no cadre (case O3) covers nobody.
        q.notes.push_back(
            category == "cadres" && isCadresProvident(*product)
                ? fmt::format("l'entreprise n'a aucun cadre : la prévoyance des cadres ({}) ne "
                              "couvre personne ; cotisation nulle tant qu'aucun cadre n'est "
                              "embauché",
                              product->label)
                : fmt::format("aucun salarié actuellement dans la catégorie « {} » : "
                              "prévoyance à cotisation nulle tant que personne n'y entre",
                              Offer::categoryLabel(category)));
        if (contract) {
            q.rateT1 = contract->t1();
            q.rateT2 = contract->t2();
            q.deathRateT1 = contract->deathT1;
            q.employerRateT1 = q.rateT1 * terms.employerShare;
            q.employerRateT2 = q.rateT2 * terms.employerShare;
        }
        return q;
    }
    q.annualClaims = q.annualDeath + q.annualIncapacity + q.annualDisability;
    const double tranches = q.payrollT1 + q.payrollT2;
    if (contract) {
        // The premium is the contract's rates on the tranches; the loss ratio follows.
        q.rateT1 = contract->t1();
        q.rateT2 = contract->t2();
        q.deathRateT1 = contract->deathT1;
        q.annualPremium = q.rateT1 * q.payrollT1 + q.rateT2 * q.payrollT2;
        const double deathPremium =
            contract->deathT1 * q.payrollT1 + contract->deathT2 * q.payrollT2;
        q.deathRateOfPay = q.payroll > 0 ? deathPremium / q.payroll : 0;
        if (!q.lossRatioDefined())
            q.notes.push_back(fmt::format(
                "Taux contractuels sans assiette : aucune cotisation n'est perçue (tranche 1 "
                "{}, tranche 2 {} par an) pour {} € de prestations attendues par an ; S/P non "
                "calculable",
                Money::euros(q.payrollT1).french(), Money::euros(q.payrollT2).french(),
                static_cast<long long>(std::lround(q.annualClaims))));
    } else {
        q.annualPremium = q.annualClaims / (1.0 - assumptions_.providentLoading - commission);
        // Quoted as one rate on T1 and T2 alike (pay up to 8 PASS).
        q.rateT1 = q.rateT2 = tranches > 0 ? q.annualPremium / tranches : 0;
        q.deathRateT1 =
            tranches > 0 ? q.annualDeath / (1.0 - assumptions_.providentLoading) / tranches : 0;
        q.deathRateOfPay =
            q.payroll > 0 ? q.annualDeath / (1.0 - assumptions_.providentLoading) / q.payroll : 0;
    }
    q.rateOfPay = q.payroll > 0 ? q.annualPremium / q.payroll : 0;
    q.employerRateT1 = q.rateT1 * terms.employerShare;
    q.employerRateT2 = q.rateT2 * terms.employerShare;
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
            auto h = priceHealth(*category.health, category.category, w, offer.commissionRate,
                                 offer.effectiveDate.year());
            // Services are paid by the employer with the health contribution, outside the premium.
            h.annualServices = out.servicesMonthlyPerEmployee * 12.0 * h.employees;
            h.annualEmployer += h.annualServices;
            out.annualServices += h.annualServices;
            if (h.employees > 0) {
                split.employerHealth = Money::euros(h.annualEmployer / h.employees);
                split.employeeHealth =
                    Money::euros(h.annualEmployee / h.employees);  // the premium's employee share
                split.employerHealthOptional = Money::euros(
                    DependantsFinancing::employerOptionalAnnual(h, category.health->dependants) /
                    h.employees);
                split.employerServices = Money::euros(h.annualServices / h.employees);
            }
            split.responsible = h.responsible;
            out.notes.insert(out.notes.end(), h.notes.begin(), h.notes.end());
            out.health.push_back(std::move(h));
        }
        if (category.provident) {
            const auto p =
                priceProvident(*category.provident, category.category, w, offer.commissionRate);
            if (p.employees > 0) {
                split.employerProvident = Money::euros(p.annualEmployer / p.employees);
                split.employeeProvident = Money::euros(p.annualEmployee / p.employees);
            }
            out.notes.insert(out.notes.end(), p.notes.begin(), p.notes.end());
            if (split.cadre)
                split.employerDeath = Money::euros(p.deathRateOfPay * split.grossPay.euros() *
                                                   category.provident->employerShare);
            out.provident.push_back(p);
        }
        const auto simulation = PayrollSimulation::compute(split, regulation_);
        out.annualEmployerCost += simulation.figure("cout_employeur").euros() * employees;
        out.annualEmployeeCost += simulation.figure("cout_salarie").euros() * employees;
        // No typical employee in an empty category (a "salaire brut 0,00 €" employee was shown).
        if (employees > 0) out.payroll.emplace_back(category.category, simulation);
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
