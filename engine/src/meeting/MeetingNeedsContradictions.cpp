// MeetingNeedsCheck::contradictions: what written needs and requirements contradict in what the
// company said or knows of itself (issue 12 §4, docs/simulation.md "Les exigences et besoins
// écrits").
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "MeetingNeedsFigures.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/market/BreakdownTally.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/meeting/MeetingContext.h"
#include "cmcsim/meeting/MeetingNeedsCheck.h"
#include "cmcsim/meeting/MeetingTranscript.h"
#include "cmcsim/needs/CompanyNeeds.h"

namespace cmcsim {

namespace {
bool near(double value, double expected, double tolerance) {
    return std::abs(value - expected) <= expected * tolerance + 0.5;
}

std::string levelWords(int level) {
    auto label = std::string(coverageLevelLabel(level));
    if (!label.empty() && label != "Panier ANI")
        label[0] = static_cast<char>(std::tolower(label[0]));
    return "le niveau " + label;
}

// The budget problem of one amount in euros, "" when it agrees with the budget. The figures
// quoted are those of the budget as the company said it, in whole euros.
std::string budgetProblem(const MeetingNeedsFigures::Figure& amount, double budget,
                          double employees, double tolerance, bool known) {
    const double said = std::round(budget);
    const auto stated = fmt::format("{} € par salarié et par mois", frenchNumber(said, 0));
    if (amount.perYear || amount.perQuarter) {
        const double months = amount.perYear ? 12 : 3;
        const char* period = amount.perYear ? "par an" : "par trimestre";
        const double employee = budget * months, company = employee * employees;
        if (near(amount.value, company, tolerance) ||
            (!amount.wholeCompany && near(amount.value, employee, tolerance)))
            return {};
        return known ? fmt::format(
                           "notre budget est de {} (soit {} € par salarié et {} € pour "
                           "l'entreprise {}), pas de {} {}",
                           stated, frenchNumber(said * months, 0),
                           frenchNumber(said * months * employees, 0), period, amount.text, period)
                     : fmt::format("{} {} ne correspond pas à notre budget", amount.text, period);
    }
    const double wholeMonth = budget * employees;
    if (amount.perMonth && amount.wholeCompany) {
        if (near(amount.value, wholeMonth, tolerance)) return {};
        return known ? fmt::format(
                           "notre budget est de {} (soit {} € par mois pour "
                           "l'entreprise), pas de {} par mois pour l'entreprise",
                           stated, frenchNumber(said * employees, 0), amount.text)
                     : fmt::format(
                           "{} par mois pour l'entreprise ne correspond pas à notre "
                           "budget",
                           amount.text);
    }
    const double perYear = budget * 12, wholeYear = perYear * employees;
    if (near(amount.value, budget, tolerance))
        return amount.perMonth ? std::string()
                               : fmt::format(
                                     "« {} » : précisez l'unité (par salarié et par mois, "
                                     "ou par an)",
                                     amount.text);
    // One of the budget's other units written without its unit: an error of unit.
    const char* unit = near(amount.value, perYear, tolerance)      ? "par salarié et par an"
                       : near(amount.value, wholeYear, tolerance)  ? "pour l'entreprise par an"
                       : near(amount.value, wholeMonth, tolerance) ? "pour l'entreprise par mois"
                                                                   : nullptr;
    if (unit)
        return known ? fmt::format(
                           "« {} » : notre budget est de {} ; {} est un montant {}, "
                           "écrivez-en l'unité",
                           amount.text, stated, amount.text, unit)
                     : fmt::format(
                           "« {} » : précisez l'unité (par salarié et par mois, ou par "
                           "an)",
                           amount.text);
    return known ? fmt::format("notre budget est de {}, pas de {}", stated, amount.text)
                 : fmt::format("{} ne correspond pas à notre budget", amount.text);
}

const char* areaWords(const std::string& area) {
    if (area == "optique") return "l'optique";
    if (area == "dentaire") return "le dentaire";
    if (area == "hospitalisation") return "l'hospitalisation";
    if (area == "medecines_douces") return "les médecines douces";
    return "les services";
}

double weight(const CoverPriorities& p, const std::string& area) {
    if (area == "optique") return p.optics;
    if (area == "dentaire") return p.dental;
    if (area == "hospitalisation") return p.hospital;
    if (area == "medecines_douces") return p.alternativeMedicine;
    return p.services;
}
}  // namespace

std::vector<std::string> MeetingNeedsCheck::contradictions(const MeetingContext& context,
                                                           const MeetingTranscript& sofar,
                                                           const std::string& text) {
    std::vector<std::string> out;
    const auto figures = MeetingNeedsFigures::of(text);
    const auto& needs = context.needs;
    for (const auto& f : figures.negatives)
        out.push_back(
            fmt::format("« {} » : un montant, un effectif ou une part ne peut pas être "
                        "négatif",
                        f.text));
    for (const auto& f : figures.percents)
        if (f.value > 100)
            out.push_back(fmt::format("« {} » : une part ne dépasse pas 100 %", f.text));
    // The company knows its budget whether it said it or not: an amount that contradicts it is
    // refused, its figure given only once the company said it.
    const double employees = context.facts.employees();
    for (const auto& f : figures.euros) {
        if (f.value < 0 || !f.budget) continue;
        auto problem =
            budgetProblem(f, needs.budgetEurPerEmployeeMonth, employees,
                          context.parameter("tolerance_budget"), sofar.known.contains("budget"));
        if (!problem.empty()) {
            out.push_back(std::move(problem));
            break;
        }
    }
    // A headcount: the establishment's (the census quoted) or the whole company's.
    const double tolerance = context.parameter("tolerance_effectif");
    const double company = context.market.companies.at(needs.company).headcount;
    const auto within = [&](double h, double n) {
        return std::abs(h - n) <= std::max(1.0, n * tolerance);
    };
    for (const auto& f : figures.headcounts)
        if (f.value >= 0 && !within(f.value, employees) && !within(f.value, company)) {
            out.push_back(fmt::format("nous sommes {} salariés, pas {}", frenchNumber(employees, 0),
                                      frenchNumber(f.value, 0)));
            break;
        }
    // A level requested: the one the company wants must be among those named.
    if (!figures.levels.empty() && std::find(figures.levels.begin(), figures.levels.end(),
                                             needs.wantedLevel) == figures.levels.end())
        out.push_back(sofar.known.contains("niveau_souhaite")
                          ? fmt::format("nous avons demandé {}, pas {}",
                                        levelWords(needs.wantedLevel),
                                        levelWords(figures.levels.front()))
                          : fmt::format("{} n'est pas ce que nous voulons",
                                        levelWords(figures.levels.front())));
    // The family left out while the employees value its cover.
    const double expected = context.parameter("seuil_attente");
    if (figures.employeeAlone && needs.priorities.dependants >= expected)
        out.emplace_back(
            "nos salariés tiennent à couvrir leur famille (les ayants droit) : pas le salarié "
            "seul");
    for (const auto& area : figures.priorities)
        if (weight(needs.priorities, area) < expected) {
            out.push_back(
                fmt::format("{} n'est pas une priorité de nos salariés", areaWords(area)));
            break;
        }
    // The new contract takes effect at the échéance of the current one: earlier, both run;
    // later, the employees are left without cover.
    if (needs.covered && needs.renewal != Date())
        for (const auto& d : figures.effectiveDates)
            if (d != needs.renewal) {
                out.push_back(
                    sofar.known.contains("echeance")
                        ? fmt::format("notre contrat actuel court jusqu'à son échéance : le "
                                      "nouveau prend effet le {}, pas le {}",
                                      needs.renewal.french(), d.french())
                        : fmt::format("une prise d'effet le {} ne correspond pas à l'échéance "
                                      "de notre contrat actuel",
                                      d.french()));
                break;
            }
    return out;
}

}  // namespace cmcsim
