#include "cmcsim/report/ProspectCsv.h"

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
    std::string value(text);
    // OWASP CSV injection: a leading = + - @ tab or CR makes a spreadsheet evaluate the cell.
    if (startsLikeAFormula(value)) value.insert(value.begin(), '\'');
    const char separator = dialect_ == CsvDialect::ExcelFr ? ';' : ',';
    if (value.find_first_of(std::string{separator, '"', '\n', '\r'}) == std::string::npos)
        return value;
    std::string quoted = "\"";
    for (char c : value) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
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
