#pragma once

#include <cstdint>
#include <vector>

namespace cmcsim {

struct Market;

// What the candidate has earned so far, as the journal records it: records verified, censuses
// requested and studies bought (AttemptState::knowledge() folds the journal into it).
struct Knowledge {
    std::vector<std::uint8_t> verified;  // per prospect record: 1 once verified
    std::vector<std::uint8_t> census;    // per prospect record: 1 once its census was requested
    // SIRETs whose census a client meeting revealed (sorted): the same as a census request of
    // the lines listing them (CandidateKnowledge::censusRevealed).
    std::vector<std::uint64_t> censusSirets;
    // Companies (SIREN, sorted by sortCompanies) that told the candidate their current contracts,
    // on top of the studies: a meeting's question on the current guarantees (health: insurer and
    // level), a call for tender's specifications, read (health and provident: insurer, level,
    // renewal and mean premium, TenderDocument::specifications). Read by the company's own file
    // (CandidateKnowledge::companyHealth), not by the prospect table's market-wide columns.
    std::vector<std::uint64_t> toldCover, specifiedCover;
    bool insurers = false;     // competitor intelligence: current health and provident cover
    bool portfolio = false;    // the mutuelle's own clients
    bool prescribers = false;  // prescriber directory: links of companies to prescribers
    bool territory = false;    // territory statistics (true counts)
    bool branches = false;     // branch data
    bool evaluator = false;    // the evaluator's view: everything, premiums and satisfaction too

    // The evaluator's view of a market: every record verified, every census requested, every
    // study bought (the CLI's --truth).
    static Knowledge everything(const Market& market);
    // Sorts and deduplicates toldCover and specifiedCover.
    void sortCompanies();
};

}  // namespace cmcsim
