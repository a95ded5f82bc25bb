#include "cmcsim/report/ProspectCsv.h"

#include <algorithm>

#include "cmcsim/core/FormulaCell.h"

namespace cmcsim {

bool ProspectCsv::parseDialect(std::string_view name, CsvDialect& dialect) {
    if (name == "excel-fr")
        dialect = CsvDialect::ExcelFr;
    else if (name == "rfc4180")
        dialect = CsvDialect::Rfc4180;
    else
        return false;
    return true;
}

std::string ProspectCsv::cell(std::string_view text) const {
    // OWASP CSV injection: a leading = + - @ tab or CR makes a spreadsheet evaluate the cell.
    const bool formula = startsLikeAFormula(text);
    const char separator = dialect_ == CsvDialect::ExcelFr ? ';' : ',';
    const bool quoted = std::any_of(text.begin(), text.end(), [&](char c) {
        return c == separator || c == '"' || c == '\n' || c == '\r';
    });
    std::string value;
    value.reserve(text.size() + 3);
    if (quoted) value += '"';
    if (formula) value += '\'';
    for (const char c : text) {
        if (quoted && c == '"') value += '"';
        value += c;
    }
    if (quoted) value += '"';
    return value;
}

void ProspectCsv::write(const Market& market, std::ostream& out) const {
    const ProspectView view(market, reference_, Knowledge{});
    std::vector<std::uint32_t> all(view.rows().size());
    for (std::uint32_t i = 0; i < all.size(); ++i) all[i] = i;
    write(view, all, out);
}

void ProspectCsv::write(const ProspectView& view, const std::vector<std::uint32_t>& lines,
                        std::ostream& out) const {
    write(ProspectTable(reference_, view, lines), out);
}

void ProspectCsv::write(const ProspectTable& table, std::ostream& out) const {
    writeHeader(out);
    std::vector<std::string> cells;
    for (std::size_t i = 0; i < table.size(); ++i) {
        table.row(i, cells);
        writeRow(cells, out);
    }
}

void ProspectCsv::writeHeader(std::ostream& out) const {
    const char separator = dialect_ == CsvDialect::ExcelFr ? ';' : ',';
    if (dialect_ == CsvDialect::ExcelFr) out << "\xEF\xBB\xBF";
    std::string line;
    for (const auto& column : ProspectTable::columns()) {
        if (!line.empty()) line += separator;
        line += column.key;
    }
    out << line << "\r\n";
}

void ProspectCsv::writeRow(const std::vector<std::string>& cells, std::ostream& out) const {
    const char separator = dialect_ == CsvDialect::ExcelFr ? ';' : ',';
    std::string line;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        if (c) line += separator;
        line += cell(cells[c]);
    }
    out << line << "\r\n";
}

}  // namespace cmcsim
