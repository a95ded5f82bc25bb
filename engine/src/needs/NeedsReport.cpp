#include "cmcsim/needs/NeedsReport.h"

#include <fmt/format.h>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/market/BreakdownTally.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace {
struct PriorityLine {
    const char* key;
    const char* label;
    double CoverPriorities::*field;
};
const PriorityLine kPriorities[] = {
    {"optique", "Optique", &CoverPriorities::optics},
    {"dentaire", "Dentaire", &CoverPriorities::dental},
    {"hopital", "Hospitalisation", &CoverPriorities::hospital},
    {"medecines_douces", "Médecines douces", &CoverPriorities::alternativeMedicine},
    {"services", "Services (tiers payant, réseau, espace en ligne)", &CoverPriorities::services},
    {"ayants_droit", "Couverture des ayants droit", &CoverPriorities::dependants},
};

std::string percent(double share) {
    return frenchNumber(100.0 * share, 0) + " %";
}

std::string insurerName(const Market& market, const Coverage& cover) {
    return cover.insurer >= 0 ? market.competitors.at(static_cast<std::size_t>(cover.insurer)).name
                              : "aucun";
}

std::string sensitivityLabel(double s) {
    return s >= 0.6   ? "achète surtout sur le prix"
           : s >= 0.4 ? "arbitre entre prix et garanties"
                      : "achète surtout sur les garanties";
}

std::string dissatisfactionLabel(const ReferenceData& ref, const std::string& code) {
    const auto* d = ref.needs.dissatisfaction(code);
    return d ? d->label : code;
}
}  // namespace

std::string NeedsReport::roleLabel(const std::string& role) {
    if (role == "dirigeant") return "Dirigeant";
    if (role == "drh") return "DRH";
    if (role == "cse") return "CSE";
    if (role == "expert_comptable") return "Expert-comptable";
    if (role == "courtier") return "Courtier";
    return role;
}

std::string NeedsReport::text(const CompanyNeeds& n, const Market& market,
                              const ReferenceData& ref) {
    const auto& c = market.companies.at(n.company);
    std::string out = fmt::format(
        "Besoins cachés — {}\nSIREN {} ; vue de l'évaluateur : le candidat les découvre en "
        "rendez-vous\n\nDécideurs (le signataire d'abord)\n",
        c.name, siret::formatSiren(c.siren));
    for (const auto& d : n.decisionMakers) {
        std::string who = roleLabel(d.role);
        if (d.role == "expert_comptable" && c.accountant >= 0)
            who += " (" + market.prescribers.at(static_cast<std::size_t>(c.accountant)).name + ")";
        if (d.role == "courtier" && c.broker >= 0)
            who += " (" + market.prescribers.at(static_cast<std::size_t>(c.broker)).name + ")";
        out += fmt::format("  • {} : influence {}\n", who, percent(d.influence));
        for (const auto& code : d.objections) {
            const auto* o = ref.objections.find(code);
            out += o ? fmt::format("      objection « {} » ({}) : « {} »\n", o->label,
                                   ObjectionBank::topicLabel(o->topic), o->wordingBy(d.role))
                     : fmt::format("      objection : {}\n", ref.objections.label(code));
        }
    }
    const double employerShare = c.health.monthlyPremium.euros() * ref.needs.employerShare;
    out += "\nBudget et prix\n";
    out += fmt::format("  • Budget patronal santé : {} € par salarié couvert et par mois\n",
                       frenchNumber(n.budgetEurPerEmployeeMonth, 2));
    if (n.covered)
        out += fmt::format(
            "    cotisation actuelle {} par salarié et par mois ({}, niveau {}) ; part patronale "
            "estimée à {} % : {} €\n",
            c.health.monthlyPremium.french(), insurerName(market, c.health),
            coverageLevelLabel(c.health.level), frenchNumber(100 * ref.needs.employerShare, 0),
            frenchNumber(employerShare, 2));
    else
        out += fmt::format("    aucun contrat santé ; cotisation moyenne du marché {} €\n",
                           frenchNumber(ref.needs.marketPremiumEur, 2));
    out += fmt::format("  • Sensibilité au prix : {} ({})\n", frenchNumber(n.priceSensitivity, 2),
                       sensitivityLabel(n.priceSensitivity));
    out += fmt::format("  • Niveau de garanties qui lui convient : {}\n",
                       coverageLevelLabel(n.wantedLevel));
    out += "\nCe que les salariés attendent (0 à 1)\n";
    for (const auto& p : kPriorities)
        out += fmt::format("  • {} : {}\n", p.label, frenchNumber(n.priorities.*p.field, 2));
    out += "\nInsatisfactions envers l'assureur actuel\n";
    if (!n.covered)
        out += "  • sans objet : aucun contrat santé\n";
    else if (n.dissatisfactions.empty())
        out += fmt::format("  • aucune ({}, satisfaction {})\n", insurerName(market, c.health),
                           frenchNumber(c.health.satisfaction, 2));
    for (const auto& code : n.dissatisfactions)
        out += fmt::format("  • {}\n", dissatisfactionLabel(ref, code));
    out += "\nContraintes et calendrier\n";
    if (n.renewal != Date{})
        out += fmt::format(
            "  • Échéance visée : {} ; préavis de {} mois : résiliation au plus tard le {}\n",
            n.renewal.french(), n.noticeMonths,
            CompanyNeeds::noticeDeadline(n.renewal, n.noticeMonths).french());
    else
        out += "  • Aucun contrat en cours : pas d'échéance ni de préavis\n";
    out += fmt::format("  • Décision le {}{}\n", n.decisionDate.french(),
                       n.renewal != Date{} && n.decisionDate > CompanyNeeds::noticeDeadline(
                                                                   n.renewal, n.noticeMonths)
                           ? " (résiliation infra-annuelle de la santé)"
                           : "");
    out += fmt::format("  • Régime de branche : {}\n",
                       n.branchRegime.empty() ? "aucune convention collective" : n.branchRegime);
    out += fmt::format("  • Décision unilatérale de l'employeur (DUE) en préparation : {}\n",
                       n.pendingDue ? "oui" : "non");
    out += fmt::format("  • Prévoyance à côté de la santé : {}\n",
                       n.providentWanted ? "intéressée" : "pas intéressée");
    return out;
}

