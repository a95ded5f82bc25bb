#include "cmcsim/offer/ComplianceReport.h"

#include <fmt/format.h>

#include <algorithm>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/offer/BranchCompliance.h"
#include "cmcsim/offer/HealthPricing.h"
#include "cmcsim/offer/ResponsibleContract.h"
#include "cmcsim/reference/OfferCatalogue.h"
#include "cmcsim/reference/RegulatoryParameters.h"

namespace cmcsim {

namespace {
using Verdict = ComplianceRule::Verdict;
constexpr const char* kBasket = "CSS art. L911-7 II et D911-1 (panier de soins minimal)";
constexpr const char* kShare = "CSS art. L911-7 III (financement employeur d'au moins 50 %)";
constexpr const char* kEveryone =
    "CSS art. L911-7 I (couverture collective obligatoire de tous les salariés) et R242-1-1 "
    "(catégories objectives)";
constexpr const char* kCadres =
    "ANI du 17 novembre 2017 relatif à la prévoyance des cadres, art. 1 et 2";

std::string euros(double v) {
    return frenchNumber(v, 2) + " €";
}

// The share a fixed employer amount in euros pays (`part_employeur_base` euros): of the
// employee's own rate (the structure's first class), or of the whole contribution when every
// dependant is mandatory; in a category priced at zero, whether any amount is paid.
double eurosShare(const HealthTerms& terms, const OfferQuote& quote, const std::string& category) {
    for (const auto& h : quote.health) {
        if (h.category != category || h.classes.empty()) continue;
        double paid = 0, due = 0;
        if (terms.allDependantsMandatory()) {
            for (const auto& c : h.classes) {
                paid += c.members * c.employerMonthly;
                due += c.members * c.monthly;
            }
        } else {
            due = h.classes.front().monthly;
            paid = std::min(terms.employerMonthlyEur, due);
        }
        if (due > 0) return paid / due;
    }
    return terms.employerMonthlyEur > 0 ? 1.0 : 0.0;
}
}  // namespace

const char* ComplianceReport::verdictLabel(Verdict v) {
    return v == Verdict::Met ? "conforme" : v == Verdict::NotMet ? "non conforme" : "à vérifier";
}

bool ComplianceReport::compliant() const {
    return std::none_of(rules.begin(), rules.end(),
                        [](const ComplianceRule& r) { return r.verdict == Verdict::NotMet; });
}

ComplianceReport ComplianceReport::check(const Offer& offer, const OfferQuote& quote,
                                         const OfferCatalogue& catalogue,
                                         const RegulatoryParameters& regulation,
                                         const CompanyWorkforce& workforce,
                                         const std::string& idcc) {
    ComplianceReport report;
    auto rule = [&report](std::string label, bool met, std::string figures, const char* reference) {
        report.rules.push_back({std::move(label), met ? Verdict::Met : Verdict::NotMet,
                                std::move(figures), reference});
    };
    auto item = [&catalogue](const std::string& id) -> const CareItem* {
        for (const auto& i : catalogue.careItems)
            if (i.id == id) return &i;
        return nullptr;
    };
    bool cadresHealth = false, nonCadresHealth = false;
    for (const auto& category : offer.categories) {
        if (!category.health) continue;
        if (category.category != "non_cadres") cadresHealth = true;
        if (category.category != "cadres") nonCadresHealth = true;
        const auto& terms = *category.health;
        const auto* product = catalogue.healthProduct(terms.product);
        if (!product) continue;
        std::vector<const HealthProduct*> options;
        for (const auto& id : terms.options)
            if (const auto* o = catalogue.healthProduct(id)) options.push_back(o);
        const char* who = Offer::categoryLabel(category.category);
        const auto label = [&](const std::string& what) {
            return fmt::format("{} — {} ({})", what, product->label, who);
        };
        auto guarantee = [&](const char* id) {
            return HealthPricing::effectiveGuarantee(id, *product, options);
        };
        auto ceilingOf = [&](const char* id) {
            const auto* i = item(id);
            return i ? ResponsibleContract::ceiling(*i, guarantee(id)) : 0.0;
        };
        auto pctOfBase = [&](const char* id) {
            const auto* i = item(id);
            return i && i->baseEur > 0
                       ? 100.0 * ResponsibleContract::ceiling(*i, guarantee(id)) / i->baseEur
                       : 0.0;
        };

        // Contrat responsable.
        for (auto& r : ResponsibleContract::rules(*product, options, catalogue, who))
            report.rules.push_back(std::move(r));
        // ANI basket.
        const double prosthesis = pctOfBase("dentaire_prothese_libre");
        rule(label("Prothèses dentaires à au moins 125 % BR"), prosthesis >= 125.0 - 1e-9,
             fmt::format("{} % BR", frenchNumber(prosthesis, 0)), kBasket);
        const auto* opticsItem = item("optique_libre");
        const double lenses = ceilingOf("optique_libre") -
                              (opticsItem ? opticsItem->amoRate * opticsItem->baseEur : 0.0);
        rule(label("Optique : au moins 100 € pour deux verres simples"), lenses >= 100.0 - 1e-9,
             fmt::format("forfait complémentaire {}", euros(lenses)), kBasket);
        const double gp = pctOfBase("consultation_generaliste_optam");
        rule(label("Ticket modérateur des consultations pris en charge (100 % BR au moins)"),
             gp >= 100.0 - 1e-9, fmt::format("{} % BR", frenchNumber(gp, 0)), kBasket);
        // Employer share.
        // In euros, the share those euros pay (the offer's part_employeur_pct is then absent).
        const bool inEuros = terms.employerBasis == EmployerBasis::EurosPerMonth;
        const double share =
            inEuros ? eurosShare(terms, quote, category.category) : terms.employerShare;
        rule(label("Part patronale santé d'au moins 50 %"), share >= 0.5 - 1e-9,
             fmt::format("{}{} % de la cotisation{}",
                         inEuros ? euros(terms.employerMonthlyEur) + " par mois, soit " : "",
                         frenchNumber(share * 100, 0),
                         terms.allDependantsMandatory() ? ", ayants droit compris" : " du salarié"),
             kShare);
    }
    bool hasCadres = false, hasNonCadres = false;
    for (const auto& c : workforce.cells) (c.cadre ? hasCadres : hasNonCadres) |= c.headcount > 0;
    rule("Tous les salariés bénéficient d'une complémentaire santé collective",
         (!hasCadres || cadresHealth) && (!hasNonCadres || nonCadresHealth),
         fmt::format("cadres {}, non-cadres {}",
                     hasCadres ? (cadresHealth ? "couverts" : "NON couverts") : "aucun",
                     hasNonCadres ? (nonCadresHealth ? "couverts" : "NON couverts") : "aucun"),
         kEveryone);

    if (hasCadres) {
        const double pass = regulation.value(workforce.year, "pass");
        const ProvidentQuote* cadres = nullptr;
        std::string category;
        for (std::size_t i = 0; i < offer.categories.size(); ++i) {
            const auto& c = offer.categories[i];
            if (c.provident && c.category != "non_cadres")
                for (const auto& p : quote.provident)
                    if (p.category == c.category) {
                        cadres = &p;
                        category = c.category;
                    }
        }
        if (!cadres) {
            rule("Prévoyance des cadres : 1,50 % de la tranche 1 à la charge de l'employeur", false,
                 "aucune garantie de prévoyance proposée aux cadres (l'employeur devrait un "
                 "capital de 3 PASS au décès d'un cadre)",
                 kCadres);
        } else {
            // The category's rate of pay applied to the cadres' pay, against their tranche 1.
            double t1 = 0, pay = 0;
            for (const auto& c : OfferPricer::cellsOf(category, workforce.cells))
                if (c.cadre) {
                    t1 += c.headcount * std::min<double>(c.meanAnnualPayEur, pass);
                    pay += static_cast<double>(c.headcount) * c.meanAnnualPayEur;
                }
            const double employerShare =
                cadres->annualPremium > 0 ? cadres->annualEmployer / cadres->annualPremium : 0;
            const double employerRate = t1 > 0 ? cadres->rateOfPay * employerShare * pay / t1 : 0;
            const double deathRate = t1 > 0 ? cadres->deathRateOfPay * employerShare * pay / t1 : 0;
            rule("Prévoyance des cadres : 1,50 % de la tranche 1 à la charge de l'employeur",
                 employerRate >= 0.015 - 1e-9,
                 fmt::format("part patronale {} % de la tranche 1",
                             frenchNumber(employerRate * 100, 2)),
                 kCadres);
            rule("dont au moins 0,76 % de la tranche 1 pour le décès", deathRate >= 0.0076 - 1e-9,
                 fmt::format("{} % de la tranche 1", frenchNumber(deathRate * 100, 2)), kCadres);
        }
    }
    for (auto& r :
         BranchCompliance::check(catalogue.branches, idcc, offer, quote, workforce, regulation))
        report.rules.push_back(std::move(r));
    return report;
}

}  // namespace cmcsim
