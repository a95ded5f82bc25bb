#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace cmcsim {

// A validated CSV file (RFC 4180, UTF-8, header row) whose cells are read with typed,
// range-checked accessors that report file, line, column and what was expected.
class CsvTable {
public:
    // Reads `path`; `displayName` is how errors name the file (e.g. "datasets/communes.csv").
    // The header must be exactly `columns`, in that order.
    static CsvTable load(const std::filesystem::path& path, std::string displayName,
                         const std::vector<std::string>& columns);
    static CsvTable parse(std::string_view text, std::string displayName,
                          const std::vector<std::string>& columns);

    std::size_t rowCount() const { return rows_; }

    std::string text(std::size_t row, std::size_t column) const;
    // The same without a copy, valid as long as the table.
    std::string_view view(std::size_t row, std::size_t column) const;
    // A non-empty cell.
    std::string required(std::size_t row, std::size_t column) const;
    // The same without a copy, valid as long as the table.
    std::string_view requiredView(std::size_t row, std::size_t column) const;
    std::int64_t integer(std::size_t row, std::size_t column, std::int64_t min,
                         std::int64_t max) const;
    double number(std::size_t row, std::size_t column, double min, double max) const;
    // Throws InputError naming the row's line and the column.
    [[noreturn]] void fail(std::size_t row, std::size_t column, const std::string& expected) const;
    std::string where(std::size_t row, std::size_t column) const;

private:
    // A cell's bytes in storage_ (no std::string per cell: the communes have 315,000 cells).
    struct Cell {
        std::uint32_t offset = 0, size = 0;
    };
    static CsvTable parseOwned(std::string text, std::string displayName,
                               const std::vector<std::string>& columns);
    std::string_view cell(const Cell& c) const { return {storage_.data() + c.offset, c.size}; }

    std::string name_;
    std::vector<std::string> columns_;
    // The file's text, then the quoted cells' decoded text (their quotes doubled in the file).
    std::string storage_;
    std::vector<Cell> cells_;         // the header's, then each row's, columns_.size() each
    std::size_t rows_ = 0;            // rows after the header
    std::vector<std::size_t> lines_;  // the file line where each row starts
};

}  // namespace cmcsim
