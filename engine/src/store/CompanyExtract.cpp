#include "cmcsim/store/CompanyExtract.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include "BlockDigests.h"
#include "MarketRows.h"
#include "RowReader.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/store/AttemptReader.h"
#include "cmcsim/store/Database.h"

namespace cmcsim {

namespace {
// Reads one company's rows by id, validating each row, then checks the sealed blocks read.
class Extractor {
    // Rows [first, first + count) of a table, read.
    struct Rows {
        std::string_view table;
        std::int64_t first, count;
    };
    // A sealed block of rows read: the range of BlockDigests::Work that hashes it, or what
    // checking it refused before hashing.
    struct Check {
        Rows rows;  // the whole block
        std::int64_t block;
        std::size_t range;
        std::optional<InputError> refused;
    };
    static constexpr std::array<std::string_view, 3> kHeader = {"schema_version", "attempt_info",
                                                                "scenario"};

public:
    explicit Extractor(AttemptReader& reader)
        : reader_(reader),
          db_(reader.database()),
          rows_(reader.reference()),
          prospectById_(db_.prepare(
              fmt::format("SELECT {} FROM prospect WHERE id = ?", MarketRows::kProspectColumns))),
          companyById_(db_.prepare(
              fmt::format("SELECT {} FROM company WHERE id = ?", MarketRows::kCompanyColumns))),
          establishments_(db_.prepare(
              fmt::format("SELECT {} FROM establishment e LEFT JOIN census c ON "
                          "c.establishment_id = e.id WHERE e.id BETWEEN ? AND ? ORDER BY e.id",
                          MarketRows::kEstablishmentColumns))),
          linesOfSiren_(db_.prepare("SELECT id FROM prospect WHERE siren = ? ORDER BY id")) {}

    CompanyExtract run(std::string_view key) {
        CompanyExtract out;
        auto& m = out.market;
        readCompetitors(db_, m);
        read("competitor", 0, static_cast<std::int64_t>(m.competitors.size()));
        MarketTableSizes sizes;
        sizes.competitors = m.competitors.size();
        sizes.prescribers = rowsOf("prescriber");
        sizes.companies = rowsOf("company");
        sizes.establishments = rowsOf("establishment");
        sizes.prospects = rowsOf("prospect");
        rows_.setSizes(sizes);

        std::vector<std::int64_t> found;
        if (const auto siret = siret::parse(key, 14)) {
            auto s = db_.prepare("SELECT id FROM prospect WHERE siret = ? ORDER BY id");
            found = ids(s, siret::formatSiret(*siret));
        } else if (const auto siren = siret::parse(key, 9)) {
            found = ids(linesOfSiren_, siret::formatSiren(*siren));
        }
        // Every line found, the company of its establishment, every line under that company's
        // SIREN, until no new company appears (a line's SIREN is normally its company's).
        std::deque<std::int64_t> pending;
        const auto add = [&](std::int64_t id) {
            if (!lines_.contains(id) && readLine(id)) pending.push_back(id);
        };
        for (const auto id : found) add(id);
        while (!pending.empty()) {
            const auto id = pending.front();
            pending.pop_front();
            const auto company = companyOfEstablishment(lines_.at(id).establishment);
            if (!members_.insert(company).second) continue;
            for (const auto line : ids(linesOfSiren_, siret::formatSiren(company_(company).siren)))
                add(line);
        }

        std::map<std::uint32_t, std::uint32_t> localEstablishment, localPrescriber;
        for (const auto id : members_) {
            auto c = company_(id);
            readEstablishments(id, c, m, localEstablishment);
            for (auto* prescriber : {&c.accountant, &c.broker}) {
                if (*prescriber < 0) continue;
                const auto global = static_cast<std::uint32_t>(*prescriber);
                const auto [it, added] = localPrescriber.try_emplace(
                    global, static_cast<std::uint32_t>(m.prescribers.size()));
                if (added) m.prescribers.push_back(readPrescriber(global));
                *prescriber = static_cast<std::int32_t>(it->second);
            }
            m.companies.push_back(std::move(c));
        }
        std::map<std::int64_t, std::uint32_t> localLine;
        for (auto& [id, line] : lines_) {
            localLine[id] = static_cast<std::uint32_t>(m.prospects.size());
            line.establishment = localEstablishment.at(line.establishment);
            m.prospects.push_back(std::move(line));
            out.lines.push_back(static_cast<std::uint32_t>(id));
        }
        readDefects(localLine, m);
        return out;
    }

private:
    // Notes rows [first, first + count) of `table` as read, to check against the seal once every
    // row is read and validated (verify()).
    void read(const char* table, std::int64_t first, std::int64_t count = 1) {
        read_.push_back({table, first, count});
    }

public:
    // Checks the rows read against the seal, table by table in the order of the seal
    // (AttemptDigest), then the small tables every command depends on. A sealed block that
    // differs is validated whole first: a damaged row in it (beside the company's) is reported
    // as a full open reports it ("fichier endommagé"), before any difference with the seal.
    // A block that matches its digest holds the rows the writer sealed, which the rows read
    // were validated from.
    void verify() { conclude(BlockDigests::compute(db_, plan())); }

