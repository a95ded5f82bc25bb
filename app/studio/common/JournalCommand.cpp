#include "common/JournalCommand.h"

#include "common/StudioSession.h"

JournalCommand::JournalCommand(StudioSession& session, const QString& label, std::int64_t entry,
                               QString irreversible)
    : QUndoCommand(label),
      session_(session),
      entry_(entry),
      irreversible_(std::move(irreversible)) {}

void JournalCommand::undo() {
    if (!irreversible_.isEmpty()) return;  // the engine refuses it too
    session_.undoEntry(entry_);
    applied_ = false;
}

void JournalCommand::redo() {
    if (applied_) return;
    session_.redoEntry(entry_);
    applied_ = true;
}
