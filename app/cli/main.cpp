// cmcsim: the command-line program over the simulation engine (see README.md, "CLI").
#include <fmt/format.h>

#include <CLI/CLI.hpp>

#include "CliContext.h"
#include "cmcsim/core/InputError.h"

int main(int argc, char** argv) {
    CLI::App app{"cmcsim — simulateur d'entraînement du Conseiller·e mutualiste collectif"};
    app.set_version_flag("--version", "cmcsim " CMCSIM_VERSION);
    app.require_subcommand(1);
    cmcsim::cli::CliContext context;
    cmcsim::cli::addScenarioCommands(app, context);
    cmcsim::cli::addGenerateCommand(app, context);
    cmcsim::cli::addMarketCommands(app, context);
    cmcsim::cli::addPayrollCommand(app, context);
    cmcsim::cli::addOfferCommands(app, context);
    cmcsim::cli::addAttemptCommands(app, context);
    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return 2;
    } catch (const cmcsim::cli::CommandFailed& e) {
        return e.exitCode;
    } catch (const cmcsim::InputError& e) {
        for (const auto& p : e.problems())
            fmt::print(stderr, "erreur : {} : {}\n", p.where, p.what);
        return 1;
    } catch (const std::exception& e) {
        fmt::print(stderr, "erreur : {}\n", e.what());
        return 1;
    }
    return 0;
}
