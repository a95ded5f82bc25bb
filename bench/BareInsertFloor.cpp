#include "BareInsertFloor.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cmcsim::bench {

namespace {

// The dump: kMagic, u32 table count, then per table its CREATE statement, its name, u32
// columns, u64 rows and the values row by row; last u32 count and the other statements of the
// schema (indexes). Strings are u32 length + bytes; a value is a tag byte (kNull, kInteger i64,
// kReal f64, kText/kBlob string). Native byte order: the dump is read on the machine that wrote it.
constexpr std::string_view kMagic = "CMCFLR01";
enum Tag : unsigned char { kNull, kInteger, kReal, kText, kBlob };

[[noreturn]] void fail(sqlite3* db, const std::string& what) {
    throw std::runtime_error(what + ": " + (db ? sqlite3_errmsg(db) : "no database"));
}

void exec(sqlite3* db, const std::string& sql) {
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) fail(db, sql);
}

using DatabasePtr = std::unique_ptr<sqlite3, decltype(&sqlite3_close)>;
using StatementPtr = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

DatabasePtr open(const std::filesystem::path& file, int flags) {
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(file.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    DatabasePtr owned(db, &sqlite3_close);
    if (rc != SQLITE_OK) fail(db, "open " + file.string());
    return owned;
}

StatementPtr prepare(sqlite3* db, const std::string& sql) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) fail(db, sql);
    return {statement, &sqlite3_finalize};
}

std::string quoted(std::string_view name) {
    std::string out = "\"";
    for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + '"';
}

// Buffered binary output to the dump file.
class Writer {
public:
    explicit Writer(const std::filesystem::path& file) : out_(std::fopen(file.c_str(), "wb")) {
        if (!out_) throw std::runtime_error("cannot write " + file.string());
        std::setvbuf(out_, nullptr, _IOFBF, 1 << 20);
    }
    ~Writer() {
        if (out_) std::fclose(out_);
    }
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;
    void bytes(const void* data, std::size_t size) {
        if (size && std::fwrite(data, 1, size, out_) != size)
            throw std::runtime_error("dump: write failed");
    }
    template <typename T>
    void value(T v) {
        bytes(&v, sizeof v);
    }
    void text(const void* data, std::size_t size) {
        value(static_cast<std::uint32_t>(size));
        bytes(data, size);
    }
    void text(std::string_view s) { text(s.data(), s.size()); }
    void close() {
        if (std::fclose(std::exchange(out_, nullptr)) != 0)
            throw std::runtime_error("dump: close failed");
    }

private:
    std::FILE* out_;
};

// Reads the dump from memory, in the order it was written.
class Reader {
public:
    Reader(const unsigned char* data, std::size_t size) : at_(data), end_(data + size) {}
    template <typename T>
    T value() {
        T v;
        std::memcpy(&v, take(sizeof v), sizeof v);
        return v;
    }
    std::string_view text() {
        const auto size = value<std::uint32_t>();
        return {reinterpret_cast<const char*>(take(size)), size};
    }

private:
    const unsigned char* take(std::size_t size) {
        if (static_cast<std::size_t>(end_ - at_) < size)
            throw std::runtime_error("dump: truncated");
        return std::exchange(at_, at_ + size);
    }
    const unsigned char* at_;
    const unsigned char* end_;
};

void dumpRows(sqlite3* db, std::string_view table, Writer& out) {
    auto select = [&](const char* order) {
        sqlite3_stmt* statement = nullptr;
        const auto sql = "SELECT * FROM " + quoted(table) + order;
        sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr);
        return StatementPtr(statement, &sqlite3_finalize);
    };
    auto rows = select(" ORDER BY rowid");
    if (!rows) rows = select("");  // a WITHOUT ROWID table: primary key order
    if (!rows) fail(db, "SELECT * FROM " + std::string(table));
    const int columns = sqlite3_column_count(rows.get());
    std::uint64_t count = 0;
    {
        auto counter = prepare(db, "SELECT count(*) FROM " + quoted(table));
        if (sqlite3_step(counter.get()) != SQLITE_ROW) fail(db, "count " + std::string(table));
        count = static_cast<std::uint64_t>(sqlite3_column_int64(counter.get(), 0));
    }
    out.value(static_cast<std::uint32_t>(columns));
    out.value(count);
    std::uint64_t written = 0;
    int rc;
    while ((rc = sqlite3_step(rows.get())) == SQLITE_ROW) {
        for (int i = 0; i < columns; ++i) {
            auto* statement = rows.get();
            switch (sqlite3_column_type(statement, i)) {
                case SQLITE_INTEGER:
                    out.value(kInteger);
                    out.value(static_cast<std::int64_t>(sqlite3_column_int64(statement, i)));
                    break;
                case SQLITE_FLOAT:
                    out.value(kReal);
                    out.value(sqlite3_column_double(statement, i));
                    break;
                case SQLITE_TEXT:
                    out.value(kText);
                    out.text(sqlite3_column_text(statement, i),
                             static_cast<std::size_t>(sqlite3_column_bytes(statement, i)));
                    break;
                case SQLITE_BLOB:
                    out.value(kBlob);
                    out.text(sqlite3_column_blob(statement, i),
                             static_cast<std::size_t>(sqlite3_column_bytes(statement, i)));
                    break;
                default:
                    out.value(kNull);
            }
        }
        ++written;
    }
    if (rc != SQLITE_DONE) fail(db, "read " + std::string(table));
    if (written != count) throw std::runtime_error("dump: row count changed");
}

}  // namespace

