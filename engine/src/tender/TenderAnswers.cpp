#include "cmcsim/tender/TenderAnswers.h"

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

}  // namespace

std::string TenderAnswers::answer(const TenderReference& reference, const TenderTruth& truth,
                                  const std::string& question) {
    const auto folded = foldText(question);
    double premium = 0, benefits = 0;
    for (const auto& y : truth.losses) {
        premium += y.premium;
        benefits += y.benefits;
    }
    const auto& t = truth.tender;
    const std::vector<std::pair<std::string, std::string>> values = {
        {"effectif", frenchNumber(truth.diagnosis.employees, 0)},
        {"cadres", frenchNumber(truth.diagnosis.cadres, 0)},
        {"age_moyen", frenchNumber(truth.diagnosis.meanAge, 1)},
        {"sp", premium > 0 ? frenchNumber(100 * benefits / premium, 0) + " %" : "non connu"},
        {"annees", std::to_string(truth.losses.size())},
        {"assureur", truth.currentInsurer.empty() ? "aucun organisme" : truth.currentInsurer},
        {"niveau", levelName(truth.currentLevel)},
        {"niveau_demande", levelName(t.level)},
        {"attribution", std::to_string(t.awardWeek)},
        {"structure", t.structureLabel()},
        {"courtier", truth.broker.empty()
                         ? "L'entreprise mène la consultation elle-même, sans courtier."
                         : "La consultation est menée par le courtier " + truth.broker +
                               ", qui reçoit les questions et les réponses."},
    };
    for (const auto& topic : reference.topics)
        for (const auto& keyword : topic.keywords)
            if (folded.find(keyword) != std::string::npos)
                return PlanRules::fill(topic.answer, values);
    return "La réponse figure au cahier des charges ; l'entreprise n'apporte pas d'autre "
           "précision.";
}

}  // namespace cmcsim
