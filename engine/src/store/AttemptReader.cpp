#include "cmcsim/store/AttemptReader.h"

#include <fmt/format.h>

#include <algorithm>
#include <exception>

#include "cmcsim/attempt/Attempt.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/store/AttemptDigest.h"
#include "cmcsim/store/AttemptSchema.h"
#include "cmcsim/store/Database.h"
#include "cmcsim/store/JournalStore.h"

namespace cmcsim {

namespace {
// The prospect file of an attempt file, read through its indexes, each row read checked
// against its sealed block.
class FileDirectory final : public ProspectDirectory {
public:
    explicit FileDirectory(AttemptReader& reader) : reader_(reader) {
        const auto sealed = reader.sealedRows("prospect");
        lines_ = static_cast<std::uint32_t>(
            sealed ? *sealed
                   : reader.database().scalar("SELECT coalesce(max(id) + 1, 0) FROM prospect"));
    }
    std::uint32_t lines() const override { return lines_; }
    bool listsSiret(std::uint64_t siret) const override {
        auto rows = reader_.database().prepare("SELECT id FROM prospect WHERE siret = ?");
        rows.bind(1, siret::formatSiret(siret));
        bool listed = false;
        while (rows.step()) {
            const auto id = rows.integer(0);
            reader_.verifyRows("prospect", id);
            listed = listed || (id >= 0 && id < lines_);
        }
        return listed;
    }
    std::string lineName(std::uint32_t line) const override {
        reader_.verifyRows("prospect", line);
        auto row = reader_.database().prepare(
            "SELECT substr(raison_sociale, 1, 200) FROM prospect WHERE id = ?");
        row.bind(1, std::int64_t{line});
        return row.step() ? row.text(0) : std::string();
    }

private:
    AttemptReader& reader_;
    std::uint32_t lines_ = 0;
};
}  // namespace

AttemptReader::AttemptReader(const std::filesystem::path& file, const ReferenceData& reference)
    : AttemptReader(file, [&reference]() -> const ReferenceData& { return reference; }) {}

AttemptReader::AttemptReader(const std::filesystem::path& file,
                             const std::function<const ReferenceData&()>& reference)
    : file_(file) {
    // What needs no reference data is read first, its errors kept: the header's are thrown
    // before the scenario is read, the journal's after, as when they were read in that order.
    std::exception_ptr header, journal;
    std::string scenarioText;
    try {
        scenarioText = openHeader();
        try {
            readJournal();
        } catch (...) {
            journal = std::current_exception();
        }
    } catch (...) {
        header = std::current_exception();
    }
    reference_ = &reference();
    if (header) std::rethrow_exception(header);
    scenario_ = ScenarioLoader(*reference_)
                    .fromText(scenarioText, file.string() + " (scénario enregistré)");
    if (journal) std::rethrow_exception(journal);
    integrity_.creationDigest = journal_.front().hash;
    integrity_.headHash = journal_.back().hash;
    if (journal_.back().kind == command::kSeal) {
        integrity_.sealed = true;
        integrity_.receipt = Journal::receiptCode(integrity_.headHash);
        integrity_.sealedAt = journal_.back().wallTime;
    }
    if (seal_) {
        integrity_.bound = true;
        integrity_.bindingEntry = seal_->entry;
    }
}

std::string AttemptReader::openHeader() {
    AttemptSchema::checkFile(file_);
    db_ = std::make_unique<Database>(file_, Database::Mode::ReadOnly);
    auto& db = *db_;
    integrity_.formatVersion = AttemptSchema::checkDatabase(db);
    auto rows = db.prepare("SELECT key, value FROM attempt_info");
    while (rows.step()) info_[rows.text(0)] = rows.text(1);
    auto scenarioRow = db.prepare("SELECT json, length(json) FROM scenario LIMIT 1");
    if (!scenarioRow.step())
        throw InputError(file_.string(), "scénario absent du fichier d'épreuve");
    constexpr std::int64_t kMaxScenarioBytes = 16 << 20;  // bundled scenarios are under 20 kB
    if (scenarioRow.integer(1) > kMaxScenarioBytes)
        throw InputError(file_.string(),
                         fmt::format("fichier endommagé : table scenario, ligne 1, colonne json : "
                                     "attendu au plus {} octets, trouvé {}",
                                     kMaxScenarioBytes, scenarioRow.integer(1)));
    return scenarioRow.text(0);
}

void AttemptReader::readJournal() {
    journal_ = JournalStore::read(*db_);
    if (const auto broken = Journal::firstBrokenLink(journal_))
        throw InputError(
            file_.string(),
            fmt::format("journal altéré : la chaîne de hachage est rompue à l'entrée {}", *broken));
    seal_ = AttemptFile::sealOf(journal_, integrity_.formatVersion, file_.string());
}

AttemptReader::~AttemptReader() = default;

std::uint64_t AttemptReader::seed() const {
    return Attempt::seedOf(info_, scenario_);
}

std::shared_ptr<const ProspectDirectory> AttemptReader::prospects() {
    return std::make_shared<FileDirectory>(*this);
}

AttemptState AttemptReader::replay() {
    return AttemptState::replay(scenario_, prospects(), journal_, reference_->planRules);
}

const nlohmann::json* AttemptReader::sealedTable(std::string_view table) const {
    if (!seal_ || !seal_->digests.is_object()) return nullptr;
    const std::string name(table);
    if (!seal_->digests.contains(name) || !seal_->digests.at(name).is_object()) return nullptr;
    return &seal_->digests.at(name);
}

std::optional<std::int64_t> AttemptReader::sealedRows(std::string_view table) const {
    return sealedCount(table, "lignes");
}

std::optional<std::int64_t> AttemptReader::sealedBlockRows(std::string_view table) const {
    return sealedCount(table, "lignes_par_bloc");
}

std::optional<std::int64_t> AttemptReader::sealedCount(std::string_view table,
                                                       const char* field) const {
    const auto* sealed = sealedTable(table);
    if (!sealed || !sealed->contains(field) || !sealed->at(field).is_number_integer())
        return std::nullopt;
    return sealed->at(field).get<std::int64_t>();
}

const AttemptReader::SealedBlocks* AttemptReader::sealedBlocks(std::string_view table) {
    if (!seal_) return nullptr;
    if (const auto cached = seals_.find(table); cached != seals_.end()) return &cached->second;
    const auto* sealed = sealedTable(table);
    if (!sealed) throw altered(table, "absente des empreintes scellées");
    const auto& seal = *sealed;
    SealedBlocks out;
    const auto integer = [&](const char* key) {
        return seal.contains(key) && seal.at(key).is_number_integer()
                   ? seal.at(key).get<std::int64_t>()
                   : std::int64_t{-1};
    };
    out.rows = integer("lignes");
    out.blockRows = integer("lignes_par_bloc");
    if (out.rows < 0 || out.blockRows <= 0 || !seal.contains("blocs") ||
        !seal.at("blocs").is_array())
        throw altered(table, "empreintes scellées illisibles");
    for (const auto& block : seal.at("blocs")) {
        if (!block.is_string()) throw altered(table, "empreintes scellées illisibles");
        out.blocks.push_back(block.get<std::string>());
    }
    if (static_cast<std::int64_t>(out.blocks.size()) <
        (out.rows + out.blockRows - 1) / out.blockRows)
        throw altered(table, "empreintes scellées illisibles");
    return &seals_.emplace(std::string(table), std::move(out)).first->second;
}

InputError AttemptReader::added(std::string_view table, std::int64_t id) {
    const auto* seal = sealedBlocks(table);
    const auto rows = seal ? seal->rows : std::int64_t{0};
    // "ligne N ajoutée", lines counted from 1: the row after the sealed ones is line rows + 1. An
    // id outside the table (negative, or far beyond it) has no line: "ligne d'identifiant ID".
    return altered(
        table, id >= 0 && id <= rows
                   ? fmt::format("ligne {} ajoutée ({} lignes scellées)", id + 1, rows)
                   : fmt::format("ligne d'identifiant {} ajoutée ({} lignes scellées)", id, rows));
}

InputError AttemptReader::altered(std::string_view table, const std::string& what) const {
    return InputError(file_.string(),
                      fmt::format("épreuve altérée : table {} : {} depuis son scellement dans "
                                  "le journal (entrée {})",
                                  table, what, integrity_.bindingEntry));
}

void AttemptReader::checkBlock(std::string_view table, std::int64_t block,
                               const std::string& digest) {
    const auto* seal = sealedBlocks(table);
    if (!seal) return;
    if (digest != seal->blocks[static_cast<std::size_t>(block)]) {
        const auto start = block * seal->blockRows;
        const auto last = std::min(start + seal->blockRows, seal->rows) - 1;
        // Worded as AttemptDigest::firstDifference words it.
        throw altered(table, start == last
                                 ? fmt::format("ligne {} modifiée", start + 1)
                                 : fmt::format("contenu modifié entre les lignes {} et {} (dans "
                                               "l'ordre de la table, à partir de 1)",
                                               start + 1, last + 1));
    }
    verifiedBlocks_[std::string(table)].insert(block);
}

void AttemptReader::verifyRows(std::string_view table, std::int64_t first, std::int64_t count) {
    if (!seal_ || count <= 0) return;
    const auto* seal = sealedBlocks(table);
    const auto rows = seal->rows;
    const auto blockRows = seal->blockRows;
    // Written so that no sum overflows, whatever id a hostile file holds.
    if (first < 0 || first > rows || count > rows - first)
        throw added(table, first < 0 ? first : std::max(first, rows));
    const auto& done = verifiedBlocks_[std::string(table)];
    for (auto b = first / blockRows; b <= (first + count - 1) / blockRows; ++b) {
        if (done.contains(b)) continue;
        const auto start = b * blockRows;
        checkBlock(table, b,
                   AttemptDigest::rangeDigest(*db_, table, start, std::min(blockRows, rows - start),
                                              seal->blocks[static_cast<std::size_t>(b)].size()));
    }
}

void AttemptReader::verifyTables() {
    if (!seal_) return;
    // The sealing entry says how the tables were cut in blocks.
    verifyDigests(AttemptDigest::compute(*db_, seal_->format));
}

void AttemptReader::verifyTables(std::span<const std::string_view> tables) {
    if (!seal_) return;
    std::vector<TableDigest> actual;
    for (const auto table : tables)
        actual.push_back(AttemptDigest::computeTable(*db_, table, seal_->format));
    verifyDigests(actual);
}

void AttemptReader::verifyDigests(const std::vector<TableDigest>& actual) const {
    if (!seal_) return;
    if (const auto difference = AttemptDigest::firstDifference(seal_->digests, actual))
        throw InputError(file_.string(),
                         fmt::format("épreuve altérée : {} depuis son scellement dans le "
                                     "journal (entrée {}) ; le scénario, le marché, la vérité "
                                     "cachée et le journal ne correspondent plus",
                                     *difference, integrity_.bindingEntry));
}

Attempt AttemptReader::release(Market market) && {
    return Attempt(std::move(scenario_), std::move(market), std::move(journal_), std::move(info_));
}

}  // namespace cmcsim
