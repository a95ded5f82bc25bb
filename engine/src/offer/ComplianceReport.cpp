#include "cmcsim/offer/ComplianceReport.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <string>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/offer/BranchCompliance.h"
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
constexpr const char* kCadresOnly =
    "CCN du 14 mars 1947, art. 7, reprise par l'ANI du 17 novembre 2017 relatif à la prévoyance "
    "des cadres, art. 1 et 2 (bénéficiaires : les cadres et assimilés)";

// The cadres' product (isCadresProvident) in a category with non-cadres (non_cadres, or
// ensemble in a company that has some): « à vérifier », naming the category and the rule.
void cadresProductElsewhere(const Offer& offer, const OfferCatalogue& catalogue,
                            const CompanyWorkforce& workforce, bool hasCadres,
                            std::vector<ComplianceRule>& rules) {
    for (const auto& c : offer.categories) {
        if (!c.provident || c.category == "cadres") continue;
        const auto* product = catalogue.providentProduct(c.provident->product);
        if (!product || !isCadresProvident(*product)) continue;
        double nonCadres = 0;
        for (const auto& cell : OfferPricer::cellsOf(c.category, workforce.cells))
            if (!cell.cadre) nonCadres += cell.headcount;
        if (c.category != "non_cadres" && nonCadres <= 0) continue;  // all of them are cadres
        const char* who = Offer::categoryLabel(c.category);
        rules.push_back(
            {fmt::format("Produit de prévoyance des cadres proposé aux non-cadres ({})", who),
             ComplianceRule::Verdict::ToCheck,
             fmt::format("catégorie « {} » : {} reçoivent « {} », le produit des cadres (1,50 % "
                         "de la tranche 1, garanties dimensionnées pour ce budget), qui ne répond "
                         "à aucune obligation des non-cadres{} ; leur proposer un produit de "
                         "prévoyance non-cadres (catégorie non_cadres) ou vérifier l'obligation "
                         "de la branche",
                         who, frenchCount(nonCadres, "non-cadre", "non-cadres"), product->label,
                         hasCadres ? "" : " (l'entreprise n'a aucun cadre)"),
             kCadresOnly, ComplianceRule::Scope::Provident});
    }
}

std::string euros(double v) {
    return frenchNumber(v, 2) + " €";
}

// A figure checked against a minimum, with `decimals` decimals or as many more (up to three) as
// it takes for a figure below the minimum not to read as reaching it (0,755 % against 0,76 %).
std::string against(double value, double minimum, int decimals) {
    const auto shown = [value](int d) {  // the value as frenchNumber rounds it, locale-free
        const std::string text = fmt::format("{:.{}f}", value, d);
        double read = value;
        std::from_chars(text.data(), text.data() + text.size(), read);
        return read;
    };
    int d = decimals;
    while (value < minimum - 1e-9 && d < decimals + 3 && shown(d) >= minimum - 1e-9) ++d;
    return frenchNumber(value, d);
}

// The priced class whose employer share the legal 50 % is checked on, whatever the basis (% of
// each class, % of the isolé rate, euros a month): the employee's own cover (the first class)
// when dependants are optional; when some are mandatory, the lowest share of the classes of the
// mandatory cover (every class, but the duo of an optional spouse), since the employer then
// finances at least half of the whole mandatory contribution (DSS Q/R of 29/12/2015, question 7);
// null when no class is priced (no employee in the category).
const RateClassPrice* shareClass(const OfferQuote& quote, const std::string& category,
                                 const HealthTerms& terms) {
    const RateClassPrice* worst = nullptr;
    for (const auto& q : quote.health)
        if (q.category == category)
            for (const auto& c : q.classes) {
                if (c.monthly <= 0) continue;
                const bool optionalSpouse =
                    terms.dependants == Dependants::ChildrenMandatory && c.name == "Duo";
                if (!optionalSpouse && (!worst || c.employerMonthly / c.monthly <
                                                      worst->employerMonthly / worst->monthly))
                    worst = &c;
                if (terms.dependants == Dependants::Optional) return worst;
            }
    return worst;
}
}  // namespace

