#include "cmcsim/reference/CsvTable.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <stdexcept>

#include "cmcsim/core/InputError.h"

namespace cmcsim {

CsvTable CsvTable::load(const std::filesystem::path& path, std::string displayName,
                        const std::vector<std::string>& columns) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) throw InputError(displayName, "fichier introuvable ou illisible");
    std::string text(static_cast<std::size_t>(std::max<std::streamoff>(0, in.tellg())), '\0');
    in.seekg(0);
    if (!in.read(text.data(), static_cast<std::streamsize>(text.size())))
        throw InputError(displayName, "fichier introuvable ou illisible");
    return parse(text, std::move(displayName), columns);
}

CsvTable CsvTable::parse(std::string_view text, std::string displayName,
                         const std::vector<std::string>& columns) {
    CsvTable table;
    table.name_ = std::move(displayName);
    table.columns_ = columns;
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);

    // Every record's fields go to one flat vector; the header is record 0.
    const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
    table.cells_.reserve(lines * columns.size());
    table.lines_.reserve(lines);
    std::vector<std::size_t> sizes;  // fields per record
    sizes.reserve(lines);
    std::string field;
    std::size_t line = 1, recordLine = 1, recordStart = 0;
    bool quoted = false, fieldStarted = false;
    auto endField = [&] {
        table.cells_.push_back(std::move(field));
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const auto fields = table.cells_.size() - recordStart;
        if (fields == 1 && table.cells_.back().empty()) {  // an empty line
            table.cells_.pop_back();
        } else {
            sizes.push_back(fields);
            table.lines_.push_back(recordLine);
        }
        recordStart = table.cells_.size();
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
            endField();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            endRecord();
            recordLine = ++line;
        } else {
            // The rest of an unquoted field at once: a quote inside it is an ordinary character.
            // (A plain loop: find_first_of calls memchr on the three delimiters for each byte.)
            std::size_t end = i;
            while (end < text.size() && text[end] != ',' && text[end] != '\n' && text[end] != '\r')
                ++end;
            field.append(text.substr(i, end - i));
            fieldStarted = true;
            i = end - 1;
        }
    }
    if (quoted)
        throw InputError(fmt::format("{}:{}", table.name_, recordLine),
                         "guillemet ouvert jamais refermé (fichier tronqué ?)");
    if (fieldStarted || table.cells_.size() > recordStart) endRecord();

    if (sizes.empty()) throw InputError(table.name_, "fichier vide : ligne d'en-tête attendue");
    if (!std::equal(table.cells_.begin(),
                    table.cells_.begin() + static_cast<std::ptrdiff_t>(sizes.front()),
                    columns.begin(), columns.end())) {
        std::string expected;
        for (const auto& c : columns) expected += (expected.empty() ? "" : ",") + c;
        throw InputError(fmt::format("{}:1", table.name_),
                         fmt::format("en-tête attendu « {} »", expected));
    }
    for (std::size_t r = 1; r < sizes.size(); ++r) {
        if (sizes[r] != columns.size())
            throw InputError(
                fmt::format("{}:{}", table.name_, table.lines_[r]),
                fmt::format("{} colonnes attendues, {} trouvées", columns.size(), sizes[r]));
    }
    table.lines_.erase(table.lines_.begin());
    table.rows_ = sizes.size() - 1;
    return table;
}

std::string CsvTable::where(std::size_t row, std::size_t column) const {
    return fmt::format("{}:{}:{} (colonne {})", name_, lines_.at(row), column + 1,
                       columns_.at(column));
}

void CsvTable::fail(std::size_t row, std::size_t column, const std::string& expected) const {
    throw InputError(where(row, column),
                     fmt::format("{} ; trouvé « {} »", expected, text(row, column)));
}

const std::string& CsvTable::text(std::size_t row, std::size_t column) const {
    if (row >= rows_ || column >= columns_.size()) throw std::out_of_range("CsvTable::text");
    return cells_[(row + 1) * columns_.size() + column];  // after the header
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
