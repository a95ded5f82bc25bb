#pragma once

#include <QTreeWidget>
#include <vector>

namespace cmcsim {
class AttemptState;
struct Market;
struct MeetingTranscript;
}  // namespace cmcsim

// The candidate's meetings, one row each: number, company, subject and phase (on three lines, to
// fit a narrow column), trust and outcome; selecting a row opens that meeting in the Rendez-vous
// workspace.
class MeetingList : public QTreeWidget {
    Q_OBJECT
public:
    enum Column { kMeeting, kTrust, kOutcome, kColumns };

    explicit MeetingList(QWidget* parent = nullptr);

    // Lists `meetings` (MeetingView::all of `state`), keeping the selection when it is still there.
    void showMeetings(const std::vector<cmcsim::MeetingTranscript>& meetings,
                      const cmcsim::AttemptState& state, const cmcsim::Market& market);
    // The meeting selected, 0 for none.
    int selected() const;
    void select(int meeting);

Q_SIGNALS:
    void meetingSelected(int meeting);  // 0 when the selection is cleared
};
