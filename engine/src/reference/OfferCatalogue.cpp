#include "cmcsim/reference/OfferCatalogue.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "cmcsim/core/InputError.h"
#include "cmcsim/reference/CsvTable.h"

namespace cmcsim {

namespace {
const std::set<std::string> kProvidentKinds = {
    "deces_capital", "deces_double_effet", "rente_education", "incapacite_ij", "invalidite_rente"};

Guarantee::Kind guaranteeKind(const CsvTable& t, std::size_t r, std::size_t c) {
    const auto& kind = t.required(r, c);
    if (kind == "pct_br") return Guarantee::Kind::PercentOfBase;
    if (kind == "forfait_acte") return Guarantee::Kind::PerAct;
    if (kind == "forfait_annuel") return Guarantee::Kind::PerYear;
    if (kind == "frais_reels") return Guarantee::Kind::ActualCost;
    if (kind == "ticket_moderateur") return Guarantee::Kind::CoPayment;
    if (kind == "aucun") return Guarantee::Kind::None;
    t.fail(r, c,
           "pct_br, forfait_acte, forfait_annuel, frais_reels, ticket_moderateur ou aucun attendu");
}

std::vector<CareItem> loadCareItems(const std::filesystem::path& datasets) {
    const auto t = CsvTable::load(
        datasets / "postes_soins.csv", "datasets/postes_soins.csv",
        {"poste", "libelle", "groupe", "br_eur", "taux_amo_pct", "cout_moyen_eur", "cv_cout",
         "reste_patient_eur", "f_0_17", "f_18_29", "f_30_39", "f_40_49", "f_50_59", "f_60_69",
         "f_70_79", "f_80_plus", "ratio_femmes", "source", "confidence"});
    std::vector<CareItem> items;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        CareItem i;
        i.id = t.required(r, 0);
        i.label = t.required(r, 1);
        i.group = t.required(r, 2);
        i.baseEur = t.number(r, 3, 0, 100000);
        i.amoRate = t.number(r, 4, 0, 100) / 100.0;
        i.meanCostEur = t.number(r, 5, 0, 1e6);
        i.costVariation = t.number(r, 6, 0, 5);
        i.patientChargeEur = t.number(r, 7, 0, 1000);
        for (std::size_t b = 0; b < 8; ++b) i.frequencyMen[b] = t.number(r, 8 + b, 0, 1000);
        i.womenFactor = t.number(r, 16, 0, 10);
        for (const auto& other : items)
            if (other.id == i.id) t.fail(r, 0, "identifiant de poste unique attendu");
        items.push_back(std::move(i));
    }
    return items;
}

// The régime local's rate per care item; every item must have one.
void loadLocalScheme(const std::filesystem::path& datasets, std::vector<CareItem>& items) {
    const auto t = CsvTable::load(datasets / "regime_local.csv", "datasets/regime_local.csv",
                                  {"poste", "taux_amo_rl_pct", "source", "confidence"});
    std::set<std::string> seen;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        const auto& id = t.required(r, 0);
        const auto it =
            std::find_if(items.begin(), items.end(), [&](const CareItem& i) { return i.id == id; });
        if (it == items.end()) t.fail(r, 0, "poste de datasets/postes_soins.csv attendu");
        if (!seen.insert(id).second) t.fail(r, 0, "un seul taux par poste attendu");
        it->localSchemeRate = std::max(it->amoRate, t.number(r, 1, 0, 100) / 100.0);
    }
    for (const auto& i : items)
        if (!seen.contains(i.id))
            throw InputError(
                "datasets/regime_local.csv",
                fmt::format("taux du régime local attendu pour le poste « {} »", i.id));
}

