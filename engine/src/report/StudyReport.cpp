#include "cmcsim/report/StudyReport.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/market/BreakdownTally.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace {
std::string count(double n) {
    return frenchNumber(n, 0);
}
std::string share(double part, double whole) {
    return whole > 0 ? frenchNumber(100.0 * part / whole, 1) + " %" : "–";
}
std::string kindLabel(const std::string& kind) {
    return kind == "mutuelle"                 ? "Mutuelle"
           : kind == "institution_prevoyance" ? "Institution de prévoyance"
                                              : "Compagnie d'assurance";
}

// Active establishments and their employees by a key, largest first.
template <typename KeyOf>
std::vector<std::vector<std::string>> tally(const Market& market, KeyOf keyOf) {
    std::map<std::string, std::pair<double, double>> totals;
    double all = 0, allEmployees = 0;
    for (const auto& e : market.establishments) {
        if (e.closed) continue;
        auto& t = totals[keyOf(e)];
        ++t.first;
        t.second += e.headcount;
        ++all;
        allEmployees += e.headcount;
    }
    std::vector<std::pair<std::string, std::pair<double, double>>> sorted(totals.begin(),
                                                                          totals.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.second.first > b.second.first; });
    std::vector<std::vector<std::string>> rows;
    for (const auto& [key, t] : sorted)
        rows.push_back({key, count(t.first), share(t.first, all), count(t.second),
                        share(t.second, allEmployees)});
    return rows;
}
// A branch rule as the study states it: who, what (the text the diagnosis and the compliance
// report use too), when and whom it binds.
std::string studyRequirement(const BranchRule& r) {
    return fmt::format("{} : {} ({}, {})", r.populationLabel(), r.describe(false), r.period(),
                       r.scope());
}
}  // namespace

std::vector<StudyTable> StudyReport::findings(const StudyOffer& study) const {
    if (study.kind == "statistiques_territoire") return territory();
    if (study.kind == "donnees_branche") return branches();
    if (study.kind == "veille_concurrentielle") return competitors();
    if (study.kind == "extrait_portefeuille") return portfolio();
    return prescribers();
}

std::vector<StudyTable> StudyReport::territory() const {
    const auto& ref = reference_;
    const std::vector<std::string> columns = {"", "Établissements", "%", "Salariés", "%"};
    StudyTable sectors{
        "Établissements employeurs actifs par secteur",
        "Source : fichiers URSSAF et SIRENE du territoire, établissements en activité.", columns,
        tally(market_, [&](const Establishment& e) {
            const auto& naf = ref.naf.codes()[e.naf];
            return std::string(1, naf.section) + " – " + naf.sectionLabel;
        })};
    StudyTable sizes{
        "Par tranche d'effectif", "", columns, tally(market_, [&](const Establishment& e) {
            return ref.sizes.insee()[e.sizeBand].code + " – " + ref.sizes.insee()[e.sizeBand].label;
        })};
    std::sort(sizes.rows.begin(), sizes.rows.end());
    return {sectors, sizes};
}

