#pragma once

#include <string>
#include <vector>

namespace cmcsim {

struct MeetingContext;
struct MeetingEntry;
struct MeetingOfferFit;
struct MeetingTranscript;

// What one step would do at a point of a meeting, before the keyed noise: the trust it moves,
// what it reveals and why (docs/simulation.md "Les rendez-vous", parameters of
// datasets/parametres_rdv.csv). The dialogue applies it; the debrief ranks the bank with it.
struct MeetingEffect {
    double delta = 0;  // points of trust (0..100 scale)
    bool relevant = true;
    bool repeated = false;
    std::vector<std::string> revealed;
    std::vector<std::string> effects;  // why trust moves, in French
    std::vector<std::string> flags;    // what went wrong, in French
    // The objections a good answer settles before the company voiced them (held by its
    // decision makers, not raised yet): they count as raised and answered.
    std::vector<std::string> anticipated;
    // The question's field was revealed at this earlier meeting with the company (MeetingPrior):
    // answered from the notes, no trust moved and no minute of the company's spent; 0 otherwise.
    int notedAt = 0;
};

// The rules of a meeting: each kind of choice, the written needs, an offer and the closure.
struct MeetingRules {
    // A bank entry chosen after `sofar`: relevant questions, honest comparisons and good
    // objection answers raise trust; irrelevant or repeated choices, poor answers, misleading
    // claims and over-selling lower it.
    static MeetingEffect choice(const MeetingContext& context, const MeetingTranscript& sofar,
                                const MeetingEntry& entry);
    // The needs and requirements written and signed (L521-4 C. assur.): trust when before any
    // signature, flagged after one.
    static MeetingEffect needs(const MeetingContext& context, const MeetingTranscript& sofar);
    // Whether the discovery has learnt the company's needs (its wanted level, its employees'
    // expectations or its budget): an offer presented before is premature.
    static bool needsDiscovered(const MeetingTranscript& sofar);
    // An offer version presented: fits the needs (level, budget) or over-sells; presented before
    // any discovery of the needs, it earns nothing and costs `offre_sans_decouverte`.
    static MeetingEffect offer(const MeetingContext& context, const MeetingTranscript& sofar,
                               const MeetingOfferFit& fit);
    // The closure's penalties: objections raised and not answered well, mandatory information
    // not given once an offer was presented.
    static MeetingEffect closure(const MeetingContext& context, const MeetingTranscript& sofar);
};

}  // namespace cmcsim
