#pragma once

#include <QSettings>
#include <QString>
#include <QTemporaryDir>

#include "StudioFixture.h"
#include "shell/MainWindow.h"

namespace cmcsim::test {

// A main window, with settings cleared, on which a test creates an attempt of the session fixture
// scenario in a temporary folder, as the candidate does from the menu.
class FixtureWindow {
public:
    // Creates and opens `fileName` in the temporary folder; false after the window told why.
    bool createAttempt(const QString& fileName, const QString& candidate = {}) {
        return window_.createAttempt(
            QString::fromStdString(studioFixture("scenarios/session.json").string()),
            dir_.filePath(fileName), candidate);
    }
    MainWindow& window() { return window_; }

private:
    struct ClearedSettings {
        ClearedSettings() { QSettings().clear(); }
    };
    ClearedSettings cleared_;  // before the window reads them
    QTemporaryDir dir_;
    MainWindow window_;
};

}  // namespace cmcsim::test
