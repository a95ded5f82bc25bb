#pragma once

#include <QUndoCommand>
#include <cstdint>

class StudioSession;

// An undo-stack entry for a journal command already applied: undo appends an "annulation" of
// it, redo a "rétablissement" (the journal keeps every hesitation). An acquisition of information
// (a study, a verification, a census) carries why it cannot be undone.
class JournalCommand : public QUndoCommand {
public:
    JournalCommand(StudioSession& session, const QString& label, std::int64_t entry,
                   QString irreversible = {});

    // Why this command cannot be undone, empty if it can.
    const QString& irreversibleReason() const { return irreversible_; }

    void undo() override;
    void redo() override;

private:
    StudioSession& session_;
    std::int64_t entry_;
    QString irreversible_;
    bool applied_ = true;  // the first redo() is the push: the command already ran
};
