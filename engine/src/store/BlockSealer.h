#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "cmcsim/store/AttemptDigest.h"

struct evp_md_ctx_st;

namespace cmcsim {

// Hashes the rows of one table, in canonical order and in RowEncoding, block by block into a
// TableDigest (docs/attempt-format.md, "Tamper evidence"). The rows are in a caller's buffer;
// the sealer hashes each block as soon as it is complete.
class BlockSealer {
public:
    // `blockRows` rows per block; each block digest is kept to `keptHexDigits` and chained into
    // the table's digest with `chainedHexDigits` (format 2: 16 and 64; format 3: 32 and 32).
    BlockSealer(std::string table, std::int64_t blockRows, std::size_t keptHexDigits,
                std::size_t chainedHexDigits);
    // Format 3: blocks of AttemptDigest::kBlockRows rows, 32 hex digits kept and chained.
    explicit BlockSealer(std::string table);
    ~BlockSealer();
    BlockSealer(BlockSealer&&) noexcept;
    BlockSealer& operator=(BlockSealer&&) noexcept;

    // Called at the end of each row: `buffer` is the caller's buffer up to the end of that row.
    void endRow(std::string_view buffer);
    // Hashes what `buffer` holds since the last call, before the caller clears or replaces it.
    void flush(std::string_view buffer);
    // The table's digest, once the last row's buffer was flushed.
    TableDigest finish();

    // The first `hexDigits` hex digits of the SHA-256 of `bytes`.
    static std::string sha256(std::string_view bytes, std::size_t hexDigits);

private:
    void closeBlock();
    TableDigest digest_;
    std::size_t keptHex_, chainedHex_;
    std::unique_ptr<evp_md_ctx_st, void (*)(evp_md_ctx_st*)> block_, whole_;
    std::size_t pending_ = 0;  // start in the buffer of what is not hashed yet
};

}  // namespace cmcsim
