#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/attempt/Journal.h"
#include "cmcsim/attempt/ProspectDirectory.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/scenario/Scenario.h"
#include "cmcsim/store/AttemptFile.h"

namespace cmcsim {

class Database;
struct ReferenceData;
struct TableDigest;

// An attempt file opened lazily: opening checks what costs little at any scale (the header, the
// schema, the scenario, the journal's hash chain and its sealing entry) and reads no market
// table; a command then reads only the rows it needs and checks each block of rows it reads
// against the digests sealed in the journal (verifyRows), so that a command about one company
// costs the same at Rouen and at national scale. AttemptFile::open is this plus every table
// read and checked. Errors are InputErrors naming the file (docs/attempt-format.md).
class AttemptReader {
public:
    // Throws InputError for a foreign, truncated, newer or damaged file, a broken journal chain
    // or a missing seal (format 2 and later); never modifies the file.
    AttemptReader(const std::filesystem::path& file, const ReferenceData& reference);
    // The same with the reference data asked for only when the scenario is read: what needs
    // none (the header, the journal, its chain and seal) is read first, so that a caller may
    // load the reference data on another thread meanwhile; `reference` may wait for it, and its
    // error is thrown first. The errors are those of the constructor above, in the same order.
    AttemptReader(const std::filesystem::path& file,
                  const std::function<const ReferenceData&()>& reference);
    ~AttemptReader();
    AttemptReader(const AttemptReader&) = delete;
    AttemptReader& operator=(const AttemptReader&) = delete;

    const std::filesystem::path& file() const { return file_; }
    const ReferenceData& reference() const { return *reference_; }
    const Scenario& scenario() const { return scenario_; }
    const std::vector<JournalEntry>& journal() const { return journal_; }
    const std::map<std::string, std::string>& info() const { return info_; }
    std::uint64_t seed() const;
    // What opening proved; `bound` says that a seal was found (its digests are checked only
    // for the rows read, or all by verifyTables).
    const AttemptIntegrity& integrity() const { return integrity_; }
    // The open read-only connection, for the engine's readers of this file (one thread).
    Database& database() { return *db_; }

    // The prospect file as a journal replay needs it, answered through the file's indexes; the
    // reader must outlive it.
    std::shared_ptr<const ProspectDirectory> prospects();
    // The candidate's state: the journal replayed against prospects().
    AttemptState replay();

    // Checks rows [first, first + count) of a table (in the order of its key: the id, the
    // establishment for `census`) against the blocks sealed in the journal; each block is read
    // and hashed once per reader. Throws InputError "épreuve altérée : table …" on a difference
    // or a row beyond the sealed count. Does nothing for a format-1 file, which seals nothing.
    void verifyRows(std::string_view table, std::int64_t first, std::int64_t count = 1);
    // The blocks sealed for a table (its rows, rows per block and each block's digest), as
    // verifyRows and SealedTableScan check them, read once per reader; nullptr for a format-1
    // file, which seals nothing. Throws the InputError of altered() when the table's seal is
    // absent or unreadable.
    struct SealedBlocks {
        std::int64_t rows = 0, blockRows = 0;
        std::vector<std::string> blocks;
    };
    const SealedBlocks* sealedBlocks(std::string_view table);
    // The InputError "épreuve altérée : table T : `what` depuis son scellement dans le journal
    // (entrée N)" naming the file.
    InputError altered(std::string_view table, const std::string& what) const;
    // altered()'s error for row `id`, outside the table's sealed ids: "ligne N ajoutée (M lignes
    // scellées)".
    InputError added(std::string_view table, std::int64_t id);
    // Compares `digest`, computed over block `block` of `table` read whole (by a scan), with
    // the sealed one: throws the InputError of verifyRows on a difference, else records the
    // block as checked so that verifyRows does not read it again.
    void checkBlock(std::string_view table, std::int64_t block, const std::string& digest);
    // Checks every table against the seal, as AttemptFile::open does.
    void verifyTables();
    // Compares digests computed elsewhere (AttemptDigest::compute in the layout of
    // sealFormat()) with the seal, with verifyTables' message.
    void verifyDigests(const std::vector<TableDigest>& actual) const;
    // The layout of the seal's digests (AttemptSeal::format); nothing for a format-1 file.
    std::optional<int> sealFormat() const {
        return seal_ ? std::optional<int>(seal_->format) : std::nullopt;
    }
    // Checks these whole tables against the seal, with verifyTables' message: the small tables
    // a command depends on ("schema_version", "attempt_info", "scenario").
    void verifyTables(std::span<const std::string_view> tables);
    // The sealed row count of a table, and the rows of its sealed blocks, when sealed.
    std::optional<std::int64_t> sealedRows(std::string_view table) const;
    std::optional<std::int64_t> sealedBlockRows(std::string_view table) const;

    // Hands over the scenario, journal and information, with `market`, as an Attempt.
    Attempt release(Market market) &&;

private:
    // Opens the file and reads its header; the scenario's text.
    std::string openHeader();
    // Reads the journal, checks its chain and finds its seal.
    void readJournal();
    // The sealed digests of a table, or nullptr.
    const nlohmann::json* sealedTable(std::string_view table) const;
    std::optional<std::int64_t> sealedCount(std::string_view table, const char* field) const;

    std::filesystem::path file_;
    const ReferenceData* reference_ = nullptr;
    std::unique_ptr<Database> db_;
    Scenario scenario_;
    std::vector<JournalEntry> journal_;
    std::map<std::string, std::string> info_;
    AttemptIntegrity integrity_;
    std::optional<AttemptSeal> seal_;  // the entry that seals the tables, if any
    std::map<std::string, std::set<std::int64_t>, std::less<>> verifiedBlocks_;
    std::map<std::string, SealedBlocks, std::less<>> seals_;
};

}  // namespace cmcsim
