#include "cmcsim/reference/BranchRequirements.h"

#include <fmt/format.h>

#include <array>
#include <cmath>
#include <utility>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/reference/CsvTable.h"

namespace cmcsim {

namespace {
using Kind = BranchRule::Kind;

// The codes of the `regle` column, in the order of BranchRule::Kind.
constexpr std::array<std::pair<const char*, Kind>, 17> kKinds = {{
    {"part_patronale_pct_cotisation", Kind::EmployerPctOfContribution},
    {"part_patronale_pct_isole", Kind::EmployerPctOfSingleRate},
    {"part_patronale_pmss", Kind::EmployerPctPmss},
    {"part_patronale_eur", Kind::EmployerEuros},
    {"part_salariale_max_pmss", Kind::EmployeeMaxPctPmss},
    {"part_salariale_max_eur", Kind::EmployeeMaxEuros},
    {"enfants_obligatoires", Kind::ChildrenMandatory},
    {"famille_obligatoire", Kind::FamilyMandatory},
    {"action_sociale_pct", Kind::SocialActionPct},
    {"garanties_minimales", Kind::MinimumGuarantees},
    {"aucun_regime", Kind::NoBranchScheme},
    {"taux_t1", Kind::ProvidentRateT1},
    {"taux_t2", Kind::ProvidentRateT2},
    {"taux_patronal_t1", Kind::ProvidentEmployerT1},
    {"taux_patronal_t2", Kind::ProvidentEmployerT2},
    {"part_patronale_prevoyance_pct", Kind::ProvidentEmployerPct},
    {"a_verifier", Kind::ToCheck},
}};

// Rules of either domain: minimum guarantees, no branch scheme, to be checked.
bool eitherDomain(Kind k) {
    return k == Kind::MinimumGuarantees || k == Kind::NoBranchScheme || k == Kind::ToCheck;
}
bool healthKind(Kind k) {
    return k < Kind::ProvidentRateT1 || eitherDomain(k);
}
bool providentKind(Kind k) {
    return k >= Kind::ProvidentRateT1 || eitherDomain(k);
}
bool hasFigure(Kind k) {
    return k != Kind::ChildrenMandatory && k != Kind::FamilyMandatory &&
           k != Kind::MinimumGuarantees && k != Kind::NoBranchScheme && k != Kind::ToCheck;
}

std::vector<BranchRule> fromTable(const CsvTable& t) {
    std::vector<BranchRule> rows;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        BranchRule b;
        b.idcc = t.required(r, 0);
        if (b.idcc.size() != 4 || b.idcc.find_first_not_of("0123456789") != std::string::npos)
            t.fail(r, 0, "code IDCC à 4 chiffres attendu");
        b.domain = t.required(r, 1);
        if (b.domain != "sante" && b.domain != "prevoyance")
            t.fail(r, 1, "sante ou prevoyance attendu");
        b.population = t.required(r, 2);
        if (b.population != "ensemble" && b.population != "cadres" && b.population != "non_cadres")
            t.fail(r, 2, "ensemble, cadres ou non_cadres attendu");
        const auto& code = t.required(r, 3);
        bool known = false;
        for (const auto& [name, kind] : kKinds)
            if (code == name) {
                b.kind = kind;
                known = true;
            }
        if (!known)
            t.fail(r, 3,
                   "part_patronale_pct_cotisation, part_patronale_pct_isole, part_patronale_pmss, "
                   "part_patronale_eur, part_salariale_max_pmss, part_salariale_max_eur, "
                   "enfants_obligatoires, famille_obligatoire, action_sociale_pct, "
                   "garanties_minimales, aucun_regime, taux_t1, taux_t2, taux_patronal_t1, "
                   "taux_patronal_t2, part_patronale_prevoyance_pct ou a_verifier attendu");
        if (b.domain == "sante" ? !healthKind(b.kind) : !providentKind(b.kind))
            t.fail(r, 3, "une règle du domaine " + b.domain + " attendue");
        if (hasFigure(b.kind)) {
            b.value = t.number(
                r, 4, 0,
                b.kind == Kind::EmployerEuros || b.kind == Kind::EmployeeMaxEuros ? 1000 : 100);
            if (!t.text(r, 5).empty()) b.alsaceMoselle = t.number(r, 5, 0, 1000);
        } else if (!t.text(r, 4).empty() || !t.text(r, 5).empty()) {
            t.fail(r, 4, "aucun chiffre pour la règle " + code);
        }
        const auto from = Date::parseIso(t.required(r, 6));
        if (!from) t.fail(r, 6, "date AAAA-MM-JJ attendue");
        b.from = *from;
        if (!t.text(r, 7).empty()) {
            const auto until = Date::parseIso(t.text(r, 7));
            if (!until || *until < b.from)
                t.fail(r, 7, "date AAAA-MM-JJ postérieure à la colonne du, ou vide, attendue");
            b.until = until;
        }
        const auto& extended = t.required(r, 8);
        if (extended != "oui" && extended != "non") t.fail(r, 8, "oui ou non attendu");
        b.extended = extended == "oui";
        b.detail = t.text(r, 9);
        if ((b.kind == Kind::ToCheck || b.kind == Kind::MinimumGuarantees) && b.detail.empty())
            t.fail(r, 9, "la raison de la vérification à faire attendue");
        b.source = t.required(r, 10);
        if (b.source.find("domain-facts") != std::string::npos ||
            b.source.find("courtier") != std::string::npos)
            t.fail(r, 10, "une source publique (accord, avenant, arrêté), pas une note interne");
        b.confidence = t.required(r, 11);
        if (b.confidence != "H" && b.confidence != "M" && b.confidence != "L" &&
            b.confidence != "⚠")
            t.fail(r, 11, "H, M, L ou ⚠ attendu");
        rows.push_back(std::move(b));
    }
    return rows;
}

const std::vector<std::string> kColumns = {"idcc",   "domaine",   "population", "regle",
                                           "valeur", "valeur_am", "du",         "au",
                                           "etendu", "precision", "source",     "confidence"};
}  // namespace

