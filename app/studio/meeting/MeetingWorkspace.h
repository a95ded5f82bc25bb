#pragma once

#include <QWidget>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

class MeetingChoices;
class MeetingCounterForm;
class MeetingList;
class MeetingNeedsEditor;
class MeetingOfferPicker;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class StudioSession;

namespace cmcsim {
class MeetingView;
}

// The "Rendez-vous" workspace (issue 12 §5): the candidate's meetings; one of them as a
// conversation (what the candidate said, the company's answers, what it revealed, trust and
// simulated minutes); what may be said now; the written needs and requirements the company
// signs; an offer version presented; the closure and its debrief. In evaluator mode, the
// company's hidden needs beside the dialogue. Each step is a journal command (rdv.*); what the
// engine refuses is said in its own words; nothing can be done once the attempt is handed in.
class MeetingWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit MeetingWorkspace(StudioSession& session, QWidget* parent = nullptr);
    ~MeetingWorkspace() override;

    // Asks for the company to meet (NewMeetingDialog), then opens the meeting.
    void newMeetingDialog();
    // The journal commands of a meeting; false when refused (the reason is shown).
    bool openMeeting(const QString& siret, const QString& subject = {});
    bool say(const QString& choice);
    bool signNeeds(const QString& needs);
    bool presentOffer(int version);
    // `counterpart`: "" (none), prevoyance, services or engagement.
    bool counterPropose(double discountPct, const QString& counterpart = {});
    // Asks for confirmation (the message box "meetingCloseConfirm") unless `confirmed`.
    bool closeMeeting(bool confirmed = false);

    // Shows meeting `id` (0: none).
    void showMeeting(int id);
    int meeting() const { return meeting_; }
    // The meeting shown, null when none.
    const cmcsim::MeetingView* view() const { return view_.get(); }

    MeetingList* list() const { return list_; }
    MeetingChoices* choices() const { return choices_; }
    MeetingNeedsEditor* needsEditor() const { return needs_; }
    MeetingOfferPicker* offerPicker() const { return offer_; }
    MeetingCounterForm* counterForm() const { return counter_; }
    QTextBrowser* conversation() const { return conversation_; }
    QProgressBar* trustGauge() const { return trust_; }
    QTextBrowser* debriefView() const { return debrief_; }
    QTextBrowser* truthView() const { return truth_; }  // evaluator mode only, else null
    QTabWidget* sideTabs() const { return side_; }
    QLabel* refusal() const { return refusal_; }
    QPushButton* newButton() const { return new_; }
    QPushButton* closeButton() const { return close_; }

Q_SIGNALS:
    // The Offres workspace on this SIRET (to build or revise the offer to present).
    void offerRequested(const QString& siret);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void refreshMeeting();
    void showHeader();
    void showDebrief();
    // Why no command can be run on the meeting shown, empty when they can.
    QString readOnlyReason() const;
    bool run(const QString& label, const char* kind, const nlohmann::json& payload);
    QString companyLabel() const;

    StudioSession& session_;
    std::unique_ptr<cmcsim::MeetingView> view_;
    int meeting_ = 0;
    bool dirty_ = true;     // the session changed while the workspace was hidden
    bool running_ = false;  // a command of this workspace is running (its refusal is shown here)
    MeetingList* list_ = nullptr;
    QPushButton* new_ = nullptr;
    QLabel* header_ = nullptr;
    QProgressBar* trust_ = nullptr;
    QLabel* trustMove_ = nullptr;
    QLabel* clock_ = nullptr;
    QTextBrowser* conversation_ = nullptr;
    MeetingChoices* choices_ = nullptr;
    QPushButton* close_ = nullptr;
    QLabel* refusal_ = nullptr;
    QTabWidget* side_ = nullptr;
    MeetingNeedsEditor* needs_ = nullptr;
    MeetingOfferPicker* offer_ = nullptr;
    MeetingCounterForm* counter_ = nullptr;
    QTextBrowser* debrief_ = nullptr;
    QPushButton* exportDebrief_ = nullptr;
    QTextBrowser* truth_ = nullptr;
};