    // What verify() hashes, once what it refuses before reading a block is refused (a row
    // outside the sealed ids, an unreadable seal); the blocks' own errors are kept in order.
    BlockDigests::Work plan() {
        static constexpr std::array<std::string_view, 7> kOrder = {
            "competitor", "prescriber", "company", "establishment", "census", "prospect", "defect"};
        const auto rank = [](const Rows& rows) {
            return std::find(kOrder.begin(), kOrder.end(), rows.table) - kOrder.begin();
        };
        std::stable_sort(read_.begin(), read_.end(), [&](const Rows& a, const Rows& b) {
            return std::pair(rank(a), a.first) < std::pair(rank(b), b.first);
        });
        BlockDigests::Work work;
        std::map<std::pair<std::string_view, std::int64_t>, std::size_t> ranges;
        for (const auto& rows : read_) {
            // A row outside the sealed ids was added since the seal (a negative id too, which
            // no block holds): refused at once.
            if (const auto sealed = reader_.sealedRows(rows.table);
                sealed && (rows.first < 0 || rows.count > *sealed - rows.first))
                throw reader_.added(rows.table,
                                    rows.first < 0 ? rows.first : std::max(rows.first, *sealed));
            const auto blockRows = reader_.sealedBlockRows(rows.table);
            if (!blockRows || *blockRows <= 0 || rows.count <= 0) {
                reader_.verifyRows(rows.table, rows.first, rows.count);
                continue;
            }
            for (auto b = rows.first / *blockRows; b <= (rows.first + rows.count - 1) / *blockRows;
                 ++b) {
                Check check{{rows.table, b * *blockRows, *blockRows}, b, 0, std::nullopt};
                // What AttemptReader::verifyRows refuses before it hashes the block.
                try {
                    const auto first = std::max(rows.first, b * *blockRows);
                    const auto* seal = reader_.sealedBlocks(rows.table);
                    if (first < 0 || first > seal->rows || 1 > seal->rows - first)
                        throw reader_.added(rows.table,
                                            first < 0 ? first : std::max(first, seal->rows));
                    const auto start = b * seal->blockRows;
                    const auto [at, added] = ranges.try_emplace({rows.table, b}, ranges.size());
                    if (added)
                        work.ranges.push_back({rows.table, start,
                                               std::min(seal->blockRows, seal->rows - start),
                                               seal->blocks[static_cast<std::size_t>(b)].size()});
                    check.range = at->second;
                } catch (const InputError& e) {
                    check.refused = e;
                }
                checks_.push_back(std::move(check));
            }
        }
        if (const auto format = reader_.sealFormat()) {
            work.tables.assign(kHeader.begin(), kHeader.end());
            work.format = *format;
        }
        return work;
    }

    // Compares the digests of plan()'s work with the seal, validates the blocks that differ and
    // throws the first difference, as verify() does.
    void conclude(const BlockDigests::Result& digests) {
        std::vector<Rows> differing;
        std::vector<InputError> differences;
        for (const auto& check : checks_) {
            try {
                if (check.refused) throw *check.refused;
                if (const auto& failure = digests.failures[check.range])
                    std::rethrow_exception(failure);
                reader_.checkBlock(check.rows.table, check.block, digests.digests[check.range]);
            } catch (const InputError& e) {
                differing.push_back(check.rows);
                differences.push_back(e);
            }
        }
        for (const auto& rows : differing) validateBlocks(rows);
        if (digests.tablesFailure) std::rethrow_exception(digests.tablesFailure);
        reader_.verifyDigests(digests.tables);
        if (!differences.empty()) throw differences.front();
    }

private:
    // Validates every row of the sealed blocks that hold `rows` (once per block).
    void validateBlocks(Rows rows) {
        // A census row is validated with its establishment's (same ids, same blocks).
        const auto table = rows.table == "census" ? std::string_view("establishment") : rows.table;
        const auto blockRows = reader_.sealedBlockRows(table);
        const auto total = reader_.sealedRows(table);
        if (table == "competitor" || !blockRows || !total || *blockRows <= 0 || rows.count <= 0)
            return;
        auto& done = validated_[table];
        for (auto b = rows.first / *blockRows; b <= (rows.first + rows.count - 1) / *blockRows;
             ++b) {
            const auto first = b * *blockRows;
            if (first >= *total || !done.insert(b).second) continue;
            validateRange(table, first, std::min(first + *blockRows, *total) - 1);
        }
    }

