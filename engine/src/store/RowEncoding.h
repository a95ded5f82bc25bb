#pragma once

#include <sqlite3.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>

namespace cmcsim {

// The encoding of row values that the table digests hash (docs/attempt-format.md, "Tamper
// evidence"): each value is its SQLite type (one byte), then 8 little-endian bytes for an integer
// or a real, or a 4-byte little-endian length and the bytes for a text or a blob; '\n' ends a
// row. AttemptDigest encodes the values it reads back; MarketWriter binds the values it stores
// from this encoding, so that what is hashed while writing is what reading gives.
struct RowEncoding {
    static_assert(std::endian::native == std::endian::little, "the encoding is little-endian");
    static constexpr char kEndOfRow = '\n';

    static void integer(std::string& out, std::int64_t v) {
        out += static_cast<char>(SQLITE_INTEGER);
        appendRaw(out, v);
    }
    // A NaN is stored as NULL and -0.0 as 0.0 (SQLite keeps an integral real as an integer), so
    // both are encoded as they read back.
    static void real(std::string& out, double v) {
        if (std::isnan(v)) return null(out);
        out += static_cast<char>(SQLITE_FLOAT);
        appendRaw(out, v == 0 ? 0.0 : v);
    }
    static void text(std::string& out, std::string_view v) {
        char* to = text(out, v.size());
        if (!v.empty()) std::memcpy(to, v.data(), v.size());
    }
    // Appends a text of `size` bytes and returns where to write them.
    static char* text(std::string& out, std::size_t size) {
        return lengthPrefixed(out, SQLITE_TEXT, size);
    }
    static void blob(std::string& out, std::span<const std::byte> v) {
        auto* to = lengthPrefixed(out, SQLITE_BLOB, v.size());
        if (!v.empty()) std::memcpy(to, v.data(), v.size());
    }
    static void null(std::string& out) { out += static_cast<char>(SQLITE_NULL); }
    static void endRow(std::string& out) { out += kEndOfRow; }

    // Where the row that starts at `at` in `rows` ends: just after its end-of-row byte.
    static std::size_t rowEnd(std::string_view rows, std::size_t at) {
        while (at < rows.size()) {
            switch (rows[at++]) {
                case kEndOfRow:
                    return at;
                case SQLITE_INTEGER:
                case SQLITE_FLOAT:
                    at += 8;
                    break;
                case SQLITE_TEXT:
                case SQLITE_BLOB: {
                    std::uint32_t size = 0;
                    std::memcpy(&size, rows.data() + at, sizeof size);
                    at += sizeof size + size;
                    break;
                }
                default:
                    break;
            }
        }
        return rows.size();
    }

    // Appends column `column` of the current row of `s` as SQLite gives it back.
    static void column(std::string& out, sqlite3_stmt* s, int column) {
        switch (sqlite3_column_type(s, column)) {
            case SQLITE_INTEGER:
                return integer(out, sqlite3_column_int64(s, column));
            case SQLITE_FLOAT:
                out += static_cast<char>(SQLITE_FLOAT);
                return appendRaw(out, sqlite3_column_double(s, column));
            case SQLITE_TEXT:
                return text(out, {reinterpret_cast<const char*>(sqlite3_column_text(s, column)),
                                  static_cast<std::size_t>(sqlite3_column_bytes(s, column))});
            case SQLITE_BLOB: {
                const auto* p = static_cast<const std::byte*>(sqlite3_column_blob(s, column));
                return blob(out, {p, static_cast<std::size_t>(sqlite3_column_bytes(s, column))});
            }
            default:
                return null(out);
        }
    }

private:
    template <typename T>
    static void appendRaw(std::string& out, T v) {
        const auto at = out.size();
        out.resize(at + sizeof v);
        std::memcpy(out.data() + at, &v, sizeof v);
    }
    static char* lengthPrefixed(std::string& out, int type, std::size_t size) {
        out += static_cast<char>(type);
        appendRaw(out, static_cast<std::uint32_t>(size));
        const auto at = out.size();
        out.resize(at + size);
        return out.data() + at;
    }
};

}  // namespace cmcsim
