#pragma once

#include <QObject>
#include <QTimer>
#include <QUndoStack>
#include <memory>
#include <nlohmann/json.hpp>

#include "cmcsim/prospects/ProspectView.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/store/AttemptSession.h"
#include "cmcsim/store/MarketDetails.h"

namespace cmcsim {
class Campaign;
}

// The open attempt as the studio sees it: adapts the engine session's change callbacks to a Qt
// signal, keeps the candidate's view of the prospect file current, and feeds the undo stack.
class StudioSession : public QObject {
    Q_OBJECT
public:
    StudioSession(const cmcsim::ReferenceData& reference,
                  std::unique_ptr<cmcsim::AttemptSession> session, QObject* parent = nullptr);
    // With the candidate's view of `session` already built (on the studio's loading thread).
    StudioSession(const cmcsim::ReferenceData& reference,
                  std::unique_ptr<cmcsim::AttemptSession> session,
                  std::unique_ptr<cmcsim::ProspectView> view, QObject* parent = nullptr);
    ~StudioSession() override;

    // What of the market the studio reads into memory: neither the prospect lines' contacts, which
    // the view reads from the file for the line shown (MarketDetails), nor the census cells (about
    // 170 MiB at national scale), which market().census() reads from the file when asked
    // (Market::censusOnDemand, FileCensus) for the card, the evaluator's truth and the assessment.
    static cmcsim::MarketParts marketParts(cmcsim::AttemptSession::Access access);

    const cmcsim::ReferenceData& reference() const { return reference_; }
    const cmcsim::AttemptSession& engine() const { return *session_; }
    // The state the workspaces show: the attempt's current state, or in evaluator mode the state
    // after the entry chosen on the timeline (showEntry).
    const cmcsim::AttemptState& state() const { return shown_ ? *shown_ : session_->state(); }
    const cmcsim::Market& market() const { return session_->attempt().market(); }
    const cmcsim::Scenario& scenario() const { return session_->attempt().scenario(); }
    const cmcsim::ProspectView& view() const { return *view_; }
    // The simulated weeks of the state shown (Campaign::replay of its journal), replayed on first
    // use after each change and shared by the workspaces that show them (Semaine, Pilotage).
    const cmcsim::Campaign& campaign() const;
    QUndoStack* undoStack() { return &undoStack_; }

    // Runs a command and pushes it on the undo stack under `label`; on refusal emits refused()
    // with the engine's reason and returns false.
    bool run(const QString& label, const std::string& kind, const nlohmann::json& payload);

    // Asks the company of prospect line `line` for its staff census (the card's button and the
    // offer workspace's both run this); false if refused.
    bool requestCensus(std::uint32_t line);

    // Why the command on top of the undo stack cannot be undone (an acquisition of information),
    // empty when it can or when there is nothing to undo.
    QString undoRefusal() const;

    // Hands the attempt in (no command after it; the undo stack is cleared); returns the receipt
    // code, or an empty string after emitting refused().
    QString seal();
    bool sealed() const { return session_->state().sealed(); }

    // The tamper check of an attempt opened with AttemptSession::Check::InBackground still runs:
    // commands wait for it (with a busy cursor), and are refused if it fails.
    bool checking() const { return session_->checkPending(); }

    // Used by the undo stack.
    void undoEntry(std::int64_t entry);
    void redoEntry(std::int64_t entry);

    // Evaluator mode: the attempt was opened read-only (AttemptSession::Access::ReadOnly); every
    // command is refused, and the workspaces show the state after entry shownEntry().
    bool evaluator() const { return session_->readOnly(); }
    // Evaluator mode on a handed-in attempt: the hidden truth may be shown (TruthAccess, the
    // rule of the CLI's --truth); before the hand-in, truthRefusal() says why it is not.
    bool truthOpen() const;
    QString truthRefusal() const;
    const std::vector<cmcsim::JournalEntry>& journal() const {
        return session_->attempt().journal();
    }
    // The sequence number of the last entry the workspaces show (the journal's last entry
    // outside evaluator mode).
    std::int64_t shownEntry() const;
    // Evaluator mode: shows the state after journal entry `sequence` (clamped to the journal)
    // and emits changed(); ignored outside evaluator mode.
    void showEntry(std::int64_t sequence);

Q_SIGNALS:
    void changed();  // once per applied command, after the view is current
    void refused(const QString& reason);
    void performed(const QString& label);  // after run() applied and journalled a command
    // The tamper check that ran after the window was usable ended: the attempt is intact, or it
    // was altered (the engine's reason: which table changed since its seal); then no command is
    // accepted any more and the window closes the attempt.
    void checked();
    void tampered(const QString& reason);

private:
    void onApplied();
    // Waits for a tamper check still running; false after emitting tampered() if it failed.
    bool intact();

    const cmcsim::ReferenceData& reference_;
    std::unique_ptr<cmcsim::AttemptSession> session_;
    std::unique_ptr<cmcsim::MarketDetails> details_;  // what the market was read without
    std::unique_ptr<cmcsim::ProspectView> view_;
    mutable std::unique_ptr<cmcsim::Campaign> campaign_;  // null until asked after a change
    std::unique_ptr<cmcsim::AttemptState> shown_;  // evaluator mode: the state at shownEntry_
    std::int64_t shownEntry_ = 0;
    QUndoStack undoStack_;
    QTimer checkPoll_;  // until the tamper check's digests are computed
    bool tampered_ = false;
};
