#include "cmcsim/report/TablesXlsx.h"

#include <xlsxwriter.h>

#include <cmath>
#include <fstream>
#include <memory>

#include "cmcsim/core/InputError.h"

namespace cmcsim {

namespace {
// Frees an unfinished workbook without writing it (on failure).
struct WorkbookDiscarder {
    void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};

// The number a cell writes: euros in cents (a sum of premiums read 70626.649999 in the file),
// rates to 1e-6, other figures to 1e-9, so that no float noise reaches the workbook.
double written(const DashboardCell& cell) {
    // Multiplied then divided by a power of ten: the quotient is the double nearest the rounded
    // decimal (70626.65), where a product by 0.01 would not be.
    const double scale = cell.kind == DashboardCell::Kind::Euros  ? 1e2
                         : cell.kind == DashboardCell::Kind::Rate ? 1e6
                                                                  : 1e9;
    return std::round(cell.number * scale) / scale;
}

// A count that is a whole number (a count objective's share of a month may not be).
bool whole(const DashboardCell& cell) {
    return std::round(cell.number * 100) == std::round(cell.number) * 100;
}
}  // namespace

void TablesXlsx::write(const std::vector<std::string>& summary,
                       const std::vector<DashboardTable>& tables,
                       const std::filesystem::path& file) {
    std::unique_ptr<lxw_workbook, WorkbookDiscarder> workbook;
    const auto fail = [&](const std::string& why) {
        workbook.reset();
        std::error_code ignored;
        std::filesystem::remove(file, ignored);
        throw InputError(file.string(), "écriture du classeur XLSX impossible : " + why);
    };
    // libxlsxwriter creates the file only when closing: a file that cannot be created is
    // reported first, plainly.
    if (!std::ofstream(file, std::ios::binary | std::ios::trunc)) fail("création impossible");
    // Strings inline, rows written in order (the tables are small; it keeps the file simple).
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    workbook.reset(workbook_new_opt(file.string().c_str(), &options));
    if (!workbook) fail("création refusée");
    auto* book = workbook.get();
    auto* header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xDDE4EE);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    auto* title = workbook_add_format(book);
    format_set_bold(title);
    format_set_font_size(title, 14);
    auto* integer = workbook_add_format(book);
    format_set_num_format(integer, "0");
    auto* decimal = workbook_add_format(book);
    format_set_num_format(decimal, "0.0");
    // A count objective's share of a monthly objective (DashboardCell::countShare).
    auto* share = workbook_add_format(book);
    format_set_num_format(share, "0.00");
    auto* euros = workbook_add_format(book);
    format_set_num_format(euros, "#,##0 \"€\"");
    auto* rate = workbook_add_format(book);
    format_set_num_format(rate, "0.0 %");
    auto* missing = workbook_add_format(book);
    format_set_italic(missing);
    format_set_align(missing, LXW_ALIGN_RIGHT);
    format_set_font_color(missing, 0x808080);

    lxw_error error = LXW_NO_ERROR;
    const auto check = [&](const std::string& where) {
        if (error != LXW_NO_ERROR) fail(where + " : " + lxw_strerror(error));
    };
    // The summary sheet: one line each.
    auto* first = workbook_add_worksheet(book, "Synthèse");
    if (!first) fail("feuille Synthèse");
    worksheet_set_column(first, 0, 0, 90, nullptr);
    for (std::size_t i = 0; i < summary.size(); ++i) {
        error = worksheet_write_string(first, static_cast<lxw_row_t>(i), 0, summary[i].c_str(),
                                       i == 0 ? title : nullptr);
        check("Synthèse");
    }

    for (const auto& table : tables) {
        auto* ws = workbook_add_worksheet(book, table.sheet.c_str());
        if (!ws) fail("feuille " + table.sheet);
        for (std::size_t c = 0; c < table.header.size(); ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            worksheet_set_column(ws, col, col, c < table.widths.size() ? table.widths[c] : 12,
                                 nullptr);
            error = worksheet_write_string(ws, 0, col, table.header[c].c_str(), header);
            check(table.sheet);
        }
        worksheet_freeze_panes(ws, 1, 0);
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            const auto row = static_cast<lxw_row_t>(r + 1);
            for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
                const auto& cell = table.rows[r][c];
                const auto col = static_cast<lxw_col_t>(c);
                using Kind = DashboardCell::Kind;
                if (cell.missing)
                    error = worksheet_write_string(ws, row, col, cell.french().c_str(), missing);
                else if (cell.kind == Kind::Text)
                    error = worksheet_write_string(ws, row, col, cell.text.c_str(), nullptr);
                else
                    error = worksheet_write_number(ws, row, col, written(cell),
                                                   cell.kind == Kind::Integer
                                                       ? (whole(cell) ? integer : share)
                                                   : cell.kind == Kind::Decimal ? decimal
                                                   : cell.kind == Kind::Euros   ? euros
                                                                                : rate);
                check(table.sheet);
            }
        }
    }
    error = workbook_close(workbook.release());
    if (error != LXW_NO_ERROR) fail(lxw_strerror(error));
}

}  // namespace cmcsim
