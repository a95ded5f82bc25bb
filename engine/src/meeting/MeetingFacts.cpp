#include "cmcsim/meeting/MeetingFacts.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "cmcsim/core/FrenchElision.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/market/BreakdownTally.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/needs/CompanyNeeds.h"
#include "cmcsim/offer/Diagnosis.h"
#include "cmcsim/reference/IdccCatalogue.h"
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

// What a company says of its collective agreement, and what the candidate notes of it.
struct Branch {
    std::string said;   // the company's words
    std::string noted;  // the fact, neutral (a preparation's finding, the candidate's notes)

    static Branch of(const Company& company, const CompanyNeeds& n,
                     const ReferenceData* reference) {
        if (company.idcc < 0)
            return {"Nous ne relevons d'aucune convention collective.",
                    "aucune convention collective, pas d'obligation de branche"};
        std::string title;
        bool listed = true;
        if (reference) {
            const auto& a = reference->idcc.agreements().at(static_cast<std::size_t>(company.idcc));
            title = "IDCC " + a.idcc + " (" + IdccCatalogue::shortTitle(a.title) + ")";
            listed = reference->offers.branches.knows(a.idcc);
        }
        if (!listed)
            return {"Nous relevons de l'" + title +
                        " ; je ne sais pas ce qu'elle impose en santé et en prévoyance.",
                    n.branchRegime};
        if (n.branchRegime.empty())
            return {
                "Notre convention collective n'impose rien de particulier en santé ni en "
                "prévoyance.",
                (title.empty() ? std::string("convention collective") : title) +
                    " : pas d'obligation de branche en vigueur en santé ni en prévoyance"};
        return {"Notre branche impose : " + n.branchRegime + ".", n.branchRegime};
    }
};
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
    // The price/cover trade-off: 0 the price first, 1 the cover first, 2 both.
    const int leaning = n.priceSensitivity >= threshold + 0.1    ? 0
                        : n.priceSensitivity <= threshold - 0.15 ? 1
                                                                 : 2;
    const std::array<const char*, 3> sensitivity = {
        "Le prix avant tout : nous devons tenir notre budget.",
        "Les garanties d'abord : nous voulons une bonne couverture, quitte à payer un peu plus.",
        "Les deux comptent : nous cherchons un bon rapport entre garanties et prix."};
    // The same, as the candidate notes it (no company voice).
    const std::array<const char*, 3> leaningNoted = {
        "le prix avant tout, pour tenir le budget",
        "les garanties d'abord, quitte à payer un peu plus",
        "un bon rapport entre garanties et prix"};
    insured_ = insured;
    renewalKnown_ = n.renewal != Date();
    if (n.decisionMakers.size() == 1) soleDecider_ = roleLabel(n.decisionMakers.front().role);
    const auto branch = Branch::of(company, n, reference);
    // Its provident cover follows its market record: a company with no provident contract
    // never says it has what it needs (found by a fresh tester).
    const bool provident = company.provident.insurer >= 0;
    providentInForce_ = provident;
    providentWanted_ = n.providentWanted;
    const auto providentSaid =
        provident ? n.providentWanted ? "Nous n'avons que le minimum ; nous voulons regarder la "
                                        "prévoyance de plus près."
                                      : "Nous avons ce qu'il faut en prévoyance ; ce n'est pas "
                                        "le sujet aujourd'hui."
        : n.providentWanted
            ? "Nous n'avons pas de contrat de prévoyance ; c'est un sujet que nous voulons "
              "regarder de plus près."
            : "Nous n'avons pas de contrat de prévoyance et ne nous sommes pas penchés sur la "
              "question ; ce n'est pas le sujet aujourd'hui.";
    const auto providentNoted =
        std::string(provident ? "contrat de prévoyance en place" : "aucun contrat de prévoyance") +
        (n.providentWanted ? ", l'entreprise veut étudier le sujet"
                           : ", pas un sujet pour l'entreprise aujourd'hui");
    // Who decides: one person, or several with their weight.
    const auto whoDecides = n.decisionMakers.empty() ? std::string("La décision nous revient.")
                            : !soleDecider_.empty()
                                ? "Une seule personne décide : " + soleDecider_ + "."
                                : "La décision se prendra à plusieurs : " + listed(makers) + ".";
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
        {"regime", branch.said},
        {"branche", branch.noted},
        {"qui_decide", whoDecides},
        {"prevoyance", providentSaid},
        {"prevoyance_notee", providentNoted},
        {"sensibilite_notee", leaningNoted.at(static_cast<std::size_t>(leaning))},
        {"due", n.pendingDue ? "Une décision unilatérale est en cours de rédaction ; elle n'est "
                               "pas encore remise aux salariés."
                             : "Le régime a été mis en place par une décision unilatérale remise "
                               "à chaque salarié."},
        {"sensibilite", sensitivity.at(static_cast<std::size_t>(leaning))}};
}

