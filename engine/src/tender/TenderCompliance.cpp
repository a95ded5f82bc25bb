#include "cmcsim/tender/TenderCompliance.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/reference/TenderReference.h"
#include "cmcsim/tender/Tender.h"
#include "cmcsim/tender/TenderFile.h"
#include "cmcsim/tender/TenderTruth.h"

namespace cmcsim {

TenderCompanyFacts TenderCompliance::factsOf(const TenderTruth& truth) {
    const auto& d = truth.diagnosis;
    const auto cadres = static_cast<int>(std::lround(d.cadres));
    return {cadres, static_cast<int>(std::lround(d.employees)) - cadres,
            d.providentInsurer && !d.providentInsurer->empty()};
}

std::string TenderCompliance::refusalText(const std::vector<std::string>& reasons) {
    std::string text = "dépôt refusé :";
    for (const auto& reason : reasons) text += "\n  - " + reason;
    return text;
}

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

namespace {

// Which groups of the staff the offer's categories cover with one product.
struct Covered {
    bool cadres = false, nonCadres = false, any = false, beyondCadres = false;
};

void cover(Covered& c, const std::string& category) {
    c.any = true;
    if (category != "non_cadres") c.cadres = true;
    if (category != "cadres") c.nonCadres = c.beyondCadres = true;
}

// The gap of a product that leaves a group of the staff out, with the census' figures.
void populationGap(std::vector<std::string>& gaps, const char* product, const Covered& c,
                   const TenderCompanyFacts* facts) {
    if (!c.any || (c.cadres && c.nonCadres)) return;
    const bool cadresLeft = !c.cadres;
    const int left = facts ? (cadresLeft ? facts->cadres : facts->nonCadres) : -1;
    if (left == 0) return;
    const auto who = cadresLeft ? "cadres" : "non-cadres";
    gaps.push_back(
        facts ? fmt::format("la {} ne couvre pas les {} : {} sur {} du recensement {}, le "
                            "cahier des charges demande l'ensemble du personnel",
                            product, who, left,
                            frenchCount(facts->cadres + facts->nonCadres, "salarié", "salariés"),
                            left > 1 ? "ne sont pas couverts" : "n'est pas couvert")
              : fmt::format("la {} ne couvre pas les {}, le cahier des charges demande l'ensemble "
                            "du personnel",
                            product, who));
}

}  // namespace

std::vector<std::string> TenderCompliance::offerGaps(const Tender& tender,
                                                     const nlohmann::json& offer,
                                                     const TenderCompanyFacts* facts) {
    std::vector<std::string> gaps;
    Covered health, provident;
    const auto categories = offer.find("categories");
    if (categories != offer.end() && categories->is_array()) {
        for (const auto& category : *categories) {
            if (!category.is_object()) continue;
            const auto name = category.value("categorie", std::string("?"));
            if (category.contains("prevoyance")) cover(provident, name);
            const auto h = category.find("sante");
            if (h == category.end() || !h->is_object()) continue;
            cover(health, name);
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
    if (tender.health && !health.any)
        gaps.push_back("l'offre ne couvre pas la santé, que le cahier des charges demande");
    if (!tender.health && health.any)
        gaps.push_back("l'offre couvre la santé, que le cahier des charges ne demande pas");
    if (tender.provident && !provident.any)
        gaps.push_back("l'offre ne couvre pas la prévoyance, que le cahier des charges demande");
    if (!tender.provident && provident.beyondCadres)
        gaps.push_back(
            "l'offre couvre la prévoyance au-delà des cadres, que le cahier des charges ne "
            "demande pas (seule la prévoyance des cadres, obligation de l'employeur, peut s'y "
            "ajouter)");
    if (!tender.provident && facts && facts->cadres > 0 && !facts->providentInForce &&
        !provident.cadres)
        gaps.push_back(fmt::format(
            "l'entreprise emploie {} sans contrat de prévoyance : l'offre doit leur proposer la "
            "prévoyance des cadres (1,50 % de la tranche 1 à la charge de l'employeur, ANI du 17 "
            "novembre 2017), seule prévoyance que la consultation admet",
            frenchCount(facts->cadres, "cadre", "cadres")));
    if (tender.health) populationGap(gaps, "santé", health, facts);
    if (tender.provident) populationGap(gaps, "prévoyance", provident, facts);
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
        reasons.push_back("aucune réponse préparée");
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
    const auto version = response.draft->offerVersion;
    if (!offer && version <= 0)
        reasons.push_back("aucune version d'offre choisie pour la réponse");
    else if (!offer)
        reasons.push_back(
            fmt::format("l'offre v{} n'est pas enregistrée pour cette entreprise", version));
    else
        for (auto& gap : offerGaps(tender, *offer, response.facts ? &*response.facts : nullptr))
            reasons.push_back(
                fmt::format("offre v{} non conforme : {}", response.draft->offerVersion, gap));
    return reasons;
}

}  // namespace cmcsim
