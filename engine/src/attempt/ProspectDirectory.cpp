#include "cmcsim/attempt/ProspectDirectory.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <vector>

#include "cmcsim/market/Market.h"

namespace cmcsim {

namespace {
// The prospect file of a market held in memory. The first few SIRETs asked are found by a scan
// of the file; from then on a sorted copy of its SIRETs answers (a replay asks once per saved offer
// and planned SIRET: 61 scans of 1.9 million lines for the assessment benchmark's attempt).
class MarketDirectory final : public ProspectDirectory {
public:
    explicit MarketDirectory(const Market& market) : market_(market) {}
    std::uint32_t lines() const override {
        return static_cast<std::uint32_t>(market_.prospects.size());
    }
    bool listsSiret(std::uint64_t siret) const override {
        if (asked_.fetch_add(1, std::memory_order_relaxed) < kScans)
            return std::any_of(market_.prospects.begin(), market_.prospects.end(),
                               [&](const auto& p) { return p.siret == siret; });
        std::call_once(indexed_, [this] {
            sirets_.reserve(market_.prospects.size());
            for (const auto& p : market_.prospects) sirets_.push_back(p.siret);
            std::sort(sirets_.begin(), sirets_.end());
        });
        return std::binary_search(sirets_.begin(), sirets_.end(), siret);
    }
    std::string lineName(std::uint32_t line) const override { return market_.prospects[line].name; }

private:
    static constexpr int kScans = 4;  // a few scans cost less than sorting a copy
    const Market& market_;
    mutable std::atomic<int> asked_{0};
    mutable std::once_flag indexed_;
    mutable std::vector<std::uint64_t> sirets_;
};
}  // namespace

std::shared_ptr<const ProspectDirectory> ProspectDirectory::over(const Market& market) {
    return std::make_shared<MarketDirectory>(market);
}

}  // namespace cmcsim
