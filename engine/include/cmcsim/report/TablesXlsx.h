#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "cmcsim/report/DashboardTables.h"

namespace cmcsim {

// Writes tables as an Excel workbook with libxlsxwriter (the dashboard's and the group
// comparison's exports): a first sheet "Synthèse" with `summary`, one line each (the first in
// bold), then one sheet per table, named as DashboardTable::sheet, with a bold frozen header;
// figures are numbers with their format (counts "0", decimals "0.0", euros "# ##0 €", rates
// "0.0 %"), a missing figure is its text ("sans objet") in grey italics.
struct TablesXlsx {
    // Writes `file` (replacing it); on failure removes what was written and throws InputError
    // naming the file.
    static void write(const std::vector<std::string>& summary,
                      const std::vector<DashboardTable>& tables, const std::filesystem::path& file);
};

}  // namespace cmcsim
