#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "cmcsim/attempt/Journal.h"
#include "cmcsim/attempt/ProspectDirectory.h"
#include "cmcsim/attempt/SavedOffers.h"
#include "cmcsim/attempt/Segment.h"
#include "cmcsim/meeting/MeetingLog.h"
#include "cmcsim/note/SynthesisNote.h"
#include "cmcsim/plan/ActionPlan.h"
#include "cmcsim/plan/PlanVersion.h"
#include "cmcsim/prospects/Knowledge.h"
#include "cmcsim/prospects/ProspectFilter.h"
#include "cmcsim/prospects/ProspectView.h"
#include "cmcsim/tender/TenderFile.h"

namespace cmcsim {

struct Market;
struct PlanRules;
struct Scenario;

// The journal's command kinds (entry `kind`), in French as evaluators read them.
namespace command {
inline constexpr const char* kCreated = "epreuve.creee";  // {"scenario", "graine", "candidat",
                                                          //  "empreintes"}
inline constexpr const char* kBound = "epreuve.liaison";  // {"empreintes"}: a format-1 file
inline constexpr const char* kSeal = "epreuve.remise";    // {"entrees"}: the hand-in, last entry
inline constexpr const char* kBuyStudy = "etude.achat";   // {"etude": id}
inline constexpr const char* kVerify = "fiche.verification";           // {"ligne": n}
inline constexpr const char* kCensusRequest = "fiche.etat_personnel";  // {"ligne": n}
inline constexpr const char* kFlag = "fiche.signalement";  // {"ligne", "anomalie", "motif"}
inline constexpr const char* kTag = "fiche.etiquette";     // {"ligne", "etiquette"}
inline constexpr const char* kNote = "fiche.note";         // {"ligne", "texte"}
inline constexpr const char* kSaveFilter = "filtre.enregistrement";    // {"nom", "filtre"}
inline constexpr const char* kDeleteFilter = "filtre.suppression";     // {"nom"}
inline constexpr const char* kSaveSegment = "segment.enregistrement";  // Segment::toJson()
inline constexpr const char* kDeleteSegment = "segment.suppression";   // {"id"}
inline constexpr const char* kSaveOffer = "offre.enregistrement";  // {"siret", "offre": offer JSON}
// The action plan (docs/attempt-format.md, "Le plan d'actions"); each replaces what has the same
// key (week and month, segment, id).
inline constexpr const char* kPlanObjective = "plan.objectif";  // PlanObjective::toJson()
inline constexpr const char* kPlanObjectiveRemove = "plan.objectif_suppression";  // {"semaine",
                                                                                  //  "mois"}
inline constexpr const char* kPlanTarget = "plan.cible";                    // PlanTarget::toJson()
inline constexpr const char* kPlanTargetRemove = "plan.cible_suppression";  // {"segment"}
inline constexpr const char* kPlanAction = "plan.action";  // PlannedAction::toJson()
inline constexpr const char* kPlanActionRemove = "plan.action_suppression";  // {"id"}
inline constexpr const char* kPlanCapacity = "plan.capacite";                // {"heures_semaine"}
inline constexpr const char* kUndo = "annulation";                           // {"entree": seq}
inline constexpr const char* kRedo = "retablissement";                       // {"entree": seq}
// {"semaine": N}: runs simulated week N, the one after the last run (engine/sim recomputes
// its results from the journal; the state records the week and the plan as it was then).
inline constexpr const char* kRunWeek = "semaine.execution";
// {"texte": markup}: a version of the synthesis note (SynthesisNote's markup,
// docs/attempt-format.md "La note de synthèse"); its references must name figures the candidate has
// earned (FigureEarning).
inline constexpr const char* kSaveNote = "note.enregistrement";
// Client meetings (docs/attempt-format.md "Les rendez-vous"), folded by MeetingLog; none can be
// undone.
inline constexpr const char* kMeetingOpen = "rdv.ouverture";  // {"siret", "objet"?}
inline constexpr const char* kMeetingChoice = "rdv.choix";    // {"rdv": n, "choix": bank id}
inline constexpr const char* kMeetingNeeds = "rdv.besoins";   // {"rdv": n, "besoins": text}
inline constexpr const char* kMeetingOffer = "rdv.offre";     // {"rdv": n, "version": v}
inline constexpr const char* kMeetingClose = "rdv.cloture";   // {"rdv": n}
// {"rdv": n, "remise_pct": 0..100, "contrepartie"?: "prevoyance" | "services" | "engagement"}:
// a counter-proposal on the offer presented (MeetingNegotiation)
inline constexpr const char* kMeetingCounter = "rdv.contreproposition";
// Calls for tender (docs/attempt-format.md "Les appels d'offres"), folded by TenderFile:
inline constexpr const char* kTenderRead = "ao.lecture";  // {"ao", "siret", "ligne"}: the
                                                          // specifications read (census revealed)
inline constexpr const char* kTenderQuestion = "ao.question";  // {"ao", "texte"}
// {"ao", "version": offer version of that company, "reponses": {question id: text},
//  "documents": [ids]}: the draft response, replaced by the next one
inline constexpr const char* kTenderResponse = "ao.reponse";
inline constexpr const char* kTenderSubmit = "ao.depot";  // {"ao"}: final
}  // namespace command

// What the candidate flagged about a line of the prospect file.
struct AnomalyFlag {
    std::string kind;  // doublon | fermee | donnee_erronee
    std::string reason;
    std::int64_t entry = 0;
};

// Everything the candidate recorded about one line of the prospect file.
struct RecordNotes {
    std::int64_t verifiedBy = 0;  // journal entry, 0 if not verified
    std::int64_t censusBy = 0;    // journal entry of the census request, 0 if none
    std::vector<AnomalyFlag> flags;
    std::set<std::string> tags;
    std::vector<std::pair<std::int64_t, std::string>> notes;  // entry, text
};

// A version of an offer the candidate saved for a company (the offer JSON of docs/offer-format.md).

// A simulated week the candidate ran ("semaine.execution"), with what the simulation of that
// week reads of the attempt as it was then: the plan, the segments, the budget left and the
// studies that decide what the candidate sees. Its results are not stored: engine/sim
// recomputes them from these.
struct WeekRun {
    int week = 0;            // 1..Scenario::durationWeeks
    std::int64_t entry = 0;  // the journal entry that ran it
    ActionPlan plan;
    std::vector<Segment> segments;
    double budgetEur = 0;           // the mutuelle's budget left before the week (studies paid)
    bool competitorWatch = false;   // competitor study bought: current cover and rate rises seen
    bool portfolioKnown = false;    // portfolio extract bought
    bool prescribersKnown = false;  // prescriber directory bought
};

// A version of the synthesis note the candidate saved ("note.enregistrement").
struct NoteVersion {
    std::int64_t entry = 0;
    int version = 1;  // from 1
    SynthesisNote note;
};

// The state of an attempt after its journal: the fold of every command not undone. Applying an
// entry validates it first (a study already bought, a budget or days overrun, an unknown line
// are refused with an InputError) so the state never becomes impossible.
class AttemptState {
public:
    // `market` (or `prospects`) answers what validating an entry needs of the prospect file;
    // `rules` the plan's rules (ReferenceData::planRules: the legal bound of the weekly
    // capacity); `scenario`, `market` and `rules` must outlive the state.
    AttemptState(const Scenario& scenario, const Market& market, const PlanRules& rules);
    AttemptState(const Scenario& scenario, std::shared_ptr<const ProspectDirectory> prospects,
                 const PlanRules& rules);
    // Replays a whole journal; an invalid entry is an InputError naming it.
    static AttemptState replay(const Scenario& scenario, const Market& market,
                               const std::vector<JournalEntry>& journal, const PlanRules& rules);
    static AttemptState replay(const Scenario& scenario,
                               std::shared_ptr<const ProspectDirectory> prospects,
                               const std::vector<JournalEntry>& journal, const PlanRules& rules);

