// `cmcsim week`: runs simulated weeks of an attempt and prints their results in French
// (README.md "CLI", docs/simulation.md "Les semaines simulées").
#include <fmt/format.h>

#include "CliContext.h"
#include "CliOptions.h"
#include "CliOutput.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/sim/Campaign.h"
#include "cmcsim/sim/WeekReport.h"
#include "cmcsim/store/AttemptSession.h"
#include "cmcsim/tender/TenderBook.h"

namespace cmcsim::cli {

void addWeekCommand(CLI::App& app, CliContext& context) {
    auto* week = app.add_subcommand(
        "week",
        "Joue la semaine simulée suivante (ou jusqu'à la semaine --to) et en affiche les "
        "résultats");
    static std::string file;
    static int to = 0;
    week->add_option("FILE", file, "Fichier d'épreuve (.cmc)")->required();
    week->add_option("--to", to, "Joue les semaines jusqu'à celle-ci incluse (1 à la durée)")
        ->check(CliOptions::integer(1, 520));
    week->callback([&context] {
        AttemptSession session(file, context.reference());
        const auto& attempt = session.attempt();
        const int next = static_cast<int>(session.state().weekRuns().size()) + 1;
        const int last = to == 0 ? next : to;
        if (last < next)
            throw InputError(
                "--to", fmt::format("la semaine {} est déjà jouée (prochaine : {})", last, next));
        // Refused before anything is written (a tester saw 26 weeks played, then exit 1).
        const int weeks = attempt.scenario().durationWeeks;
        if (to != 0 && last > weeks)
            throw InputError("--to",
                             fmt::format("l'épreuve compte {} : la semaine {} "
                                         "n'existe pas (prochaine à jouer : {})",
                                         frenchCount(weeks, "semaine", "semaines"), last, next));
        for (int w = next; w <= last; ++w) session.execute(command::kRunWeek, {{"semaine", w}});
        const auto campaign = Campaign::replay(attempt.scenario(), context.reference(),
                                               attempt.market(), attempt.seed(), session.state());
        const auto tenders =
            TenderBook::of(attempt.scenario(), context.reference(), attempt.market());
        for (const auto& result : campaign.weeks()) {
            if (result.week < next) continue;
            for (const auto& line : WeekReport::lines(result, campaign))
                CliOutput::print("{}\n", line);
            // The calls for tender published in the week to come (the next one to play), and
            // after the first week those of the first, published with the attempt.
            for (const int published : {result.week == 1 ? 1 : 0, result.week + 1})
                for (const auto& line :
                     tenders.announcements(attempt.scenario(), attempt.market(), published))
                    CliOutput::print("  {}\n", line);
        }
        CliOutput::print("Date simulée : {}\n", session.state().simulatedDate().french());
    });
}

}  // namespace cmcsim::cli
