#pragma once

#include <QList>
#include <QPair>
#include <QWidget>
#include <vector>

#include "cmcsim/core/InputError.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {
struct ReferenceData;
class ScenarioLibrary;
}  // namespace cmcsim
class EventsPage;
class GeneralPage;
class MixPage;
class PackPanel;
class PreviewPanel;
class QComboBox;
class QLabel;
class QListWidget;
class QTabWidget;
class QTimer;
class ScenarioPage;
class TerritoryPage;

// The "Scénarios" workspace for trainers: every field of the scenario format in forms, the
// loader's validation errors shown at their field and listed, a live preview of the market,
// "Enregistrer" (JSON of format v2), "Dupliquer", "Nouveau depuis un modèle" (a bundled
// scenario) and scenario packs. Works without an attempt.
class ScenarioEditor : public QWidget {
    Q_OBJECT
public:
    ScenarioEditor(const cmcsim::ReferenceData& reference, const cmcsim::ScenarioLibrary& library,
                   QWidget* parent = nullptr);

    // Fills the forms with a bundled scenario ("rouen-ze"), as a new unsaved scenario.
    void newFromTemplate(const QString& bundledId);
    // Loads a scenario file (format 1 or 2); false after telling why.
    bool openFile(const QString& path);
    // Validates and writes the scenario as JSON; false (nothing written) when it has errors or
    // the file cannot be written, after telling why. `quiet`: no dialog (tests).
    bool saveFile(const QString& path, bool quiet = false);
    // Makes the scenario a new one: "-copie" added to its id, " (copie)" to its title.
    void duplicate();
    bool openPack(const QString& path, bool quiet = false);
    bool savePack(const QString& path, bool quiet = false);
    // Shows `scenario` in the forms.
    void load(const cmcsim::Scenario& scenario);

    // The forms read into a scenario, then written and read back by the engine: the problems
    // (JSON path and French reason), each marked at its field; `valid` receives the scenario as
    // loaded when there is none.
    std::vector<cmcsim::Problem> validate(cmcsim::Scenario* valid = nullptr);
    QString currentFile() const { return file_; }
    QTabWidget* pages() const { return tabs_; }
    QListWidget* errors() const { return errors_; }
    PreviewPanel* preview() const { return preview_; }
    PackPanel* packPanel() const { return pack_; }
    QComboBox* templates() const { return templates_; }

Q_SIGNALS:
    void fileChanged(const QString& file);

private:
    void edited();
    void focusError(int row);
    void tell(const QString& title, const QString& message, bool quiet);

    const cmcsim::ReferenceData& reference_;
    const cmcsim::ScenarioLibrary& library_;
    QList<ScenarioPage*> pageList_;
    GeneralPage* general_ = nullptr;
    TerritoryPage* territory_ = nullptr;
    MixPage* mix_ = nullptr;
    EventsPage* events_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QListWidget* errors_ = nullptr;
    QLabel* summary_ = nullptr;
    PreviewPanel* preview_ = nullptr;
    PackPanel* pack_ = nullptr;
    QComboBox* templates_ = nullptr;
    QTimer* validation_ = nullptr;
    QString file_;
    QList<QPair<int, QWidget*>> errorPlaces_;  // page index and widget of each listed error
    bool loading_ = false;
};
