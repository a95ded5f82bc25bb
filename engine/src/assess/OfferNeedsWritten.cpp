// Assessor "offre.besoins_ecrits" (B4.2, « précise par écrit les exigences et besoins »): each
// saved offer version carries the company's needs and requirements in writing (`besoins_exigences`,
// C. assur. L521-4), long enough and touching the themes a diagnosis covers. docs/assessment.md,
// section « Bloc 4 ».
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string_view>

#include "OfferVersions.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/TextFold.h"
#include "cmcsim/core/Utf8.h"

namespace cmcsim::assess {

namespace {

// A theme of a needs analysis and the words (folded: lower case, no accents) that show it.
struct Theme {
    const char* label;
    std::vector<std::string_view> words;
};

const std::array<Theme, 5>& themes() {
    static const std::array<Theme, 5> list = {{
        {"effectif",
         {"salarie", "effectif", "personnel", "cadre", "famille", "enfant", "conjoint"}},
        {"contrat actuel",
         {"contrat actuel", "actuel", "assureur", "echeance", "resiliation", "niveau", "panier",
          "satisf"}},
        {"obligations",
         {"obligation", "convention", "branche", "ccn", "idcc", "responsable", " due", "accord",
          "l911", "50 %", "50%"}},
        {"budget", {"budget", "cout", "cotisation", "tarif", "prix", "euro"}},
        {"garanties attendues",
         {"optique", "dentaire", "hospital", "prevoyance", "deces", "incapacite", "invalidite",
          "arret", "auditif", "depassement", "tiers payant", "teleconsultation", "prevention"}},
    }};
    return list;
}

IndicatorResult assessNeeds(const AssessmentContext& context, const AssessorThresholds& thresholds,
                            const std::string& criterion, const std::string& indicator) {
    const double minLength = thresholds.at("longueur_min_caracteres");
    const double expected = thresholds.at("themes_attendus");
    const auto rule = fmt::format(
        "Règle : chaque version d'offre porte par écrit les besoins et exigences de l'entreprise "
        "(champ « besoins_exigences », C. assur. L521-4, C. mutualité L116-6). Le texte compte "
        "s'il aborde les thèmes d'un recueil de besoins — effectif, contrat actuel, obligations, "
        "budget, garanties attendues (mots repérés) : {} thèmes attendus pour la note pleine, "
        "la note est divisée par deux sous {} caractères, vide elle est 0. La justesse du texte "
        "au regard de l'entreprise et la signature du client restent à apprécier par "
        "l'évaluateur.",
        frenchNumber(expected, 0), frenchNumber(minLength, 0));
    return scoreVersions(
        criterion, indicator, OfferVersions::listed(context), thresholds, rule,
        [&](const OfferVersion& v) {
            const auto& offer = v.saved->offer;
            const auto it = offer.find("besoins_exigences");
            const std::string text =
                it != offer.end() && it->is_string() ? it->get<std::string>() : "";
            const auto length = static_cast<double>(utf8::length(text));
            if (text.find_first_not_of(" \t\r\n") == std::string::npos)
                return VersionScore{0, "besoins et exigences non renseignés : 0/100"};
            const auto folded = foldText(text);
            std::string found;
            int count = 0;
            for (const auto& theme : themes()) {
                bool hit = false;
                for (const auto word : theme.words)
                    hit = hit || folded.find(word) != std::string::npos;
                if (!hit) continue;
                ++count;
                found += (found.empty() ? "" : ", ") + std::string(theme.label);
            }
            double score = 100.0 * std::min(static_cast<double>(count), expected) / expected;
            if (length < minLength) score /= 2;
            return VersionScore{
                score, fmt::format("{} ; thèmes abordés : {} ({}) ; {}/100",
                                   frenchCount(length, "caractère", "caractères"), count,
                                   found.empty() ? "aucun" : found, frenchNumber(score, 0))};
        },
        true);
}

const AssessorRegistration registration{
    {"offre.besoins_ecrits",
     {"longueur_min_caracteres", "themes_attendus", "score_acquis", "score_partiel"},
     assessNeeds}};

}  // namespace

}  // namespace cmcsim::assess
