// The plan command: show the candidate's action plan by week with its calendar, capacity use and
// checks, and change it (each change a journal command), README.md "CLI".
#include <fmt/format.h>

#include <cmath>
#include <limits>

#include "CliContext.h"
#include "CliOptions.h"
#include "CliOutput.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/attempt/JournalText.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/OneLine.h"
#include "cmcsim/plan/PlanReview.h"
#include "cmcsim/prospects/ProspectView.h"
#include "cmcsim/reference/ActionCostModel.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/store/AttemptFile.h"
#include "cmcsim/store/AttemptSession.h"

namespace cmcsim::cli {

namespace {

std::string hours(double h) {
    return frenchShort(h, 1) + " h";
}

std::string euros(double eur) {
    return frenchNumber(eur, 2) + " €";
}

nlohmann::json warningJson(const PlanWarning& w) {
    return {{"regle", w.rule},
            {"message", w.message},
            {"action", w.actionId},
            {"semaine", w.week},
            {"segment", w.segmentId}};
}

// "a1 (10 h), a2 (4,5 h)": the actions running in a week with their modelled hours.
std::string actionsOf(const ActionPlan& plan, const ActionCostModel& costs, int week) {
    std::string text;
    for (const auto& a : plan.actions)
        if (a.runsIn(week))
            text += fmt::format("{}{} ({})", text.empty() ? "" : ", ", oneLine(a.id),
                                hours(costs.cost(a).hoursPerWeek));
    return text.empty() ? "aucune action" : text;
}

std::string targetOf(const PlannedAction& a) {
    std::string target;
    if (!a.segmentId.empty()) target = "segment « " + oneLine(a.segmentId) + " »";
    if (!a.sirets.empty())
        target += (target.empty() ? "" : ", ") +
                  frenchCount(static_cast<double>(a.sirets.size()), "SIRET", "SIRET");
    if (!a.prescriberKind.empty())
        target += (target.empty() ? "" : ", ") +
                  std::string(a.prescriberKind == "courtier" ? "courtiers" : "experts-comptables");
    return target.empty() ? "sans cible" : target;
}

void showJson(const std::string& file, const Scenario& scenario, const AttemptState& state,
              const PlanReview& review, const ActionCostModel& costs) {
    const auto& plan = state.plan();
    auto weeks = nlohmann::json::array();
    for (const auto& w : review.calendar.weeks()) {
        auto holidays = nlohmann::json::array();
        for (const auto& h : w.holidays)
            holidays.push_back({{"date", h.date.iso()}, {"nom", h.name}});
        // A played week shows the plan it ran with (WeekRun::plan), not the plan now.
        const auto& asRun = review.planOf(w.number, plan);
        auto actions = nlohmann::json::array();
        for (const auto& a : asRun.actions)
            if (a.runsIn(w.number)) actions.push_back(a.id);
        weeks.push_back({{"semaine", w.number},
                         {"jouee", review.isPlayed(w.number)},
                         {"debut", w.first.iso()},
                         {"fin", w.last.iso()},
                         {"jours_ouvres", w.workingDays.size()},
                         {"feries", holidays},
                         {"capacite_heures", w.capacityHours},
                         {"heures_planifiees", asRun.plannedHours(w.number)},
                         {"heures_modele", asRun.modelledHours(w.number, costs)},
                         {"actions", actions}});
    }
    // The cost model's figures beside the candidate's declared ones (plan.actions).
    auto modelled = nlohmann::json::array();
    for (const auto& a : plan.actions) {
        const auto c = costs.cost(a);
        modelled.push_back({{"id", a.id},
                            {"contacts_semaine", c.contactsPerWeek},
                            {"heures_semaine", c.hoursPerWeek},
                            {"euros_semaine", c.eurPerWeek},
                            {"budget_eur", c.totalEur}});
    }
    auto warnings = nlohmann::json::array();
    for (const auto& w : review.warnings) warnings.push_back(warningJson(w));
    auto versions = nlohmann::json::array();
    for (const auto& v : state.planVersions()) versions.push_back(v.entry);
    CliOutput::json({{"fichier", file},
                     {"plan", plan.toJson()},
                     {"alsace_moselle", review.calendar.alsaceMoselle()},
                     {"semaines", weeks},
                     {"budget_disponible_eur", state.budgetLeft()},
                     {"budget_modele_eur", plan.modelledBudgetEur(costs)},
                     {"couts_modele", modelled},
                     {"objectifs_mutuelle",
                      {{"nouveaux_contrats", scenario.policy.newContracts},
                       {"primes_annuelles_eur", scenario.policy.annualPremiumEur}}},
                     {"avertissements", warnings},
                     {"versions", versions}});
}

void showText(const std::string& file, const Scenario& scenario, const AttemptState& state,
              const PlanReview& review, const ActionCostModel& costs) {
    const auto& plan = state.plan();
    CliOutput::print("Épreuve : {}\n", file);
    CliOutput::print(
        "Plan d'actions : {} ({})\n",
        frenchCount(static_cast<double>(plan.actions.size()), "action", "actions"),
        frenchCount(static_cast<double>(state.planVersions().size()), "version", "versions"));
    CliOutput::print(
        "Capacité : {} par semaine ; budget des actions : {} au modèle ({} déclarés) sur {} "
        "disponibles\n",
        hours(plan.weeklyCapacityHours), euros(plan.modelledBudgetEur(costs)),
        euros(plan.totalBudgetEur()), euros(state.budgetLeft()));
    CliOutput::print("Objectifs de la mutuelle : {}, {} de primes annuelles\n",
                     frenchCount(static_cast<double>(scenario.policy.newContracts),
                                 "nouveau contrat", "nouveaux contrats"),
                     euros(scenario.policy.annualPremiumEur));
    CliOutput::print("Objectifs du plan ({}) :{}\n", plan.objectives.size(),
                     plan.objectives.empty() ? " aucun" : "");
    for (const auto& o : plan.objectives)
        CliOutput::print(
            "  {} : {}, {} de primes{}\n",
            o.week ? fmt::format("semaine {}", o.week) : fmt::format("mois {}", o.month),
            frenchCount(static_cast<double>(o.newContracts), "contrat", "contrats"),
            euros(o.premiumsEur),
            o.dailyCalls
                ? ", " + frenchCount(static_cast<double>(o.dailyCalls), "appel", "appels") +
                      " par jour"
                : "");
    CliOutput::print("Cibles ({}) :{}\n", plan.targets.size(),
                     plan.targets.empty() ? " aucune" : "");
    for (const auto& t : plan.targets)
        CliOutput::print("  « {} », priorité {}\n", oneLine(t.segmentId), t.priority);
    CliOutput::print("Actions ({}) :{}\n", plan.actions.size(),
                     plan.actions.empty() ? " aucune" : "");
    for (const auto& a : plan.actions) {
        const auto c = costs.cost(a);
        CliOutput::print(
            "  {} : {}, {}, {}, {} par semaine (modèle {}), budget {} (modèle {}), "
            "{} par semaine, rendement attendu {} %{}\n",
            oneLine(a.id), actionKindLabel(a.kind), targetOf(a),
            a.firstWeek == a.lastWeek ? fmt::format("semaine {}", a.firstWeek)
                                      : fmt::format("semaines {} à {}", a.firstWeek, a.lastWeek),
            hours(a.hoursPerWeek), hours(c.hoursPerWeek), euros(a.budgetEur), euros(c.totalEur),
            frenchCount(static_cast<double>(a.contactsPerWeek), "contact", "contacts"),
            frenchShort(a.expectedYield * 100, 1),
            a.description.empty() ? "" : " — « " + oneLine(a.description) + " »");
    }
    CliOutput::print("Calendrier{} :\n", review.calendar.alsaceMoselle()
                                             ? " (jours fériés d'Alsace-Moselle compris)"
                                             : "");
    for (const auto& w : review.calendar.weeks()) {
        // A played week shows the plan it ran with (WeekRun::plan), not the plan now.
        const auto& asRun = review.planOf(w.number, plan);
        const double planned = asRun.modelledHours(w.number, costs);
        std::string holidays;
        for (const auto& h : w.holidays)
            holidays += fmt::format("{}{} {}", holidays.empty() ? " ; férié : " : ", ",
                                    h.date.french(), h.name);
        CliOutput::print(
            "  Semaine {:>2} du {} au {}{} : {} ouvrés, {} au modèle sur {} ({} %) : {}{}\n",
            w.number, w.first.french(), w.last.french(),
            review.isPlayed(w.number) ? " (jouée)" : "",
            frenchCount(static_cast<double>(w.workingDays.size()), "jour", "jours"), hours(planned),
            hours(w.capacityHours),
            w.capacityHours > 0 ? frenchNumber(100 * planned / w.capacityHours, 0) : "—",
            actionsOf(asRun, costs, w.number), holidays);
    }
    CliOutput::print("Contrôles du plan ({}) :{}\n", review.warnings.size(),
                     review.warnings.empty() ? " aucun avertissement" : "");
    for (const auto& w : review.warnings) CliOutput::print("  ⚠ {}\n", w.message);
}

// Writes one plan command to the attempt and says what it changed and what the checks say now.
void execute(CliContext& context, const std::string& file, const std::string& kind,
             const nlohmann::json& payload) {
    AttemptSession session(file, context.reference());
    const AttemptState before = session.state();
    session.execute(kind, payload);
    const auto& attempt = session.attempt();
    const auto& entry = attempt.journal().back();
    CliOutput::print(
        "Entrée {} enregistrée : {} — {}\n", entry.sequence, JournalText::kindName(entry.kind),
        JournalText::describe(entry, attempt.scenario(), *ProspectDirectory::over(attempt.market()),
                              &attempt.journal()));
    for (const auto& line : session.timeline().changes(before, session.state()))
        CliOutput::print("  {}\n", line);
    ProspectView view(attempt.market(), context.reference(), session.state().knowledge());
    view.setMarks(session.state().marks());
    const auto review =
        PlanReview::of(context.reference(), attempt.scenario(), view, session.state());
    CliOutput::print("Contrôles du plan : {}\n",
                     frenchCount(static_cast<double>(review.warnings.size()), "avertissement",
                                 "avertissements"));
    for (const auto& w : review.warnings) CliOutput::print("  ⚠ {}\n", w.message);
}

}  // namespace

void addPlanCommands(CLI::App& app, CliContext& context) {
    auto* plan = app.add_subcommand(
        "plan", "Montre le plan d'actions d'une épreuve ou le modifie (une commande du journal)");
    plan->require_subcommand(1);
    static std::string file;
    plan->add_option("FILE", file, "Fichier d'épreuve (.cmc)")->required();

    auto* show = plan->add_subcommand(
        "show", "Le plan par semaine : calendrier, jours fériés, capacité, contrôles");
    static bool json = false;
    show->add_flag("--json", json, "Sortie JSON");
    show->callback([&context] {
        const auto attempt = AttemptFile::open(file, context.reference());
        const auto state = AttemptState::replay(attempt.scenario(), attempt.market(),
                                                attempt.journal(), context.reference().planRules);
        ProspectView view(attempt.market(), context.reference(), state.knowledge());
        view.setMarks(state.marks());
        const auto review = PlanReview::of(context.reference(), attempt.scenario(), view, state);
        const auto& costs = context.reference().actionCosts;
        if (json)
            showJson(file, attempt.scenario(), state, review, costs);
        else
            showText(file, attempt.scenario(), state, review, costs);
    });

    auto* add = plan->add_subcommand(
        "add-action", "Ajoute une action au plan, ou remplace celle du même identifiant");
    static std::string id, type, segment, prescriber, description;
    static std::vector<std::string> sirets;
    static std::int64_t first = 1, last = 0, contacts = 0;
    static double hoursPerWeek = 0, budget = 0, yield = 0;
    add->add_option("ID", id, "Identifiant de l'action, unique dans le plan")->required();
    add->add_option("--type", type,
                    "sequence_appels, publipostage, emailing, rendez_vous, salon, "
                    "evenement_prescripteur ou revue_portefeuille")
        ->required();
    add->add_option("--segment", segment, "Segment visé (identifiant)");
    add->add_option("--siret", sirets, "SIRET visé (répétable)");
    add->add_option("--prescripteur", prescriber, "expert_comptable ou courtier");
    add->add_option("--debut", first, "Première semaine (1 et plus)")
        ->required()
        ->check(CliOptions::integer(1, 520));
    add->add_option("--fin", last, "Dernière semaine (par défaut la première)")
        ->check(CliOptions::integer(1, 520));
    auto* hoursOption =
        add->add_option("--heures", hoursPerWeek,
                        "Heures par semaine que vous prévoyez (par défaut celles du modèle)")
            ->check(CliOptions::number(0, 168));
    auto* budgetOption =
        add->add_option("--budget", budget,
                        "Budget total de l'action, en euros (par défaut celui du modèle)")
            ->check(CliOptions::number(0, 1e9));
    auto* contactsOption =
        add->add_option("--contacts", contacts,
                        "Contacts par semaine : appels, lettres, e-mails, rendez-vous, visiteurs, "
                        "prescripteurs invités ou revues (obligatoire)")
            ->check(CliOptions::integer(0, 100'000));
    add->add_option("--rendement", yield, "Rendez-vous attendus par contact, 0 à 1")
        ->check(CliOptions::number(0, 1));
    add->add_option("--description", description, "Message, préparation")
        ->check(CliOptions::text(8000));
    add->callback([&context, hoursOption, budgetOption, contactsOption] {
        const auto kind = actionKindFromCode(type);
        if (kind && contactsOption->count() == 0)
            throw InputError("--contacts",
                             fmt::format("--contacts est obligatoire pour une action « {} » : "
                                         "les {} par semaine (les semaines en font au plus "
                                         "autant, au coût du modèle)",
                                         actionKindLabel(*kind), actionContactNoun(*kind)));
        // Declared hours and budget omitted: the model's estimate (datasets/couts_actions.csv).
        PlannedAction modelled;
        modelled.kind = kind.value_or(ActionKind::CallSequence);
        modelled.firstWeek = static_cast<int>(first);
        modelled.lastWeek = static_cast<int>(last ? last : first);
        modelled.contactsPerWeek = contacts;
        const auto cost = context.reference().actionCosts.cost(modelled);
        const auto round2 = [](double v) { return std::round(v * 100) / 100; };
        execute(context, file, command::kPlanAction,
                {{"id", id},
                 {"type", type},
                 {"segment", segment},
                 {"sirets", sirets},
                 {"prescripteur", prescriber},
                 {"semaine_debut", first},
                 {"semaine_fin", last ? last : first},
                 {"heures_semaine",
                  hoursOption->count() ? hoursPerWeek : std::min(168.0, round2(cost.hoursPerWeek))},
                 {"budget_eur", budgetOption->count() ? budget : round2(cost.totalEur)},
                 {"contacts_semaine", contacts},
                 {"rendement_attendu", yield},
                 {"description", description}});
    });

    auto* remove = plan->add_subcommand("remove-action", "Retire une action du plan");
    static std::string removed;
    remove->add_option("ID", removed, "Identifiant de l'action")->required();
    remove->callback([&context] {
        execute(context, file, command::kPlanActionRemove, {{"id", removed}});
    });

    auto* objective = plan->add_subcommand(
        "objective", "Fixe l'objectif d'une semaine ou d'un mois (ou le retire)");
    static std::int64_t week = 0, month = 0, contracts = 0, calls = 0;
    static double premiums = 0;
    static bool drop = false;
    auto* weekOption = objective->add_option("--semaine", week, "Semaine (1 et plus)")
                           ->check(CliOptions::integer(1, 520));
    auto* monthOption =
        objective->add_option("--mois", month, "Mois (1 à 12)")->check(CliOptions::integer(1, 12));
    weekOption->excludes(monthOption);
    objective->add_option("--contrats", contracts, "Nouveaux contrats")
        ->check(CliOptions::integer(0, 1'000'000));
    objective->add_option("--primes", premiums, "Primes annuelles signées, en euros")
        ->check(CliOptions::number(0, 1e9));
    objective->add_option("--appels-jour", calls, "Appels par jour (objectif quotidien)")
        ->check(CliOptions::integer(0, 1000));
    objective->add_flag("--supprimer", drop, "Retire l'objectif de cette semaine ou de ce mois");
    objective->callback([&context] {
        if (week == 0 && month == 0)
            throw InputError("--semaine", "--semaine ou --mois est obligatoire");
        if (drop) {
            execute(context, file, command::kPlanObjectiveRemove,
                    {{"semaine", week}, {"mois", month}});
            return;
        }
        execute(context, file, command::kPlanObjective,
                {{"semaine", week},
                 {"mois", month},
                 {"nouveaux_contrats", contracts},
                 {"primes_eur", premiums},
                 {"appels_jour", calls}});
    });

    auto* target =
        plan->add_subcommand("target", "Fait d'un segment une cible du plan (ou la retire)");
    static std::string targetSegment;
    static std::int64_t priority = 1;
    static bool untarget = false;
    target->add_option("SEGMENT", targetSegment, "Identifiant du segment")->required();
    target->add_option("--priorite", priority, "Priorité (1 la plus haute)")
        ->check(CliOptions::integer(1, 99));
    target->add_flag("--supprimer", untarget, "Retire la cible");
    target->callback([&context] {
        if (untarget)
            execute(context, file, command::kPlanTargetRemove, {{"segment", targetSegment}});
        else
            execute(context, file, command::kPlanTarget,
                    {{"segment", targetSegment}, {"priorite", priority}});
    });

    auto* capacity = plan->add_subcommand("capacity", "Fixe la capacité commerciale par semaine");
    static double capacityHours = 0;
    capacity
        ->add_option("HEURES", capacityHours,
                     "Heures par semaine, au plus la durée maximale hebdomadaire du travail "
                     "(règle capacite_max_legale de datasets/regles_plan.csv, L3121-20)")
        ->required()
        ->check(CliOptions::number(0, std::numeric_limits<double>::max()));
    capacity->callback([&context] {
        execute(context, file, command::kPlanCapacity, {{"heures_semaine", capacityHours}});
    });
}

}  // namespace cmcsim::cli
