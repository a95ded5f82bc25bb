#include "cmcsim/core/TextFold.h"

#include <array>
#include <utility>

namespace cmcsim {

std::string foldText(std::string_view text) {
    // The accented letters of French (lower and upper case), the ligatures and the typographic
    // apostrophe; Latin-1 and Latin Extended-A letters seen in place names.
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 46> accents = {
        {{"à", "a"}, {"â", "a"}, {"ä", "a"},  {"á", "a"},     {"ç", "c"},  {"é", "e"},  {"è", "e"},
         {"ê", "e"}, {"ë", "e"}, {"î", "i"},  {"ï", "i"},     {"í", "i"},  {"ô", "o"},  {"ö", "o"},
         {"ó", "o"}, {"ù", "u"}, {"û", "u"},  {"ü", "u"},     {"ú", "u"},  {"ÿ", "y"},  {"ñ", "n"},
         {"À", "a"}, {"Â", "a"}, {"Ä", "a"},  {"Ç", "c"},     {"É", "e"},  {"È", "e"},  {"Ê", "e"},
         {"Ë", "e"}, {"Î", "i"}, {"Ï", "i"},  {"Ô", "o"},     {"Ö", "o"},  {"Ù", "u"},  {"Û", "u"},
         {"Ü", "u"}, {"Ÿ", "y"}, {"Ñ", "n"},  {"œ", "oe"},    {"Œ", "oe"}, {"æ", "ae"}, {"Æ", "ae"},
         {"’", "'"}, {"‘", "'"}, {"ß", "ss"}, {"\u00A0", " "}}};
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) >= 0x80) {
            bool replaced = false;
            for (const auto& [from, to] : accents) {
                if (text.compare(i, from.size(), from) == 0) {
                    out += to;
                    i += from.size();
                    replaced = true;
                    break;
                }
            }
            if (!replaced) ++i;
            continue;
        }
        const char c = text[i++];
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

}  // namespace cmcsim