    // Validates rows [first, last] of `table` as readMarket does.
    void validateRange(std::string_view table, std::int64_t first, std::int64_t last) {
        if (table == "establishment") {
            establishments_.reset();
            establishments_.bind(1, first).bind(2, last);
            RowReader r(db_, establishments_, "establishment");
            Market cells;
            while (r.stepById(0)) rows_.establishment(r, establishments_, owner(), cells);
            return;
        }
        const auto columns = table == "prospect"     ? MarketRows::kProspectColumns
                             : table == "company"    ? MarketRows::kCompanyColumns
                             : table == "prescriber" ? MarketRows::kPrescriberColumns
                                                     : MarketRows::kDefectColumns;
        auto s = db_.prepare(
            fmt::format("SELECT {} FROM {} WHERE id BETWEEN ? AND ? ORDER BY id", columns, table));
        s.bind(1, first).bind(2, last);
        const std::string name(table);
        RowReader r(db_, s, name.c_str());
        while (r.stepById(0)) {
            if (table == "prospect")
                rows_.prospect(r);
            else if (table == "company")
                rows_.company(r);
            else if (table == "prescriber")
                rows_.prescriber(r);
            else
                rows_.defect(r);
        }
    }

    // The rows of a table: its sealed count, or its count (a format-1 file seals nothing).
    std::size_t rowsOf(const char* table) {
        if (const auto sealed = reader_.sealedRows(table)) return static_cast<std::size_t>(*sealed);
        return static_cast<std::size_t>(db_.scalar(fmt::format("SELECT count(*) FROM {}", table)));
    }

    static std::vector<std::int64_t> ids(Statement& s, const std::string& value) {
        s.reset();
        s.bind(1, value);
        std::vector<std::int64_t> out;
        while (s.step()) out.push_back(s.integer(0));
        return out;
    }

    // Reads line `id`; false when a format-1 file (which seals nothing) has no such row.
    bool readLine(std::int64_t id) {
        read("prospect", id);
        prospectById_.reset();
        prospectById_.bind(1, id);
        RowReader r(db_, prospectById_, "prospect");
        if (!r.stepById(0)) return false;
        lines_.emplace(id, rows_.prospect(r));
        return true;
    }

    // The company row `id`, validated and kept (read once).
    const Company& company_(std::uint32_t id) {
        if (const auto it = companies_.find(id); it != companies_.end()) return it->second;
        read("company", id);
        companyById_.reset();
        companyById_.bind(1, std::int64_t{id});
        RowReader r(db_, companyById_, "company");
        if (!r.stepById(0))
            failTable(db_, "company", fmt::format("la ligne {}", id + 1), "aucune ligne");
        return companies_.emplace(id, rows_.company(r)).first->second;
    }

    // Validates establishment `id` (the owner of a line) and returns its company.
    std::uint32_t companyOfEstablishment(std::uint32_t id) {
        read("establishment", id);
        read("census", id);
        establishments_.reset();
        establishments_.bind(1, std::int64_t{id}).bind(2, std::int64_t{id});
        RowReader r(db_, establishments_, "establishment");
        if (!r.stepById(0))
            failTable(db_, "establishment", fmt::format("la ligne {}", id + 1), "aucune ligne");
        Market cells;
        return rows_.establishment(r, establishments_, owner(), cells).company;
    }

    // Appends the establishments of company `id` to `m`, contiguous as in the file.
    void readEstablishments(std::uint32_t id, Company& c, Market& m,
                            std::map<std::uint32_t, std::uint32_t>& local) {
        const std::int64_t first = c.firstEstablishment, count = c.establishmentCount;
        read("establishment", first, count);
        read("census", first, count);
        establishments_.reset();
        establishments_.bind(1, first).bind(2, first + count - 1);
        RowReader r(db_, establishments_, "establishment");
        c.firstEstablishment = static_cast<std::uint32_t>(m.establishments.size());
        const auto localCompany = static_cast<std::uint32_t>(m.companies.size());
        std::int64_t read = 0;
        while (r.stepById(0)) {
            auto e = rows_.establishment(r, establishments_, owner(), m);
            local[static_cast<std::uint32_t>(r.row())] =
                static_cast<std::uint32_t>(m.establishments.size());
            e.company = localCompany;
            m.establishments.push_back(e);
            ++read;
        }
        if (read != count)
            failTable(db_, "company", fmt::format("ligne {} : des établissements présents", id + 1),
                      "des établissements manquants");
    }

