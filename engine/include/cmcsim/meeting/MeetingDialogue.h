#pragma once

#include <cstddef>

#include "cmcsim/meeting/MeetingContext.h"
#include "cmcsim/meeting/MeetingRules.h"
#include "cmcsim/meeting/MeetingTranscript.h"

namespace cmcsim {

struct Market;

// A meeting's dialogue, recomputed from its commands (a pure function of the context and the
// record): plays the acts one by one, each answered from the company's hidden needs with keyed
// randomness (attempt seed, SIREN, the n-th meeting with the company, the choice, the step), then
// the closure and its outcome. docs/simulation.md, "Les rendez-vous".
class MeetingDialogue {
public:
    // Both must outlive the dialogue.
    MeetingDialogue(const MeetingContext& context, const MeetingRecord& record);

    // The whole dialogue of `record`.
    static MeetingTranscript run(const MeetingContext& context, const MeetingRecord& record);

    // The act played next, null once every act is played (the closure included) or once the
    // company ended the meeting (overrun).
    const MeetingAct* nextAct() const;
    // Plays the next act, or the closure once the acts are played and the record is closed.
    void step();
    bool done() const;
    const MeetingTranscript& transcript() const { return transcript_; }

private:
    const Market& market() const;
    // The meeting's planned duration, minutes: the opening's, else `duree_rdv`.
    double plannedMinutes() const;
    // Whether the minutes spent exceed it by more than `tolerance_duree`: the company ends the
    // meeting (docs/simulation.md "Le temps").
    bool overrun() const;
    void play(const MeetingAct& act);
    void playCounter(MeetingTurn turn, const MeetingAct& act);
    void close();
    // The next decision makers' objections not voiced yet (`objections_par_tour` of them, by
    // influence), added to the transcript; their codes and roles, none when none is left.
    std::vector<std::pair<std::string, std::string>> raiseNext(MeetingTurn& turn);
    // "Le dirigeant objecte : « … »", or, for an objection the step's act met at once ("met"),
    // "Le dirigeant avait cette réserve : « … »".
    std::string objectionWords(const std::string& code, const std::string& role, bool met) const;
    // Adds to the last turn's reply the objections `raised` at its start: those its act met
    // before the company's reaction, the others after it (docs/simulation.md "Les rendez-vous").
    void compose(const std::vector<std::pair<std::string, std::string>>& raised);
    // After an answer: the next objections, appended to the last turn, when none awaits one.
    void voiceNextObjection();
    // Whether a voiced objection still awaits an answer (good or poor).
    bool objectionPending() const;
    // Applies an effect with the step's keyed noise; returns the turn it completes.
    MeetingTurn& apply(MeetingTurn turn, const MeetingEffect& effect, double minutes,
                       const std::string& noiseKey);

    const MeetingContext& context_;
    const MeetingRecord& record_;
    MeetingTranscript transcript_;
    std::size_t next_ = 0;
    bool closed_ = false;
};

}  // namespace cmcsim
