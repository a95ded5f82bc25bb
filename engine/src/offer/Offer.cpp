#include "cmcsim/offer/Offer.h"

#include <fmt/format.h>

#include <set>

#include "cmcsim/core/JsonReader.h"
#include "cmcsim/reference/OfferCatalogue.h"

namespace cmcsim {

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
        offer.title = root.text("titre", 1, 160).value_or("");
        if (auto d = root.text("date_effet", 10, 10)) {
            if (auto date = Date::parseIso(*d))
                offer.effectiveDate = *date;
            else
                root.problemAt("date_effet", "date AAAA-MM-JJ attendue");
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
                                 "part_employeur_pct", "ayants_droit"});
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
                    if (expression != "euros" && expression != "pct_pmss")
                        h.problemAt("expression", "euros ou pct_pmss attendu");
                    terms.ratesInPmss = expression == "pct_pmss";
                    terms.employerShare =
                        h.number("part_employeur_pct", 0, 100).value_or(50) / 100.0;
                    const auto dependants =
                        h.text("ayants_droit", 1, 20, false).value_or("facultatifs");
                    if (dependants != "facultatifs" && dependants != "obligatoires")
                        h.problemAt("ayants_droit", "facultatifs ou obligatoires attendu");
                    terms.dependants =
                        dependants == "obligatoires" ? Dependants::Mandatory : Dependants::Optional;
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
                    p.allowOnly({"produit", "part_employeur_pct"});
                    ProvidentTerms terms;
                    terms.product = p.text("produit", 1, 60).value_or("");
                    if (!terms.product.empty() && !catalogue.providentProduct(terms.product))
                        p.problemAt("produit", fmt::format("produit de prévoyance inconnu « {} »",
                                                           terms.product));
                    terms.employerShare =
                        p.number("part_employeur_pct", 0, 100).value_or(100) / 100.0;
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