std::vector<StudyTable> StudyReport::branches() const {
    const auto& ref = reference_;
    const auto& requirements = ref.offers.branches.rules();
    const auto agreementOf = [&](const Establishment& e) -> const CollectiveAgreement* {
        const auto idcc = market_.companies[e.company].idcc;
        return idcc < 0 ? nullptr : &ref.idcc.agreements()[static_cast<std::size_t>(idcc)];
    };
    const auto nameOf = [](const CollectiveAgreement& a) {
        return "IDCC " + a.idcc + " – " + IdccCatalogue::shortTitle(a.title);
    };
    // What the catalogue records for an agreement: "santé", "prévoyance", both, or nothing.
    const auto domainsOf = [&](const std::string& idcc) {
        std::string domains;
        for (const auto& r : requirements)
            if (r.idcc == idcc && r.kind != BranchRule::Kind::ToCheck &&
                domains.find(r.domainLabel()) == std::string::npos)
                domains += (domains.empty() ? "" : ", ") + r.domainLabel();
        return domains;
    };
    StudyTable table{
        "Conventions collectives appliquées sur le territoire",
        "Établissements en activité et leurs salariés, par convention collective. "
        "La dernière colonne dit si l'étude a relevé les obligations de la branche "
        "(tableau suivant).",
        {"Convention collective", "Établissements", "%", "Salariés", "%", "Obligations relevées"},
        tally(market_, [&](const Establishment& e) {
            const auto* a = agreementOf(e);
            return a ? nameOf(*a) : std::string("Sans convention collective");
        })};
    if (table.rows.size() > 40) table.rows.resize(40);
    std::size_t present = 0, documented = 0;
    std::map<std::string, std::pair<double, const CollectiveAgreement*>> establishments;
    for (const auto& e : market_.establishments)
        if (const auto* a = agreementOf(e); a && !e.closed) {
            auto& [n, agreement] = establishments[a->idcc];
            ++n;
            agreement = a;
        }
    for (auto& row : table.rows) {
        std::string domains;
        for (const auto& [idcc, entry] : establishments)
            if (row[0] == nameOf(*entry.second)) domains = domainsOf(idcc);
        row.push_back(domains.empty() ? "non relevées" : domains);
    }
    StudyTable obligations{
        "Obligations santé et prévoyance relevées par branche",
        "",
        {"Convention collective", "Établissements", "Domaine", "Exigence", "Texte de référence"},
        {}};
    std::vector<std::pair<double, std::vector<std::string>>> rows;
    for (const auto& [idcc, entry] : establishments) {
        ++present;
        if (!domainsOf(idcc).empty()) ++documented;
        for (const auto& r : requirements)
            if (r.idcc == idcc)
                rows.push_back({entry.first,
                                {nameOf(*entry.second), count(entry.first),
                                 r.domain == "sante" ? "Santé" : "Prévoyance", studyRequirement(r),
                                 r.source}});
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (auto& row : rows) obligations.rows.push_back(std::move(row.second));
    obligations.note = fmt::format(
        "Obligations relevées pour {} sur {} présentes sur le territoire. "
        "Pour les autres, l'étude ne les a pas relevées : consultez le texte de la convention "
        "(Légifrance) avant toute proposition. Les montants et taux marqués ⚠ n'ont pas été "
        "vérifiés sur le texte en vigueur.",
        frenchCount(static_cast<double>(documented), "convention collective",
                    "conventions collectives"),
        frenchNumber(static_cast<double>(present), 0));
    return {table, obligations};
}

std::vector<StudyTable> StudyReport::competitors() const {
    std::vector<double> companies(market_.competitors.size(), 0),
        employees(market_.competitors.size(), 0);
    double covered = 0;
    for (const auto& c : market_.companies) {
        if (c.health.insurer < 0) continue;
        const auto i = static_cast<std::size_t>(c.health.insurer);
        ++companies[i];
        for (std::uint32_t k = 0; k < c.establishmentCount; ++k)
            employees[i] += market_.establishments[c.firstEstablishment + k].headcount;
        ++covered;
    }
    StudyTable table{
        "Acteurs de la complémentaire santé collective sur le territoire",
        "Parts des entreprises couvertes ; prix et garanties relatifs à la moyenne du marché "
        "(1,00). "
        "L'assureur actuel de chaque entreprise apparaît désormais dans le fichier prospects.",
        {"Organisme", "Type", "Entreprises clientes", "Part", "Salariés couverts", "Niveau de prix",
         "Niveau de garanties", "Qualité de service"},
        {}};
    for (std::size_t i = 0; i < market_.competitors.size(); ++i) {
        const auto& c = market_.competitors[i];
        table.rows.push_back({c.name + (i == 0 ? " (votre mutuelle)" : ""), kindLabel(c.kind),
                              count(companies[i]), share(companies[i], covered),
                              count(employees[i]), frenchNumber(c.priceLevel, 2),
                              coverageLevelLabel(c.guaranteeLevel),
                              frenchNumber(c.serviceQuality * 10, 1) + " / 10"});
    }
    return {table};
}

std::vector<StudyTable> StudyReport::portfolio() const {
    StudyTable table{
        "Entreprises clientes de votre mutuelle (santé collective)",
        "Extrait du portefeuille : contrat, cotisation mensuelle par salarié, échéance et "
        "satisfaction "
        "mesurée lors de la dernière enquête.",
        {"Raison sociale", "SIREN", "Salariés", "Niveau", "Cotisation / salarié / mois", "Échéance",
         "Satisfaction", "Prévoyance chez nous"},
        {}};
    for (const auto& c : market_.companies) {
        if (c.health.insurer != 0) continue;
        std::uint64_t employees = 0;
        for (std::uint32_t k = 0; k < c.establishmentCount; ++k)
            employees += market_.establishments[c.firstEstablishment + k].headcount;
        table.rows.push_back(
            {c.name, siret::formatSiren(c.siren), count(static_cast<double>(employees)),
             coverageLevelLabel(c.health.level), c.health.monthlyPremium.french(),
             c.health.renewal.french(), frenchNumber(c.health.satisfaction * 10, 1) + " / 10",
             c.provident.insurer == 0 ? "oui" : "non"});
    }
    return {table};
}

std::vector<StudyTable> StudyReport::prescribers() const {
    std::vector<int> clients(market_.prescribers.size(), 0);
    for (const auto& c : market_.companies) {
        if (c.accountant >= 0) ++clients[static_cast<std::size_t>(c.accountant)];
        if (c.broker >= 0) ++clients[static_cast<std::size_t>(c.broker)];
    }
    StudyTable table{
        "Prescripteurs du territoire",
        "Experts-comptables et courtiers, avec le nombre d'entreprises du fichier qu'ils suivent. "
        "Les liens entre entreprises et prescripteurs apparaissent désormais sur les fiches.",
        {"Cabinet", "Type", "Commune", "Contact", "Téléphone", "Entreprises suivies"},
        {}};
    std::vector<std::size_t> order(market_.prescribers.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](auto a, auto b) { return clients[a] > clients[b]; });
    for (const auto i : order) {
        const auto& p = market_.prescribers[i];
        table.rows.push_back({p.name, p.kind == "courtier" ? "Courtier" : "Expert-comptable",
                              reference_.geography.communes()[p.commune].name, p.contact.name,
                              p.contact.phone, count(clients[i])});
    }
    return {table};
}

}  // namespace cmcsim
