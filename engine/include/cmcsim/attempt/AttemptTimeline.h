#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/attempt/Journal.h"
#include "cmcsim/attempt/ProspectDirectory.h"

namespace cmcsim {

struct Market;
struct Scenario;

// An attempt's journal folded entry by entry, with checkpoints: the state after any entry k,
// rebuilt exactly, and the live state kept up to date one command at a time.
//
// The state after entry k is what the candidate saw once entry k was written: the fold of the
// journal's first k entries (AttemptState::replay of them), where an entry undone by a later
// "annulation" (later than k) still counts. Entry k is the journal's k-th entry (its sequence
// number k); entry 0 is the state before any entry.
//
// Cost: applying a regular command is the cost of that command (the live state is changed in
// place); an "annulation" or "retablissement" of entry t re-folds from the checkpoint before t
// (or before the earliest entry an undo between that checkpoint and now targets): a copy of
// that checkpoint and the entries after it, so undoing a recent entry costs about one state
// copy and undoing the first command re-folds the journal. stateAt(k) copies the nearest usable
// checkpoint and applies at most `checkpointEvery` entries (more when undos reach back
// further). A checkpoint is a copy of the state every `checkpointEvery` entries
// (kCheckpointEvery by default, chosen by measurement: docs/performance.md, "Replay"); building
// a timeline folds each checkpoint from the one before it.
//
// Every refusal is the InputError AttemptState::replay gives for the same journal (the entry
// named, the message unchanged). `scenario`, the prospect directory and `journal` must outlive
// the timeline; the journal only grows, by the entries given to append().
class AttemptTimeline {
public:
    static constexpr std::size_t kCheckpointEvery = 128;

    // Folds `journal`: an invalid journal is the InputError of AttemptState::replay (or, for a
    // journal valid as a whole but whose fold went through an impossible state, the first
    // entry that could not be applied when it was written).
    // `rules`: the plan's rules the states check the plan commands with (AttemptState).
    AttemptTimeline(const Scenario& scenario, std::shared_ptr<const ProspectDirectory> prospects,
                    const std::vector<JournalEntry>& journal, const PlanRules& rules,
                    std::size_t checkpointEvery = kCheckpointEvery);
    AttemptTimeline(const Scenario& scenario, const Market& market,
                    const std::vector<JournalEntry>& journal, const PlanRules& rules,
                    std::size_t checkpointEvery = kCheckpointEvery);

    // Entries folded (the journal's size, once append()'s caller has added the entry).
    std::int64_t entries() const { return static_cast<std::int64_t>(folded_); }
    // The state after the last entry (what AttemptState::replay of the whole journal gives).
    const AttemptState& current() const { return current_; }
    // The state after entry k (0 ≤ k ≤ entries()); throws std::out_of_range otherwise.
    AttemptState stateAt(std::int64_t k) const;
    // What entry k (1 ≤ k ≤ entries()) changed, in French, one line per change ("Budget
    // restant : 1 000,00 € → 400,00 €", "Étude achetée : « Veille concurrentielle »", "Ligne 3
    // « … » : signalement « doublon » ajouté", "Entrée 5 annulée", …); "Aucun changement de
    // l'état" when it changed nothing. Throws std::out_of_range for another k.
    std::vector<std::string> changesAt(std::int64_t k) const;
    // The French lines describing what differs from `before` to `after`, as changesAt.
    std::vector<std::string> changes(const AttemptState& before, const AttemptState& after) const;

    // Validates `next`, the entry about to follow the journal's last, and applies it: an
    // InputError (AttemptState::replay's for the journal followed by `next`) leaves everything
    // unchanged. The caller then adds `next` to the journal, or calls retract().
    void append(const JournalEntry& next);
    // Forgets the entry of the last append() (its caller could not store it); once only.
    void retract();

private:
    // An "annulation" or "retablissement": its position, the position and sequence of its
    // target.
    struct Meta {
        std::size_t at;
        std::size_t target;
        std::int64_t targetSequence;
        bool undo;
    };
    // What retract() needs to restore.
    struct LastAppend {
        bool valid = false;
        bool earlierRules = false;
        bool regular = false;
        std::int64_t sequence = 0;
    };
    const JournalEntry& entryAt(std::size_t position, const JournalEntry* pending) const;
    // The French lines of changes() for the action plan ("Plan : action « a1 » ajoutée …").
    static void planChanges(const ActionPlan& before, const ActionPlan& after,
                            std::vector<std::string>& lines);
    // Replay's first pass for `next`, the entry after the last folded: refused once `gate` is
    // handed in, an undo or redo checked by `gate` against `undone` (which it updates) and kept
    // in metas_, a regular entry in regular_.
    void admit(const JournalEntry& next, const AttemptState& gate, std::set<std::int64_t>& undone);
    // Undoes what admit() recorded for an entry that is not kept.
    void forget(const LastAppend& last);
    // The state after the first k entries, the k-th being `pending` when k = journal size + 1.
    AttemptState fold(std::size_t k, const JournalEntry* pending) const;
    // The largest checkpoint c ≤ k whose state is also the fold of the first c entries with
    // the undos of the first k (no undo or redo after c and up to k targets an entry ≤ c).
    std::size_t baseFor(std::size_t k) const;
    void checkpoint();

    const Scenario* scenario_;
    std::shared_ptr<const ProspectDirectory> prospects_;
    const std::vector<JournalEntry>* journal_;
    std::size_t every_;
    std::size_t folded_ = 0;
    AttemptState current_;
    std::vector<AttemptState> checkpoints_;        // [i]: the state after entry i × every_
    std::vector<Meta> metas_;                      // by position
    std::map<std::int64_t, std::size_t> regular_;  // sequence → position of regular entries
    bool earlierRules_ = false;                    // see AttemptState::replay
    LastAppend last_;
};

}  // namespace cmcsim
