#include "cmcsim/core/FrenchElision.h"

#include <array>
#include <string_view>

namespace cmcsim {

namespace {
bool startsWithVowel(std::string_view s) {
    static constexpr std::array<std::string_view, 28> vowels = {
        "a", "e", "i", "o", "u", "y", "A", "E", "I", "O", "U", "Y", "à", "â",
        "é", "è", "ê", "ë", "î", "ï", "ô", "û", "À", "Â", "É", "È", "Ê", "Î"};
    for (const auto v : vowels)
        if (s.starts_with(v)) return true;
    return s.starts_with("œ") || s.starts_with("Œ") || s.starts_with("Ô");
}

bool muteH(std::string_view s) {
    if (!s.starts_with("h") && !s.starts_with("H")) return false;
    static constexpr std::array<std::string_view, 14> aspirated = {
        "aut",  "all",  "alle",    "ameau",  "angar", "achette", "asard",
        "éros", "être", "ollande", "ongrie", "ousse", "utte",    "uit"};
    const auto rest = s.substr(1);
    for (const auto a : aspirated)
        if (rest.size() >= a.size()) {
            // Case-insensitive on the ASCII letters.
            bool same = true;
            for (std::size_t i = 0; i < a.size() && same; ++i) {
                const char c = rest[i];
                const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
                same = lower == a[i];
            }
            if (same) return false;
        }
    return startsWithVowel(rest);
}
}  // namespace

std::string elide(const std::string& word, const std::string& name) {
    static constexpr std::array<std::string_view, 9> elidable = {"de", "que", "le", "la", "je",
                                                                 "ne", "se",  "me", "te"};
    bool can = false;
    for (const auto w : elidable) can = can || word == w;
    if (!can || !(startsWithVowel(name) || muteH(name))) return word + " " + name;
    return word.substr(0, word.size() - 1) + "'" + name;
}

std::string elideBefore(const std::string& text, const std::string& key, const std::string& value) {
    std::string out = text;
    for (const std::string word : {"de", "que"}) {
        const auto pattern = word + " {" + key + "}";
        for (auto at = out.find(pattern); at != std::string::npos; at = out.find(pattern, at)) {
            // Whole word only: "de" not the end of "garde".
            const bool start = at == 0 || out[at - 1] == ' ' || out[at - 1] == '(' ||
                               out[at - 1] == '\'' || out[at - 1] == '"';
            if (!start) {
                at += pattern.size();
                continue;
            }
            const auto elided = elide(word, value);
            out.replace(at, pattern.size(), elided);
            at += elided.size();
        }
    }
    return out;
}

}  // namespace cmcsim