double MeetingFacts::employees() const {
    if (reference_ && !siret_.empty())
        return Diagnosis::of(*market_, *reference_, siret_, Diagnosis().year).employees;
    return companyHeadcount_;
}

const std::string& MeetingFacts::headcount() const {
    if (headcount_.empty()) headcount_ = frenchNumber(employees(), 0);
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
    if (reveal == "decideurs")
        return soleDecider_.empty() ? "Décideurs : " + value("decideurs")
                                    : "Décideur unique : " + soleDecider_;
    if (reveal == "budget")
        return "Budget réel : " + value("budget") + " par salarié et par mois (part employeur)";
    if (reveal == "sensibilite_prix") return "Prix ou garanties : " + value("sensibilite_notee");
    if (reveal == "priorites") return "Attentes des salariés : " + value("priorites");
    if (reveal == "niveau_souhaite") return "Niveau souhaité : " + value("niveau");
    if (reveal == "insatisfactions") return "Insatisfactions : " + value("insatisfactions_liste");
    if (reveal == "prevoyance") return "Prévoyance : " + value("prevoyance_notee");
    if (reveal == "due") return "Acte fondateur : " + value("due");
    if (reveal == "preavis")
        return "Échéance " + value("echeance") + ", préavis de " + value("preavis");
    if (reveal == "echeance") return "Échéance du contrat : " + value("echeance");
    if (reveal == "calendrier") return "Décision attendue avant le " + value("decision");
    if (reveal == "regime_branche") return "Branche : " + value("branche");
    if (reveal == "etat_personnel")
        return "État du personnel transmis (" + value("effectif") + " salariés)";
    if (reveal == "garanties_actuelles")
        return "Contrat actuel : " + value("assureur") + ", niveau " + value("niveau_actuel");
    return "";
}

std::string MeetingFacts::restatement(const std::string& reveal) const {
    const auto value = [&](const char* name) { return fill(std::string("{") + name + "}"); };
    const std::string told = "Vous nous avez indiqué ";
    const auto noContract = told + "n'avoir aucun contrat collectif en cours.";
    if (reveal == "budget")
        return told + "un budget de " + value("budget") +
               " par salarié et par mois pour la part de l'employeur.";
    if (reveal == "sensibilite_prix")
        return told + "votre arbitrage entre prix et garanties : " + value("sensibilite_notee") +
               ".";
    if (reveal == "priorites")
        return told + "ce qui compte le plus pour vos salariés : " + value("priorites") + ".";
    if (reveal == "niveau_souhaite")
        return told + "le niveau de garanties que vous visez : " + value("niveau") + ".";
    if (reveal == "insatisfactions")
        return value("insatisfactions_liste") == "aucune"
                   ? told + "n'avoir aucune insatisfaction avec votre contrat actuel."
                   : told + "ce qui ne va pas avec votre contrat actuel : " +
                         value("insatisfactions_liste") + ".";
    if (reveal == "prevoyance")
        return told +
               (providentInForce_ ? "avoir un contrat de prévoyance"
                                  : "n'avoir aucun contrat de prévoyance") +
               (providentWanted_ ? " et vouloir étudier le sujet."
                                 : " ; ce n'est pas un sujet pour vous aujourd'hui.");
    if (reveal == "due") return told + "l'acte qui fonde votre régime : " + lower(value("due"));
    if (reveal == "preavis")
        return renewalKnown_
                   ? told + "que votre contrat arrive à échéance le " + value("echeance") +
                         ", avec un préavis de résiliation de " + value("preavis") + "."
                   : noContract;
    if (reveal == "echeance")
        return renewalKnown_
                   ? told + "que votre contrat arrive à échéance le " + value("echeance") + "."
                   : noContract;
    if (reveal == "calendrier") return told + "vouloir décider avant le " + value("decision") + ".";
    if (reveal == "regime_branche")
        return "Nous retenons, pour la convention collective : " + value("branche") + ".";
    if (reveal == "garanties_actuelles")
        return insured_ ? told + "que votre contrat actuel est assuré par " + value("assureur") +
                              ", au niveau " + value("niveau_actuel") + "."
                        : noContract;
    // Who decides and the census sent are no needs: the signed statement leaves them out.
    return "";
}

}  // namespace cmcsim
