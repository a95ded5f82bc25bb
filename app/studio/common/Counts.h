#pragma once

#include <QCoreApplication>
#include <QString>
#include <algorithm>
#include <cmath>
#include <limits>

#include "common/StudioText.h"

// Counts shown with their noun agreed in number, "1 ligne", "0 salarié", "1 234 salariés": each
// is a tr() text with "(s)" marks and the count as its n (SourcePluralTranslator gives the French
// forms, a translation its own), the figure formatted the French way.
class Counts {
    Q_DECLARE_TR_FUNCTIONS(Counts)
public:
    // clang-format off
    static QString lines(double n) { return of(QT_TRANSLATE_N_NOOP("Counts", "%1 ligne(s)"), n); }
    static QString employees(double n) { return of(QT_TRANSLATE_N_NOOP("Counts", "%1 salarié(s)"), n); }
    static QString establishments(double n) { return of(QT_TRANSLATE_N_NOOP("Counts", "%1 établissement(s)"), n); }
    static QString communes(double n) { return of(QT_TRANSLATE_N_NOOP("Counts", "%1 commune(s)"), n); }
    static QString inhabitants(double n) { return of(QT_TRANSLATE_N_NOOP("Counts", "%1 habitant(s)"), n); }
    static QString insuredPeople(double n) { return of(QT_TRANSLATE_N_NOOP("Counts", "%1 personne(s) couverte(s)"), n); }
    static QString contracts(double n) { return of(QT_TRANSLATE_N_NOOP("Counts", "%1 contrat(s)"), n); }
    static QString weeks(double n) { return of(QT_TRANSLATE_N_NOOP("Counts", "%1 semaine(s)"), n); }
    // clang-format on

    // Analysis days may be fractional: "0,5 jour d'analyse", "1,5 jour", "2 jours".
    static QString analysisDays(double n) {
        const bool whole = std::abs(n - std::round(n)) < 1e-9;
        return tr("%1 jour(s) d'analyse", nullptr, plural(n)).arg(studio::number(n, whole ? 0 : 1));
    }

    // The n given to tr(): the count rounded down, so 1,5 stays singular as French wants.
    static int plural(double n) {
        return static_cast<int>(
            std::clamp(std::floor(std::abs(n)), 0.0, double(std::numeric_limits<int>::max())));
    }

private:
    static QString of(const char* source, double n) {
        return tr(source, nullptr, plural(n)).arg(studio::number(n));
    }
};
