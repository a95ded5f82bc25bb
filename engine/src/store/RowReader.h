#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "cmcsim/core/Date.h"
#include "cmcsim/store/Database.h"

namespace cmcsim {

// Reads the columns of the current row of a table of an attempt file and checks each value
// against what the format allows (docs/attempt-format.md); a value outside it is an InputError
// "fichier endommagé : table T, ligne N, colonne : attendu …" naming the file, N counted from 1
// as users count (the row of id N − 1).
class RowReader {
public:
    RowReader(const Database& db, Statement& statement, const char* table)
        : db_(db), statement_(statement), table_(table) {}

    // Moves to the next row; checks that column `idColumn` holds the row's position (ids count
    // from `firstId` without gaps, so ids are the indices other tables refer to).
    bool step(int idColumn = -1, std::int64_t firstId = 0);
    // Moves to the next row of a read by ids (rows of a few ids, in any order): the row's place,
    // in errors and row(), is the id in column `idColumn`.
    bool stepById(int idColumn);
    // Counts a row the caller moved the statement to (a SealedTableScan), with step's check.
    void stepped(int idColumn = -1, std::int64_t firstId = 0);
    std::int64_t row() const { return row_; }  // position from 0

    // An integer in [low, high]; NULL only when `nullable` (then nullopt).
    std::optional<std::int64_t> optionalInteger(int column, const char* name, std::int64_t low,
                                                std::int64_t high, const std::string& expected);
    std::int64_t integer(int column, const char* name, std::int64_t low, std::int64_t high,
                         const std::string& expected);
    // A finite real number in [low, high].
    double real(int column, const char* name, double low, double high);
    std::string text(int column) const { return statement_.text(column); }
    // The text of a column without a copy, valid until the next step.
    std::string_view view(int column) const;
    // A text of exactly `digits` decimal digits (SIREN 9, SIRET 14), as a number.
    std::uint64_t digits(int column, const char* name, std::size_t digits);
    Date date(int column, const char* name);

    // Throws the damaged-file error for this row (of `table` when the value comes from a joined
    // table with the same id).
    [[noreturn]] void fail(const std::string& column, const std::string& expected,
                           const std::string& found, const char* table = nullptr) const;

private:
    const Database& db_;
    Statement& statement_;
    const char* table_;
    std::int64_t row_ = -1, firstId_ = 0;
};

// The damaged-file error for a whole table (a missing row, an inconsistent count).
[[noreturn]] void failTable(const Database& db, const std::string& table,
                            const std::string& expected, const std::string& found);

}  // namespace cmcsim