MedicalInflation loadInflation(const std::filesystem::path& datasets) {
    const auto t =
        CsvTable::load(datasets / "inflation_medicale.csv", "datasets/inflation_medicale.csv",
                       {"annee", "croissance_pct", "source", "confidence"});
    MedicalInflation m;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        const int year = static_cast<int>(t.integer(r, 0, 2000, 2100));
        const double rate = t.number(r, 1, -20, 50) / 100.0;
        if (r == 0) {
            if (rate != 0) t.fail(r, 1, "0 attendu sur la première ligne (année de base)");
            m.baseYear = year;
        } else if (year != m.baseYear + static_cast<int>(r)) {
            t.fail(r, 0, fmt::format("année {} attendue", m.baseYear + static_cast<int>(r)));
        } else {
            m.rates[year] = rate;
        }
    }
    return m;
}

void loadContractualRates(const std::filesystem::path& datasets,
                          std::vector<ProvidentProduct>& products) {
    const auto t = CsvTable::load(
        datasets / "tarifs_prevoyance.csv", "datasets/tarifs_prevoyance.csv",
        {"produit", "deces_t1_pct", "incapacite_t1_pct", "invalidite_t1_pct", "deces_t2_pct",
         "incapacite_t2_pct", "invalidite_t2_pct", "source", "confidence"});
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        const auto& id = t.required(r, 0);
        const auto it = std::find_if(products.begin(), products.end(),
                                     [&](const ProvidentProduct& p) { return p.id == id; });
        if (it == products.end())
            t.fail(r, 0, "produit de datasets/catalogue_prevoyance.csv attendu");
        if (it->rates) t.fail(r, 0, "un seul tarif par produit attendu");
        auto pct = [&](std::size_t c) { return t.number(r, c, 0, 20) / 100.0; };
        it->rates = ContractualRates{pct(1), pct(4), pct(2), pct(5), pct(3), pct(6)};
    }
}
}  // namespace

double MedicalInflation::index(int year) const {
    double f = 1;
    for (int y = baseYear + 1; y <= year; ++y) {
        const auto it = rates.find(y);
        f *= 1 + (it != rates.end() ? it->second : beyond);
    }
    for (int y = year + 1; y <= baseYear; ++y) {
        const auto it = rates.find(y);
        f /= 1 + (it != rates.end() ? it->second : beyond);
    }
    return f;
}

double ProvidentProduct::value(const std::string& kind) const {
    for (const auto& g : guarantees)
        if (g.kind == kind) return g.value;
    return 0;
}

int ProvidentProduct::waitingDays() const {
    for (const auto& g : guarantees)
        if (g.kind == "incapacite_ij") return g.waitingDays;
    return 0;
}

