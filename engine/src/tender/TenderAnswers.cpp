#include "cmcsim/tender/TenderAnswers.h"

#include <cctype>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/TextFold.h"
#include "cmcsim/reference/PlanRules.h"
#include "cmcsim/reference/TenderReference.h"
#include "cmcsim/tender/TenderTruth.h"

namespace cmcsim {

namespace {

const char* levelName(int level) {
    switch (level) {
        case 1:
            return "1 (panier ANI)";
        case 2:
            return "2 (intermédiaire)";
        case 3:
            return "3 (confort)";
        case 4:
            return "4 (haut de gamme)";
        default:
            return "aucun";
    }
}

bool letter(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// The values a topic's answer may name: each one a fact of the truth the tender discloses, as a
// whole sentence where the truth has two cases (a current contract or none).
std::vector<std::pair<std::string, std::string>> valuesOf(const TenderReference& reference,
                                                          const TenderTruth& truth) {
    const auto& t = truth.tender;
    const auto& d = truth.diagnosis;
    double premium = 0, benefits = 0;
    for (const auto& y : truth.losses) {
        premium += y.premium;
        benefits += y.benefits;
    }
    const bool current = !truth.currentInsurer.empty();
    const std::string losses =
        current && premium > 0
            ? "Le rapport sinistres / cotisations du contrat actuel est de " +
                  frenchNumber(100 * benefits / premium, 0) + " % sur les " +
                  frenchCount(static_cast<double>(truth.losses.size()), "dernière année",
                              "dernières années") +
                  " (prestations cumulées rapportées aux cotisations cumulées) ; le détail par "
                  "année figure au cahier des charges."
            : "L'entreprise n'a pas de contrat collectif santé en cours : il n'y a pas "
              "d'historique de sinistralité.";
    const std::string contract =
        current
            ? "Le contrat santé actuel est assuré par " + truth.currentInsurer + ", au niveau " +
                  levelName(truth.currentLevel) + ", pour une cotisation moyenne de " +
                  frenchNumber(truth.currentMonthlyPremium, 2) +
                  " € par salarié et par mois ; son tableau de garanties figure au cahier des "
                  "charges."
            : "L'entreprise n'a pas de contrat collectif santé en cours.";
    std::string guarantees;
    if (!t.health)
        guarantees =
            "La consultation ne porte pas sur la santé mais sur la " + t.productsLabel() + ".";
    else
        guarantees = std::string("Le niveau de garanties santé demandé est ") + levelName(t.level) +
                     ". " +
                     (current ? std::string("Les garanties actuelles, de niveau ") +
                                    levelName(truth.currentLevel) +
                                    ", figurent au tableau du cahier des charges."
                              : "L'entreprise n'a pas de contrat santé en cours : il n'y a pas de "
                                "garanties actuelles à reprendre.");
    std::string weights;
    for (const auto& [id, weight] : t.weights) {
        const auto* c = reference.criterion(id);
        weights += (weights.empty() ? "" : ", ") + std::string(c ? c->label : id) + " " +
                   std::to_string(weight) + " %";
    }
    std::string documents;
    for (const auto& id : t.documents) {
        const auto* k = reference.document(id);
        documents += (documents.empty() ? "" : ", ") + std::string(k ? k->label : id);
    }
    return {
        {"effectif", frenchCount(d.employees, "salarié", "salariés")},
        {"cadres",
         d.cadres > 0 ? "dont " + frenchCount(d.cadres, "cadre", "cadres") : "aucun cadre"},
        {"femmes", frenchCount(d.women, "femme", "femmes")},
        {"age_moyen", frenchNumber(d.meanAge, 1)},
        {"isoles", frenchCount(d.byFamily[0], "isolé", "isolés")},
        {"couples", frenchCount(d.byFamily[1], "couple sans enfant", "couples sans enfant")},
        {"monoparentaux", frenchCount(d.byFamily[2], "parent isolé", "parents isolés")},
        {"familles", frenchCount(d.byFamily[3], "famille", "familles")},
        {"sinistralite", losses},
        {"contrat_actuel", contract},
        {"garanties", guarantees},
        {"produits", t.productsLabel()},
        {"questions", std::to_string(t.questionWeek)},
        {"depot", std::to_string(t.submissionWeek)},
        {"attribution", std::to_string(t.awardWeek)},
        {"structure", t.structureLabel()},
        {"criteres", weights.empty() ? "aucun critère" : weights},
        {"documents", documents.empty() ? "aucun document" : documents},
        {"courtier", truth.broker.empty()
                         ? "L'entreprise mène la consultation elle-même, sans courtier."
                         : "La consultation est menée par le courtier " + truth.broker +
                               ", qui reçoit les questions et les réponses."},
    };
}

}  // namespace

std::size_t TenderAnswers::matchLength(const std::string& folded, const std::string& keyword) {
    for (auto at = folded.find(keyword); at != std::string::npos;
         at = folded.find(keyword, at + 1)) {
        if (at > 0 && letter(folded[at - 1]) && letter(keyword.front())) continue;
        auto end = at + keyword.size();
        if (end < folded.size() && (folded[end] == 's' || folded[end] == 'x')) ++end;
        if (end < folded.size() && letter(folded[end]) && letter(keyword.back())) continue;
        return keyword.size();
    }
    return 0;
}

const TenderAnswerTopic* TenderAnswers::topicOf(const TenderReference& reference,
                                                const std::string& question) {
    const auto folded = foldText(question);
    const TenderAnswerTopic* best = nullptr;
    std::size_t bestLength = 0;
    for (const auto& topic : reference.topics)
        for (const auto& keyword : topic.keywords)
            if (const auto n = matchLength(folded, keyword); n > bestLength) {
                best = &topic;
                bestLength = n;
            }
    return best;
}

std::string TenderAnswers::answer(const TenderReference& reference, const TenderTruth& truth,
                                  const std::string& question) {
    if (const auto* topic = topicOf(reference, question))
        return PlanRules::fill(topic->answer, valuesOf(reference, truth));
    return "L'entreprise n'apporte pas de précision sur ce point au-delà du cahier des charges.";
}

}  // namespace cmcsim
