#include "TenderSpecReader.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "ScenarioSlug.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/reference/TenderReference.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

namespace {

// An id of the generator's pattern ("ao-" and 14 digits) would hide a generated tender.
bool generatedPattern(const std::string& id) {
    return id.size() == 17 && id.rfind("ao-", 0) == 0 &&
           std::all_of(id.begin() + 3, id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void readCompany(const JsonReader& c, const ReferenceData* reference, TenderSpec& spec) {
    if (c.value().is_null()) {
        c.problem("champ obligatoire manquant (« siret » ou des critères)");
        return;
    }
    if (!c.expectObject()) return;
    c.allowOnly({"siret", "effectif_min", "sections", "idcc", "courtier"});
    if (c.has("siret")) {
        const auto text = c.text("siret", 14, 17).value_or("");
        const auto number = siret::parse(text, 14);
        if (!text.empty() && !number) c.problemAt("siret", "SIRET de 14 chiffres attendu");
        spec.siret = number;
        for (const char* key : {"effectif_min", "sections", "idcc", "courtier"})
            if (c.has(key)) c.problemAt(key, "« siret » désigne déjà l'entreprise");
        return;
    }
    spec.minEmployees = static_cast<int>(c.integer("effectif_min", 1, 1000000, false).value_or(0));
    spec.sections = c.textArray("sections");
    spec.idcc = c.textArray("idcc");
    for (std::size_t i = 0; i < spec.sections.size(); ++i)
        if (reference && !spec.sections[i].empty() &&
            (spec.sections[i].size() != 1 || !reference->naf.hasSection(spec.sections[i][0])))
            c.problemAt(fmt::format("sections[{}]", i), "section NAF inconnue");
    for (std::size_t i = 0; i < spec.idcc.size(); ++i)
        if (reference && !spec.idcc[i].empty() && !reference->idcc.find(spec.idcc[i]))
            c.problemAt(fmt::format("idcc[{}]", i), "IDCC inconnu");
    if (c.has("courtier")) {
        if (!c.value()["courtier"].is_boolean())
            c.problemAt("courtier", "true ou false attendu");
        else
            spec.brokerOnly = c.value()["courtier"].get<bool>();
    }
}

void readWeights(const JsonReader& w, TenderSpec& spec) {
    if (!w.expectObject()) return;
    int sum = 0;
    for (const auto& [key, value] : w.value().items()) {
        if (!TenderReference::installed().criterion(key)) {
            w.problemAt(key, "critère inconnu (prix, garanties, services, gestion ou dossier)");
            continue;
        }
        const auto weight = w.integer(key, 0, 100);
        if (!weight) continue;
        sum += static_cast<int>(*weight);
        spec.weights.emplace_back(key, static_cast<int>(*weight));
    }
    if (sum != 100)
        w.problem(fmt::format("la somme des poids doit valoir 100 (elle vaut {})", sum));
    // In the datasets' order of criteria, whatever the file's order of keys.
    const auto& criteria = TenderReference::installed().criteria;
    const auto rank = [&](const std::string& id) {
        return std::find_if(criteria.begin(), criteria.end(),
                            [&](const TenderCriterion& c) { return c.id == id; }) -
               criteria.begin();
    };
    std::sort(spec.weights.begin(), spec.weights.end(),
              [&](const auto& a, const auto& b) { return rank(a.first) < rank(b.first); });
}

std::vector<std::string> readIds(const JsonReader& t, const char* key, bool question) {
    auto ids = t.textArray(key);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (ids[i].empty()) continue;
        const bool known = question ? TenderReference::installed().question(ids[i]) != nullptr
                                    : TenderReference::installed().document(ids[i]) != nullptr;
        if (!known)
            t.problemAt(fmt::format("{}[{}]", key, i),
                        fmt::format("« {} » n'est pas dans datasets/{}", ids[i],
                                    question ? "ao_questions.csv" : "ao_documents.csv"));
    }
    return ids;
}

TenderSpec readOne(const JsonReader& t, int durationWeeks, const ReferenceData* reference) {
    TenderSpec spec;
    if (!t.expectObject()) return spec;
    t.allowOnly({"id", "entreprise", "semaine_publication", "semaine_limite_questions",
                 "semaine_limite_depot", "semaine_attribution", "niveau", "produits", "structure",
                 "expression", "criteres", "documents", "questions"});
    spec.id = t.text("id", 3, 40).value_or("");
    if (!spec.id.empty() && !isScenarioSlug(spec.id))
        t.problemAt("id", "lettres minuscules, chiffres et tirets, en commençant par une lettre");
    if (generatedPattern(spec.id))
        t.problemAt("id", "« ao- » suivi de 14 chiffres est réservé aux appels générés");
    readCompany(t.child("entreprise"), reference, spec);
    const int weeks = std::max(1, durationWeeks);
    const auto week = [&](const char* key, bool required) {
        return static_cast<int>(t.integer(key, 1, weeks, required).value_or(0));
    };
    spec.publicationWeek = week("semaine_publication", true);
    spec.questionWeek = week("semaine_limite_questions", true);
    spec.submissionWeek = week("semaine_limite_depot", true);
    spec.awardWeek = week("semaine_attribution", false);
    if (spec.publicationWeek && spec.questionWeek && spec.questionWeek < spec.publicationWeek)
        t.problemAt("semaine_limite_questions", "au plus tôt la semaine de publication");
    if (spec.questionWeek && spec.submissionWeek && spec.submissionWeek < spec.questionWeek)
        t.problemAt("semaine_limite_depot", "au plus tôt la date limite des questions");
    if (spec.awardWeek && spec.submissionWeek && spec.awardWeek <= spec.submissionWeek)
        t.problemAt("semaine_attribution", "après la date limite de dépôt");
    spec.level = static_cast<int>(t.integer("niveau", 1, 4).value_or(3));
    const auto products = t.textArray("produits", true);
    spec.health = std::find(products.begin(), products.end(), "sante") != products.end();
    spec.provident = std::find(products.begin(), products.end(), "prevoyance") != products.end();
    for (std::size_t i = 0; i < products.size(); ++i)
        if (!products[i].empty() && products[i] != "sante" && products[i] != "prevoyance")
            t.problemAt(fmt::format("produits[{}]", i), "sante ou prevoyance attendu");
    if (t.has("produits") && !spec.health && !spec.provident)
        t.problemAt("produits", "au moins un produit (sante, prevoyance)");
    spec.structure = t.text("structure", 1, 20, false).value_or("isole_famille");
    if (spec.structure != "isole_famille" && spec.structure != "uniforme")
        t.problemAt("structure", "isole_famille ou uniforme attendu");
    const auto expression = t.text("expression", 1, 20, false).value_or("euros");
    if (expression != "euros" && expression != "pct_pmss")
        t.problemAt("expression", "euros ou pct_pmss attendu");
    spec.pmss = expression == "pct_pmss";
    if (t.has("criteres")) readWeights(t.child("criteres"), spec);
    spec.documents = readIds(t, "documents", false);
    spec.questions = readIds(t, "questions", true);
    if (spec.documents.empty()) t.problemAt("documents", "au moins un document à fournir");
    return spec;
}

}  // namespace

std::vector<TenderSpec> readTenderSpecs(const JsonReader& root, int durationWeeks,
                                        const ReferenceData* reference) {
    std::vector<TenderSpec> specs;
    std::set<std::string> ids;
    for (const auto& t : root.array("appels_offres", 0, 50)) {
        auto spec = readOne(t, durationWeeks, reference);
        if (!spec.id.empty() && !ids.insert(spec.id).second)
            t.problemAt("id", fmt::format("identifiant « {} » déjà utilisé", spec.id));
        specs.push_back(std::move(spec));
    }
    return specs;
}

std::vector<TenderSpec> TenderSpec::of(const Scenario& scenario) {
    return scenario.tenders;
}

}  // namespace cmcsim
