#include "cmcsim/core/Utf8.h"

#include <fmt/format.h>

namespace cmcsim::utf8 {

namespace {
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// The length of the well-formed sequence at `at` and its code point, or 0 when ill-formed.
std::size_t sequenceAt(std::string_view text, std::size_t at, char32_t& codePoint) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    if (lead < 0x80) {
        codePoint = lead;
        return 1;
    }
    std::size_t length = 0;
    char32_t min = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        codePoint = lead & 0x1Fu;
        min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        codePoint = lead & 0x0Fu;
        min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        codePoint = lead & 0x07u;
        min = 0x10000;
    } else {
        return 0;
    }
    if (at + length > text.size()) return 0;
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(at + i) & 0xC0u) != 0x80u) return 0;
        codePoint = (codePoint << 6) | (byte(at + i) & 0x3Fu);
    }
    if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return 0;
    return length;
}

// C0, DEL, C1, and the bidirectional formatting characters (Unicode UAX #9: LRM, RLM, ALM,
// LRE..RLO, LRI..PDI), which reorder what is displayed around them: a name holding U+202E shows
// its end reversed ("Trojan Source", CVE-2021-42574).
bool isControl(char32_t c) {
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x200E || c == 0x200F ||
           c == 0x061C || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// Unicode White_Space (PropList.txt) and the zero-width characters that show nothing.
bool isInvisible(char32_t c) {
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200D) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x2060 || c == 0x3000 || c == 0xFEFF;
}
}  // namespace

std::optional<std::size_t> firstInvalidByte(std::string_view text) {
    char32_t c = 0;
    for (std::size_t at = 0; at < text.size();) {
        const auto length = sequenceAt(text, at, c);
        if (length == 0) return at;
        at += length;
    }
    return std::nullopt;
}

bool isValid(std::string_view text) {
    return !firstInvalidByte(text);
}

std::size_t length(std::string_view text) {
    std::size_t n = 0;
    for (const char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;  // not a continuation byte
    return n;
}

std::optional<std::string> firstControl(std::string_view text, std::string_view allowed) {
    char32_t c = 0;
    for (std::size_t at = 0; at < text.size();) {
        const auto length = sequenceAt(text, at, c);
        if (length == 0) return std::nullopt;
        if (isControl(c) && (c >= 0x80 || allowed.find(static_cast<char>(c)) == allowed.npos))
            return fmt::format("U+{:04X}", static_cast<std::uint32_t>(c));
        at += length;
    }
    return std::nullopt;
}

bool isBlank(std::string_view text) {
    char32_t c = 0;
    for (std::size_t at = 0; at < text.size();) {
        const auto length = sequenceAt(text, at, c);
        if (length == 0 || !isInvisible(c)) return false;
        at += length;
    }
    return true;
}

std::string terminalSafe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    char32_t c = 0;
    for (std::size_t at = 0; at < text.size();) {
        const auto length = sequenceAt(text, at, c);
        if (length == 0) {
            out += kReplacement;
            ++at;
            continue;
        }
        if (isControl(c) && c != '\n' && c != '\t')
            out += kReplacement;
        else
            out += text.substr(at, length);
        at += length;
    }
    return out;
}

}  // namespace cmcsim::utf8
