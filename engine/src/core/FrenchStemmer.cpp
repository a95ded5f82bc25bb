#include "cmcsim/core/FrenchStemmer.h"

#include <libstemmer.h>

#include <memory>
#include <stdexcept>

namespace cmcsim {

namespace {

struct StemmerDelete {
    void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};

// A Snowball stemmer keeps its state between calls: one per thread.
sb_stemmer& stemmer() {
    thread_local const std::unique_ptr<sb_stemmer, StemmerDelete> instance(
        sb_stemmer_new("french", "UTF_8"));
    if (!instance) throw std::runtime_error("racinisation : le stemmer français est indisponible");
    return *instance;
}

}  // namespace

std::string frenchStem(std::string_view foldedWord) {
    auto& s = stemmer();
    const auto* stem = sb_stemmer_stem(&s, reinterpret_cast<const sb_symbol*>(foldedWord.data()),
                                       static_cast<int>(foldedWord.size()));
    if (!stem) throw std::runtime_error("racinisation : mémoire insuffisante");
    return {reinterpret_cast<const char*>(stem), static_cast<std::size_t>(sb_stemmer_length(&s))};
}

}  // namespace cmcsim
