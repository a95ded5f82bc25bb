#pragma once

#include <string>

namespace cmcsim {

// A figure the candidate may insert in the synthesis note (KeyFigures::available): a value of
// the data as the candidate sees it, with a stable id and its source, in French.
struct KeyFigure {
    std::string id;  // stable across the attempt: "marche/effectif_salarie", "segment/s1/lignes"
    std::string
        theme;  // "Marché", "Segments", "Études", "Portefeuille", "Plan d'actions", "Semaines"
    std::string label;   // "Salariés du fichier prospects"
    double value = 0;    // in `unit`
    int decimals = 0;    // decimals shown
    std::string unit;    // "salariés", "€", "%", … ("" for a bare count)
    std::string source;  // where it comes from: "Fichier prospects tel que vous le connaissez"

    // The value as the note shows it: French digits and the unit, "1 234 salariés", "12,5 %".
    std::string shown() const;
};

}  // namespace cmcsim