nlohmann::json NeedsReport::json(const CompanyNeeds& n, const Market& market,
                                 const ReferenceData& ref) {
    const auto& c = market.companies.at(n.company);
    nlohmann::json makers = nlohmann::json::array();
    for (const auto& d : n.decisionMakers) {
        nlohmann::json objections = nlohmann::json::array();
        for (const auto& code : d.objections) {
            const auto* o = ref.objections.find(code);
            objections.push_back({{"code", code},
                                  {"libelle", ref.objections.label(code)},
                                  {"sujet", o ? o->topic : ""},
                                  {"formulation", o ? o->wordingBy(d.role) : ""}});
        }
        makers.push_back(
            {{"role", d.role}, {"influence", d.influence}, {"objections", objections}});
    }
    nlohmann::json priorities = nlohmann::json::object();
    for (const auto& p : kPriorities) priorities[p.key] = n.priorities.*p.field;
    nlohmann::json dissatisfactions = nlohmann::json::array();
    for (const auto& code : n.dissatisfactions)
        dissatisfactions.push_back({{"code", code}, {"libelle", dissatisfactionLabel(ref, code)}});
    return {{"siren", siret::formatSiren(c.siren)},
            {"raison_sociale", c.name},
            {"decideurs", makers},
            {"budget_patronal_mensuel", n.budgetEurPerEmployeeMonth},
            {"cotisation_actuelle_mensuelle",
             n.covered ? nlohmann::json(c.health.monthlyPremium.euros()) : nlohmann::json()},
            {"sensibilite_prix", n.priceSensitivity},
            {"niveau_recherche", n.wantedLevel},
            {"priorites", priorities},
            {"insatisfactions", dissatisfactions},
            {"contrat_sante", n.covered},
            {"echeance", n.renewal != Date{} ? nlohmann::json(n.renewal.iso()) : nlohmann::json()},
            {"preavis_mois", n.noticeMonths},
            {"date_decision", n.decisionDate.iso()},
            {"regime_branche", n.branchRegime},
            {"due_en_cours", n.pendingDue},
            {"prevoyance_souhaitee", n.providentWanted}};
}

}  // namespace cmcsim