void BareInsertFloor::dump(const std::filesystem::path& attempt,
                           const std::filesystem::path& dump) {
    auto db = open(attempt, SQLITE_OPEN_READONLY);
    std::vector<std::pair<std::string, std::string>> tables;  // name, CREATE statement
    std::vector<std::string> others;                          // indexes, in creation order
    auto schema = prepare(db.get(),
                          "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND "
                          "name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid");
    while (sqlite3_step(schema.get()) == SQLITE_ROW) {
        const std::string type =
            reinterpret_cast<const char*>(sqlite3_column_text(schema.get(), 0));
        std::string name = reinterpret_cast<const char*>(sqlite3_column_text(schema.get(), 1));
        std::string sql = reinterpret_cast<const char*>(sqlite3_column_text(schema.get(), 2));
        if (type == "table")
            tables.emplace_back(std::move(name), std::move(sql));
        else
            others.push_back(std::move(sql));
    }
    Writer out(dump);
    out.bytes(kMagic.data(), kMagic.size());
    out.value(static_cast<std::uint32_t>(tables.size()));
    for (const auto& [name, sql] : tables) {
        out.text(sql);
        out.text(name);
        dumpRows(db.get(), name, out);
    }
    out.value(static_cast<std::uint32_t>(others.size()));
    for (const auto& sql : others) out.text(sql);
    out.close();
}

BareInsertFloor::BareInsertFloor(const std::filesystem::path& dump) {
    const int fd = ::open(dump.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw std::runtime_error("cannot read " + dump.string());
    size_ = std::filesystem::file_size(dump);
    void* mapped = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    ::close(fd);
    if (mapped == MAP_FAILED) throw std::runtime_error("cannot map " + dump.string());
    data_ = static_cast<const unsigned char*>(mapped);
    if (size_ < kMagic.size() || std::memcmp(data_, kMagic.data(), kMagic.size()) != 0) {
        ::munmap(mapped, size_);
        throw std::runtime_error(dump.string() + ": not a floor dump");
    }
}

BareInsertFloor::~BareInsertFloor() {
    ::munmap(const_cast<unsigned char*>(data_), size_);
}

std::size_t BareInsertFloor::insertInto(const std::filesystem::path& file) const {
    Reader in(data_ + kMagic.size(), size_ - kMagic.size());
    auto db = open(file, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    exec(db.get(),
         "PRAGMA page_size = 8192; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA "
         "cache_size = -65536; BEGIN");
    std::size_t total = 0;
    const auto tables = in.value<std::uint32_t>();
    for (std::uint32_t t = 0; t < tables; ++t) {
        exec(db.get(), std::string(in.text()));
        const auto name = in.text();
        const auto columns = static_cast<int>(in.value<std::uint32_t>());
        const auto rows = in.value<std::uint64_t>();
        std::string sql = "INSERT INTO " + quoted(name) + " VALUES (";
        for (int i = 0; i < columns; ++i) sql += i ? ",?" : "?";
        auto insert = prepare(db.get(), sql + ")");
        auto* statement = insert.get();
        for (std::uint64_t r = 0; r < rows; ++r) {
            for (int i = 1; i <= columns; ++i) {
                switch (in.value<unsigned char>()) {
                    case kInteger:
                        sqlite3_bind_int64(statement, i, in.value<std::int64_t>());
                        break;
                    case kReal:
                        sqlite3_bind_double(statement, i, in.value<double>());
                        break;
                    case kText: {
                        const auto text = in.text();
                        sqlite3_bind_text(statement, i, text.data(), static_cast<int>(text.size()),
                                          SQLITE_STATIC);
                        break;
                    }
                    case kBlob: {
                        const auto blob = in.text();
                        sqlite3_bind_blob(statement, i, blob.data(), static_cast<int>(blob.size()),
                                          SQLITE_STATIC);
                        break;
                    }
                    default:
                        sqlite3_bind_null(statement, i);
                }
            }
            if (sqlite3_step(statement) != SQLITE_DONE) fail(db.get(), "insert into " + sql);
            sqlite3_reset(statement);
        }
        total += rows;
    }
    const auto others = in.value<std::uint32_t>();
    for (std::uint32_t i = 0; i < others; ++i) exec(db.get(), std::string(in.text()));
    exec(db.get(), "COMMIT");
    if (sqlite3_close(db.release()) != SQLITE_OK)
        throw std::runtime_error("close " + file.string());
    return total;
}

}  // namespace cmcsim::bench
