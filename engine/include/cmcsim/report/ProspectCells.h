#pragma once

#include <string>
#include <vector>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/prospects/ProspectView.h"

namespace cmcsim {

struct ReferenceData;

// Turns one line of the prospect file as the candidate sees it into the cells of the export
// (ProspectTable::columns()), for a table in memory and for a streamed file alike; keeps the
// agreements' short titles it computed, so that each costs once per export, not once per line.
class ProspectCells {
public:
    // `reference` and `competitors` (Market::competitors) must outlive it.
    ProspectCells(const ReferenceData& reference, const std::vector<Competitor>& competitors)
        : reference_(reference), competitors_(competitors) {}
    // The cells of `row` with its listed `contact` and the candidate's marks `notes` (nullptr
    // for none), as ProspectTable::row documents them.
    void operator()(const ProspectRow& row, const Contact& contact, const RecordNotes* notes,
                    std::vector<std::string>& cells);

private:
    const std::string& agreementTitle(std::size_t agreement);

    const ReferenceData& reference_;
    const std::vector<Competitor>& competitors_;
    std::vector<std::string> titles_;  // by agreement index, computed on first use
    std::vector<char> titled_;
};

}  // namespace cmcsim
