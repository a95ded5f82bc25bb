#include "cmcsim/core/TextFold.h"

#include <array>
#include <string_view>
#include <utility>

namespace cmcsim {

std::string foldText(const std::string& text) {
    static constexpr std::array<std::pair<std::string_view, char>, 28> accents = {
        {{"à", 'a'}, {"â", 'a'}, {"ä", 'a'}, {"ç", 'c'}, {"é", 'e'}, {"è", 'e'}, {"ê", 'e'},
         {"ë", 'e'}, {"î", 'i'}, {"ï", 'i'}, {"ô", 'o'}, {"ö", 'o'}, {"ù", 'u'}, {"û", 'u'},
         {"ü", 'u'}, {"ÿ", 'y'}, {"É", 'e'}, {"È", 'e'}, {"À", 'a'}, {"Ç", 'c'}, {"Ê", 'e'},
         {"Î", 'i'}, {"Ô", 'o'}, {"œ", 'o'}, {"Œ", 'o'}, {"æ", 'a'}, {"Â", 'a'}, {"Û", 'u'}}};
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
