#pragma once

#include <QCoreApplication>
#include <QString>

#include "cmcsim/meeting/MeetingTranscript.h"

namespace cmcsim {
class ObjectionBank;
}

// A meeting's dialogue as the conversation the Rendez-vous workspace shows (the HTML subset
// QTextDocument reads): each step the candidate's words, the company's answer, the objections it
// raised, what it revealed, how trust moved and the simulated minutes; the outcome once closed.
// Only what the candidate earned: never the hidden needs nor how a choice was weighed.
class MeetingTranscriptHtml {
    Q_DECLARE_TR_FUNCTIONS(MeetingTranscriptHtml)

public:
    // `objections` names the objections raised (ObjectionBank::label, datasets/objections_rdv.csv
    // `libelle`).
    static QString render(const cmcsim::MeetingTranscript& transcript, const QString& companyName,
                          const cmcsim::ObjectionBank& objections);

private:
    static QString speaker(const cmcsim::MeetingTurn& turn);
    static QString answer(const cmcsim::MeetingTurn& turn,
                          const cmcsim::MeetingTranscript& transcript,
                          const cmcsim::ObjectionBank& objections);
    static QString trustLine(const cmcsim::MeetingTurn& turn);
    static QString outcome(const cmcsim::MeetingTranscript& transcript);
};
