// Runs the studio suites under a QApplication on the offscreen platform, with settings kept
// apart from the user's (QStandardPaths test mode) and from the other test processes that ctest
// runs at the same time (a settings folder of this process's own).
#include <gtest/gtest.h>

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "common/InterfaceLanguage.h"

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    const QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("cmcsim-tests"));
    InterfaceLanguage::apply(QStringLiteral("fr"));  // as the studio starts by default
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
