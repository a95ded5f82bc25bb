#pragma once

#include <cstdint>
#include <span>

namespace cmcsim {

struct CensusCell;

// Where a market read without its census cells (MarketParts::census) reads them when asked: the
// census of an establishment by its index in Market::establishments. The cells returned stay
// valid until a few thousand other establishments are asked for (enough for one caller's loop
// over a company or a screen of lines); a census that cannot be read comes back empty.
class CensusOnDemand {
public:
    virtual ~CensusOnDemand() = default;
    virtual std::span<const CensusCell> cells(std::uint32_t establishment) const = 0;
};

}  // namespace cmcsim
