// cmcsim: the command-line program over the simulation engine (see README.md, "CLI").
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <string_view>
#include <system_error>

#include "CliContext.h"
#include "CliOutput.h"
#include "FrenchHelp.h"
#include "ParseErrorText.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/TextFile.h"
#include "cmcsim/core/Utf8.h"

namespace {
// Parses the command line and runs its command; the exit code.
int run(CLI::App& app, int argc, char** argv) {
    using cmcsim::cli::CliOutput;
    try {
        app.parse(argc, argv);
        CliOutput::finish();
    } catch (const CLI::Success& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return 2;
    } catch (const cmcsim::cli::CommandFailed& e) {
        return e.exitCode;
    } catch (const cmcsim::InputError& e) {
        CliOutput::errors(e);
        return 1;
    } catch (const std::filesystem::filesystem_error& e) {
        CliOutput::errors(
            cmcsim::InputError(e.path1().string(), cmcsim::TextFile::reason(e.code().value())));
        return 1;
    } catch (const std::exception& e) {
        // fmt reports a failed write on standard output with a std::system_error.
        const auto* system = dynamic_cast<const std::system_error*>(&e);
        if (system && std::ferror(stdout) != 0) {
            CliOutput::errors(cmcsim::InputError(
                "sortie standard",
                "écriture impossible : " + cmcsim::TextFile::reason(system->code().value())));
            return 1;
        }
        CliOutput::text(std::string("erreur : ") + e.what() + "\n", stderr);
        return 1;
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"cmcsim — simulateur d'entraînement du Conseiller·e mutualiste collectif"};
    app.set_version_flag("--version", "cmcsim " CMCSIM_VERSION, "Affiche la version et quitte");
    cmcsim::cli::FrenchHelp::prepare(app);
    app.require_subcommand(1);
    // Usage errors in French, like every other message (subcommands inherit it when added).
    app.failure_message([](const CLI::App*, const CLI::Error& e) {
        // A typed value echoed in the message cannot send escape sequences to the terminal.
        return cmcsim::utf8::terminalSafe("erreur : " + cmcsim::cli::frenchParseError(e.what())) +
               "\nLancez la commande avec --help pour le détail des options.\n";
    });
    // Left to the system at exit: tearing the reference data down costs more than the exit.
    static auto& context = *new cmcsim::cli::CliContext;
    // `diagnose` and `quote` need the reference data first of all: its loading starts before the
    // commands are declared and the command line read (about 1 ms), and is waited for whatever the
    // way out (its threads must not outlive main; an error of its own is the command's to report,
    // or nobody's).
    const bool early = argc > 1 && (std::string_view(argv[1]) == "diagnose" ||
                                    std::string_view(argv[1]) == "quote");
    if (early) context.loadReference();
    cmcsim::cli::addScenarioCommands(app, context);
    cmcsim::cli::addGenerateCommand(app, context);
    cmcsim::cli::addMarketCommands(app, context);
    cmcsim::cli::addPayrollCommand(app, context);
    cmcsim::cli::addOfferCommands(app, context);
    cmcsim::cli::addProposalCommand(app, context);
    cmcsim::cli::addAttemptCommands(app, context);
    cmcsim::cli::addJournalCommands(app, context);
    cmcsim::cli::addAssessCommand(app, context);
    cmcsim::cli::addCompareCommand(app, context);
    cmcsim::cli::addGridCommands(app, context);
    cmcsim::cli::addPlanCommands(app, context);
    cmcsim::cli::addPortfolioCommand(app, context);
    cmcsim::cli::addWeekCommand(app, context);
    cmcsim::cli::addDashboardCommand(app, context);
    cmcsim::cli::addNoteCommand(app, context);
    cmcsim::cli::addNeedsCommand(app, context);
    cmcsim::cli::addMeetingCommands(app, context);
    cmcsim::cli::addTenderCommands(app, context);
    cmcsim::cli::addDossierCommand(app, context);
    cmcsim::cli::FrenchHelp::apply(app);
    const int code = run(app, argc, argv);
    if (early) {
        try {
            context.reference();
        } catch (...) {  // reported by the command if it needed the data
        }
    }
    return code;
}
