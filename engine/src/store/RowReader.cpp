#include "RowReader.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <cmath>

#include "cmcsim/core/InputError.h"

namespace cmcsim {

namespace {
std::string shown(const Statement& s, int column) {
    if (s.isNull(column)) return "NULL";
    auto text = s.text(column);
    if (text.size() > 40) {
        // Cut before a UTF-8 continuation byte, never inside a character.
        std::size_t cut = 40;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
        text = text.substr(0, cut) + "…";
    }
    return "« " + text + " »";
}
}  // namespace

bool RowReader::step(int idColumn, std::int64_t firstId) {
    if (!statement_.step()) return false;
    stepped(idColumn, firstId);
    return true;
}

void RowReader::stepped(int idColumn, std::int64_t firstId) {
    ++row_;
    firstId_ = firstId;
    if (idColumn >= 0 && statement_.integer(idColumn) != row_ + firstId)
        fail("id",
             fmt::format("{} (identifiants consécutifs à partir de {})", row_ + firstId, firstId),
             shown(statement_, idColumn));
}

bool RowReader::stepById(int idColumn) {
    if (!statement_.step()) return false;
    row_ = statement_.integer(idColumn);
    firstId_ = 0;
    return true;
}

std::optional<std::int64_t> RowReader::optionalInteger(int column, const char* name,
                                                       std::int64_t low, std::int64_t high,
                                                       const std::string& expected) {
    if (statement_.isNull(column)) return std::nullopt;
    return integer(column, name, low, high, expected);
}

std::int64_t RowReader::integer(int column, const char* name, std::int64_t low, std::int64_t high,
                                const std::string& expected) {
    const auto value = statement_.integer(column);
    if (sqlite3_column_type(statement_.handle(), column) != SQLITE_INTEGER || value < low ||
        value > high)
        fail(name, expected, shown(statement_, column));
    return value;
}

std::string_view RowReader::view(int column) const {
    sqlite3_stmt* s = statement_.handle();
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
    if (!text) return {};
    return {text, static_cast<std::size_t>(sqlite3_column_bytes(s, column))};
}

double RowReader::real(int column, const char* name, double low, double high) {
    const double value = statement_.real(column);
    const int type = sqlite3_column_type(statement_.handle(), column);
    if ((type != SQLITE_FLOAT && type != SQLITE_INTEGER) || !std::isfinite(value) || value < low ||
        value > high)
        fail(name, fmt::format("un nombre de {} à {}", low, high), shown(statement_, column));
    return value;
}

std::uint64_t RowReader::digits(int column, const char* name, std::size_t count) {
    const auto text = statement_.text(column);
    bool ok = text.size() == count;
    for (const char c : text) ok = ok && c >= '0' && c <= '9';
    if (!ok) fail(name, fmt::format("{} chiffres", count), shown(statement_, column));
    return std::stoull(text);
}

Date RowReader::date(int column, const char* name) {
    if (const auto d = Date::parseIso(statement_.text(column))) return *d;
    fail(name, "une date AAAA-MM-JJ", shown(statement_, column));
}

void RowReader::fail(const std::string& column, const std::string& expected,
                     const std::string& found, const char* table) const {
    throw InputError(
        db_.path().string(),
        fmt::format("fichier endommagé : table {}, ligne {}, colonne {} : attendu {}, "
                    "trouvé {}",
                    table ? table : table_, row_ + firstId_ + 1, column, expected, found));
}

void failTable(const Database& db, const std::string& table, const std::string& expected,
               const std::string& found) {
    throw InputError(db.path().string(), fmt::format("fichier endommagé : table {} : attendu {}, "
                                                     "trouvé {}",
                                                     table, expected, found));
}

}  // namespace cmcsim
