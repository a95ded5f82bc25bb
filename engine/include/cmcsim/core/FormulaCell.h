#pragma once

#include <string_view>

namespace cmcsim {

// Whether a spreadsheet would evaluate `text` as a formula when it opens a CSV cell holding it:
// it starts with = + - @ tab or CR (OWASP "CSV Injection"). Exports put an apostrophe before
// such a cell so that it stays text.
bool startsLikeAFormula(std::string_view text);

}  // namespace cmcsim
