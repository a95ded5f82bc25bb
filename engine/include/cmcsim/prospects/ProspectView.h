#pragma once

#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cmcsim/market/Market.h"
#include "cmcsim/prospects/CandidateKnowledge.h"
#include "cmcsim/prospects/ProspectFilter.h"
#include "cmcsim/prospects/ProspectMarks.h"
#include "cmcsim/prospects/SearchKey.h"

namespace cmcsim {

struct ReferenceData;

// A line of the prospect file as the candidate sees it now (CandidateKnowledge::describe): listed
// values, replaced by the truth once the record is verified; cover fields only once a study
// revealed them.
struct ProspectRow {
    // Largest members first: 64 bytes a row (1.9 million rows at national scale; the contact is
    // read by ProspectView::contact, the SIRET is not in the search key).
    std::uint64_t siret = 0;
    const std::string* name = nullptr;
    // Held by the view (ProspectView::prepareSearchKeys); the SIRET is searched apart
    // (ProspectMatcher).
    SearchKey searchKey;
    std::uint32_t record = 0;
    std::uint32_t headcount = 0;
    std::uint32_t commune = 0;
    Date renewal;
    std::int32_t accountant = -1;  // known prescriber links
    std::int32_t broker = -1;
    std::uint16_t naf = 0;
    std::int16_t idcc = -1;
    std::int16_t insurer = -2;  // -2 unknown, -1 no contract, else competitor index
    std::uint8_t sizeBand = 0;
    std::uint8_t coverageLevel = 0;
    bool verified = false;
    bool closed = false;          // known closed (verified)
    bool mutuelleClient = false;  // known client of the candidate's mutuelle
};

// Columns the prospect table sorts on.
enum class ProspectColumn {
    Siret,
    Name,
    Naf,
    SizeBand,
    Headcount,
    Commune,
    Departement,
    Idcc,
    Insurer,
    Renewal
};

// The prospect file seen through the candidate's knowledge, with fast filtering and sorting.
class ProspectView {
public:
    ProspectView(const Market& market, const ReferenceData& reference, const Knowledge& knowledge);
    // Rows point into the view's own search keys: a copy would point into the original's.
    ProspectView(const ProspectView&) = delete;
    ProspectView& operator=(const ProspectView&) = delete;

    // Re-derives what depends on the candidate's knowledge (verified values, revealed cover),
    // keeping the rest; cheap enough to run after every command.
    void apply(const Knowledge& knowledge);

    const std::vector<ProspectRow>& rows() const { return rows_; }
    // Where the listed contacts are read when the market was read without them (MarketParts;
    // the studio passes MarketDetails::contact); the census likewise (CandidateKnowledge).
    using ContactSource = std::function<Contact(std::uint32_t line)>;
    void setContactSource(ContactSource source) { contactSource_ = std::move(source); }
    void setCensusSource(CandidateKnowledge::CensusSource source) {
        knowledge_.setCensusSource(std::move(source));
    }
    // The contact listed on line `line`: the market's, or the source's when one is set.
    Contact contact(std::uint32_t line) const {
        return contactSource_ ? contactSource_(line) : Contact(market_.prospects[line].contact);
    }
    // The candidate's marks the filters on flags, notes and tags read (none until set).
    void setMarks(ProspectMarks marks) { marks_ = std::move(marks); }
    const ProspectMarks& marks() const { return marks_; }
    // Indices into rows() of the lines matching `filter`, in file order.
    std::vector<std::uint32_t> filter(const ProspectFilter& filter) const;
    void sort(std::vector<std::uint32_t>& indices, ProspectColumn column, bool ascending) const;
    // Gives every row its searchKey, once: filter() and sort() do it for a text search or a sort
    // by name. Built at the first need rather than at the open (about 50 MiB at national scale).
    void prepareSearchKeys() const;
    // Employees of the given lines, as the candidate sees them.
    std::uint64_t employees(const std::vector<std::uint32_t>& indices) const;
    const Market& market() const { return market_; }
    // What the candidate knows: every other output (card, diagnosis, exports) asks it too.
    const CandidateKnowledge& knowledge() const { return knowledge_; }

private:
    const Market& market_;
    const ReferenceData& reference_;
    CandidateKnowledge knowledge_;
    // Mutable for prepareSearchKeys() alone, which sets every row's searchKey once.
    mutable std::vector<ProspectRow> rows_;
    mutable std::vector<char> searchText_;  // every row's searchKey, one after the other
    mutable std::once_flag searchKeysBuilt_;
    ProspectMarks marks_;
    ContactSource contactSource_;
};

}  // namespace cmcsim
