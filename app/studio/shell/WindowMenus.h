#pragma once

#include <QList>

class MainWindow;
class QAction;
class QMenu;
class RecentAttemptsMenu;

// The main window's menus (Fichier, Édition, Affichage, Aide) and toolbar: each entry calls the
// window back; the entries that need an open attempt are listed for the window to enable.
// Strings keep the MainWindow translation context (MainWindow::tr) they were translated in.
class WindowMenus {
public:
    explicit WindowMenus(MainWindow& window);

    QAction* undo() const { return undo_; }
    QAction* redo() const { return redo_; }
    QAction* handIn() const { return handIn_; }
    RecentAttemptsMenu* recent() const { return recent_; }
    // Enabled only while an attempt is open (and none is being opened).
    const QList<QAction*>& attemptActions() const { return attemptActions_; }

private:
    void buildFile();
    void buildEdit();
    void buildView();
    void buildHelp();
    void buildToolbar();
    // Brings the open attempt's workspace of type `Workspace` to the front (Affichage menu).
    template <typename Workspace>
    void showWorkspace();

    MainWindow& window_;
    QAction* new_ = nullptr;
    QAction* open_ = nullptr;
    QAction* export_ = nullptr;
    QAction* undo_ = nullptr;
    QAction* redo_ = nullptr;
    QAction* handIn_ = nullptr;
    RecentAttemptsMenu* recent_ = nullptr;
    QList<QAction*> attemptActions_;
};
