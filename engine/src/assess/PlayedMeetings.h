#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cmcsim/assess/Assessment.h"
#include "cmcsim/meeting/MeetingContext.h"
#include "cmcsim/meeting/MeetingRules.h"
#include "cmcsim/meeting/MeetingTranscript.h"
#include "cmcsim/needs/CompanyNeeds.h"

namespace cmcsim::assess {

// One step of a judged meeting: its turn, the bank entry chosen (null for the written needs, an
// offer or the closure), the rules' effect before the keyed noise (a choice's relevance) and, for
// an offer, how it fits the hidden needs.
struct JudgedStep {
    const MeetingTurn* turn = nullptr;
    const MeetingEntry* entry = nullptr;
    MeetingEffect effect;
    std::optional<MeetingOfferFit> fit;
    std::vector<std::string> addresses;  // an objection answer: the voiced objections it answers
    // An objection answer: the objections the decision makers hold and have not voiced yet that
    // it answers in advance (anticipating a held objection is good practice, not off-topic).
    std::vector<std::string> anticipates;
    // A counter-proposal (its `addresses`: the price objections voiced) that answers them well
    // by rule: applied, and bringing the offer into the budget or traded for a counterpart the
    // company needs — never by the keyed draw of the company's welcome, so that the same
    // counter-proposal is judged the same in every meeting.
    bool counterAnswers = false;

    // A choice that was relevant, not repeated and moved trust up.
    bool good() const { return entry && effect.relevant && !effect.repeated && effect.delta > 0; }
    bool is(MeetingMove move) const { return entry && entry->move == move; }
    // A good or poor answer to an objection.
    bool answers() const { return is(MeetingMove::GoodAnswer) || is(MeetingMove::PoorAnswer); }
    // An answer, not repeated, to an objection the company voiced or holds (in advance): what
    // the rules call off-topic when the objection is not voiced yet is pertinent here.
    bool answersHeld() const {
        return answers() && !effect.repeated && (!addresses.empty() || !anticipates.empty());
    }
};

// A closed meeting of the attempt replayed for the assessors of the meetings (issue 12 §4): its
// record, the company's hidden needs, the dialogue and each step with the rules' effect. Not
// movable (the context refers to the needs): held by pointer.
struct JudgedMeeting {
    const MeetingRecord* record = nullptr;
    std::string company;  // the company's name
    CompanyNeeds needs;
    std::unique_ptr<MeetingContext> context;
    MeetingTranscript transcript;
    std::vector<JudgedStep> steps;  // one per turn, the closure's last

    bool offered() const { return transcript.offer.has_value(); }
    // Why the offer presented (the last version) cannot be credited, in French, or "" when it
    // can: it must come after the discovery (a need learnt) and after the needs and requirements
    // written and signed, on which the advice rests (L521-4 C. assur., DDA art. 20).
    std::string ungrounded() const;
    // The objections the decision makers voiced in the dialogue (each step's `raised`), in order.
    std::vector<std::string> voiced() const;
    // Whether step `step` (0: never) came before the conclusion (the signature asked), or at all
    // when no signature was asked.
    bool beforeConclusion(int step) const;
    // The step numbered `step` (from 1), or null.
    const JudgedStep* at(int step) const;
    // The complementary products proposed without need, with the product's code (a choice of the
    // banks whose rule does not hold, a counter-proposal's counterpart the company does not
    // need): over-selling (L521-1 C. assur.), never a complementary sale.
    std::vector<std::pair<const JudgedStep*, std::string>> unwanted() const;
    // "rendez-vous n° 2 (Tessier Nord)"
    std::string name() const;
    // The evidence of a step: its journal entry, `label` and "rendez-vous n° …, étape n : « … »".
    Evidence evidence(const JudgedStep& step, const std::string& label) const;
};

// Every closed meeting of the attempt, made once per context; `open` counts those still open
// (not judged: their conclusion is not known yet).
struct PlayedMeetings {
    std::vector<std::unique_ptr<JudgedMeeting>> closed;
    std::size_t open = 0;

    static const PlayedMeetings& of(const AssessmentContext& context);
};

// What one meeting shows for an indicator: `met` of `of` (of 0: the meeting is not concerned), a
// French summary and the steps as evidence.
struct MeetingTally {
    double met = 0, of = 0;
    std::string summary;
    std::vector<Evidence> steps;
};

// How a meeting rule turns the tallies into a verdict: the share met (more is better, thresholds
// `acquis` and `partial`) or the count of breaches (`met`, less is better).
struct MeetingRule {
    std::string acquis, partial;  // threshold names in datasets/seuils_evaluation.csv
    bool breaches = false;        // `met` counts breaches: at most the thresholds
    std::string what;             // the measure in French ("obligations remplies", "manquements")
    std::string concerned;        // which meetings count, in French ("avec une offre présentée")
    std::string text;             // the rule in French, thresholds filled in
};

// A rule measuring a share with the assessor's thresholds `part_acquis` and `part_partiel`.
MeetingRule shareRule(std::string what, std::string concerned, std::string text);

// The verdict of `indicator` from the tallies of the closed meetings (summed): "à apprécier par
// l'évaluateur" when no closed meeting is concerned, with why (docs/assessment.md, « Les
// rendez-vous »).
IndicatorResult judgeMeetings(const AssessmentContext& context,
                              const AssessorThresholds& thresholds, const std::string& criterion,
                              const std::string& indicator, const MeetingRule& rule,
                              const std::function<MeetingTally(const JudgedMeeting&)>& tally);

}  // namespace cmcsim::assess
