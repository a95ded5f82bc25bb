#include "MarketSealer.h"

#include "RowEncoding.h"

namespace cmcsim {

MarketSealer::MarketSealer() {
    for (const auto* name : EncodedMarket::kNames) sealers_.emplace_back(name);
}

void MarketSealer::seal(const EncodedMarket& rows) {
    for (std::size_t t = 0; t < EncodedMarket::kCount; ++t) {
        const std::string_view table = rows.rows[t];
        for (std::size_t end = 0; end < table.size();) {
            end = RowEncoding::rowEnd(table, end);
            sealers_[t].endRow(table.substr(0, end));
        }
        sealers_[t].flush(table);
    }
}

std::vector<TableDigest> MarketSealer::finish() {
    std::vector<TableDigest> digests;
    for (auto& sealer : sealers_) digests.push_back(sealer.finish());
    return digests;
}

}  // namespace cmcsim