OfferCatalogue OfferCatalogue::load(const std::filesystem::path& datasets) {
    OfferCatalogue c;
    c.careItems = loadCareItems(datasets);
    loadLocalScheme(datasets, c.careItems);
    c.inflation = loadInflation(datasets);
    std::set<std::string> items;
    for (const auto& i : c.careItems) items.insert(i.id);

    const auto health =
        CsvTable::load(datasets / "catalogue_sante.csv", "datasets/catalogue_sante.csv",
                       {"produit", "libelle", "organisme", "niveau", "poste", "type", "valeur",
                        "plafond_annuel_eur", "source", "confidence"});
    for (std::size_t r = 0; r < health.rowCount(); ++r) {
        const auto& id = health.required(r, 0);
        auto it = std::find_if(c.health.begin(), c.health.end(),
                               [&](const HealthProduct& p) { return p.id == id; });
        if (it == c.health.end()) {
            HealthProduct p;
            p.id = id;
            p.label = health.required(r, 1);
            p.owner = health.required(r, 2);
            if (p.owner != "mutuelle" && p.owner != "marche")
                health.fail(r, 2, "mutuelle ou marche attendu");
            p.level = static_cast<int>(health.integer(r, 3, 0, 4));
            c.health.push_back(std::move(p));
            it = c.health.end() - 1;
        }
        const auto& item = health.required(r, 4);
        if (!items.contains(item)) health.fail(r, 4, "poste de datasets/postes_soins.csv attendu");
        Guarantee g;
        g.kind = guaranteeKind(health, r, 5);
        g.value = health.number(r, 6, 0, 100000);
        g.annualCapEur = health.number(r, 7, 0, 100000);
        if (!it->guarantees.emplace(item, g).second)
            health.fail(r, 4, "un seul poste de ce nom par produit attendu");
    }
    for (const auto& p : c.health)
        if (p.level > 0 && p.guarantees.size() != c.careItems.size())
            throw InputError("datasets/catalogue_sante.csv",
                             fmt::format("le produit « {} » doit garantir les {} postes de soins",
                                         p.id, c.careItems.size()));

    const auto provident =
        CsvTable::load(datasets / "catalogue_prevoyance.csv", "datasets/catalogue_prevoyance.csv",
                       {"produit", "libelle", "organisme", "garantie", "valeur", "franchise_jours",
                        "source", "confidence"});
    for (std::size_t r = 0; r < provident.rowCount(); ++r) {
        const auto& id = provident.required(r, 0);
        auto it = std::find_if(c.provident.begin(), c.provident.end(),
                               [&](const ProvidentProduct& p) { return p.id == id; });
        if (it == c.provident.end()) {
            c.provident.push_back(
                {id, provident.required(r, 1), provident.required(r, 2), {}, std::nullopt});
            it = c.provident.end() - 1;
        }
        ProvidentGuarantee g{provident.required(r, 3), provident.number(r, 4, 0, 2000),
                             static_cast<int>(provident.integer(r, 5, 0, 365))};
        if (!kProvidentKinds.contains(g.kind))
            provident.fail(r, 3,
                           "deces_capital, deces_double_effet, rente_education, incapacite_ij ou "
                           "invalidite_rente attendu");
        it->guarantees.push_back(g);
    }
    loadContractualRates(datasets, c.provident);

    const auto rates = CsvTable::load(
        datasets / "tables_prevoyance.csv", "datasets/tables_prevoyance.csv",
        {"tranche_age", "q_deces_h", "q_deces_f", "incidence_arret_h", "incidence_arret_f",
         "duree_moyenne_arret_jours", "incidence_invalidite", "source", "confidence"});
    static const std::array<const char*, 6> bands = {"16-24", "25-34", "35-44",
                                                     "45-54", "55-64", "65+"};
    if (rates.rowCount() != bands.size())
        throw InputError("datasets/tables_prevoyance.csv", "6 tranches d'âge attendues");
    for (std::size_t r = 0; r < rates.rowCount(); ++r) {
        if (rates.required(r, 0) != bands[r])
            rates.fail(r, 0, fmt::format("tranche {} attendue", bands[r]));
        auto& p = c.providentRates;
        p.deathMen[r] = rates.number(r, 1, 0, 1);
        p.deathWomen[r] = rates.number(r, 2, 0, 1);
        p.sickLeaveMen[r] = rates.number(r, 3, 0, 1);
        p.sickLeaveWomen[r] = rates.number(r, 4, 0, 1);
        p.sickLeaveDays[r] = rates.number(r, 5, 0, 1095);
        p.disability[r] = rates.number(r, 6, 0, 1);
    }

    const auto services = CsvTable::load(
        datasets / "services.csv", "datasets/services.csv",
        {"service", "libelle", "description", "cout_mensuel_eur", "source", "confidence"});
    for (std::size_t r = 0; r < services.rowCount(); ++r)
        c.services.push_back({services.required(r, 0), services.required(r, 1), services.text(r, 2),
                              services.number(r, 3, 0, 100)});

    c.branches = BranchRequirements::load(datasets);
    return c;
}

const HealthProduct* OfferCatalogue::healthProduct(const std::string& id) const {
    for (const auto& p : health)
        if (p.id == id) return &p;
    return nullptr;
}

const ProvidentProduct* OfferCatalogue::providentProduct(const std::string& id) const {
    for (const auto& p : provident)
        if (p.id == id) return &p;
    return nullptr;
}

const OfferService* OfferCatalogue::service(const std::string& id) const {
    for (const auto& s : services)
        if (s.id == id) return &s;
    return nullptr;
}

const HealthProduct* OfferCatalogue::marketHealth(int level) const {
    for (const auto& p : health)
        if (p.owner == "marche" && p.level == level) return &p;
    return nullptr;
}

}  // namespace cmcsim
