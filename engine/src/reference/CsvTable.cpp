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
    return parseOwned(std::move(text), std::move(displayName), columns);
}

CsvTable CsvTable::parse(std::string_view text, std::string displayName,
                         const std::vector<std::string>& columns) {
    return parseOwned(std::string(text), std::move(displayName), columns);
}

CsvTable CsvTable::parseOwned(std::string owned, std::string displayName,
                              const std::vector<std::string>& columns) {
    CsvTable table;
    table.name_ = std::move(displayName);
    table.columns_ = columns;
    // Cells are 32-bit offsets into the text (and its quoted cells, decoded, after it).
    if (owned.size() >= (std::size_t{1} << 31))
        throw InputError(table.name_, "fichier de plus de 2 Gio : trop grand pour une table");
    table.storage_ = std::move(owned);
    std::string_view text = table.storage_;
    std::size_t base = 0;  // where `text` starts in storage_
    if (text.starts_with("\xEF\xBB\xBF")) {
        text.remove_prefix(3);
        base = 3;
    }

    // Every record's fields go to one flat vector; the header is record 0. A field is either
    // one run of the text (unquoted), or decoded into `field` (it began with a quote) and kept
    // aside until the end, when the decoded fields are appended to storage_.
    const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
    table.cells_.reserve(lines * columns.size());
    table.lines_.reserve(lines);
    std::vector<std::size_t> sizes;  // fields per record
    sizes.reserve(lines);
    std::vector<std::pair<std::size_t, std::string>> decoded;  // cell index, decoded text
    std::string field;
    Cell run;  // the unquoted field
    std::size_t line = 1, recordLine = 1, recordStart = 0;
    bool quoted = false, fieldStarted = false, fieldDecoded = false;
    auto endField = [&] {
        if (fieldDecoded) {
            decoded.emplace_back(table.cells_.size(), std::move(field));
            field.clear();
            table.cells_.push_back({});
        } else {
            table.cells_.push_back(run);
        }
        run = {};
        fieldStarted = fieldDecoded = false;
    };
    auto endRecord = [&] {
        const bool decodedLast = fieldDecoded;
        endField();
        const auto fields = table.cells_.size() - recordStart;
        if (fields == 1 && (decodedLast ? decoded.back().second.empty()
                                        : table.cells_.back().size == 0)) {  // an empty line
            table.cells_.pop_back();
            if (decodedLast) decoded.pop_back();
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
            quoted = fieldStarted = fieldDecoded = true;
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
            if (fieldDecoded)  // after a quoted part: `"ab"cd` is abcd
                field.append(text.substr(i, end - i));
            else
                run = {static_cast<std::uint32_t>(base + i), static_cast<std::uint32_t>(end - i)};
            fieldStarted = true;
            i = end - 1;
        }
    }
    if (quoted)
        throw InputError(fmt::format("{}:{}", table.name_, recordLine),
                         "guillemet ouvert jamais refermé (fichier tronqué ?)");
    if (fieldStarted || table.cells_.size() > recordStart) endRecord();
    for (auto& [index, content] : decoded) {
        if (table.storage_.size() + content.size() >= (std::size_t{1} << 31))
            throw InputError(table.name_, "fichier de plus de 2 Gio : trop grand pour une table");
        table.cells_[index] = {static_cast<std::uint32_t>(table.storage_.size()),
                               static_cast<std::uint32_t>(content.size())};
        table.storage_ += content;
    }

    if (sizes.empty()) throw InputError(table.name_, "fichier vide : ligne d'en-tête attendue");
    if (sizes.front() != columns.size() ||
        !std::equal(
            columns.begin(), columns.end(), table.cells_.begin(),
            [&](const std::string& name, const Cell& c) { return table.cell(c) == name; })) {
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

std::string_view CsvTable::view(std::size_t row, std::size_t column) const {
    if (row >= rows_ || column >= columns_.size()) throw std::out_of_range("CsvTable::text");
    return cell(cells_[(row + 1) * columns_.size() + column]);  // after the header
}

std::string CsvTable::text(std::size_t row, std::size_t column) const {
    return std::string(view(row, column));
}

std::string CsvTable::required(std::size_t row, std::size_t column) const {
    return std::string(requiredView(row, column));
}

std::string_view CsvTable::requiredView(std::size_t row, std::size_t column) const {
    const auto cell = view(row, column);
    if (cell.empty()) fail(row, column, "valeur obligatoire");
    return cell;
}

std::int64_t CsvTable::integer(std::size_t row, std::size_t column, std::int64_t min,
                               std::int64_t max) const {
    const auto cell = view(row, column);
    std::int64_t value = 0;
    auto [ptr, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
    if (cell.empty() || ec != std::errc{} || ptr != cell.data() + cell.size() || value < min ||
        value > max)
        fail(row, column, fmt::format("entier entre {} et {} attendu", min, max));
    return value;
}

double CsvTable::number(std::size_t row, std::size_t column, double min, double max) const {
    const auto cell = view(row, column);
    double value = 0;
    auto [ptr, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
    if (cell.empty() || ec != std::errc{} || ptr != cell.data() + cell.size() ||
        !std::isfinite(value) || value < min || value > max)
        fail(row, column, fmt::format("nombre entre {} et {} attendu", min, max));
    return value;
}

}  // namespace cmcsim
