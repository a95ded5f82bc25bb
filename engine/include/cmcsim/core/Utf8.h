#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace cmcsim {

// Checks on text a user typed or a file holds, and its safe display on a terminal.
namespace utf8 {

// The byte offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF), or nothing when all of it is.
std::optional<std::size_t> firstInvalidByte(std::string_view text);
bool isValid(std::string_view text);

// The number of characters (code points) of well-formed text: what a length limit such as
// "1 to 160 characters" counts, so "é" is one character, not its two bytes.
std::size_t length(std::string_view text);

// The first control character (C0 except those in `allowed`, DEL, C1 U+0080..U+009F, or a
// bidirectional formatting character such as U+202E, which reverses what follows on screen) of
// well-formed text, as "U+001B", or nothing. Escape sequences start with such characters.
std::optional<std::string> firstControl(std::string_view text, std::string_view allowed = "");

// True when well-formed text shows nothing once trimmed: empty, or only white space (Unicode
// White_Space: space, tab, line breaks, no-break and typographic spaces U+00A0, U+2000..U+200A,
// U+202F, U+3000…) and invisible joiners (U+200B..U+200D, U+2060, U+FEFF). A title, a name or
// a text read from a file must not be blank (JsonReader::words).
bool isBlank(std::string_view text);

// The text as a terminal may print it: every control character (as firstControl) except newline
// and tab, and
// every byte of ill-formed UTF-8, becomes U+FFFD, so no escape sequence reaches the terminal.
std::string terminalSafe(std::string_view text);

}  // namespace utf8
}  // namespace cmcsim
