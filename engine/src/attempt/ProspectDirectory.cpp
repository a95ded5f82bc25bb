#include "cmcsim/attempt/ProspectDirectory.h"

#include <algorithm>

#include "cmcsim/market/Market.h"

namespace cmcsim {

namespace {
// The prospect file of a market held in memory.
class MarketDirectory final : public ProspectDirectory {
public:
    explicit MarketDirectory(const Market& market) : market_(market) {}
    std::uint32_t lines() const override {
        return static_cast<std::uint32_t>(market_.prospects.size());
    }
    bool listsSiret(std::uint64_t siret) const override {
        return std::any_of(market_.prospects.begin(), market_.prospects.end(),
                           [&](const ProspectRecord& p) { return p.siret == siret; });
    }
    std::string lineName(std::uint32_t line) const override { return market_.prospects[line].name; }

private:
    const Market& market_;
};
}  // namespace

std::shared_ptr<const ProspectDirectory> ProspectDirectory::over(const Market& market) {
    return std::make_shared<MarketDirectory>(market);
}

}  // namespace cmcsim
