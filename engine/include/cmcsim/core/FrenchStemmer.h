#pragma once

#include <string>
#include <string_view>

namespace cmcsim {

// The stem of a French word by the Snowball French stemmer (libstemmer, Debian libstemmer-dev:
// snowballstem.org/algorithms/french/stemmer.html), so that the forms of one word compare equal
// (« remboursement », « remboursé », « rembourse » → « rembours »). The word is expected folded
// (foldText: lower case, no accents), as every comparison of texts in the engine folds them; the
// stem of a folded word is folded. Thread-safe (one stemmer per thread); throws
// std::runtime_error only when the stemmer cannot be created (out of memory).
std::string frenchStem(std::string_view foldedWord);

}  // namespace cmcsim
