#include "cmcsim/offer/PayrollSimulation.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/reference/RegulatoryParameters.h"

namespace cmcsim {

namespace {
// A rate applied to an amount, rounded to the cent as a payslip does.
Money percentOf(double percent, Money amount) {
    return Money::cents(std::llround(static_cast<double>(amount.cents()) * percent / 100.0));
}
Money minOf(Money a, Money b) {
    return a < b ? a : b;
}

constexpr const char* kExemption = "CSS art. L242-1 II 4° et D242-1";
constexpr const char* kOptional =
    "CSS art. L242-1 II 4° ; URSSAF, prévoyance complémentaire, conditions d'exonération : « Les "
    "bénéficiaires des contributions et garanties » (ayants droit à adhésion facultative)";
constexpr const char* kNotResponsibleSocial =
    "CSS art. L242-1 II 4° et L871-1 (exclusion d'assiette réservée aux contrats responsables)";
constexpr const char* kForfaitSocial =
    "CSS art. L137-15 (assiette ; employeurs de moins de 11 salariés exclus) et L137-16 (taux de "
    "8 %)";
constexpr const char* kCsg =
    "CSS art. L136-1-1 (assiette, sans abattement de 1,75 %) et L136-8 (CSG 9,2 %) ; ordonnance "
    "n° 96-50 du 24 janvier 1996, art. 14 (assiette) et 19 (CRDS 0,5 %)";
constexpr const char* kTsa =
    "CSS art. L862-4 (TSA : 13,27 % pour un contrat responsable, 20,27 % sinon)";
constexpr const char* kLevy =
    "LFSS 2026 : contribution exceptionnelle des organismes complémentaires sur les cotisations "
    "santé de 2026";
constexpr const char* kTaxHealth =
    "CGI art. 83 1° quater (rédaction de la loi n° 2013-1278 du 29 décembre 2013, art. 4)";
constexpr const char* kTaxDeduction = "CGI art. 83 1° quater ; BOI-RSA-BASE-30-10-20";
constexpr const char* kNotResponsibleTax =
    "CGI art. 83 1° quater (cotisations santé d'un contrat non conforme à CSS art. L871-1 exclues "
    "des charges déductibles)";
constexpr const char* kResponsible =
    "CSS art. L871-1, L242-1 II 4° et L862-4 ; CGI art. 83 1° quater";
constexpr const char* kCadres =
    "ANI du 17 novembre 2017 relatif à la prévoyance des cadres, art. 1 et 2 (ex-art. 7 CCN 1947)";
constexpr const char* kEmployerShare = "CSS art. L911-7 III";
}  // namespace

PayrollSimulation PayrollSimulation::compute(const ContributionSplit& in,
                                             const RegulatoryParameters& rules) {
    const int y = in.year;
    const Money pass = Money::euros(rules.value(y, "pass"));
    PayrollSimulation s;
    s.input = in;
    auto add = [&s](const char* id, std::string label, Money amount, std::string reference) {
        s.figures.push_back({id, std::move(label), amount, std::move(reference)});
    };
    // A rate as the law writes it: 8 %, 9,2 %, 13,27 %.
    auto rate = [&](const char* parameter) {
        std::string text = frenchNumber(rules.value(y, parameter), 2);
        while (text.back() == '0') text.pop_back();
        if (text.back() == ',') text.pop_back();
        return text;
    };
    const Money employer = in.employerHealth + in.employerProvident;
    const Money employee = in.employeeHealth + in.employeeProvident;

    // Social contributions: the employer's share is excluded from the base within a limit, except
    // what finances optional dependants' cover and, for a non-responsible contract, all of its
    // health share (both reintegrated into the base, so without forfait social).
    const Money optional =
        in.responsible ? minOf(in.employerHealthOptional, in.employerHealth) : Money{};
    const Money notResponsible = in.responsible ? Money{} : in.employerHealth;
    const Money eligible = employer - optional - notResponsible;
    const Money floor = percentOf(rules.value(y, "exoneration_plancher_pct_pass"), pass);
    const Money cap = percentOf(rules.value(y, "exoneration_plafond_pct_pass"), pass);
    const Money limit =
        minOf(floor + percentOf(rules.value(y, "exoneration_pct_remuneration"), in.grossPay), cap);
    const Money exempt = minOf(eligible, limit);
    const Money excess = employer - exempt;
    add("contribution_patronale", "Contributions patronales santé + prévoyance", employer,
        kExemption);
    if (optional.cents() > 0)
        add("ayants_droit_facultatifs",
            "dont financement des ayants droit à adhésion facultative : non exclu de l'assiette",
            optional, kOptional);
    if (!in.responsible)
        add("sante_non_responsable",
            "dont part patronale santé d'un contrat non responsable : non exclue de l'assiette",
            notResponsible, kNotResponsibleSocial);
    add("limite_exoneration", "Limite d'exonération : min(6 % PASS + 1,5 % du salaire ; 12 % PASS)",
        limit, kExemption);
    add("part_exoneree", "Part exonérée de cotisations sociales", exempt, kExemption);
    add("excedent_reintegre",
        "Part réintégrée dans l'assiette des cotisations sociales (sans forfait social)", excess,
        kExemption);

    const int threshold = static_cast<int>(rules.value(y, "forfait_social_seuil_effectif"));
    const bool liable = in.headcount >= threshold;
    const Money forfait =
        liable ? percentOf(rules.value(y, "forfait_social_pct"), exempt) : Money{};
    add("forfait_social",
        liable ? fmt::format("Forfait social {} % sur la part exonérée", rate("forfait_social_pct"))
               : fmt::format("Forfait social : non dû (moins de {} salariés)", threshold),
        forfait, kForfaitSocial);

    const Money csg = percentOf(rules.value(y, "csg_pct"), employer);
    const Money crds = percentOf(rules.value(y, "crds_pct"), employer);
    add("csg",
        fmt::format("CSG {} % sur les contributions patronales (précomptée)", rate("csg_pct")), csg,
        kCsg);
    add("crds",
        fmt::format("CRDS {} % sur les contributions patronales (précomptée)", rate("crds_pct")),
        crds, kCsg);

    // The TSA inside the health contributions (the services are outside the premium).
    const char* tsaParameter = in.responsible ? "tsa_responsable_pct" : "tsa_non_responsable_pct";
    const double tsaRate = rules.value(y, tsaParameter);
    const Money premium =
        in.employerHealth - minOf(in.employerServices, in.employerHealth) + in.employeeHealth;
    const Money tsa = Money::cents(
        std::llround(static_cast<double>(premium.cents()) * tsaRate / (100.0 + tsaRate)));
    add("tsa",
        fmt::format("TSA {} % incluse dans les cotisations santé ({})", rate(tsaParameter),
                    in.responsible ? "contrat responsable" : "contrat non responsable"),
        tsa, kTsa);
    // The insurers' one-year levy, inside the premium excluding taxes, by the contract's year.
    const int contract = in.contractYear > 0 ? in.contractYear : y;
    const double levyRate = rules.hasYear(contract) || contract > rules.lastYear()
                                ? rules.inForce(contract, "contribution_exceptionnelle_pct")
                                : 0.0;
    if (levyRate > 0)
        add("contribution_exceptionnelle",
            fmt::format("Contribution exceptionnelle {} des complémentaires santé, {} %", contract,
                        frenchNumber(levyRate, 2)),
            Money::cents(
                std::llround(static_cast<double>((premium - tsa).cents()) * levyRate / 100.0)),
            kLevy);

    // Income tax: the employer's health share is taxable; the other contributions are deductible
    // within a limit, above which they are taxable too; the employee's health contribution to a
    // non-responsible contract is not deductible at all.
    const Money deductionLimit =
        minOf(percentOf(rules.value(y, "deduction_fiscale_pct_pass"), pass) +
                  percentOf(rules.value(y, "deduction_fiscale_pct_remuneration"), in.grossPay),
              percentOf(rules.value(y, "deduction_fiscale_plafond_pct_8pass"),
                        Money::cents(8 * pass.cents())));
    const Money notDeductible = in.responsible ? Money{} : in.employeeHealth;
    const Money deductibleBase = employee - notDeductible + in.employerProvident;
    const Money deductible = minOf(deductibleBase, deductionLimit);
    const Money taxableExcess = deductibleBase - deductible;
    add("limite_deduction", "Limite de déduction : min(5 % PASS + 2 % du salaire ; 2 % de 8 PASS)",
        deductionLimit, kTaxDeduction);
    if (!in.responsible)
        add("sante_non_deductible",
            "Cotisation salariale santé non déductible (contrat non responsable)", notDeductible,
            kNotResponsibleTax);
    add("part_deductible",
        "Cotisations déduites du revenu imposable (salariales + patronales prévoyance)", deductible,
        kTaxDeduction);
    add("excedent_imposable", "Excédent de cotisations réintégré dans le revenu imposable",
        taxableExcess, kTaxDeduction);
    add("reintegration_sante", "Part patronale santé ajoutée au revenu imposable",
        in.employerHealth, kTaxHealth);
    add("revenu_imposable_ajoute", "Total ajouté au revenu imposable du salarié",
        in.employerHealth + taxableExcess + notDeductible, kTaxHealth);

    // Costs and the gain against an individual contract of the same price.
    const Money employerCost = employer + forfait;
    add("cout_employeur",
        "Coût employeur : contributions + forfait social (hors charges sur la réintégration)",
        employerCost, kForfaitSocial);
    const Money healthCharges =
        percentOf(rules.value(y, "csg_pct") + rules.value(y, "crds_pct"), in.employerHealth);
    const Money healthTax = percentOf(in.marginalTaxRate * 100.0, in.employerHealth);
    const Money employeeCost = in.employeeHealth + csg + crds;
    add("cout_salarie", "Coût salarié : cotisations + CSG/CRDS sur la part patronale",
        employeeCost + in.employeeProvident, kCsg);
    add("gain_vs_individuel",
        fmt::format("Gain santé face à un contrat individuel de même prix (TMI {} %)",
                    frenchNumber(in.marginalTaxRate * 100, 1)),
        in.employerHealth - healthCharges - healthTax, kTaxHealth);

    const Money healthTotal = in.employerHealth + in.employeeHealth;
    if (healthTotal.cents() > 0) {
        s.checks.push_back(
            {"Contrat responsable : condition des avantages sociaux et fiscaux", in.responsible,
             in.responsible
                 ? fmt::format("part patronale santé exclue de l'assiette dans la limite, "
                               "cotisation salariale déductible, TSA {} %",
                               rate("tsa_responsable_pct"))
                 : fmt::format("contrat non responsable : {} de part patronale réintégrés dans "
                               "l'assiette des cotisations sociales (sans forfait social), {} de "
                               "cotisation salariale non déductibles, TSA {} % ({})",
                               notResponsible.french(), notDeductible.french(),
                               rate("tsa_non_responsable_pct"), tsa.french()),
             kResponsible});
        const bool half = in.employerHealth.cents() * 2 >= healthTotal.cents();
        s.checks.push_back(
            {"Part patronale santé d'au moins 50 %", half,
             fmt::format("{} sur {} ({} %)", in.employerHealth.french(), healthTotal.french(),
                         frenchNumber(100.0 * static_cast<double>(in.employerHealth.cents()) /
                                          static_cast<double>(healthTotal.cents()),
                                      1)),
             kEmployerShare});
    }
    if (in.cadre) {
        const Money t1 = minOf(in.grossPay, pass);
        const Money required = percentOf(rules.value(y, "prevoyance_cadre_pct_t1"), t1);
        s.checks.push_back(
            {"Prévoyance des cadres : 1,50 % de la tranche 1 à la charge de l'employeur",
             in.employerProvident >= required,
             fmt::format("{} versés pour {} requis (1,50 % de {})", in.employerProvident.french(),
                         required.french(), t1.french()),
             kCadres});
        if (in.employerDeath) {
            const Money death = percentOf(rules.value(y, "prevoyance_cadre_deces_pct_t1"), t1);
            s.checks.push_back({"dont au moins 0,76 % de la tranche 1 pour le décès",
                                *in.employerDeath >= death,
                                fmt::format("{} versés pour {} requis", in.employerDeath->french(),
                                            death.french()),
                                kCadres});
        }
    }
    return s;
}

Money PayrollSimulation::figure(const std::string& id) const {
    for (const auto& f : figures)
        if (f.id == id) return f.amount;
    throw std::out_of_range("no payroll figure " + id);
}

}  // namespace cmcsim