    // Simulated days a verification of one line costs (a call and a SIRENE check, ⚠ assumption).
    static constexpr double kVerificationDays = 0.05;
    // Simulated days a request for the staff register (état du personnel) costs: the request,
    // a reminder and reading the answer (⚠ assumption).
    static constexpr double kCensusRequestDays = 0.25;

    double budgetLeft() const { return budget_ - budgetSpent_; }
    double daysLeft() const { return days_ - daysSpent_; }
    // Start + analysis days spent, in working days; once weeks are run, at least the Monday
    // after the last week run (start + 7 × its number).
    Date simulatedDate() const;
    // The simulated weeks run, in order (1, 2, …).
    const std::vector<WeekRun>& weekRuns() const { return weekRuns_; }
    const std::set<std::string>& studies() const { return studies_; }
    bool hasStudyKind(const std::string& kind) const;
    const std::map<std::uint32_t, RecordNotes>& records() const { return records_; }
    const RecordNotes* notesFor(std::uint32_t record) const;
    const std::map<std::string, ProspectFilter>& filters() const { return filters_; }
    const std::vector<Segment>& segments() const { return segments_; }
    const std::vector<SavedOffer>& offers() const { return offers_.all(); }
    // The versions saved for each company, to count and find them.
    const SavedOffers& savedOffers() const { return offers_; }
    // The action plan after the journal's plan commands (an empty plan with 35 h a week before).
    const ActionPlan& plan() const { return plan_; }
    // The plan after each plan command not undone, in journal order (the last is plan()).
    const std::vector<PlanVersion>& planVersions() const { return planVersions_; }
    static bool isPlanCommand(const std::string& kind);
    // The synthesis note's versions not undone, in journal order; the last is the note now.
    const std::vector<NoteVersion>& noteVersions() const { return noteVersions_; }
    // The client meetings opened, with what was done in each (MeetingDialogue recomputes the
    // company's answers).
    const MeetingLog& meetings() const { return meetings_; }
    // What a meeting command is checked against now (MeetingLog::apply, checkWrite).
    MeetingLog::Context meetingContext() const;
    // The calls for tender the candidate read, asked about, answered and submitted.
    const TenderFile& tenders() const { return tenders_; }
    // Why the figure `id` cannot be referred to now (unknown family, segment not saved, study not
    // bought, no plan, no week run), in French; nullopt when it is earned (FigureEarning).
    std::optional<std::string> unearnedFigure(const std::string& id) const;
    Knowledge knowledge() const;
    // The candidate's knowledge as it was after journal entry `entry` for what is known of each
    // company (its census, its verification, what meetings and tender specifications told of
    // it); the studies bought as they are now. A meeting's presented offer is priced on it
    // (MeetingView::present): a census requested later re-prices neither a past presentation
    // nor a signed premium.
    Knowledge knowledgeAt(std::int64_t entry) const;
    // The same for the prospect lines `lines` only (ids in the prospect file): `verified` and
    // `census` are indexed by position in `lines`, as CompanyExtract::knowledge gives them, without
    // a flag per line of the whole file (a one-company command at national scale).
    Knowledge knowledgeOf(const std::vector<std::uint32_t>& lines) const;
    // The candidate's flags, notes and tags, for filtering the prospect view.
    ProspectMarks marks() const;
    // Entries currently undone (by an "annulation" not followed by a "retablissement").
    const std::set<std::int64_t>& undone() const { return undone_; }
    // Why an entry cannot be undone (a study bought, a record verified, a census requested:
    // information acquired stays acquired, DESIGN.md §4), in French; nullopt if it can be.
    std::optional<std::string> undoRefusal(const JournalEntry& entry) const;
    // Handed in: the journal ends with "epreuve.remise" and accepts no further command.
    bool sealed() const { return sealed_; }
    // The whole state as one canonical JSON document (budget, days, simulated date, studies,
    // lines with their verifications, census requests, flags, tags and notes, filters, segments,
    // offers, undone entries, hand-in; the plan and its versions once the journal holds a plan
    // command): two states are equal when their dumps are; what `cmcsim replay --json` prints.
    nlohmann::json toJson() const;

private:
    // AttemptTimeline folds entries one by one and rebuilds states from its checkpoints.
    friend class AttemptTimeline;

