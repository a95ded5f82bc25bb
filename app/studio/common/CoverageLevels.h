#pragma once

#include <QCoreApplication>
#include <QString>

// The names of the four guarantee levels of a health contract, translated.
inline QString coverageLevelName(int level) {
    static const char* const names[] = {QT_TRANSLATE_NOOP("CoverageLevel", "Panier ANI"),
                                        QT_TRANSLATE_NOOP("CoverageLevel", "Intermédiaire"),
                                        QT_TRANSLATE_NOOP("CoverageLevel", "Confort"),
                                        QT_TRANSLATE_NOOP("CoverageLevel", "Haut de gamme")};
    return level >= 1 && level <= 4 ? QCoreApplication::translate("CoverageLevel", names[level - 1])
                                    : QString();
}
