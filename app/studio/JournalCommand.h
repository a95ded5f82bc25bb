#pragma once

#include <QUndoCommand>
#include <cstdint>

class StudioSession;

// An undo-stack entry for a journal command already applied: undo appends an "annulation" of
// it, redo a "rétablissement" (the journal keeps every hesitation).
class JournalCommand : public QUndoCommand {
public:
    JournalCommand(StudioSession& session, const QString& label, std::int64_t entry);

    void undo() override;
    void redo() override;

private:
    StudioSession& session_;
    std::int64_t entry_;
    bool applied_ = true;  // the first redo() is the push: the command already ran
};
