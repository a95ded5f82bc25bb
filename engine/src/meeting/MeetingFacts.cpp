#include "cmcsim/meeting/MeetingFacts.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "cmcsim/core/FrenchElision.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/market/BreakdownTally.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/needs/CompanyNeeds.h"
#include "cmcsim/offer/Diagnosis.h"
#include "cmcsim/reference/MeetingBank.h"
#include "cmcsim/reference/PlanRules.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace {
std::string listed(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i == 0 ? "" : i + 1 == items.size() ? " et " : ", ") + items[i];
    return out;
}

std::string lower(std::string text) {
    // The level labels start with an ASCII capital ("Panier ANI", "Confort" …).
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z')
        text[0] = static_cast<char>(text[0] + 32);
    return text;
}

std::string priorities(const CompanyNeeds& n, double threshold) {
    const std::vector<std::pair<double, std::string>> all = {
        {n.priorities.optics, "l'optique"},
        {n.priorities.dental, "le dentaire"},
        {n.priorities.hospital, "l'hospitalisation"},
        {n.priorities.alternativeMedicine, "les médecines douces"},
        {n.priorities.services, "les services"},
        {n.priorities.dependants, "la couverture de la famille"}};
    auto sorted = all;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<std::string> kept;
    for (const auto& [weight, label] : sorted)
        if (weight >= threshold || kept.size() < 2) kept.push_back(label);
    if (kept.size() > 3) kept.resize(3);
    return listed(kept);
}
}  // namespace

std::string MeetingFacts::roleLabel(const std::string& role) {
    if (role == "dirigeant") return "le dirigeant";
    if (role == "drh") return "la DRH";
    if (role == "cse") return "le CSE";
    if (role == "expert_comptable") return "l'expert-comptable";
    if (role == "courtier") return "le courtier";
    return codeLabel(role);
}

std::string MeetingFacts::codeLabel(const std::string& code) {
    return MeetingBank::objectionLabel(code);
}

std::string MeetingFacts::influenceWords(double influence) {
    // ⚠ modelling assumption: a voice of 45 % or more decides, 25 % weighs, less is heard.
    if (influence >= 0.45) return "influence décisive";
    if (influence >= 0.25) return "influence forte";
    return "voix consultative";
}

