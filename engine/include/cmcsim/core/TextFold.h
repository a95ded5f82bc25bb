#pragma once

#include <string>
#include <string_view>

namespace cmcsim {

// Lower-case ASCII transliteration of French text ("Étoile Sàrl" → "etoile sarl", "Cœur" →
// "coeur", "d’Orléans" → "d'orleans"), for searching and for building identifiers; other
// non-ASCII characters are dropped. Every search of the product (prospect table, Offres company
// chooser, communes, filter lists) compares folded text, so it ignores case and accents.
std::string foldText(std::string_view text);

}  // namespace cmcsim
