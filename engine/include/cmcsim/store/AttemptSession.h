#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "cmcsim/attempt/Attempt.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/attempt/AttemptTimeline.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/store/LoadProgress.h"
#include "cmcsim/store/MarketParts.h"

namespace cmcsim {

class Database;
struct ReferenceData;
class TamperCheck;

// An attempt open for work: the one way to change it is a command, validated against the
// current state, written to the file in its own transaction, then applied; listeners hear of
// each applied command once. Nothing is lost if the program is killed after a command returns.
// A command costs its own work, not a replay of the journal (AttemptTimeline).
class AttemptSession {
public:
    using Listener = std::function<void(const JournalEntry&)>;
    // How the file is opened: for work, or read-only (the evaluator's mode: the file is never
    // opened for writing, nothing is migrated, and every command is an InputError).
    enum class Access { Work, ReadOnly };

    // Opens `file` for work (AttemptFile::open, then the replay of its journal); `progress`, when
    // given, hears of each step and may throw to abandon the open, leaving the file untouched.
    // With `TamperCheck::InBackground`, the session is ready as soon as the market is read and
    // the journal replayed, while the digests of the tamper check are still being computed:
    // every command then waits for the check (finishCheck) and is refused if it failed; a file
    // that needs a migration is checked before it, in the constructor.
    enum class Check { BeforeReady, InBackground };
    // `parts` leaves contacts or census cells in the file (AttemptFile::open, readMarket): the
    // session's market then lacks them (parts() says so): MarketDetails reads the contacts, and
    // Market::census reads the census cells from the file (the session installs a FileCensus).
    AttemptSession(const std::filesystem::path& file, const ReferenceData& reference,
                   const LoadProgress& progress = {}, Access access = Access::Work,
                   Check check = Check::BeforeReady, MarketParts parts = {});
    ~AttemptSession();
    AttemptSession(const AttemptSession&) = delete;
    AttemptSession& operator=(const AttemptSession&) = delete;

    const Attempt& attempt() const { return *attempt_; }
    const AttemptState& state() const { return timeline_->current(); }
    // What of the market was read into attempt().market().
    const MarketParts& parts() const { return parts_; }
    // The journal folded with checkpoints: the state after any entry (evaluator's replay).
    const AttemptTimeline& timeline() const { return *timeline_; }
    const std::filesystem::path& file() const { return file_; }
    bool readOnly() const { return db_ == nullptr; }

    // Appends a command; an InputError says why it is refused, and then nothing is written: its
    // place names the command (« clôture du rendez-vous refusée (rien n'est écrit au journal) »,
    // JournalText), not the entry number it would have had.
    const JournalEntry& execute(const std::string& kind, const nlohmann::json& payload);
    // Undoes or redoes an earlier command by appending an "annulation" or "retablissement".
    const JournalEntry& undo(std::int64_t entry);
    const JournalEntry& redo(std::int64_t entry);
    // Hands the attempt in: appends "epreuve.remise", after which every command is refused;
    // returns the receipt code (Journal::receiptCode of the new chain head).
    std::string seal();

    void addListener(Listener listener) { listeners_.push_back(std::move(listener)); }

    // The tamper check still runs or has not been finished (TamperCheck::InBackground only).
    bool checkPending() const;
    // Its digests are computed: finishCheck() will not wait.
    bool checkComputed() const;
    // Waits for the tamper check and compares its digests with the seal, once; throws its
    // InputError ("épreuve altérée : …") on a difference, at this and every later call and
    // command. Nothing to do when the check is done or was made before the session was ready.
    void finishCheck();

private:
    // Refuses (InputError) a study the budget the played weeks' actions left cannot pay: studies
    // and actions share the mutuelle's budget (docs/simulation.md), but the state counts only the
    // studies, the weeks' spending being recomputed by engine/sim.
    void checkStudyAfterWeeks(const nlohmann::json& payload) const;
    // Refuses (InputError, each problem at its JSON path under "offre") an offer version that
    // Offer::fromJson would not read against the catalogue: saved, it would be presented in a
    // meeting or deposited for a tender, and every later replay pricing it would fail.
    void checkOffer(const nlohmann::json& payload) const;
    // Refuses (InputError) a meeting the company does not accept now (MeetingOpening::refusal:
    // its call for tender open, the cooling period after a lost meeting).
    void checkMeetingOpening(const nlohmann::json& payload) const;
    // Refuses (InputError naming `entry`, TenderCompliance::refusalText) a submission to a call
    // for tender that TenderDesk::submissionRefusals refuses: besides the specifications' rules
    // the journal's fold checks, the rules of law and of the branch (CCN) the offer breaks on the
    // company's census. Checked here, when written: journals written before it still replay.
    void checkTenderSubmission(const JournalEntry& entry, const nlohmann::json& payload) const;
    // `refused` with the places the journal's fold gave `entry` ("journal, entrée 27
    // (rdv.cloture)") renamed after the command: the entry was never written.
    static InputError unwritten(const InputError& refused, const JournalEntry& entry);
    // The entry that would follow the journal's last, stamped now.
    JournalEntry next(const std::string& kind, const nlohmann::json& payload) const;
    // Adds an entry already applied to the timeline and written; tells the listeners.
    const JournalEntry& record(JournalEntry entry);

    std::filesystem::path file_;
    const ReferenceData* reference_;
    MarketParts parts_;
    std::unique_ptr<Database> db_;
    std::unique_ptr<Attempt> attempt_;
    std::unique_ptr<AttemptTimeline> timeline_;
    std::vector<Listener> listeners_;
    std::unique_ptr<TamperCheck> check_;  // until it succeeded
};

}  // namespace cmcsim