    // What the studies bought and the meetings and tenders earned (by entry `upTo` at the
    // latest), without the per-line flags.
    Knowledge studiesKnowledge(std::int64_t upTo = INT64_MAX) const;
    // Applies a regular entry; an InputError leaves the state as it was.
    void apply(const JournalEntry& entry);
    // Refuses any entry once the attempt is handed in.
    void refuseIfSealed(const JournalEntry& entry) const;
    // Whether the journal opening with `first` keeps the rules of format 1 until its
    // "epreuve.liaison" (see replay).
    static bool earlierRulesFrom(const JournalEntry& first);
    // Checks an "annulation" or "retablissement" (`regular` finds an earlier regular entry by its
    // sequence, or null) and applies it to `undone`; returns the sequence of the entry it names.
    std::int64_t admitMeta(const JournalEntry& entry, bool earlierRules,
                           const std::function<const JournalEntry*(std::int64_t)>& regular,
                           std::set<std::int64_t>& undone) const;
    std::uint32_t record(const nlohmann::json& payload, const JournalEntry& entry) const;
    // Applies a plan command (isPlanCommand) after checking it against the scenario's weeks, the
    // candidate's segments and the prospect file.
    void applyPlan(const JournalEntry& entry, const nlohmann::json& payload);
    // Why undoing or redoing (`what`: "l'annuler") the plan command `entry` is refused: a week
    // played after it read the plan it made.
    std::optional<std::string> planPastRefusal(const JournalEntry& entry, const char* what) const;
    // Records an acquisition about `line` in its notes' `by` (once only) for `days` analysis
    // days.
    // toJson() without the weeks run.
    nlohmann::json analysisJson() const;
    // Validates and records a "semaine.execution".
    void runWeek(const JournalEntry& entry, const nlohmann::json& payload);
    // Validates and records a meeting command (MeetingLog::handles).
    void applyMeeting(const JournalEntry& entry, const nlohmann::json& payload);
    // What folding an "ao.*" command reads of this state (TenderFile).
    TenderFileContext tenderContext() const;
    // Validates and records a "note.enregistrement".
    void saveNote(const JournalEntry& entry, const nlohmann::json& payload);
    void acquire(const JournalEntry& entry, std::uint32_t line, std::int64_t RecordNotes::*by,
                 double days, const char* already, const char* action);

    const Scenario* scenario_;
    std::shared_ptr<const ProspectDirectory> prospects_;
    const PlanRules* rules_;
    double budget_ = 0, days_ = 0, budgetSpent_ = 0, daysSpent_ = 0;
    std::set<std::string> studies_;
    std::map<std::uint32_t, RecordNotes> records_;
    std::map<std::string, ProspectFilter> filters_;
    std::vector<Segment> segments_;
    SavedOffers offers_;
    ActionPlan plan_;
    std::vector<PlanVersion> planVersions_;
    std::set<std::int64_t> undone_;
    std::vector<WeekRun> weekRuns_;
    std::vector<NoteVersion> noteVersions_;
    MeetingLog meetings_;
    TenderFile tenders_;
    bool sealed_ = false;
};

}  // namespace cmcsim
