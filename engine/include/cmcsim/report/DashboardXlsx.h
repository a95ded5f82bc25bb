#pragma once

#include <filesystem>

#include "cmcsim/report/DashboardDocument.h"
#include "cmcsim/sim/Dashboard.h"

namespace cmcsim {

// Writes the piloting dashboard as an Excel workbook with libxlsxwriter: a first sheet
// "Synthèse" (candidate, scenario, weeks), then one sheet per table of DashboardTables, named as
// DashboardTable::sheet, with a bold frozen header; figures are numbers with their format
// (counts "0", decimals "0.0", euros "# ##0 €", rates "0.0 %"), a rate with nothing to divide is
// the text "sans objet".
struct DashboardXlsx {
    // Writes `file` (replacing it); on failure removes what was written and throws InputError
    // naming the file.
    static void write(const Dashboard& dashboard, const DashboardSubject& subject,
                      const std::filesystem::path& file);
};

}  // namespace cmcsim