    std::function<const Company&(std::uint32_t)> owner() {
        return [this](std::uint32_t company) -> const Company& { return company_(company); };
    }

    Prescriber readPrescriber(std::uint32_t id) {
        read("prescriber", id);
        auto s = db_.prepare(
            fmt::format("SELECT {} FROM prescriber WHERE id = ?", MarketRows::kPrescriberColumns));
        s.bind(1, std::int64_t{id});
        RowReader r(db_, s, "prescriber");
        if (!r.stepById(0))
            failTable(db_, "prescriber", fmt::format("la ligne {}", id + 1), "aucune ligne");
        return rows_.prescriber(r);
    }

    // The defects of the extract's lines, in the file's order, each pointing to its local line.
    void readDefects(const std::map<std::int64_t, std::uint32_t>& localLine, Market& m) {
        if (localLine.empty()) return;
        std::vector<std::int64_t> ids;
        for (const auto& entry : localLine) ids.push_back(entry.first);
        auto s =
            db_.prepare(fmt::format("SELECT {} FROM defect WHERE prospect_id IN ({}) ORDER BY id",
                                    MarketRows::kDefectColumns, fmt::join(ids, ",")));
        RowReader r(db_, s, "defect");
        while (r.stepById(0)) {
            read("defect", r.row());
            auto d = rows_.defect(r);
            d.record = localLine.at(d.record);
            m.defects.push_back(std::move(d));
        }
    }

    AttemptReader& reader_;
    Database& db_;
    MarketRows rows_;
    Statement prospectById_, companyById_, establishments_, linesOfSiren_;
    std::map<std::int64_t, ProspectRecord> lines_;  // by id in the file, establishment global
    std::map<std::uint32_t, Company> companies_;    // every company row read, by id
    std::set<std::uint32_t> members_;               // the companies of the extract
    std::vector<Rows> read_;                        // to check against the seal
    std::map<std::string_view, std::set<std::int64_t>> validated_;  // blocks, by table
    std::vector<Check> checks_;  // the blocks to compare with the seal, in verify()'s order
};

// An extract's check against the seal, its digests computed on a connection and thread of their
// own.
class DeferredCheck final : public ExtractCheck::Pending {
public:
    DeferredCheck(std::unique_ptr<Extractor> extractor, const std::filesystem::path& file,
                  BlockDigests::Work work)
        : extractor_(std::move(extractor)), digests_(file, std::move(work)) {}
    void finish() override { extractor_->conclude(digests_.result()); }

private:
    std::unique_ptr<Extractor> extractor_;
    BlockDigests digests_;
};

bool flagged(const std::vector<std::uint8_t>& flags, std::uint32_t line) {
    return line < flags.size() && flags[line] != 0;
}
}  // namespace

CompanyExtract CompanyExtract::read(AttemptReader& reader, std::string_view siretOrSiren) {
    Extractor extractor(reader);
    auto out = extractor.run(siretOrSiren);
    extractor.verify();
    return out;
}

CompanyExtract CompanyExtract::read(AttemptReader& reader, std::string_view siretOrSiren,
                                    ExtractCheck& check) {
    auto extractor = std::make_unique<Extractor>(reader);
    auto out = extractor->run(siretOrSiren);
    auto work = extractor->plan();
    if (work.ranges.empty() && work.tables.empty()) {
        extractor->conclude(BlockDigests::compute(reader.database(), work));
        check = ExtractCheck();
        return out;
    }
    check = ExtractCheck(
        std::make_unique<DeferredCheck>(std::move(extractor), reader.file(), std::move(work)));
    return out;
}

Knowledge CompanyExtract::knowledge(Knowledge global) const {
    std::vector<std::uint8_t> verified(lines.size()), census(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        verified[i] = flagged(global.verified, lines[i]) ? 1 : 0;
        census[i] = flagged(global.census, lines[i]) ? 1 : 0;
    }
    global.verified = std::move(verified);
    global.census = std::move(census);
    return global;
}

}  // namespace cmcsim
