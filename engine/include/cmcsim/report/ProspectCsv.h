#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "cmcsim/market/Market.h"
#include "cmcsim/prospects/ProspectView.h"
#include "cmcsim/report/ProspectTable.h"

namespace cmcsim {

struct ReferenceData;

// The CSV dialects of an export: French spreadsheets (UTF-8 BOM, ';', decimal comma) or RFC 4180.
enum class CsvDialect { ExcelFr, Rfc4180 };

// Writes the prospect file as the candidate sees it (the columns of ProspectTable) in CSV; cells
// a spreadsheet would run as formulas are neutralised with a leading apostrophe.
class ProspectCsv {
public:
    ProspectCsv(const ReferenceData& reference, CsvDialect dialect)
        : reference_(reference), dialect_(dialect) {}

    // The whole prospect file as delivered (nothing verified).
    void write(const Market& market, std::ostream& out) const;
    // The given lines as the candidate sees them now, without the candidate's marks.
    void write(const ProspectView& view, const std::vector<std::uint32_t>& lines,
               std::ostream& out) const;
    void write(const ProspectTable& table, std::ostream& out) const;
    // The export written line by line (a streamed file): the BOM and header, then each line's
    // cells (ProspectTable::columns() order).
    void writeHeader(std::ostream& out) const;
    void writeRow(const std::vector<std::string>& cells, std::ostream& out) const;
    // One cell, quoted and neutralised as the dialect requires.
    std::string cell(std::string_view text) const;
    static bool parseDialect(std::string_view name, CsvDialect& dialect);

private:
    const ReferenceData& reference_;
    CsvDialect dialect_;
};

}  // namespace cmcsim
