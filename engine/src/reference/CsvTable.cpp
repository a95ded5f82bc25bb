#include "cmcsim/reference/CsvTable.h"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

#include "cmcsim/core/InputError.h"

namespace cmcsim {

CsvTable CsvTable::load(const std::filesystem::path& path, std::string displayName,
                        const std::vector<std::string>& columns) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(displayName, "fichier introuvable ou illisible");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parse(buffer.str(), std::move(displayName), columns);
}

CsvTable CsvTable::parse(std::string_view text, std::string displayName,
                         const std::vector<std::string>& columns) {
    CsvTable table;
    table.name_ = std::move(displayName);
    table.columns_ = columns;
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);

    std::vector<std::string> record;
    std::string field;
    std::size_t line = 1, recordLine = 1;
    bool quoted = false, fieldStarted = false;
    auto endRecord = [&] {
        record.push_back(std::move(field));
        field.clear();
        fieldStarted = false;
        if (!(record.size() == 1 && record[0].empty())) {
            table.rows_.push_back(std::move(record));
            table.lines_.push_back(recordLine);
        }
        record.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n') ++line;
                field += c;
            }
        } else if (c == '"' && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (c == ',') {
            record.push_back(std::move(field));
            field.clear();
            fieldStarted = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            endRecord();
            recordLine = ++line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        throw InputError(fmt::format("{}:{}", table.name_, recordLine),
                         "guillemet ouvert jamais refermé (fichier tronqué ?)");
    if (fieldStarted || !record.empty()) endRecord();

    if (table.rows_.empty())
        throw InputError(table.name_, "fichier vide : ligne d'en-tête attendue");
    const auto& header = table.rows_.front();
    if (header != columns) {
        std::string expected;
        for (const auto& c : columns) expected += (expected.empty() ? "" : ",") + c;
        throw InputError(fmt::format("{}:1", table.name_),
                         fmt::format("en-tête attendu « {} »", expected));
    }
    table.rows_.erase(table.rows_.begin());
    table.lines_.erase(table.lines_.begin());
    for (std::size_t r = 0; r < table.rows_.size(); ++r) {
        if (table.rows_[r].size() != columns.size())
            throw InputError(fmt::format("{}:{}", table.name_, table.lines_[r]),
                             fmt::format("{} colonnes attendues, {} trouvées", columns.size(),
                                         table.rows_[r].size()));
    }
    return table;
}

std::string CsvTable::where(std::size_t row, std::size_t column) const {
    return fmt::format("{}:{}:{} (colonne {})", name_, lines_.at(row), column + 1,
                       columns_.at(column));
}

void CsvTable::fail(std::size_t row, std::size_t column, const std::string& expected) const {
    throw InputError(where(row, column),
                     fmt::format("{} ; trouvé « {} »", expected, rows_.at(row).at(column)));
}

const std::string& CsvTable::text(std::size_t row, std::size_t column) const {
    return rows_.at(row).at(column);
}

const std::string& CsvTable::required(std::size_t row, std::size_t column) const {
    const auto& cell = text(row, column);
    if (cell.empty()) fail(row, column, "valeur obligatoire");
    return cell;
}

std::int64_t CsvTable::integer(std::size_t row, std::size_t column, std::int64_t min,
                               std::int64_t max) const {
    const auto& cell = text(row, column);
    std::int64_t value = 0;
    auto [ptr, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
    if (cell.empty() || ec != std::errc{} || ptr != cell.data() + cell.size() || value < min ||
        value > max)
        fail(row, column, fmt::format("entier entre {} et {} attendu", min, max));
    return value;
}

double CsvTable::number(std::size_t row, std::size_t column, double min, double max) const {
    const auto& cell = text(row, column);
    double value = 0;
    auto [ptr, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
    if (cell.empty() || ec != std::errc{} || ptr != cell.data() + cell.size() ||
        !std::isfinite(value) || value < min || value > max)
        fail(row, column, fmt::format("nombre entre {} et {} attendu", min, max));
    return value;
}

}  // namespace cmcsim
