#include "cmcsim/store/MarketDetails.h"

#include <unordered_map>

#include "MarketRows.h"
#include "RowReader.h"
#include "cmcsim/store/AttemptReader.h"
#include "cmcsim/store/Database.h"

namespace cmcsim {

namespace {
// The contacts kept: a screen of rows many times over, a few hundred kB.
constexpr std::size_t kKeptContacts = 4096;
}  // namespace

struct MarketDetails::State {
    State(const std::filesystem::path& file, const ReferenceData& reference)
        : reader(file, reference),
          contactById(reader.database().prepare(
              "SELECT contact_name, contact_role, phone, email FROM prospect WHERE id = ?")),
          censusById(reader.database().prepare(
              "SELECT establishment_id, cells FROM census WHERE establishment_id = ?")) {}

    AttemptReader reader;
    Statement contactById, censusById;
    std::unordered_map<std::uint32_t, Contact> contacts;
};

MarketDetails::MarketDetails(std::filesystem::path file, const ReferenceData& reference)
    : file_(std::move(file)), reference_(reference) {}

MarketDetails::~MarketDetails() = default;

MarketDetails::State& MarketDetails::state() {
    if (!state_) state_ = std::make_unique<State>(file_, reference_);
    return *state_;
}

Contact MarketDetails::contact(std::uint32_t line) {
    auto& s = state();
    if (const auto it = s.contacts.find(line); it != s.contacts.end()) return it->second;
    // Its texts are read as readMarket reads them (any text, NULL as empty).
    auto& q = s.contactById;
    q.reset();
    q.bind(1, std::int64_t{line});
    Contact contact;
    if (q.step()) contact = {q.text(0), q.text(1), q.text(2), q.text(3)};
    q.reset();
    s.reader.verifyRows("prospect", line);
    if (s.contacts.size() >= kKeptContacts) s.contacts.clear();
    s.contacts.emplace(line, contact);
    return contact;
}

std::vector<CensusCell> MarketDetails::census(std::uint32_t establishment) {
    auto& s = state();
    auto& q = s.censusById;
    q.reset();
    q.bind(1, std::int64_t{establishment});
    RowReader r(s.reader.database(), q, "census");
    Market read;
    if (r.stepById(0)) {
        Establishment e;
        readCensusCells(r, q.blob(1), e, read);
    }
    q.reset();
    s.reader.verifyRows("census", establishment);
    return std::move(read.censusCells);
}

}  // namespace cmcsim