ComplianceRule ComplianceReport::effectiveDate(const Offer& offer, Date simulatedDate) {
    const bool met = offer.effectiveDate >= simulatedDate;
    return {"Date d'effet à venir",
            met ? ComplianceRule::Verdict::Met : ComplianceRule::Verdict::NotMet,
            met ? fmt::format("date d'effet {}, date simulée de l'épreuve {}",
                              offer.effectiveDate.french(), simulatedDate.french())
                : fmt::format("date d'effet {} antérieure à la date simulée de l'épreuve {} : "
                              "le contrat couvrirait une période déjà écoulée ; choisir une date "
                              "d'effet au {} ou après",
                              offer.effectiveDate.french(), simulatedDate.french(),
                              simulatedDate.french()),
            "une proposition porte sur une couverture à venir (aucune garantie rétroactive)",
            ComplianceRule::Scope::Management};
}

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
                                         const CompanyWorkforce& workforce, const std::string& idcc,
                                         const std::optional<std::string>& providentInForce) {
    ComplianceReport report;
    using Scope = ComplianceRule::Scope;
    auto rule = [&report](std::string label, bool met, std::string figures, const char* reference,
                          Scope scope = Scope::Health) {
        report.rules.push_back({std::move(label), met ? Verdict::Met : Verdict::NotMet,
                                std::move(figures), reference, scope});
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
        const CoverLimits limits(*product, options, catalogue);

        // Contrat responsable.
        for (auto& r : ResponsibleContract::rules(*product, options, catalogue, who)) {
            r.scope = Scope::Health;
            report.rules.push_back(std::move(r));
        }
        // ANI basket.
        const double prosthesis = limits.percentOfBase("dentaire_prothese_libre");
        rule(label("Prothèses dentaires à au moins 125 % BR"), prosthesis >= 125.0 - 1e-9,
             fmt::format("{} % BR", frenchNumber(prosthesis, 0)), kBasket);
        const auto* opticsItem = limits.item("optique_libre");
        const double lenses = limits.ceiling("optique_libre") -
                              (opticsItem ? opticsItem->amoRate * opticsItem->baseEur : 0.0);
        rule(label("Optique : au moins 100 € pour deux verres simples"), lenses >= 100.0 - 1e-9,
             fmt::format("forfait complémentaire {}", euros(lenses)), kBasket);
        const double gp = limits.percentOfBase("consultation_generaliste_optam");
        rule(label("Ticket modérateur des consultations pris en charge (100 % BR au moins)"),
             gp >= 100.0 - 1e-9, fmt::format("{} % BR", frenchNumber(gp, 0)), kBasket);
        // Employer share, read on the priced classes so that it holds for every basis.
        const auto* priced = shareClass(quote, category.category, terms);
        if (terms.employerBasis == EmployerBasis::EurosPerMonth && !priced) {
            report.rules.push_back(
                {label("Part patronale santé d'au moins 50 %"), Verdict::ToCheck,
                 fmt::format("{} par mois ; aucune classe tarifée (pas de salarié dans la "
                             "catégorie) : à comparer au tarif",
                             euros(terms.employerMonthlyEur)),
                 kShare, Scope::Health});
            continue;
        }
        const double share =
            priced ? priced->employerMonthly / priced->monthly : terms.employerShare;
        rule(label("Part patronale santé d'au moins 50 %"), share >= 0.5 - 1e-9,
             fmt::format("{} % de la cotisation{}{}", against(share * 100, 50, 1),
                         terms.dependants == Dependants::Mandatory ? ", ayants droit compris"
                         : terms.dependants == Dependants::ChildrenMandatory ? ", enfants compris"
                                                                             : " du salarié",
                         priced ? fmt::format(" ({} sur {}, {})", euros(priced->employerMonthly),
                                              euros(priced->monthly), priced->name)
                                : ""),
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

    cadresProductElsewhere(offer, catalogue, workforce, hasCadres, report.rules);

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
        constexpr const char* kCadresRule =
            "Prévoyance des cadres : 1,50 % de la tranche 1 à la charge de l'employeur";
        if (!cadres && providentInForce && !providentInForce->empty()) {
            // The obligation is the employer's, not the offer's: its current provident contract
            // meets it, and the offer is judged on its own scope (a health offer on health).
            rule(kCadresRule, true,
                 fmt::format("l'offre ne propose pas de prévoyance aux cadres : l'obligation de "
                             "l'employeur est remplie par son contrat de prévoyance en cours ({})",
                             *providentInForce),
                 kCadres, Scope::Provident);
        } else if (!cadres && !providentInForce) {
            report.rules.push_back(
                {kCadresRule, Verdict::ToCheck,
                 "l'offre ne propose pas de prévoyance aux cadres et le contrat de prévoyance en "
                 "cours de l'entreprise n'est pas connu : à vérifier (sans contrat, l'employeur "
                 "devrait un capital de 3 PASS au décès d'un cadre)",
                 kCadres, Scope::Provident});
        } else if (!cadres) {
            rule(kCadresRule, false,
                 "aucune garantie de prévoyance proposée aux cadres ni de contrat de prévoyance "
                 "en cours (l'employeur devrait un capital de 3 PASS au décès d'un cadre)",
                 kCadres, Scope::Provident);
        } else {
            // The category's rate of pay applied to the cadres' pay, against their tranche 1.
            double t1 = 0, pay = 0;
            for (const auto& c : OfferPricer::cellsOf(category, workforce.cells))
                if (c.cadre) {
                    t1 += c.headcount * OfferPricer::tranchesOf(c.meanAnnualPayEur, pass).t1;
                    pay += static_cast<double>(c.headcount) * c.meanAnnualPayEur;
                }
            const double employerShare =
                cadres->annualPremium > 0 ? cadres->annualEmployer / cadres->annualPremium : 0;
            // Contractual rates say what T1 bears: the T2 rate does not count toward the 1,50 %.
            const bool contractual = cadres->contractual && cadres->rateT1 > 0;
            const double employerRate = contractual ? cadres->employerRateT1
                                        : t1 > 0    ? cadres->rateOfPay * employerShare * pay / t1
                                                    : 0;
            const double deathRate = contractual ? cadres->deathRateT1 * employerShare
                                     : t1 > 0    ? cadres->deathRateOfPay * employerShare * pay / t1
                                                 : 0;
            // A branch cadres minimum that replaces the 1,50 % (métallurgie's 1,12 %).
            const BranchRule* own = BranchCompliance::cadresMinimum(
                catalogue.branches, idcc, BranchCompliance::ruleDate(offer, workforce.year),
                workforce);
            if (own) {
                const double minimum = own->figure(workforce.alsaceMoselle);
                rule(fmt::format("Prévoyance des cadres : {} de la tranche 1 à la charge de "
                                 "l'employeur (minimum de la branche IDCC {}, qui remplace le "
                                 "1,50 %)",
                                 BranchRule::percent(minimum), own->idcc),
                     employerRate >= minimum / 100 - 1e-9,
                     fmt::format("part patronale {} % de la tranche 1",
                                 against(employerRate * 100, minimum, 2)),
                     own->source.c_str(), Scope::Provident);
                report.rules.push_back(
                    {"dont au moins 0,76 % de la tranche 1 pour le décès", Verdict::ToCheck,
                     fmt::format("{} % de la tranche 1 ; le régime de branche remplace "
                                 "l'obligation du 1,50 % : répartition à comparer au texte",
                                 frenchNumber(deathRate * 100, 2)),
                     own->source.c_str(), Scope::Provident});
            } else {
                rule("Prévoyance des cadres : 1,50 % de la tranche 1 à la charge de l'employeur",
                     employerRate >= 0.015 - 1e-9,
                     fmt::format("part patronale {} % de la tranche 1",
                                 against(employerRate * 100, 1.5, 2)),
                     kCadres, Scope::Provident);
                rule("dont au moins 0,76 % de la tranche 1 pour le décès",
                     deathRate >= 0.0076 - 1e-9,
                     fmt::format("{} % de la tranche 1", against(deathRate * 100, 0.76, 2)),
                     kCadres, Scope::Provident);
            }
        }
    }
    for (auto& r :
         BranchCompliance::check(catalogue.branches, idcc, offer, quote, workforce, regulation))
        report.rules.push_back(std::move(r));
    return report;
}

}  // namespace cmcsim
