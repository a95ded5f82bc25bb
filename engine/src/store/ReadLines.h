#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "cmcsim/market/Market.h"

namespace cmcsim {

// The prospect lines as readMarket reads them, one after the other: every record, or (compact,
// MarketParts::records false) the listed values as columns with the names in one block, each
// compared with its company's name once the companies are read (into()).
class ReadLines {
public:
    explicit ReadLines(bool compact = false) : compact_(compact) {}

    void reserve(std::size_t lines);
    void add(ProspectRecord&& line);
    std::size_t size() const { return compact_ ? columns_.siret.size() : records_.size(); }
    // Gives `m` its lines; `m`'s companies and establishments are read by then, and stay where
    // they are (compact lines refer to the companies' names).
    void into(Market& m) &&;

private:
    bool compact_;
    std::vector<ProspectRecord> records_;
    ProspectLines::Columns columns_;  // compact: Columns::name holds each name's end in names_
    std::string names_;
};

}  // namespace cmcsim
