#pragma once

#include <string>
#include <string_view>

namespace cmcsim {

// `text` as one line: every line break (CR, LF, U+0085, U+2028, U+2029), tab or other control
// character, with the spaces around it, becomes one space, and the ends are trimmed of them
// ("enfants\n et" → "enfants et"). Every cell of an export and every field the CLI prints in a
// line goes through it, because line-based importers (CRM, spreadsheets) split records at a
// line break even inside a quoted cell.
std::string oneLine(std::string_view text);

}  // namespace cmcsim
