// Runs the studio suites under a QApplication on the offscreen platform, with settings kept
// apart from the user's (QStandardPaths test mode).
#include <gtest/gtest.h>

#include <QApplication>
#include <QStandardPaths>

#include "InterfaceLanguage.h"

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("cmcsim-tests"));
    InterfaceLanguage::apply(QStringLiteral("fr"));  // as the studio starts by default
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
