#include "cmcsim/tender/TenderCompliance.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "cmcsim/reference/TenderReference.h"
#include "cmcsim/tender/Tender.h"
#include "cmcsim/tender/TenderFile.h"

namespace cmcsim {

int TenderCompliance::wordCount(const std::string& text) {
    int words = 0;
    bool inWord = false;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        // Letters, digits and every byte of a multi-byte UTF-8 character (accented letters).
        const bool part = std::isalnum(c) || c >= 0x80;
        if (part && !inWord) ++words;
        inWord = part;
    }
    return words;
}

std::vector<std::string> TenderCompliance::offerGaps(const Tender& tender,
                                                     const nlohmann::json& offer) {
    std::vector<std::string> gaps;
    bool health = false, provident = false;
    const auto categories = offer.find("categories");
    if (categories != offer.end() && categories->is_array()) {
        for (const auto& category : *categories) {
            if (!category.is_object()) continue;
            const auto name = category.value("categorie", std::string("?"));
            if (category.contains("prevoyance")) provident = true;
            const auto h = category.find("sante");
            if (h == category.end() || !h->is_object()) continue;
            health = true;
            const auto structure = h->value("structure", std::string());
            if (structure != tender.structure)
                gaps.push_back(fmt::format(
                    "catégorie « {} » : structure « {} », le cahier des charges demande « {} »",
                    name, structure, tender.structure));
            const auto expression = h->value("expression", std::string("euros"));
            const auto wanted = tender.pmss ? "pct_pmss" : "euros";
            if (expression != wanted)
                gaps.push_back(fmt::format(
                    "catégorie « {} » : cotisations en « {} », le cahier des charges les demande "
                    "en « {} »",
                    name, expression, wanted));
        }
    }
    if (tender.health && !health)
        gaps.push_back("l'offre ne couvre pas la santé, que le cahier des charges demande");
    if (!tender.health && health)
        gaps.push_back("l'offre couvre la santé, que le cahier des charges ne demande pas");
    if (tender.provident && !provident)
        gaps.push_back("l'offre ne couvre pas la prévoyance, que le cahier des charges demande");
    if (!tender.provident && provident)
        gaps.push_back("l'offre couvre la prévoyance, que le cahier des charges ne demande pas");
    return gaps;
}

std::vector<std::string> TenderCompliance::submissionRefusals(const Tender& tender,
                                                              const TenderResponse& response,
                                                              int week,
                                                              const nlohmann::json* offer) {
    std::vector<std::string> reasons;
    if (!tender.submissionOpen(week))
        reasons.push_back(
            fmt::format("hors délai : la date limite de dépôt était la fin de la "
                        "semaine {}, nous sommes en semaine {}",
                        tender.submissionWeek, week));
    if (!response.draft) {
        reasons.push_back("aucune réponse préparée (cmcsim tender respond)");
        return reasons;
    }
    const auto& reference = TenderReference::installed();
    for (const auto& q : tender.questions) {
        const auto it = response.draft->answers.find(q);
        if (it == response.draft->answers.end() || wordCount(it->second) == 0) {
            const auto* question = reference.question(q);
            reasons.push_back(fmt::format("réponse manquante à la question « {} »",
                                          question ? question->text : q));
        }
    }
    for (const auto& d : tender.documents)
        if (std::find(response.draft->documents.begin(), response.draft->documents.end(), d) ==
            response.draft->documents.end()) {
            const auto* document = reference.document(d);
            reasons.push_back(
                fmt::format("document manquant : {}", document ? document->label : d));
        }
    if (!offer)
        reasons.push_back(fmt::format("l'offre v{} n'existe plus", response.draft->offerVersion));
    else
        for (auto& gap : offerGaps(tender, *offer))
            reasons.push_back(
                fmt::format("offre v{} non conforme : {}", response.draft->offerVersion, gap));
    return reasons;
}

}  // namespace cmcsim
