#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cmcsim/attempt/Journal.h"
#include "cmcsim/attempt/SavedOffers.h"
#include "cmcsim/core/Date.h"
#include "cmcsim/reference/MeetingEntry.h"

namespace cmcsim {

class ProspectDirectory;
struct Scenario;
struct MeetingBank;

// One command of a meeting after its opening, as the journal recorded it.
struct MeetingAct {
    enum class Kind : std::uint8_t { Choice, Needs, Offer, Counter };
    Kind kind = Kind::Choice;
    std::int64_t entry = 0;
    std::string choice;       // Choice: the bank entry's id
    std::string needs;        // Needs: the written needs and requirements, signed by the company
    int version = 0;          // Offer: the company's saved offer version presented
    double discountPct = 0;   // Counter: the discount proposed, % of the premium
    std::string counterpart;  // Counter: "" or prevoyance | services | engagement
    MeetingPhase phase = MeetingPhase::Preparation;  // the meeting's phase after the act
};

// A meeting the candidate opened with a company ("rdv.ouverture") and what was done in it. Its
// dialogue (the company's answers, trust, outcome) is not stored: MeetingDialogue recomputes it.
struct MeetingRecord {
    int id = 0;  // from 1, in the attempt's order
    std::string siret;
    std::string subject;  // "objet", may be empty
    // "duree_minutes" of the opening: the planned duration (the appointment's), minutes; 0 when
    // not given (parametres_rdv.csv `duree_rdv` then).
    int plannedMinutes = 0;
    std::int64_t entry = 0;
    Date date;        // the simulated date at opening
    int week = 1;     // the simulated week it takes place in (weeks run + 1)
    int ordinal = 1;  // the n-th meeting with this company (same SIREN), the key of its answers
    std::vector<MeetingAct> acts;
    MeetingPhase phase = MeetingPhase::Preparation;
    std::int64_t closedBy = 0;  // the "rdv.cloture" entry, 0 while open
    // Closed "sans suite" by the run of its week while still open (closedBy is then that
    // "semaine.execution" entry).
    bool lapsed = false;

    bool closed() const { return closedBy != 0; }
    std::string siren() const { return siret.substr(0, 9); }
};

// The fold of the meeting commands of a journal (command::kMeetingOpen … in AttemptState.h), with
// their validation: the SIRET listed, the phases in order (a choice of a later phase moves the
// meeting on; one of an earlier phase is refused with why), an offer version saved for that
// company, nothing after closure. None can be undone: what was said was said
// (AttemptState::undoRefusal).
class MeetingLog {
public:
    // What validating a command reads of the rest of the attempt.
    struct Context {
        const ProspectDirectory& prospects;
        const SavedOffers& offers;  // the offer versions saved so far
        Date date;                  // the simulated date now
        int weeksRun = 0;           // simulated weeks run so far
        // The scenario (its last week) and the plan's weekly capacity, hours: a meeting opens
        // only in a week of the campaign whose capacity its meetings have not taken yet
        // (PlanCalendar::weekOf). No scenario: no limit.
        const Scenario* scenario = nullptr;
        double weeklyCapacityHours = 0;
    };

    static constexpr std::size_t kMaxSubjectLength = 200;  // characters of "objet"
    // The planned duration a journal's "rdv.ouverture" may hold ("duree_minutes"), minutes: the
    // rule journals were written under; a new command is held to MeetingDuration (checkWrite).
    static constexpr int kJournalMinMinutes = 15, kJournalMaxMinutes = 480;

    static bool handles(const std::string& kind);
    // Validates and applies a meeting command; an InputError names the entry and leaves the log
    // as it was. The bank is MeetingBank::installed() unless given.
    void apply(const JournalEntry& entry, const nlohmann::json& payload, const Context& context,
               const MeetingBank* bank = nullptr);
    // Refuses (InputError at `where`) a "rdv.ouverture" about to be written whose planned duration
    // breaks a rule added after journals were written without it: MeetingDuration's range, and
    // that it fits in what its week has left. AttemptSession::execute checks it when the command
    // is written and a journal's replay does not (as TenderFile::checkWrite): an attempt written
    // before still opens.
    void checkWrite(const nlohmann::json& payload, const Context& context, const MeetingBank& bank,
                    const std::string& where) const;
    // Week `week` was run by the journal entry `entry`: the meetings of that week (or before)
    // still open are closed "sans suite" (MeetingRecord::lapsed).
    void weekPlayed(int week, std::int64_t entry);
    // The nominal minutes of a meeting's acts (the bank's, minutes_besoins, minutes_offre,
    // minutes_contreproposition; the manager's agreement not counted), before the dialogue's
    // keyed spread: what opening a meeting checks against the week's capacity.
    static double nominalMinutes(const MeetingRecord& meeting, const MeetingBank& bank);
    const std::vector<MeetingRecord>& meetings() const { return meetings_; }
    // The meeting `id`, or null.
    const MeetingRecord* meeting(int id) const;
    // The SIRETs where a meeting's question revealed `reveal` (a MeetingBank reveal code), sorted:
    // "etat_personnel" is the same knowledge as a census request (Knowledge::censusSirets),
    // "garanties_actuelles" the company's current health contract (Knowledge::toldCover). Only
    // the acts of journal entries up to `upTo` count.
    std::vector<std::uint64_t> revealedSirets(const MeetingBank& bank, const std::string& reveal,
                                              std::int64_t upTo = INT64_MAX) const;
    // The meetings as JSON (AttemptState::toJson's "rendez_vous").
    nlohmann::json toJson() const;

private:
    std::vector<MeetingRecord> meetings_;
};

}  // namespace cmcsim
