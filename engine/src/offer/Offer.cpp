#include "cmcsim/offer/Offer.h"

#include <fmt/format.h>

#include <cmath>
#include <set>

#include "cmcsim/core/JsonReader.h"
#include "cmcsim/reference/OfferCatalogue.h"

namespace cmcsim {

namespace {
// The smallest positive contractual provident rate, in % of a tranche's payroll.
constexpr double kMinContractualRatePct = 0.001;
// The cadres' employer contribution: 1,50 % of T1 (ANI of 17 November 2017, art. 2.1).
constexpr double kCadresRateT1 = 0.015;
}  // namespace

bool isCadresProvident(const ProvidentProduct& product) {
    return product.rates && std::abs(product.rates->t1() - kCadresRateT1) < 1e-9 &&
           product.rates->t2() <= 0;
}

const char* Offer::structureCode(RateStructure structure) {
    switch (structure) {
        case RateStructure::SingleFamily:
            return "isole_famille";
        case RateStructure::SingleDuoFamily:
            return "isole_duo_famille";
        case RateStructure::AdultChild:
            return "adulte_enfant";
        case RateStructure::Uniform:
            return "uniforme";
    }
    return "";
}

const char* Offer::categoryLabel(const std::string& category) {
    return category == "cadres"       ? "cadres"
           : category == "non_cadres" ? "non-cadres"
                                      : "tout le personnel";
}

const char* Offer::categoryTitle(const std::string& category) {
    return category == "cadres"       ? "Cadres"
           : category == "non_cadres" ? "Non-cadres"
                                      : "Ensemble du personnel";
}

Offer Offer::fromJson(const std::string& text, const std::string& sourceName,
                      const OfferCatalogue& catalogue) {
    std::vector<Problem> problems;
    const auto json = JsonReader::parse(text, sourceName, problems);
    JsonReader root(json, problems);
    Offer offer;
    if (root.expectObject()) {
        root.allowOnly({"format", "titre", "date_effet", "categories", "services", "commission_pct",
                        "besoins_exigences"});
        if (auto f = root.text("format", 1, 40); f && *f != "cmcsim-offre/1")
            root.problemAt("format", "doit valoir \"cmcsim-offre/1\"");
        offer.title = root.words("titre", 1, 160).value_or("");
        if (auto d = root.text("date_effet", 10, 10)) {
            const auto date = Date::parseIso(*d);
            if (!date)
                root.problemAt("date_effet", Date::isoProblem(*d));
            else if (date->year() < kFirstEffectiveYear || date->year() > kLastEffectiveYear)
                root.problemAt("date_effet",
                               fmt::format("date d'effet de {} à {} attendue (« {} »)",
                                           kFirstEffectiveYear, kLastEffectiveYear, *d));
            else
                offer.effectiveDate = *date;
        }
        offer.commissionRate = root.number("commission_pct", 0, 20, false).value_or(0) / 100.0;
        offer.needsAndRequirements = root.text("besoins_exigences", 0, 20000, false).value_or("");
        const auto services = root.textArray("services");
        for (std::size_t i = 0; i < services.size(); ++i) {
            if (!services[i].empty() && !catalogue.service(services[i]))
                problems.push_back({fmt::format("$.services[{}]", i),
                                    fmt::format("service inconnu « {} »", services[i])});
            offer.services.push_back(services[i]);
        }
        std::set<std::string> seen;
        for (const auto& c : root.array("categories", 1, 3)) {
            if (!c.expectObject()) continue;
            c.allowOnly({"categorie", "sante", "prevoyance"});
            OfferCategory category;
            category.category = c.text("categorie", 1, 20).value_or("");
            if (!category.category.empty() && category.category != "ensemble" &&
                category.category != "cadres" && category.category != "non_cadres")
                c.problemAt("categorie", "ensemble, cadres ou non_cadres attendu");
            if (!category.category.empty() && !seen.insert(category.category).second)
                c.problemAt("categorie", "catégorie déjà décrite");
            if (c.has("sante")) {
                const auto h = c.child("sante");
                if (h.expectObject()) {
                    h.allowOnly({"produit", "options", "structure", "expression",
                                 "taux_salaire_pct", "plafond_mensuel_eur", "part_employeur_pct",
                                 "part_employeur_base", "part_employeur_eur", "ayants_droit"});
                    HealthTerms terms;
                    terms.product = h.text("produit", 1, 60).value_or("");
                    const auto* product = catalogue.healthProduct(terms.product);
                    if (!terms.product.empty() && (!product || product->level == 0))
                        h.problemAt("produit",
                                    fmt::format("produit santé inconnu « {} »", terms.product));
                    terms.options = h.textArray("options");
                    for (std::size_t i = 0; i < terms.options.size(); ++i) {
                        const auto* option = catalogue.healthProduct(terms.options[i]);
                        if (!terms.options[i].empty() && (!option || option->level != 0))
                            problems.push_back(
                                {fmt::format("{}.options[{}]", h.path(), i),
                                 fmt::format("option inconnue « {} »", terms.options[i])});
                    }
                    const auto structure = h.text("structure", 1, 40).value_or("");
                    bool known = false;
                    for (auto s : {RateStructure::SingleFamily, RateStructure::SingleDuoFamily,
                                   RateStructure::AdultChild, RateStructure::Uniform})
                        if (structure == structureCode(s)) {
                            terms.structure = s;
                            known = true;
                        }
                    if (!structure.empty() && !known)
                        h.problemAt(
                            "structure",
                            "isole_famille, isole_duo_famille, adulte_enfant ou uniforme attendu");
                    const auto expression = h.text("expression", 1, 20, false).value_or("euros");
                    if (expression == "pct_pmss")
                        terms.expression = Expression::PctPmss;
                    else if (expression == "pct_salaire")
                        terms.expression = Expression::PctSalary;
                    else if (expression != "euros")
                        h.problemAt("expression", "euros, pct_pmss ou pct_salaire attendu");
                    terms.ratesInPmss = terms.expression == Expression::PctPmss;
                    const bool salary = terms.expression == Expression::PctSalary;
                    terms.salaryRate =
                        h.number("taux_salaire_pct", 0.01, 20, salary).value_or(0) / 100.0;
                    terms.salaryCapMonthly =
                        h.number("plafond_mensuel_eur", 0.01, 10000, false).value_or(0);
                    if (!salary && h.has("taux_salaire_pct"))
                        h.problemAt("taux_salaire_pct",
                                    "seulement avec « expression » pct_salaire");
                    if (!salary && h.has("plafond_mensuel_eur"))
                        h.problemAt("plafond_mensuel_eur",
                                    "seulement avec « expression » pct_salaire");
                    const auto basis =
                        h.text("part_employeur_base", 1, 20, false).value_or("cotisation");
                    if (basis == "tarif_isole")
                        terms.employerBasis = EmployerBasis::SingleRate;
                    else if (basis == "euros")
                        terms.employerBasis = EmployerBasis::EurosPerMonth;
                    else if (basis != "cotisation")
                        h.problemAt("part_employeur_base",
                                    "cotisation, tarif_isole ou euros attendu");
                    const bool inEuros = terms.employerBasis == EmployerBasis::EurosPerMonth;
                    if (inEuros) {
                        terms.employerMonthlyEur =
                            h.number("part_employeur_eur", 0, 10000).value_or(0);
                        if (h.has("part_employeur_pct"))
                            h.problemAt("part_employeur_pct",
                                        "pas avec « part_employeur_base » euros : "
                                        "part_employeur_eur attendu");
                        terms.employerShare = 0;
                    } else {
                        if (h.has("part_employeur_eur"))
                            h.problemAt("part_employeur_eur",
                                        "seulement avec « part_employeur_base » euros");
                        terms.employerShare =
                            h.number("part_employeur_pct", 0, 100).value_or(50) / 100.0;
                    }
                    const auto dependants =
                        h.text("ayants_droit", 1, 30, false).value_or("facultatifs");
                    if (dependants == "obligatoires")
                        terms.dependants = Dependants::Mandatory;
                    else if (dependants == "enfants_obligatoires")
                        terms.dependants = Dependants::ChildrenMandatory;
                    else if (dependants != "facultatifs")
                        h.problemAt("ayants_droit",
                                    "facultatifs, enfants_obligatoires ou obligatoires attendu");
                    if (terms.structure == RateStructure::Uniform &&
                        !terms.allDependantsMandatory())
                        h.problemAt(
                            "structure",
                            "une cotisation uniforme suppose des ayants droit obligatoires");
                    category.health = terms;
                }
            }
            if (c.has("prevoyance")) {
                const auto p = c.child("prevoyance");
                if (p.expectObject()) {
                    p.allowOnly({"produit", "part_employeur_pct", "taux"});
                    ProvidentTerms terms;
                    terms.product = p.text("produit", 1, 60).value_or("");
                    if (!terms.product.empty() && !catalogue.providentProduct(terms.product))
                        p.problemAt("produit", fmt::format("produit de prévoyance inconnu « {} »",
                                                           terms.product));
                    terms.employerShare =
                        p.number("part_employeur_pct", 0, 100).value_or(100) / 100.0;
                    if (p.has("taux")) {
                        const auto t = p.child("taux");
                        if (t.expectObject()) {
                            t.allowOnly({"deces_t1_pct", "incapacite_t1_pct", "invalidite_t1_pct",
                                         "deces_t2_pct", "incapacite_t2_pct", "invalidite_t2_pct"});
                            // Rates are quoted to the thousandth of a percent (0,754 %): a
                            // smaller positive one (1e-300) priced nothing at an absurd S/P.
                            auto pct = [&](const char* key) {
                                const double v = t.number(key, 0, 20, false).value_or(0);
                                if (v > 0 && v < kMinContractualRatePct) {
                                    t.problemAt(key,
                                                "doit valoir 0 ou être compris entre 0,001 "
                                                "et 20");
                                    return 0.0;
                                }
                                return v / 100.0;
                            };
                            const auto before = problems.size();
                            ContractualRates r{pct("deces_t1_pct"),      pct("deces_t2_pct"),
                                               pct("incapacite_t1_pct"), pct("incapacite_t2_pct"),
                                               pct("invalidite_t1_pct"), pct("invalidite_t2_pct")};
                            // A refused rate is already reported: "none positive" would mislead.
                            if (problems.size() == before && r.t1() + r.t2() <= 0)
                                t.problem("au moins un taux positif attendu");
                            terms.rates = r;
                        }
                    }
                    category.provident = terms;
                }
            }
            if (!category.health && !category.provident)
                c.problem("au moins « sante » ou « prevoyance »");
            offer.categories.push_back(std::move(category));
        }
        if (seen.contains("ensemble") && seen.size() > 1)
            root.problemAt("categories",
                           "« ensemble » couvre tout le personnel : ne pas le combiner avec cadres "
                           "ou non_cadres");
    }
    JsonReader::throwIfAny(std::move(problems), sourceName);
    return offer;
}

}  // namespace cmcsim
