#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cmcsim {

// Written needs and requirements read the way the company reads them (MeetingNeedsCheck): the
// text cut into sentences, each sentence into normalised words, and whether each sentence has a
// verb. A deterministic reading of French, documented in docs/simulation.md ("Les exigences et
// besoins écrits"); no dictionary beyond the verb forms and the small words held here.
struct MeetingNeedsText {
    struct Sentence {
        std::string text;                // as written, spaces trimmed
        std::vector<std::string> words;  // normalised (normalWord), in order; "€" kept
        bool verb = false;               // one of its words is a verb (isVerb)
    };
    std::vector<Sentence> sentences;

    // `text` cut at each . ! ? ; … (a point between two digits excepted) and at each line break;
    // sentences without any word are dropped.
    static MeetingNeedsText of(std::string_view text);
    // The normalised words of `text` (any case, accents, typographic apostrophes): words are the
    // runs of letters or of digits, "€" is a word of its own, and each word is normalWord'ed.
    static std::vector<std::string> words(std::string_view text);
    // A word folded (foldText) and brought to its singular: a final "aux" becomes "al" ("hospitaux"
    // → "hospital"), a final "s" or "x" is dropped from words of more than three letters
    // ("lunettes" → "lunette", "prix" → "pri"). Text and keywords go through the same.
    static std::string normalWord(std::string_view folded);
    // Articles, prepositions, conjunctions, the first and second person singular possessives
    // and elided letters ("le", "des", "et", "pour", "ses", "l"…): not counted among a
    // sentence's words. "notre", "votre", "nos", "vos", "leur(s)" count: they say whose need it
    // is ("votre budget est de 35 € par salarié et par mois" is a sentence).
    static bool smallWord(const std::string& normal);
};

}  // namespace cmcsim
