#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "cmcsim/meeting/MeetingLog.h"
#include "cmcsim/meeting/MeetingOfferFit.h"

namespace cmcsim {

// One step of a meeting's dialogue: what the candidate did, how the company answered, what it
// revealed and how trust moved (recomputed from the journal, never stored).
struct MeetingTurn {
    int step = 0;  // from 1
    std::int64_t entry = 0;
    MeetingAct::Kind kind = MeetingAct::Kind::Choice;
    std::string choice;  // the bank id (Choice), "" otherwise
    MeetingPhase phase = MeetingPhase::Preparation;
    std::string said;                   // the candidate's words
    std::string answer;                 // the company's answer
    std::vector<std::string> raised;    // objection codes the company raised at this step
    std::vector<std::string> revealed;  // needs fields newly known (MeetingBank::revealCodes)
    std::string criterion;              // the framework indicator it touched
    double trustBefore = 0, trustAfter = 0;
    // The effect's points before the keyed noise (the sum of `effects`), and whether the gain
    // was reduced by the diminishing returns above the initial trust.
    double nominal = 0;
    bool diminished = false;
    double minutes = 0;
    std::vector<std::string> effects;  // why trust moved, in French
    std::vector<std::string> flags;    // what went wrong (survente, allégation trompeuse …)
};

// A counter-proposal made in a meeting ("rdv.contreproposition") and what came of it.
struct MeetingCounter {
    int step = 0;
    int version = 0;          // the offer version it discounts
    double discountPct = 0;   // proposed
    std::string level;        // MeetingNegotiation::levelCode: conseiller | direction | refusee
    std::string counterpart;  // "" or prevoyance | services | engagement
    // The counterpart meets a need of the company (provident cover wanted, services expected, a
    // commitment); one without need is over-selling, not a complementary sale.
    bool useful = false;
    bool applied = false;         // within the policy: the offer's premium is now discounted
    bool welcomed = false;        // the company welcomed it (price sensitivity, budget, keyed draw)
    bool priceObjection = false;  // a price objection had been raised before it
    // It moved toward the concern the company stated (a price objection voiced or the offer
    // over its budget): a larger discount than the one in force.
    bool toward = false;
};

// Where a meeting stands: open, or closed on one of its outcomes; FollowUp and Complement are
// those of a meeting with a client (MeetingContext::client).
enum class MeetingOutcome : std::uint8_t { Open, Signed, NextStep, Lost, FollowUp, Complement };
const char* meetingOutcomeCode(MeetingOutcome outcome);   // "ouvert", "signe" …
const char* meetingOutcomeLabel(MeetingOutcome outcome);  // "En cours", "Signé" …

// A meeting's dialogue recomputed from the journal: its turns, what the candidate learnt, the
// DDA obligations met and the outcome at closure (MeetingDialogue::run).
struct MeetingTranscript {
    int meeting = 0;
    std::string siret;
    std::uint32_t company = 0;  // index in Market::companies
    std::vector<MeetingTurn> turns;
    MeetingPhase phase = MeetingPhase::Preparation;
    double trust = 0;
    double minutes = 0;
    std::map<std::string, std::string>
        known;  // revealed field → its note (MeetingFacts::statement)
    // Revealed field → its sentence in the needs statement (MeetingFacts::restatement); the
    // fields that are no need are absent.
    std::map<std::string, std::string> restated;
    std::vector<std::string> raisedObjections;  // in the order raised
    std::set<std::string> answeredObjections;   // answered well
    std::set<std::string> addressedObjections;  // answered, well or poorly
    std::map<std::string, int> obligations;     // obligation code → step given (first time)
    int needsStep = 0;      // step of the last written needs and requirements, 0 none
    int signatureStep = 0;  // step the signature was first asked for, 0 none
    int signedStep = 0;     // step the company agreed to sign (then signed at closure), 0 none
    // The last request for signature answered "pas encore", and why (the company's words).
    int refusedStep = 0;
    std::string refusal;
    int nextStepStep = 0;                  // step a next step was obtained, 0 none
    std::optional<MeetingOfferFit> offer;  // the last version presented
    int offerStep = 0;
    std::set<std::string> complementary;   // prevoyance, services proposed
    std::vector<MeetingCounter> counters;  // the counter-proposals, in order
    MeetingOutcome outcome = MeetingOutcome::Open;
    std::vector<std::string> reasons;  // why it was not signed, in French
    std::vector<std::string> flags;    // every turn's flags, in order

    // How the meeting was closed, in French ("" while open): by the candidate, or "sans suite"
    // by the run of its week (when and why), set by MeetingDialogue at closure.
    std::string closure;
    // The company ended the meeting: its planned duration and the tolerance were exceeded (the
    // journal may still hold it open until its "rdv.cloture" or its week is run).
    bool stoppedByCompany = false;

    // The choices made so far (bank ids).
    bool chose(const std::string& id) const;
    // What the candidate sees of the meeting (fairness, issue 12): while it is open, only what
    // the company said and revealed, trust and minutes; each step's criterion, effects and
    // alerts (the debrief's content) are removed until closure. Closed: the whole transcript.
    MeetingTranscript candidateView() const;
    // The transcript as JSON (`cmcsim meeting show --json`), field names in French.
    nlohmann::json toJson() const;
};

}  // namespace cmcsim
