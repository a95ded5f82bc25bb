#pragma once

#include <QMenu>

// The File menu's recent attempts: the last attempt files opened, kept in the settings, each an
// action that asks for its file to be opened.
class RecentAttemptsMenu : public QMenu {
    Q_OBJECT
public:
    explicit RecentAttemptsMenu(QWidget* parent = nullptr);
    // Puts `file` first (and remembers its folder for the next file dialog).
    void remember(const QString& file);

Q_SIGNALS:
    void openRequested(const QString& file);

private:
    void refresh();
};
