#pragma once

#include <QWidget>
#include <cstdint>
#include <map>
#include <string>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cmcsim {
struct MeetingRecord;
struct MeetingTranscript;
}  // namespace cmcsim

// The needs and requirements of a meeting, written by the candidate and signed by the company
// before any conclusion (L521-4 C. assur.): a draft taken from what the company revealed, the
// editor, and the button that has the company sign it (rdv.besoins). A draft survives the other
// steps of the meeting; the signed text replaces it once signed.
class MeetingNeedsEditor : public QWidget {
    Q_OBJECT
public:
    explicit MeetingNeedsEditor(QWidget* parent = nullptr);

    // Shows meeting `record` with its dialogue so far (null: no meeting).
    void showMeeting(const cmcsim::MeetingRecord* record,
                     const cmcsim::MeetingTranscript* transcript);
    void setCommandsEnabled(bool enabled, const QString& why = {});
    QPlainTextEdit* editor() const { return editor_; }
    QPushButton* signButton() const { return sign_; }
    QPushButton* draftButton() const { return draft_; }

Q_SIGNALS:
    void signRequested(const QString& needs);

private:
    void updateButtons();

    QPlainTextEdit* editor_ = nullptr;
    QPushButton* draft_ = nullptr;
    QPushButton* sign_ = nullptr;
    QLabel* status_ = nullptr;
    std::map<std::string, std::string> known_;  // the needs revealed, restated for the draft
    int meeting_ = 0;
    std::int64_t signedEntry_ = 0;  // the last rdv.besoins shown
    bool enabled_ = true;
};
