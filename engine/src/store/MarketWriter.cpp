#include <sqlite3.h>

#include <cstring>

#include "MarketEncoder.h"
#include "MarketSealer.h"
#include "RowEncoding.h"
#include "cmcsim/store/Database.h"
#include "cmcsim/store/MarketStore.h"

namespace cmcsim {

struct MarketWriter::Statements {
    // In EncodedMarket's order of tables.
    std::array<Statement, EncodedMarket::kCount> insert;
    explicit Statements(Database& db)
        : insert{db.prepare("INSERT INTO competitor VALUES (?,?,?,?,?,?,?,?)"),
                 db.prepare("INSERT INTO prescriber VALUES (?,?,?,?,?,?,?,?)"),
                 db.prepare("INSERT INTO company VALUES "
                            "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                 db.prepare("INSERT INTO establishment VALUES (?,?,?,?,?,?,?,?,?,?)"),
                 db.prepare("INSERT INTO census VALUES (?,?,?,?,?,?)"),
                 db.prepare("INSERT INTO prospect VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                 db.prepare("INSERT INTO defect VALUES (?,?,?,?)")} {}
};

MarketWriter::MarketWriter(Database& db, const ReferenceData& reference)
    : statements_(std::make_unique<Statements>(db)),
      encoder_(std::make_unique<MarketEncoder>(reference)),
      encoded_(std::make_unique<EncodedMarket>()),
      sealer_(std::make_unique<MarketSealer>()) {}

MarketWriter::~MarketWriter() = default;

void MarketWriter::write(const Market& chunk) {
    encoder_->encode(chunk, *encoded_);
    write(*encoded_);
}

namespace {
template <typename T>
T take(const char*& p) {
    T value;
    std::memcpy(&value, p, sizeof value);
    p += sizeof value;
    return value;
}

// Binds each encoded row of `rows` to `statement` and inserts it. Texts and blobs are bound in
// place (SQLITE_STATIC: the buffer outlives the step), and every column is bound on every row.
void insertRows(Statement& statement, const std::string& rows) {
    sqlite3_stmt* s = statement.handle();
    const char* p = rows.data();
    const char* const end = p + rows.size();
    int column = 1;
    while (p < end) {
        switch (*p++) {
            case RowEncoding::kEndOfRow:
                statement.step();
                sqlite3_reset(s);
                column = 1;
                break;
            case SQLITE_INTEGER:
                sqlite3_bind_int64(s, column++, take<std::int64_t>(p));
                break;
            case SQLITE_FLOAT:
                sqlite3_bind_double(s, column++, take<double>(p));
                break;
            case SQLITE_TEXT: {
                const auto size = take<std::uint32_t>(p);
                sqlite3_bind_text(s, column++, p, static_cast<int>(size), SQLITE_STATIC);
                p += size;
                break;
            }
            case SQLITE_BLOB: {
                const auto size = take<std::uint32_t>(p);
                sqlite3_bind_blob(s, column++, p, static_cast<int>(size), SQLITE_STATIC);
                p += size;
                break;
            }
            default:
                sqlite3_bind_null(s, column++);
        }
    }
}
}  // namespace

void MarketWriter::write(const EncodedMarket& rows) {
    sealer_->seal(rows);
    insert(rows);
}

void MarketWriter::insert(const EncodedMarket& rows) {
    for (std::size_t t = 0; t < EncodedMarket::kCount; ++t)
        insertRows(statements_->insert[t], rows.rows[t]);
}

std::vector<TableDigest> MarketWriter::finish() {
    return sealer_->finish();
}

}  // namespace cmcsim
