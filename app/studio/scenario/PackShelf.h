#pragma once

#include <QString>
#include <QStringList>

namespace cmcsim {
struct ReferenceData;
}

// Where the studio keeps the scenario packs a user adds (Fichier ▸ Ajouter un scénario… with a
// .zip): each pack is validated and its scenarios written to a folder of the application's
// data named after the archive, so that the welcome page lists them like any scenario file.
struct PackShelf {
    // The scenario files of the pack `zip`, once copied; InputError when the pack is invalid
    // or cannot be copied.
    static QStringList install(const cmcsim::ReferenceData& reference, const QString& zip);
};
