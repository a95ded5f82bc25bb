#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <vector>

#include "cmcsim/market/Market.h"

namespace cmcsim {

struct ReferenceData;

// The parts of a market that an open left in the attempt file (MarketParts), read by id when
// they are shown: the contact listed on a prospect line, the census of an establishment. Each
// row read is validated as readMarket validates it ("fichier endommagé : table census, ligne N,
// …") and checked against its sealed block (AttemptReader::verifyRows: "épreuve altérée : table
// …"); both are InputErrors naming the file. It reads through a read-only connection of its own,
// opened at the first read; one thread at a time.
class MarketDetails {
public:
    MarketDetails(std::filesystem::path file, const ReferenceData& reference);
    ~MarketDetails();
    MarketDetails(const MarketDetails&) = delete;
    MarketDetails& operator=(const MarketDetails&) = delete;

    // The contact listed on prospect line `line` (ProspectRecord::contact); the last few
    // thousand lines read are kept, so that a table repainting its rows reads each once.
    Contact contact(std::uint32_t line);
    // The census cells of establishment `establishment` (Market::census), in the file's order.
    std::vector<CensusCell> census(std::uint32_t establishment);

private:
    struct State;
    State& state();

    std::filesystem::path file_;
    const ReferenceData& reference_;
    std::unique_ptr<State> state_;
};

}  // namespace cmcsim
