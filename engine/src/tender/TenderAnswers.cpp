#include "cmcsim/tender/TenderAnswers.h"

#include <cctype>
#include <optional>

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

// "42 % sur les 3 dernières années": the loss ratio of a history (benefits over premiums, both
// summed), nullopt without premiums.
std::optional<std::string> ratioOf(const std::vector<TenderLossYear>& years) {
    double premium = 0, benefits = 0;
    for (const auto& y : years) {
        premium += y.premium;
        benefits += y.benefits;
    }
    if (premium <= 0) return std::nullopt;
    return frenchNumber(100 * benefits / premium, 0) + " % sur les " +
           frenchCount(static_cast<double>(years.size()), "dernière année", "dernières années");
}

// The values a topic's answer may name: each one a fact of the truth the tender discloses, as a
// whole sentence where the truth has two cases (a current contract or none).
std::vector<std::pair<std::string, std::string>> valuesOf(const TenderReference& reference,
                                                          const TenderTruth& truth) {
    const auto& t = truth.tender;
    const auto& d = truth.diagnosis;
    const bool current = !truth.currentInsurer.empty();
    const std::string losses =
        current && ratioOf(truth.losses)
            ? "Le rapport sinistres / cotisations du contrat actuel est de " +
                  ratioOf(truth.losses).value() +
                  " (prestations cumulées rapportées aux cotisations cumulées) ; le détail par "
                  "année figure au cahier des charges."
            : "L'entreprise n'a pas de contrat collectif santé en cours : il n'y a pas "
              "d'historique de sinistralité.";
    const bool provident = !truth.providentInsurer.empty();
    const auto providentRatio = ratioOf(truth.providentLosses);
    const std::string providentContract =
        std::string(t.provident ? "La consultation porte sur la prévoyance. "
                                : "La consultation ne porte pas sur la prévoyance. ") +
        (provident
             ? "Le contrat de prévoyance actuel est assuré par " + truth.providentInsurer +
                   ", au niveau " + std::to_string(truth.providentLevel) +
                   " sur 3, pour une cotisation moyenne de " +
                   frenchNumber(truth.providentMonthlyPremium, 2) + " € par salarié et par mois" +
                   (providentRatio
                        ? " ; son rapport sinistres / cotisations est de " + *providentRatio
                        : std::string()) +
                   " ; ses garanties et sa sinistralité figurent au cahier des charges."
             : std::string("L'entreprise n'a pas de contrat collectif de prévoyance en "
                           "cours."));
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
        {"prevoyance", providentContract},
        {"courtier", truth.broker.empty()
                         ? "L'entreprise mène la consultation elle-même, sans courtier."
                         : "La consultation est menée par le courtier " + truth.broker +
                               ", qui reçoit les questions et les réponses."},
    };
}

}  // namespace

std::size_t TenderAnswers::matchAt(const std::string& folded, const std::string& keyword) {
    for (auto at = folded.find(keyword); at != std::string::npos;
         at = folded.find(keyword, at + 1)) {
        if (at > 0 && letter(folded[at - 1]) && letter(keyword.front())) continue;
        auto end = at + keyword.size();
        if (end < folded.size() && (folded[end] == 's' || folded[end] == 'x')) ++end;
        if (end < folded.size() && letter(folded[end]) && letter(keyword.back())) continue;
        return at;
    }
    return std::string::npos;
}

std::size_t TenderAnswers::matchLength(const std::string& folded, const std::string& keyword) {
    return matchAt(folded, keyword) == std::string::npos ? 0 : keyword.size();
}

const TenderAnswerTopic* TenderAnswers::topicOf(const TenderReference& reference,
                                                const std::string& question) {
    const auto folded = foldText(question);
    // The earliest keyword (the longest where two start at the same place) names the topic: the
    // head of the question (« la sinistralité du contrat actuel »), not what qualifies it.
    const auto earliest = [&](auto words) {
        const TenderAnswerTopic* best = nullptr;
        std::size_t bestAt = std::string::npos, bestLength = 0;
        for (const auto& topic : reference.topics)
            for (const auto& keyword : topic.*words) {
                const auto at = matchAt(folded, keyword);
                if (at == std::string::npos) continue;
                if (at < bestAt || (at == bestAt && keyword.size() > bestLength)) {
                    best = &topic;
                    bestAt = at;
                    bestLength = keyword.size();
                }
            }
        return best;
    };
    if (const auto* topic = earliest(&TenderAnswerTopic::keywords)) return topic;
    return earliest(&TenderAnswerTopic::generic);
}

std::string TenderAnswers::answer(const TenderReference& reference, const TenderTruth& truth,
                                  const std::string& question) {
    if (const auto* topic = topicOf(reference, question))
        return PlanRules::fill(topic->answer, valuesOf(reference, truth));
    return kOffTopic;
}

}  // namespace cmcsim
