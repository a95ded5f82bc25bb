#include "cmcsim/report/ProspectXlsx.h"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <fstream>
#include <memory>

#include "cmcsim/core/Date.h"
#include "cmcsim/core/InputError.h"

namespace cmcsim {

namespace {
// Excel's limit on the characters of a cell; longer text (a long note) is cut at a UTF-8
// character boundary.
constexpr std::size_t kCellMaxBytes = 32767;

const char* bounded(std::string& text) {
    if (text.size() > kCellMaxBytes) {
        std::size_t end = kCellMaxBytes;
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
        text.resize(end);
    }
    return text.c_str();
}

// Frees an unfinished workbook without writing it (on failure).
struct WorkbookDiscarder {
    void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};
}  // namespace

void ProspectXlsx::write(const ProspectTable& table, const std::filesystem::path& file,
                         std::size_t rowsPerSheet) {
    write(
        table.size(), [&](std::size_t i, std::vector<std::string>& cells) { table.row(i, cells); },
        file, rowsPerSheet);
}

void ProspectXlsx::write(std::size_t rowCount, const RowSource& rowAt,
                         const std::filesystem::path& file, std::size_t rowsPerSheet) {
    std::unique_ptr<lxw_workbook, WorkbookDiscarder> workbook;
    const auto fail = [&](const std::string& why) {
        workbook.reset();
        std::error_code ignored;
        std::filesystem::remove(file, ignored);
        throw InputError(file.string(), "écriture du classeur XLSX impossible : " + why);
    };
    // libxlsxwriter creates the file only when closing, and prints its own message on failure:
    // a file that cannot be created is reported first, plainly.
    if (!std::ofstream(file, std::ios::binary | std::ios::trunc)) fail("création impossible");
    rowsPerSheet = std::clamp<std::size_t>(rowsPerSheet, 1, kRowsPerSheet);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = rowCount > 200'000 ? LXW_TRUE : LXW_FALSE;
    workbook.reset(workbook_new_opt(file.string().c_str(), &options));
    if (!workbook) fail("création refusée");
    auto* header = workbook_add_format(workbook.get());
    format_set_bold(header);
    format_set_bg_color(header, 0xDDE4EE);
    format_set_bottom(header, LXW_BORDER_THIN);
    auto* code = workbook_add_format(workbook.get());
    format_set_num_format(code, "@");  // text: what is typed in the cell stays text too
    auto* date = workbook_add_format(workbook.get());
    format_set_num_format(date, "dd/mm/yyyy");
    auto* integer = workbook_add_format(workbook.get());
    format_set_num_format(integer, "0");

    const auto& columns = ProspectTable::columns();
    const auto lastColumn = static_cast<lxw_col_t>(columns.size() - 1);
    std::vector<std::string> cells;
    std::size_t written = 0;
    for (std::size_t sheet = 0; sheet == 0 || written < rowCount; ++sheet) {
        const auto name =
            sheet == 0 ? std::string("Prospects") : fmt::format("Prospects ({})", sheet + 1);
        auto* ws = workbook_add_worksheet(workbook.get(), name.c_str());
        if (!ws) fail("feuille " + name);
        const std::size_t rows = std::min(rowsPerSheet, rowCount - written);
        for (lxw_col_t c = 0; c <= lastColumn; ++c) {
            const auto kind = columns[c].kind;
            lxw_format* format = kind == ExportCellKind::Code      ? code
                                 : kind == ExportCellKind::Date    ? date
                                 : kind == ExportCellKind::Integer ? integer
                                                                   : nullptr;
            worksheet_set_column(ws, c, c, columns[c].width, format);
            const std::string key(columns[c].key);
            worksheet_write_string(ws, 0, c, key.c_str(), header);
        }
        worksheet_freeze_panes(ws, 1, 0);
        worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(rows), lastColumn);
        for (std::size_t r = 0; r < rows; ++r, ++written) {
            rowAt(written, cells);
            const auto row = static_cast<lxw_row_t>(r + 1);
            for (lxw_col_t c = 0; c <= lastColumn; ++c) {
                auto& cell = cells[c];
                if (cell.empty()) continue;
                lxw_error error = LXW_NO_ERROR;
                switch (columns[c].kind) {
                    case ExportCellKind::Integer:
                        error = worksheet_write_number(ws, row, c, std::stod(cell), integer);
                        break;
                    case ExportCellKind::Date:
                        if (const auto d = Date::parseIso(cell)) {
                            lxw_datetime dt{d->year(),
                                            static_cast<int>(d->month()),
                                            static_cast<int>(d->day()),
                                            0,
                                            0,
                                            0};
                            error = worksheet_write_datetime(ws, row, c, &dt, date);
                        } else {
                            error = worksheet_write_string(ws, row, c, bounded(cell), nullptr);
                        }
                        break;
                    case ExportCellKind::Code:
                        error = worksheet_write_string(ws, row, c, bounded(cell), code);
                        break;
                    case ExportCellKind::Text:
                        error = worksheet_write_string(ws, row, c, bounded(cell), nullptr);
                        break;
                }
                if (error != LXW_NO_ERROR)
                    fail(fmt::format("ligne {}, colonne {} : {}", written + 1, columns[c].key,
                                     lxw_strerror(error)));
            }
        }
    }
    const auto error = workbook_close(workbook.release());
    if (error != LXW_NO_ERROR) fail(lxw_strerror(error));
}

}  // namespace cmcsim
