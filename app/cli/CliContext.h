#pragma once

#include <CLI/CLI.hpp>
#include <future>
#include <memory>
#include <optional>

#include "cmcsim/attempt/Attempt.h"
#include "cmcsim/core/Date.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/needs/CompanyNeeds.h"
#include "cmcsim/prospects/Knowledge.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/ScenarioLibrary.h"
#include "cmcsim/store/CompanyExtract.h"

namespace cmcsim {
class AttemptReader;
}

namespace cmcsim::cli {

// Thrown by a command that already told the user what went wrong, with the exit code to use.
struct CommandFailed {
    int exitCode = 1;
};

// What every command needs, loaded on first use: the reference data and bundled scenarios.
class CliContext {
public:
    // Waits for a loading started by loadReference(); its error is thrown here.
    const ReferenceData& reference();
    const ScenarioLibrary& library();
    // The scenario a user names: "default", a bundled id, a file, or one of a pack's scenarios
    // ("PACK#ID", ScenarioPack::chosen; a pack named alone is an InputError listing them), read
    // with its file's path (the pack's for a pack's scenario).
    std::pair<Scenario, std::filesystem::path> scenario(const std::string& name);
    // Starts loading the reference data on another thread, for a command that has other work
    // before it needs it (reading an attempt's header: AttemptReader's second constructor).
    void loadReference();

private:
    std::future<void> loading_;
    std::unique_ptr<ReferenceData> reference_;
    std::unique_ptr<ScenarioLibrary> library_;
};

// The company of a SIRET or SIREN read alone from an attempt opened lazily (CompanyExtract), with
// what the candidate knows of it (the journal replayed), or everything with --truth.
struct CompanyView {
    CompanyExtract extract;
    Knowledge knowledge;
    ExtractCheck check;  // the extract's check against the seal, when deferred
    // The attempt's simulated date after its journal, when it was replayed (not with --truth).
    std::optional<Date> simulatedDate;
};
// With `deferCheck`, the extract's rows are checked against the seal beside the caller's work
// (ExtractCheck): the caller shows nothing before view.check.finish() returned, and wraps its
// work in view.check.around() so that the check's error comes first, as without it.
CompanyView companyView(AttemptReader& reader, const std::string& siretOrSiren, bool truth,
                        bool deferCheck = false);

// The hidden needs of the company of a SIRET or SIREN in `market`, a CompanyView's extract of
// `attempt` (NeedsCommands.cpp; `needs --truth` and `diagnose --truth`). An identifier naming no
// company of the market is refused with the diagnosis' message.
CompanyNeeds hiddenNeeds(AttemptReader& attempt, const Market& market,
                         const ReferenceData& reference, const std::string& siretOrSiren);

void addScenarioCommands(CLI::App& app, CliContext& context);
void addGenerateCommand(CLI::App& app, CliContext& context);
void addMarketCommands(CLI::App& app, CliContext& context);
void addPayrollCommand(CLI::App& app, CliContext& context);
void addOfferCommands(CLI::App& app, CliContext& context);
void addProposalCommand(CLI::App& app, CliContext& context);  // needs Qt GUI (offscreen)
void addAttemptCommands(CLI::App& app, CliContext& context);  // seal, verify, issue
void addJournalCommands(CLI::App& app, CliContext& context);  // act, journal, replay
void addAssessCommand(CLI::App& app, CliContext& context);
void addCompareCommand(CLI::App& app, CliContext& context);  // compare (group of attempts)
void addGridCommands(CLI::App& app, CliContext& context);    // evaluation, grid (Qt GUI)
void addPlanCommands(CLI::App& app, CliContext& context);    // plan show|add-action|…
void addPortfolioCommand(CLI::App& app, CliContext& context);
void addWeekCommand(CLI::App& app, CliContext& context);       // week (simulated weeks)
void addDashboardCommand(CLI::App& app, CliContext& context);  // dashboard (piloting)
void addNoteCommand(CLI::App& app, CliContext& context);       // note (synthesis note)
void addNeedsCommand(CLI::App& app, CliContext& context);      // needs (hidden needs, --truth)
void addMeetingCommands(CLI::App& app, CliContext& context);   // meeting (client meetings)
void addTenderCommands(CLI::App& app, CliContext& context);    // tender (calls for tender)
void addDossierCommand(CLI::App& app, CliContext& context);    // dossier (the jury's PDF)

}  // namespace cmcsim::cli
