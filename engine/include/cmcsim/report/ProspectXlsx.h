#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "cmcsim/report/ProspectTable.h"

namespace cmcsim {

// Writes the prospect export (ProspectTable) as an Excel workbook with libxlsxwriter: codes as
// text cells (leading zeros kept: commune 01053, IDCC 0016, band 01), the headcount as a
// number, the renewal as a date (dd/mm/yyyy), a bold frozen header, an autofilter and the
// columns' widths. A sheet holds at most 1 048 575 lines (Excel's limit, with its header): a
// longer export continues on "Prospects (2)", … Cells are strings, never formulas, so nothing
// needs neutralising. Rows are streamed (libxlsxwriter's constant-memory mode), so a national
// file needs little memory.
class ProspectXlsx {
public:
    static constexpr std::size_t kRowsPerSheet = 1'048'575;
    // Writes `file` (replacing it); on failure removes what was written and throws InputError
    // naming the file.
    static void write(const ProspectTable& table, const std::filesystem::path& file,
                      std::size_t rowsPerSheet = kRowsPerSheet);
    // The same export from `rows` lines handed over one at a time, in order, by `row(i, cells)`
    // (a streamed file).
    using RowSource = std::function<void(std::size_t, std::vector<std::string>&)>;
    static void write(std::size_t rows, const RowSource& row, const std::filesystem::path& file,
                      std::size_t rowsPerSheet = kRowsPerSheet);
};

}  // namespace cmcsim
