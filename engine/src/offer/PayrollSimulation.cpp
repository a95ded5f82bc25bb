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
constexpr const char* kForfaitSocial =
    "CSS art. L137-15 et L137-16 (8 %, entreprises d'au moins 11 salariés)";
constexpr const char* kCsg =
    "CSS art. L136-1-1 (CSG 9,2 %) et ord. 96-50 art. 14 (CRDS 0,5 %), sans abattement de 1,75 %";
constexpr const char* kTaxHealth =
    "loi 2013-1278 du 29 décembre 2013, art. 4 ; CGI art. 83 1° quater";
constexpr const char* kTaxDeduction = "CGI art. 83 1° quater ; BOI-RSA-BASE-30-10-20";
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
    const Money employer = in.employerHealth + in.employerProvident;
    const Money employee = in.employeeHealth + in.employeeProvident;

    // Social contributions: the employer's share is excluded from the base within a limit.
    const Money floor = percentOf(rules.value(y, "exoneration_plancher_pct_pass"), pass);
    const Money cap = percentOf(rules.value(y, "exoneration_plafond_pct_pass"), pass);
    const Money limit =
        minOf(floor + percentOf(rules.value(y, "exoneration_pct_remuneration"), in.grossPay), cap);
    const Money exempt = minOf(employer, limit);
    const Money excess = employer - exempt;
    add("contribution_patronale", "Contributions patronales santé + prévoyance", employer,
        kExemption);
    add("limite_exoneration", "Limite d'exonération : min(6 % PASS + 1,5 % du salaire ; 12 % PASS)",
        limit, kExemption);
    add("part_exoneree", "Part exonérée de cotisations sociales", exempt, kExemption);
    add("excedent_reintegre", "Excédent réintégré dans l'assiette des cotisations sociales", excess,
        kExemption);

    const bool liable =
        in.headcount >= static_cast<int>(rules.value(y, "forfait_social_seuil_effectif"));
    const Money forfait =
        liable ? percentOf(rules.value(y, "forfait_social_pct"), exempt) : Money{};
    add("forfait_social",
        liable ? "Forfait social 8 % sur la part exonérée"
               : "Forfait social : non dû (moins de 11 salariés)",
        forfait, kForfaitSocial);

    const Money csg = percentOf(rules.value(y, "csg_pct"), employer);
    const Money crds = percentOf(rules.value(y, "crds_pct"), employer);
    add("csg", "CSG 9,2 % sur les contributions patronales (précomptée)", csg, kCsg);
    add("crds", "CRDS 0,5 % sur les contributions patronales (précomptée)", crds, kCsg);

    // Income tax: the employer's health share is taxable; the other contributions are deductible
    // within a limit, above which they are taxable too.
    const Money deductionLimit =
        minOf(percentOf(rules.value(y, "deduction_fiscale_pct_pass"), pass) +
                  percentOf(rules.value(y, "deduction_fiscale_pct_remuneration"), in.grossPay),
              percentOf(rules.value(y, "deduction_fiscale_plafond_pct_8pass"),
                        Money::cents(8 * pass.cents())));
    const Money deductibleBase = employee + in.employerProvident;
    const Money deductible = minOf(deductibleBase, deductionLimit);
    const Money taxableExcess = deductibleBase - deductible;
    add("limite_deduction", "Limite de déduction : min(5 % PASS + 2 % du salaire ; 2 % de 8 PASS)",
        deductionLimit, kTaxDeduction);
    add("part_deductible",
        "Cotisations déduites du revenu imposable (salariales + patronales prévoyance)", deductible,
        kTaxDeduction);
    add("excedent_imposable", "Excédent de cotisations réintégré dans le revenu imposable",
        taxableExcess, kTaxDeduction);
    add("reintegration_sante", "Part patronale santé ajoutée au revenu imposable",
        in.employerHealth, kTaxHealth);
    add("revenu_imposable_ajoute", "Total ajouté au revenu imposable du salarié",
        in.employerHealth + taxableExcess, kTaxHealth);

    // Costs and the gain against an individual contract of the same price.
    const Money employerCost = employer + forfait;
    add("cout_employeur",
        "Coût employeur : contributions + forfait social (hors cotisations sur l'excédent)",
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
