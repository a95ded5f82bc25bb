#include "SealedTableScan.h"

#include <fmt/format.h>

#include "BlockSealer.h"
#include "RowEncoding.h"
#include "cmcsim/store/AttemptDigest.h"

namespace cmcsim {

SealedTableScan::SealedTableScan(AttemptReader& reader, std::string_view table,
                                 std::string_view key)
    : reader_(reader),
      table_(table),
      statement_(
          reader.database().prepare(fmt::format("SELECT * FROM {} ORDER BY {}", table, key))),
      seal_(reader.sealedBlocks(table)) {}

bool SealedTableScan::step() {
    if (!statement_.step()) {
        if (seal_) {
            if (!block_.empty()) closeBlock();
            if (rows_ != seal_->rows)
                throw reader_.altered(
                    table_, fmt::format("{} lignes au lieu des {} scellées", rows_, seal_->rows));
        }
        return false;
    }
    ++rows_;
    if (seal_) {
        if (rows_ > seal_->rows) throw reader_.added(table_, rows_ - 1);
        sqlite3_stmt* row = statement_.handle();
        const int columns = sqlite3_column_count(row);
        for (int c = 0; c < columns; ++c) RowEncoding::column(block_, row, c);
        RowEncoding::endRow(block_);
        if (rows_ % seal_->blockRows == 0) closeBlock();
    }
    return true;
}

void SealedTableScan::closeBlock() {
    const auto block = (rows_ - 1) / seal_->blockRows;
    const auto& expected = seal_->blocks[static_cast<std::size_t>(block)];
    reader_.checkBlock(table_, block, BlockSealer::sha256(block_, expected.size()));
    block_.clear();
}

void checkOpenedTables(AttemptReader& reader) {
    for (const auto& [table, key] :
         {std::pair{"schema_version", "version"}, std::pair{"attempt_info", "key"},
          std::pair{"scenario", "id, json"}}) {
        SealedTableScan scan(reader, table, key);
        while (scan.step()) {
        }
    }
}

std::int64_t tableRows(AttemptReader& reader, std::string_view table) {
    if (const auto* seal = reader.sealedBlocks(table)) return seal->rows;
    return reader.database().scalar(fmt::format("SELECT count(*) FROM {}", table));
}

}  // namespace cmcsim
