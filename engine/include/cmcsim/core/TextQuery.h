#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cmcsim {

// A search typed by a user: its words, folded with foldText (case and accents ignored). It
// matches a text (folded beforehand) that contains every word, in any order: "hotel guerin"
// finds "Guérin Hôtel", "903 970 952" finds the SIRET 90397095200011. An empty query matches all.
class TextQuery {
public:
    explicit TextQuery(std::string_view query);

    bool empty() const { return words_.empty(); }
    bool matches(std::string_view folded) const;
    // Whether every word is in `a` or in `b`: matches(a + ' ' + b), since a word holds no space,
    // without joining them (a name and a SIRET, ProspectMatcher).
    bool matches(std::string_view a, std::string_view b) const;
    // The folded words, in the query's order.
    const std::vector<std::string>& words() const { return words_; }
    // Folds `text` and matches it (for texts not folded beforehand).
    bool matchesText(std::string_view text) const;

private:
    std::vector<std::string> words_;
};

}  // namespace cmcsim
