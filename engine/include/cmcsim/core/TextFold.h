#pragma once

#include <string>

namespace cmcsim {

// Lower-case ASCII transliteration of French text ("Étoile Sàrl" → "etoile sarl"), for
// searching and for building identifiers; other non-ASCII characters are dropped.
std::string foldText(const std::string& text);

}  // namespace cmcsim