BranchRequirements BranchRequirements::load(const std::filesystem::path& datasets) {
    BranchRequirements b;
    b.rules_ = fromTable(CsvTable::load(datasets / "exigences_branches.csv",
                                        "datasets/exigences_branches.csv", kColumns));
    return b;
}

BranchRequirements BranchRequirements::parse(const std::string& csv,
                                             const std::string& displayName) {
    BranchRequirements b;
    b.rules_ = fromTable(CsvTable::parse(csv, displayName, kColumns));
    return b;
}

std::vector<const BranchRule*> BranchRequirements::inForce(const std::string& idcc,
                                                           Date date) const {
    std::vector<const BranchRule*> found;
    for (const auto& r : rules_)
        if (r.idcc == idcc && r.inForce(date)) found.push_back(&r);
    return found;
}

bool BranchRequirements::knows(const std::string& idcc) const {
    for (const auto& r : rules_)
        if (r.idcc == idcc) return true;
    return false;
}

std::string BranchRule::domainLabel() const {
    return domain == "sante" ? "santé" : "prévoyance";
}

std::string BranchRule::populationLabel() const {
    return population == "cadres"       ? "cadres"
           : population == "non_cadres" ? "non-cadres"
                                        : "tout le personnel";
}

double BranchRule::pmssEuros(double pct, double pmss) {
    return std::round(pct * pmss) / 100;
}

std::string BranchRule::percent(double v) {
    if (std::abs(v - std::round(v)) < 1e-9 && v >= 1) return frenchNumber(v, 0) + " %";
    const bool third = std::abs(v * 100 - std::round(v * 100)) > 1e-6;
    return frenchNumber(v, third ? 3 : 2) + " %";
}

std::string BranchRule::period() const {
    return until ? fmt::format("du {} au {}", from.french(), until->french())
                 : "depuis le " + from.french();
}

std::string BranchRule::scope() const {
    return extended ? "accord étendu"
                    : "accord non étendu, applicable aux seuls adhérents des organisations "
                      "patronales signataires";
}

std::string BranchRule::describe(bool am, double pmss) const {
    const double v = figure(am);
    const std::string where = am && alsaceMoselle ? " (Alsace-Moselle)" : "";
    const auto euros = [&](double pctPmss) {
        return pmss > 0 ? fmt::format(" ({} € par mois)", frenchNumber(pmssEuros(pctPmss, pmss), 2))
                        : std::string();
    };
    std::string text;
    switch (kind) {
        case Kind::EmployerPctOfContribution:
            text = fmt::format("part patronale d'au moins {} de la cotisation", percent(v));
            break;
        case Kind::EmployerPctOfSingleRate:
            text = fmt::format("part patronale d'au moins {} de la cotisation du salarié isolé",
                               percent(v));
            break;
        case Kind::EmployerPctPmss:
            text =
                fmt::format("part patronale d'au moins {} PMSS{}{}", percent(v), euros(v), where);
            break;
        case Kind::EmployerEuros:
            text =
                fmt::format("part patronale d'au moins {} € par mois{}", frenchNumber(v, 2), where);
            break;
        case Kind::EmployeeMaxPctPmss:
            text = fmt::format("part salariale d'au plus {} PMSS{}{}", percent(v), euros(v), where);
            break;
        case Kind::EmployeeMaxEuros:
            text =
                fmt::format("part salariale d'au plus {} € par mois{}", frenchNumber(v, 2), where);
            break;
        case Kind::ChildrenMandatory:
            text = "enfants à charge couverts à titre obligatoire (conjoint facultatif possible)";
            break;
        case Kind::FamilyMandatory:
            text = "tous les ayants droit couverts à titre obligatoire (famille obligatoire)";
            break;
        case Kind::SocialActionPct:
            text = fmt::format(
                "{} de la cotisation affectés à l'action sociale (haut degré de "
                "solidarité)",
                percent(v));
            break;
        case Kind::MinimumGuarantees:
            text = "garanties minimales de la branche, à comparer poste par poste";
            break;
        case Kind::NoBranchScheme:
            text = "pas de régime de branche : les règles légales s'appliquent seules";
            break;
        case Kind::ProvidentRateT1:
            text = fmt::format("cotisation d'au moins {} de la tranche 1{}", percent(v), where);
            break;
        case Kind::ProvidentRateT2:
            text = fmt::format("cotisation d'au moins {} de la tranche 2{}", percent(v), where);
            break;
        case Kind::ProvidentEmployerT1:
            text = fmt::format("part patronale d'au moins {} de la tranche 1{}", percent(v), where);
            break;
        case Kind::ProvidentEmployerT2:
            text = fmt::format("part patronale d'au moins {} de la tranche 2{}", percent(v), where);
            break;
        case Kind::ProvidentEmployerPct:
            text = fmt::format("part patronale d'au moins {} de la cotisation", percent(v));
            break;
        case Kind::ToCheck:
            text = "exigences à vérifier dans le texte de la convention";
            break;
    }
    if (!detail.empty()) text += " ; " + detail;
    return text;
}

}  // namespace cmcsim
