#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "CliContext.h"
#include "CliOptions.h"
#include "CliOutput.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/offer/PayrollSimulation.h"
#include "cmcsim/report/TextTable.h"

namespace cmcsim::cli {

void addPayrollCommand(CLI::App& app, CliContext& context) {
    auto* payroll = app.add_subcommand(
        "payroll",
        "Traitement social et fiscal des cotisations d'un salarié (montants annuels en euros)");
    static int year = 2026, headcount = 0;
    static double salary = 0, employerHealth = 0, employeeHealth = 0, employerProvident = 0,
                  employeeProvident = 0, employerOptional = 0, taxRate = 11;
    static std::optional<double> employerDeath;
    static bool cadre = false, notResponsible = false, json = false;
    payroll->add_option("--year", year, "Année des paramètres (2024 à 2026)")
        ->required()
        ->check(CliOptions::integer(2024, 2026));
    payroll->add_option("--salary", salary, "Salaire brut annuel soumis à cotisations")
        ->required()
        ->check(CliOptions::number(0.0, 1e8));
    payroll->add_option("--employer-health", employerHealth, "Part patronale santé annuelle")
        ->required()
        ->check(CliOptions::number(0.0, 1e6));
    payroll->add_option("--employee-health", employeeHealth, "Part salariale santé annuelle")
        ->required()
        ->check(CliOptions::number(0.0, 1e6));
    payroll
        ->add_option("--employer-health-optional", employerOptional,
                     "Dont part patronale santé finançant les ayants droit à adhésion facultative "
                     "(non exonérée)")
        ->check(CliOptions::number(0.0, 1e6));
    payroll->add_flag("--non-responsible", notResponsible,
                      "Contrat santé non responsable (CSS L871-1) : TSA 20,27 %, ni exonération "
                      "ni déduction");
    payroll
        ->add_option("--employer-provident", employerProvident,
                     "Part patronale prévoyance annuelle")
        ->check(CliOptions::number(0.0, 1e6));
    payroll
        ->add_option("--employee-provident", employeeProvident,
                     "Part salariale prévoyance annuelle")
        ->check(CliOptions::number(0.0, 1e6));
    payroll
        ->add_option("--employer-death", employerDeath,
                     "Dont part patronale finançant le décès (contrôle cadres)")
        ->check(CliOptions::number(0.0, 1e6));
    // Required, checked in the callback to name the option and its use in French.
    auto* headcountOption =
        payroll
            ->add_option("--headcount", headcount,
                         "Effectif de l'entreprise, obligatoire (seuil du forfait social : 11)")
            ->check(CliOptions::integer(1, 10'000'000));
    payroll->add_flag("--cadre", cadre,
                      "Le salarié est cadre (contrôle du 1,50 % de la tranche 1)");
    payroll
        ->add_option(
            "--tmi", taxRate,
            "Taux marginal d'imposition du salarié en %, pour chiffrer le gain (défaut 11)")
        ->check(CliOptions::number(0.0, 45.0));
    payroll->add_flag("--json", json, "Sortie JSON");
    payroll->callback([&context, headcountOption] {
        if (headcountOption->count() == 0)
            throw CLI::RequiredError(
                "--headcount : effectif de l'entreprise attendu (le forfait social n'est dû qu'à "
                "partir de 11 salariés)",
                CLI::ExitCodes::RequiredError);
        if (employerOptional > employerHealth)
            throw CLI::ValidationError("--employer-health-optional",
                                       "une part de --employer-health attendue (au plus " +
                                           Money::euros(employerHealth).french() + ")");
        if (employerDeath && *employerDeath > employerProvident)
            throw CLI::ValidationError("--employer-death",
                                       "une part de --employer-provident attendue (au plus " +
                                           Money::euros(employerProvident).french() + ")");
        ContributionSplit split;
        split.year = year;
        split.grossPay = Money::euros(salary);
        split.employerHealth = Money::euros(employerHealth);
        split.employeeHealth = Money::euros(employeeHealth);
        split.employerHealthOptional = Money::euros(employerOptional);
        split.responsible = !notResponsible;
        split.employerProvident = Money::euros(employerProvident);
        split.employeeProvident = Money::euros(employeeProvident);
        if (employerDeath) split.employerDeath = Money::euros(*employerDeath);
        split.headcount = headcount;
        split.cadre = cadre;
        split.marginalTaxRate = taxRate / 100.0;
        const auto s = PayrollSimulation::compute(split, context.reference().regulation);
        if (json) {
            nlohmann::json out = {{"annee", year},
                                  {"salaire_brut", split.grossPay.euros()},
                                  {"effectif", headcount},
                                  {"cadre", cadre},
                                  {"contrat_responsable", !notResponsible}};
            for (const auto& f : s.figures)
                out["montants"][f.id] = {
                    {"libelle", f.label}, {"euros", f.amount.euros()}, {"reference", f.reference}};
            for (const auto& c : s.checks)
                out["controles"].push_back({{"regle", c.label},
                                            {"respectee", c.met},
                                            {"detail", c.detail},
                                            {"reference", c.reference}});
            CliOutput::json(out);
            return;
        }
        CliOutput::print(
            "Traitement social et fiscal {} — salaire brut annuel {}, entreprise de {}{}{}\n\n",
            year, split.grossPay.french(),
            frenchCount(static_cast<double>(headcount), "salarié", "salariés"),
            cadre ? ", salarié cadre" : "", notResponsible ? ", contrat non responsable" : "");
        for (const auto& f : s.figures)
            CliOutput::print("{} {:>14}\n    {}\n", fitColumn(f.label, 84), f.amount.french(),
                             f.reference);
        if (!s.checks.empty()) CliOutput::print("\nContrôles\n");
        for (const auto& c : s.checks)
            CliOutput::print("  [{}] {} — {}\n      {}\n", c.met ? "respecté" : "NON RESPECTÉ",
                             c.label, c.detail, c.reference);
    });
}

}  // namespace cmcsim::cli
