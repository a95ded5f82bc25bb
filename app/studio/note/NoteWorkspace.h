#pragma once

#include <QWidget>
#include <vector>

#include "cmcsim/note/KeyFigure.h"

class QAction;
class QLabel;
class QTextEdit;
class QToolBar;
class StudioSession;

// « Note de synthèse » (Bloc 2, B2.1.6): the candidate writes the note with a small toolbar
// (headings, bold, italic, lists) and inserts key figures as chips (FigurePicker, FigureChip);
// « Enregistrer » saves a version as the journal command note.enregistrement. A chip whose
// figure now has another value is marked. Read-only in evaluator mode (the version of the entry
// shown on the timeline).
class NoteWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit NoteWorkspace(StudioSession& session, QWidget* parent = nullptr);

    // Shows the last saved version (after a command, or another entry in evaluator mode);
    // unsaved edits are kept unless the note changed in the journal.
    void refresh();
    // Inserts `figure` as a chip at the cursor.
    void insertFigure(const cmcsim::KeyFigure& figure);
    // Saves the editor's note as a new version; false when refused (the reason is shown).
    bool save();
    bool modified() const;

    QTextEdit* editor() const { return editor_; }
    QAction* insertAction() const { return insertAction_; }
    QAction* saveAction() const { return saveAction_; }
    QLabel* status() const { return status_; }
    // The figures the candidate may insert now (KeyFigures::available of the state shown).
    std::vector<cmcsim::KeyFigure> figures() const;

private:
    void pickFigure();
    void setHeading(int level);
    void toggleList();
    void updateStatus();

    StudioSession& session_;
    QToolBar* toolbar_ = nullptr;
    QTextEdit* editor_ = nullptr;
    QLabel* status_ = nullptr;
    QAction* insertAction_ = nullptr;
    QAction* saveAction_ = nullptr;
    std::int64_t shownVersionEntry_ = -1;  // the journal entry of the version in the editor
    std::string savedMarkup_;              // its markup, to tell unsaved edits
};
