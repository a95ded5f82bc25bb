#include "JournalCommand.h"

#include "StudioSession.h"

JournalCommand::JournalCommand(StudioSession& session, const QString& label, std::int64_t entry)
    : QUndoCommand(label), session_(session), entry_(entry) {}

void JournalCommand::undo() {
    session_.undoEntry(entry_);
    applied_ = false;
}

void JournalCommand::redo() {
    if (applied_) return;
    session_.redoEntry(entry_);
    applied_ = true;
}
