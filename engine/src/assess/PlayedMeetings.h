#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
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

    // A choice that was relevant, not repeated and moved trust up.
    bool good() const { return entry && effect.relevant && !effect.repeated && effect.delta > 0; }
    bool is(MeetingMove move) const { return entry && entry->move == move; }
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
    // Whether step `step` (0: never) came before the conclusion (the signature asked), or at all
    // when no signature was asked.
    bool beforeConclusion(int step) const;
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
