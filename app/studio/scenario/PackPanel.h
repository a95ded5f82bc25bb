#pragma once

#include <QWidget>
#include <functional>

#include "cmcsim/scenario/ScenarioPack.h"

class QLineEdit;
class QListWidget;

// The scenario pack being assembled in the editor: its title, author and version and the
// scenarios it holds; opened from and saved to a folder or a zip archive (ScenarioPack).
class PackPanel : public QWidget {
    Q_OBJECT
public:
    explicit PackPanel(QWidget* parent = nullptr);

    const cmcsim::ScenarioPack& pack() const { return pack_; }
    // Replaces the pack shown (after opening one).
    void setPack(cmcsim::ScenarioPack pack);
    // Adds `scenario` (valid, as loaded) under "<id>.json", replacing a scenario of that id.
    void put(const cmcsim::Scenario& scenario);
    // The pack with the title, author and version typed.
    cmcsim::ScenarioPack edited() const;
    QListWidget* list() const { return list_; }

Q_SIGNALS:
    void scenarioChosen(const cmcsim::Scenario& scenario);  // double-clicked in the list
    void addRequested();
    void openRequested();
    void saveRequested();

private:
    void refresh();

    cmcsim::ScenarioPack pack_;
    QLineEdit *title_, *author_, *version_;
    QListWidget* list_;
};