MeetingFacts::MeetingFacts(const Market& market, const MeetingBank& bank, const CompanyNeeds& n,
                           const ReferenceData* reference, const std::string& siret)
    : market_(&market), reference_(reference), siret_(siret) {
    const auto& company = market.companies.at(n.company);
    companyHeadcount_ = company.headcount;
    const double threshold = bank.parameter("seuil_attente");
    std::vector<std::string> makers;
    for (const auto& d : n.decisionMakers)
        makers.push_back(fmt::format("{} ({})", roleLabel(d.role), influenceWords(d.influence)));
    std::vector<std::string> grievances;
    for (const auto& d : n.dissatisfactions) {
        const auto* kind = reference ? reference->needs.dissatisfaction(d) : nullptr;
        grievances.push_back(kind ? lower(kind->label) : codeLabel(d));
    }
    const bool insured = company.health.insurer >= 0;
    const auto insurer =
        insured ? market.competitors.at(static_cast<std::size_t>(company.health.insurer)).name
                : std::string("aucun organisme (pas de contrat collectif)");
    const auto sensitivity =
        n.priceSensitivity >= threshold + 0.1
            ? "Le prix avant tout : nous devons tenir notre budget."
        : n.priceSensitivity <= threshold - 0.15
            ? "Les garanties d'abord : nous voulons une bonne couverture, quitte à payer un "
              "peu plus."
            : "Les deux comptent : nous cherchons un bon rapport entre garanties et prix.";
    values_ = {
        {"raison_sociale", company.name},
        {"budget", frenchNumber(n.budgetEurPerEmployeeMonth, 0) + " €"},
        {"niveau", lower(coverageLevelLabel(n.wantedLevel))},
        {"niveau_actuel", insured ? lower(coverageLevelLabel(company.health.level)) : "aucun"},
        {"decideurs", listed(makers)},
        {"priorites", priorities(n, threshold)},
        {"insatisfactions_liste", grievances.empty() ? "aucune" : listed(grievances)},
        {"insatisfactions", grievances.empty()
                                ? "Rien de particulier, notre contrat actuel nous convient plutôt."
                                : "Ce qui ne va pas : " + listed(grievances) + "."},
        {"assureur", insurer},
        {"echeance",
         n.renewal == Date() ? "sans objet (pas de contrat en cours)" : n.renewal.french()},
        {"preavis", frenchCount(n.noticeMonths, "mois", "mois")},
        {"decision", n.decisionDate == Date() ? "la fin de l'année" : n.decisionDate.french()},
        {"regime", n.branchRegime.empty()
                       ? "Notre convention collective n'impose rien de particulier en santé."
                       : "Notre branche impose : " + n.branchRegime + "."},
        {"prevoyance", n.providentWanted
                           ? "Nous n'avons que le minimum ; nous voulons regarder la prévoyance "
                             "de plus près."
                           : "Nous avons ce qu'il faut en prévoyance ; ce n'est pas le sujet "
                             "aujourd'hui."},
        {"due", n.pendingDue ? "Une décision unilatérale est en cours de rédaction ; elle n'est "
                               "pas encore remise aux salariés."
                             : "Le régime a été mis en place par une décision unilatérale remise "
                               "à chaque salarié."},
        {"sensibilite", sensitivity}};
}

const std::string& MeetingFacts::headcount() const {
    if (headcount_.empty()) {
        double employees = companyHeadcount_;
        if (reference_ && !siret_.empty())
            employees = Diagnosis::of(*market_, *reference_, siret_, Diagnosis().year).employees;
        headcount_ = frenchNumber(employees, 0);
    }
    return headcount_;
}

std::string MeetingFacts::fill(const std::string& text) const {
    auto out = text;
    for (const auto& [key, value] : values_) out = elideBefore(out, key, value);
    if (out.find("{effectif}") == std::string::npos) return PlanRules::fill(out, values_);
    auto values = values_;
    values.emplace_back("effectif", headcount());
    return PlanRules::fill(out, values);
}

std::string MeetingFacts::statement(const std::string& reveal) const {
    const auto value = [&](const char* name) { return fill(std::string("{") + name + "}"); };
    if (reveal == "decideurs") return "Décideurs : " + value("decideurs");
    if (reveal == "budget")
        return "Budget réel : " + value("budget") + " par salarié et par mois (part employeur)";
    if (reveal == "sensibilite_prix") return "Prix ou garanties : " + value("sensibilite");
    if (reveal == "priorites") return "Attentes des salariés : " + value("priorites");
    if (reveal == "niveau_souhaite") return "Niveau souhaité : " + value("niveau");
    if (reveal == "insatisfactions") return "Insatisfactions : " + value("insatisfactions_liste");
    if (reveal == "prevoyance") return "Prévoyance : " + value("prevoyance");
    if (reveal == "due") return "Acte fondateur : " + value("due");
    if (reveal == "preavis")
        return "Échéance " + value("echeance") + ", préavis de " + value("preavis");
    if (reveal == "echeance") return "Échéance du contrat : " + value("echeance");
    if (reveal == "calendrier") return "Décision attendue avant le " + value("decision");
    if (reveal == "regime_branche") return "Branche : " + value("regime");
    if (reveal == "etat_personnel")
        return "État du personnel transmis (" + value("effectif") + " salariés)";
    if (reveal == "garanties_actuelles")
        return "Contrat actuel : " + value("assureur") + ", niveau " + value("niveau_actuel");
    return "";
}

}  // namespace cmcsim
