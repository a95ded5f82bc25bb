#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace cmcsim {

// The phases of a client meeting, in the order they follow (issue 12 §2, docs/simulation.md
// "Les rendez-vous"): a choice of a later phase moves the meeting on, never back.
enum class MeetingPhase : std::uint8_t {
    Preparation,    // preparation: what the candidate knows and brings
    Opening,        // ouverture
    Discovery,      // decouverte: discovery questions
    Reformulation,  // reformulation (the written needs and requirements)
    Presentation,   // presentation of an offer version
    Objections,     // objection handling
    Information,    // mandatory information (DDA)
    Closing         // cloture: signature, next step, complementary products
};
constexpr MeetingPhase kLastMeetingPhase = MeetingPhase::Closing;
const char* meetingPhaseCode(MeetingPhase phase);   // "preparation" …
const char* meetingPhaseLabel(MeetingPhase phase);  // "Préparation" …
// The phase of a code, nullopt for an unknown one.
std::optional<MeetingPhase> meetingPhaseOf(const std::string& code);

// What a bank entry is, which decides how the meeting's rules weigh it.
enum class MeetingMove : std::uint8_t {
    Question,       // a preparation, opening, discovery or reformulation question
    Argument,       // a presentation or closing argument
    Comparison,     // an honest comparison with the current contract
    GoodAnswer,     // a good answer to an objection (`code` = the objection)
    PoorAnswer,     // a poor answer to an objection (`code` = the objection)
    Obligation,     // a mandatory information statement (`code` = the obligation)
    Signature,      // asks for the signature of the offer presented
    NextStep,       // obtains a dated next step
    Complementary,  // proposes a complementary product (`code`: prevoyance | services)
    Misleading,     // a misleading claim
    OverSelling     // an over-selling move
};
// The `type` code of arguments_rdv.csv ("argument" …); questions are "question".
const char* meetingMoveCode(MeetingMove move);
std::optional<MeetingMove> meetingMoveOf(const std::string& code);

// One entry of the meeting banks (datasets/questions_rdv.csv, datasets/arguments_rdv.csv): what
// the candidate says, how the company answers and what it may reveal of its hidden needs.
struct MeetingEntry {
    std::string id;
    MeetingPhase phase = MeetingPhase::Discovery;
    MeetingMove move = MeetingMove::Question;
    std::string code;       // objection, obligation or complementary product; "" otherwise
    std::string wording;    // the candidate's words, in French
    std::string answer;     // the company's answers, variants separated by "|", with {placeholders}
    std::string reveals;    // a needs field code (MeetingBank::revealCodes()), "aucun" for none
    std::string criterion;  // the framework indicator it touches (datasets/referentiel_cmc.csv)
    std::string relevance;  // "toujours", "jamais" or "si:<condition>" (MeetingBank::conditions())
    double trust = 0;       // points of trust when relevant (0..100 scale)
    double minutes = 0;     // simulated minutes
    std::string source;
    std::string confidence;
};

}  // namespace cmcsim
