#include "cmcsim/core/OneLine.h"

namespace cmcsim {

namespace {
// Length of the control character or Unicode line separator at `i`, 0 if there is none.
std::size_t breakAt(std::string_view text, std::size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7F) return 1;
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x85)
        return 2;  // U+0085 NEL
    if (c == 0xE2 && text.substr(i, 3) == "\u2028") return 3;
    if (c == 0xE2 && text.substr(i, 3) == "\u2029") return 3;
    return 0;
}
}  // namespace

std::string oneLine(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pendingSpace = false;  // a break was met: one space before the next visible character
    for (std::size_t i = 0; i < text.size();) {
        if (const auto n = breakAt(text, i)) {
            while (!out.empty() && out.back() == ' ') out.pop_back();
            pendingSpace = !out.empty();
            i += n;
            while (i < text.size() && text[i] == ' ') ++i;
            continue;
        }
        if (pendingSpace) out += ' ';
        pendingSpace = false;
        out += text[i++];
    }
    return out;
}

}  // namespace cmcsim
