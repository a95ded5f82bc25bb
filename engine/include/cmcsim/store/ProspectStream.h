#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "cmcsim/market/Market.h"
#include "cmcsim/prospects/Knowledge.h"
#include "cmcsim/prospects/ProspectView.h"

namespace cmcsim {

class AttemptReader;

// The prospect file of an attempt file as the candidate sees it, one line at a time in file
// order, without building the market: each line as CandidateKnowledge::describe makes it (the
// listed values; the truth once the line is verified; the cover and prescribers once a study
// revealed them), read from a single pass over the prospect table. It reads of the truth only
// what the knowledge needs: the establishment and company of each verified line (by id), the
// defects when a line is verified, and — once a study revealed every company's cover — the
// establishment and company tables once each, kept as a few integers per row. Every table it
// reads whole is checked block by block against the seal (SealedTableScan), every row it looks
// up by its block (AttemptReader::verifyRows): InputError "épreuve altérée : table …".
class ProspectStream {
public:
    // `reader` must outlive the stream; `knowledge` is the candidate's (AttemptState::knowledge).
    ProspectStream(AttemptReader& reader, const Knowledge& knowledge);
    ~ProspectStream();
    ProspectStream(const ProspectStream&) = delete;
    ProspectStream& operator=(const ProspectStream&) = delete;

    // The lines of the prospect file.
    std::size_t size() const;
    // The insurers of the market (Market::competitors), which rows' insurers index.
    const std::vector<Competitor>& competitors() const;
    // The prescribers of the market (a count: their rows are not read).
    std::size_t prescribers() const;
    const Knowledge& knowledge() const;

    // Moves to the next line; false after the last, once the prospect table was checked whole.
    bool next();
    // The current line (its pointers valid until next()), whether the candidate knows it is a
    // duplicate, and its company's provident insurer as known (-2 not known, -1 none).
    const ProspectRow& row() const;
    // The contact listed on the current line.
    const Contact& contact() const;
    bool knownDuplicate() const;
    std::int16_t providentInsurer() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace cmcsim
