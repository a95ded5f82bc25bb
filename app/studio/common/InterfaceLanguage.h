#pragma once

#include <QString>

// The language of the interface (French, the source language, or English): which one the studio
// starts in, and what follows from it — the studio's and Qt's own translations, French plurals
// and the locale every number entry uses.
class InterfaceLanguage {
public:
    // The language to start in: `requested` (--lang) if given, else the choice saved from
    // Affichage ▸ Langue, else French (the product speaks French whatever the system's language).
    // Returns "fr" or "en"; anything else is French.
    static QString choose(const QString& requested);

    // Installs the translators of `language` ("fr" or "en") on the running application, replacing
    // those of a previous call, and makes its locale the default one (QLocale::setDefault), so
    // every spin box reads "6,5" in French and "6.5" in English whatever the system's locale.
    static void apply(const QString& language);

    // The language applied last ("fr" before any apply()).
    static QString current();

    // The saved choice of Affichage ▸ Langue (QSettings key "langue").
    static void save(const QString& language);
};
