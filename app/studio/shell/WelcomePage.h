#pragma once

#include <QWidget>

#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/ScenarioLibrary.h"

class QLineEdit;
class QListWidget;
class QTextBrowser;

// The welcome page: the scenario library (bundled and opened files) with each scenario's brief
// and key figures, "Nouvelle épreuve", and the recent attempts.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    WelcomePage(const cmcsim::ReferenceData& reference, const cmcsim::ScenarioLibrary& library,
                QWidget* parent = nullptr);

    void refresh();  // re-reads user scenarios and recent attempts from the settings
    QString selectedScenario() const;  // a path
    QString candidateName() const;
    QListWidget* recentList() const { return recent_; }

    // How the recent attempts list shows `file`: candidate, scenario title, creation date, last
    // activity and number of actions, read through the engine's AttemptPreview; a missing or
    // damaged file is shown as unavailable with the reason (`available` false).
    static QString recentText(const QString& file, bool* available = nullptr);

Q_SIGNALS:
    void newAttemptRequested(const QString& scenarioPath, const QString& candidate);
    void openAttemptRequested(const QString& file);
    void evaluationRequested();      // "Ouvrir en mode évaluateur…"
    void comparisonRequested();      // "Comparer des épreuves…"
    void scenarioEditorRequested();  // "Créer ou modifier des scénarios…"

private:
    void showScenario();

    const cmcsim::ReferenceData& reference_;
    const cmcsim::ScenarioLibrary& library_;
    QListWidget* scenarios_ = nullptr;
    QTextBrowser* details_ = nullptr;
    QLineEdit* candidate_ = nullptr;
    QListWidget* recent_ = nullptr;
};
