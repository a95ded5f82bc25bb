#include "cmcsim/store/MarketStore.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <atomic>
#include <bit>
#include <chrono>
#include <climits>
#include <cstring>
#include <exception>
#include <optional>
#include <thread>
#include <unordered_map>

#include "MarketRows.h"
#include "ReadLines.h"
#include "RowReader.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/store/Database.h"

namespace cmcsim {

static_assert(sizeof(CensusCell) == 12, "census cells are stored as 12-byte records");
static_assert(std::endian::native == std::endian::little, "census blobs are little-endian");

namespace {
// Upper bounds a value read from a file must respect (docs/attempt-format.md, "Validation"):
// far above any real French employer, low enough that no sum overflows.
constexpr std::int64_t kMaxHeadcount = 1'000'000;          // one establishment or census cell
constexpr std::int64_t kMaxCompanyHeadcount = 10'000'000;  // a company, all France
constexpr std::int64_t kMaxAnnualPayEur = 10'000'000;
constexpr std::int64_t kMaxPremiumCents = 10'000'000;  // 100 000 € a month per employee
// A census has at most one cell per age band × sex × category × family situation.
constexpr std::size_t kMaxCensusCells = 6 * 2 * 2 * 4;

// An index into a table of `size` rows, or -1 when NULL and `nullable`.
std::string indexRange(const char* table, std::size_t size) {
    return size == 0 ? fmt::format("aucune ligne (table {} vide)", table)
                     : fmt::format("un id de la table {} (0 à {})", table, size - 1);
}

// The column names of one cover (health or provident), spelled once rather than built per row.
struct CoverageColumns {
    const char* insurer;
    const char* level;
    const char* premium;
    const char* renewal;
    const char* satisfaction;
    const char* propensity;
};
constexpr CoverageColumns kHealthColumns{"health_insurer_id",    "health_level",
                                         "health_premium_cents", "health_renewal",
                                         "health_satisfaction",  "health_propensity"};
constexpr CoverageColumns kProvidentColumns{"provident_insurer_id",    "provident_level",
                                            "provident_premium_cents", "provident_renewal",
                                            "provident_satisfaction",  "provident_propensity"};

// Tells `progress` how far the read of `step` is, every kLoadReportRows rows (row is a position
// from 0) and at the end.
void report(const LoadProgress& progress, std::string_view step, std::int64_t row,
            std::uint64_t total) {
    if (progress && static_cast<std::uint64_t>(row) % kLoadReportRows == 0)
        progress(step, static_cast<std::uint64_t>(row), total);
}

// `insurerRange` is indexRange("competitor", competitors), formatted once by the caller.
Coverage readCoverage(RowReader& r, int first, std::size_t competitors,
                      const std::string& insurerRange, const CoverageColumns& names) {
    Coverage c;
    const auto insurer = r.optionalInteger(
        first, names.insurer, 0, static_cast<std::int64_t>(competitors) - 1, insurerRange);
    if (!insurer) return c;
    c.insurer = static_cast<std::int16_t>(*insurer);
    c.level = static_cast<std::uint8_t>(
        r.integer(first + 1, names.level, 1, 4, "un niveau de garanties de 1 à 4"));
    c.monthlyPremium = Money::cents(
        r.integer(first + 2, names.premium, 0, kMaxPremiumCents, "une cotisation en centimes"));
    c.renewal = r.date(first + 3, names.renewal);
    c.satisfaction = static_cast<float>(r.real(first + 4, names.satisfaction, 0, 1));
    c.propensityToMove = static_cast<float>(r.real(first + 5, names.propensity, 0, 1));
    return c;
}

}  // namespace

CompanyLimits::CompanyLimits(std::size_t establishmentRows, std::size_t prescriberRows,
                             std::size_t competitorRows)
    : establishments(establishmentRows),
      prescribers(prescriberRows),
      competitors(competitorRows),
      prescriberRange(indexRange("prescriber", prescriberRows)),
      insurerRange(indexRange("competitor", competitorRows)) {}

Competitor readCompetitorRow(RowReader& r) {
    if (r.row() >= INT16_MAX) r.fail("id", "au plus 32 767 assureurs", "davantage");
    return {r.text(1),
            r.text(2),
            r.text(3),
            r.real(4, "market_share", 0, 1),
            r.real(5, "price_level", 0, 100),
            static_cast<int>(r.integer(6, "guarantee_level", 1, 4, "un niveau de 1 à 4")),
            r.real(7, "service_quality", 0, 1)};
}

Company readCompanyRow(RowReader& r, const CodeMap& codes, const CompanyLimits& limits) {
    const auto establishments = limits.establishments;
    const auto lastEstablishment = static_cast<std::int64_t>(establishments) - 1;
    const auto prescribers = static_cast<std::int64_t>(limits.prescribers);
    Company c;
    c.siren = r.digits(1, "siren", 9);
    c.name = r.text(2);
    c.legalForm = codes.legal(r, 3);
    c.naf = codes.naf(r, 4, "naf");
    c.idcc = codes.idcc(r, 5, "idcc");
    c.sizeBand = codes.companyBand(r, 6);
    c.headcount = static_cast<std::uint32_t>(
        r.integer(7, "headcount", 0, kMaxCompanyHeadcount, "un effectif positif"));
    c.created = r.date(8, "created");
    c.firstEstablishment =
        static_cast<std::uint32_t>(r.integer(9, "first_establishment", 0, lastEstablishment,
                                             indexRange("establishment", establishments)));
    c.establishmentCount = static_cast<std::uint32_t>(
        r.integer(10, "establishment_count", 1, lastEstablishment + 1 - c.firstEstablishment,
                  "un nombre d'établissements qui tient dans la table establishment"));
    c.accountant = static_cast<std::int32_t>(
        r.optionalInteger(11, "accountant_id", 0, prescribers - 1, limits.prescriberRange)
            .value_or(-1));
    c.broker = static_cast<std::int32_t>(
        r.optionalInteger(12, "broker_id", 0, prescribers - 1, limits.prescriberRange)
            .value_or(-1));
    c.health = readCoverage(r, 13, limits.competitors, limits.insurerRange, kHealthColumns);
    c.provident = readCoverage(r, 19, limits.competitors, limits.insurerRange, kProvidentColumns);
    return c;
}

Establishment readEstablishmentRow(RowReader& r, const CodeMap& codes, std::size_t companies) {
    Establishment e;
    e.siret = r.digits(1, "siret", 14);
    e.company = static_cast<std::uint32_t>(r.integer(2, "company_id", 0,
                                                     static_cast<std::int64_t>(companies) - 1,
                                                     indexRange("company", companies)));
    e.headOffice = r.integer(3, "head_office", 0, 1, "0 ou 1") != 0;
    e.naf = codes.naf(r, 4, "naf");
    e.sizeBand = codes.knownInsee(r, 5, "tranche_effectif");
    e.headcount = static_cast<std::uint32_t>(
        r.integer(6, "headcount", 0, kMaxHeadcount, "un effectif positif"));
    e.commune = codes.commune(r, 7, "commune");
    e.created = r.date(8, "created");
    e.closed = r.integer(9, "closed", 0, 1, "0 ou 1") != 0;
    return e;
}

void checkCompanyOf(RowReader& r, const Establishment& e, std::uint32_t first,
                    std::uint32_t count) {
    const auto position = static_cast<std::uint32_t>(r.row());
    if (position < first || position >= first + count)
        r.fail("company_id",
               "l'entreprise dont il est un établissement (first_establishment à "
               "first_establishment + establishment_count - 1 de la table company)",
               std::to_string(e.company));
}

ProspectRecord readProspectRow(RowReader& r, const CodeMap& codes, std::size_t establishments) {
    ProspectRecord p;
    p.establishment = static_cast<std::uint32_t>(
        r.integer(1, "establishment_id", 0, static_cast<std::int64_t>(establishments) - 1,
                  indexRange("establishment", establishments)));
    p.siret = r.digits(2, "siret", 14);
    p.name = r.text(4);
    p.naf = codes.naf(r, 5, "naf");
    p.sizeBand = codes.insee(r, 6, "tranche_effectif");
    p.headcount = static_cast<std::uint32_t>(
        r.optionalInteger(7, "effectif", 0, kMaxHeadcount, "un effectif positif").value_or(0));
    p.commune = codes.commune(r, 8, "commune");
    p.idcc = codes.idcc(r, 9, "idcc");
    p.contact = {r.text(10), r.text(11), r.text(12), r.text(13)};
    return p;
}

Defect readDefectRow(RowReader& r, std::size_t prospects) {
    Defect d;
    d.record = static_cast<std::uint32_t>(r.integer(1, "prospect_id", 0,
                                                    static_cast<std::int64_t>(prospects) - 1,
                                                    indexRange("prospect", prospects)));
    const auto kind = r.text(2);
    bool known = false;
    for (int k = 0; k <= static_cast<int>(kLastDefectKind); ++k) {
        if (kind == defectKindCode(static_cast<DefectKind>(k))) {
            d.kind = static_cast<DefectKind>(k);
            known = true;
        }
    }
    if (!known)
        r.fail("kind", "un type d'anomalie connu (effectif_perime, doublon…)",
               "« " + kind.substr(0, 40) + " »");
    d.truth = r.text(3);
    return d;
}

// Copies a census blob into the market after checking its size and every cell.
void readCensusCells(RowReader& r, std::span<const std::byte> blob, Establishment& e, Market& m) {
    if (blob.size() % sizeof(CensusCell) != 0 || blob.size() > kMaxCensusCells * sizeof(CensusCell))
        r.fail("cells", fmt::format("des cellules de 12 octets, au plus {}", kMaxCensusCells),
               fmt::format("{} octets", blob.size()), "census");
    const auto count = blob.size() / sizeof(CensusCell);
    e.censusOffset = static_cast<std::uint32_t>(m.censusCells.size());
    e.censusCellCount = static_cast<std::uint16_t>(count);
    m.censusCells.resize(m.censusCells.size() + count);
    if (count > 0) std::memcpy(m.censusCells.data() + e.censusOffset, blob.data(), blob.size());
    for (std::size_t i = 0; i < count; ++i) {
        const auto& c = m.censusCells[e.censusOffset + i];
        // Formatted only for an error: a national market has 14 million cells.
        const auto place = [i] { return fmt::format("cells, cellule {}", i + 1); };
        if (c.ageBand > 5 || c.sex > 1 || c.cadre > 1 || c.family > 3)
            r.fail(place(), "tranche d'âge 0–5, sexe 0–1, catégorie 0–1, situation familiale 0–3",
                   fmt::format("{}, {}, {}, {}", c.ageBand, c.sex, c.cadre, c.family), "census");
        if (c.headcount > kMaxHeadcount || c.meanAnnualPayEur > kMaxAnnualPayEur)
            r.fail(place(),
                   fmt::format("un effectif d'au plus {} et un salaire d'au plus {} €",
                               kMaxHeadcount, kMaxAnnualPayEur),
                   fmt::format("{} salariés, {} €", c.headcount, c.meanAnnualPayEur), "census");
    }
}

Prescriber readPrescriberRow(RowReader& r, const CodeMap& codes) {
    const auto kind = r.text(1);
    if (kind != "expert_comptable" && kind != "courtier")
        r.fail("kind", "expert_comptable ou courtier", "« " + kind.substr(0, 40) + " »");
    return {kind,
            r.text(2),
            codes.commune(r, 3, "commune"),
            {r.text(4), r.text(5), r.text(6), r.text(7)}};
}

void readCompetitors(Database& db, Market& m) {
    auto s = db.prepare(
        "SELECT id, code, name, kind, market_share, price_level, guarantee_level, "
        "service_quality FROM competitor ORDER BY id");
    RowReader r(db, s, "competitor");
    while (r.step(0)) m.competitors.push_back(readCompetitorRow(r));
    if (m.competitors.empty())
        failTable(db, "competitor", "au moins la ligne 1 (id 0 : la mutuelle du candidat)",
                  "une table vide");
}

namespace {
void readPrescribers(Database& db, const CodeMap& codes, Market& m) {
    auto s = db.prepare(
        fmt::format("SELECT {} FROM prescriber ORDER BY id", MarketRows::kPrescriberColumns));
    RowReader r(db, s, "prescriber");
    while (r.step(0)) m.prescribers.push_back(readPrescriberRow(r, codes));
}

void readCompanies(Database& db, const CodeMap& codes, std::size_t establishments, Market& m,
                   const LoadProgress& progress) {
    const auto total = static_cast<std::uint64_t>(db.scalar("SELECT count(*) FROM company"));
    m.companies.reserve(total);
    auto s =
        db.prepare(fmt::format("SELECT {} FROM company ORDER BY id", MarketRows::kCompanyColumns));
    RowReader r(db, s, "company");
    const CompanyLimits limits{establishments, m.prescribers.size(), m.competitors.size()};
    while (r.step(0)) {
        report(progress, kLoadCompanies, r.row(), total);
        m.companies.push_back(readCompanyRow(r, codes, limits));
    }
    if (progress) progress(kLoadCompanies, m.companies.size(), total);
}

// Replaces the columns `from` of `columns` by NULLs: what an open leaves in the file
// (MarketParts) is not read at all.
std::string withoutColumns(std::string columns, std::string_view from, std::string_view nulls) {
    const auto at = columns.find(from);
    return columns.replace(at, from.size(), nulls);
}

void readEstablishments(Database& db, const CodeMap& codes, std::size_t count, Market& m,
                        const LoadProgress& progress, bool census) {
    m.establishments.reserve(count);
    const auto columns = census
                             ? std::string(MarketRows::kEstablishmentColumns)
                             : withoutColumns(MarketRows::kEstablishmentColumns, "c.cells", "NULL");
    auto s = db.prepare(fmt::format(
        "SELECT {} FROM establishment e LEFT JOIN census c ON c.establishment_id = e.id ORDER BY "
        "e.id",
        columns));
    RowReader r(db, s, "establishment");
    const auto companies = m.companies.size();
    while (r.step(0)) {
        report(progress, kLoadEstablishments, r.row(), count);
        auto e = readEstablishmentRow(r, codes, companies);
        const auto& company = m.companies[e.company];
        checkCompanyOf(r, e, company.firstEstablishment, company.establishmentCount);
        if (s.isNull(11))
            r.fail("establishment_id", "une ligne par établissement", "aucune", "census");
        readCensusCells(r, s.blob(10), e, m);
        m.establishments.push_back(e);
    }
    if (progress) progress(kLoadEstablishments, m.establishments.size(), count);
    const auto censuses = static_cast<std::size_t>(db.scalar("SELECT count(*) FROM census"));
    if (censuses != m.establishments.size())
        failTable(db, "census", fmt::format("une ligne par établissement ({})", count),
                  fmt::format("{} lignes", censuses));
}

void readProspects(Database& db, const CodeMap& codes, std::size_t establishments,
                   ReadLines& prospects, const LoadProgress& progress, bool contacts) {
    const auto total = static_cast<std::uint64_t>(db.scalar("SELECT count(*) FROM prospect"));
    prospects.reserve(total);
    const auto columns = contacts ? std::string(MarketRows::kProspectColumns)
                                  : withoutColumns(MarketRows::kProspectColumns,
                                                   "contact_name, contact_role, phone, email",
                                                   "NULL, NULL, NULL, NULL");
    auto s = db.prepare(fmt::format("SELECT {} FROM prospect ORDER BY id", columns));
    RowReader r(db, s, "prospect");
    while (r.step(0)) {
        report(progress, kLoadProspects, r.row(), total);
        prospects.add(readProspectRow(r, codes, establishments));
    }
    if (progress) progress(kLoadProspects, prospects.size(), total);
}

// The prospect lines, the largest table, read on a thread and a read-only connection of their
// own while the caller reads the companies and establishments, so that reading the market uses
// two cores. Destroyed before take(), it interrupts the read and waits for it.
class ConcurrentProspects {
public:
    ConcurrentProspects(const std::filesystem::path& file, const ReferenceData& ref,
                        std::size_t establishments, bool contacts, bool records)
        : db_(file, Database::Mode::ReadOnly),
          codes_(ref),
          prospects_(!records),
          thread_([this, establishments, contacts] {
              try {
                  readProspects(
                      db_, codes_, establishments, prospects_,
                      [this](std::string_view, std::uint64_t done, std::uint64_t total) {
                          total_ = total;
                          done_ = done;
                      },
                      contacts);
              } catch (...) {
                  failure_ = std::current_exception();
              }
              finished_ = true;
          }) {}
    ~ConcurrentProspects() {
        if (!thread_.joinable()) return;
        while (!finished_) {
            sqlite3_interrupt(db_.handle());
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        thread_.join();
    }
    ConcurrentProspects(const ConcurrentProspects&) = delete;
    ConcurrentProspects& operator=(const ConcurrentProspects&) = delete;
    // The lines, once read, reporting kLoadProspects meanwhile; what reading them threw.
    ReadLines take(const LoadProgress& progress) {
        while (progress && !finished_) {
            progress(kLoadProspects, done_, total_);
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        thread_.join();
        if (failure_) std::rethrow_exception(failure_);
        if (progress) progress(kLoadProspects, prospects_.size(), total_);
        return std::move(prospects_);
    }

private:
    Database db_;
    const CodeMap codes_;  // its own: the caches of codes met are not shared between threads
    ReadLines prospects_;
    std::exception_ptr failure_;
    std::atomic<std::uint64_t> done_{0}, total_{0};
    std::atomic<bool> finished_{false};
    std::thread thread_;  // last: it starts once the rest is ready
};

void readDefects(Database& db, Market& m, const LoadProgress& progress) {
    // Ids count from 0 without gaps (checked below), so the last id gives the count at once.
    const auto total =
        progress
            ? static_cast<std::uint64_t>(db.scalar("SELECT coalesce(max(id) + 1, 0) FROM defect"))
            : 0;
    auto s =
        db.prepare(fmt::format("SELECT {} FROM defect ORDER BY id", MarketRows::kDefectColumns));
    RowReader r(db, s, "defect");
    const auto prospects = m.prospects.size();
    m.defects.reserve(total);  // known with a progress (the studio): 650,000 at national scale
    while (r.step(0)) {
        report(progress, kLoadDefects, r.row(), total);
        m.defects.push_back(readDefectRow(r, prospects));
    }
    if (progress) progress(kLoadDefects, m.defects.size(), total);
}
}  // namespace

Market readMarket(Database& db, const ReferenceData& ref, const LoadProgress& progress,
                  MarketParts parts) {
    Market m;
    const CodeMap codes(ref);
    const auto establishments =
        static_cast<std::size_t>(db.scalar("SELECT count(*) FROM establishment"));
    readCompetitors(db, m);
    readPrescribers(db, codes, m);
    // A file's lines on a second core meanwhile (a database without a file reads them after).
    std::optional<ConcurrentProspects> prospects;
    // Compact lines have no contacts.
    const bool contacts = parts.contacts && parts.records;
    if (!db.path().empty())
        prospects.emplace(db.path(), ref, establishments, contacts, parts.records);
    readCompanies(db, codes, establishments, m, progress);
    readEstablishments(db, codes, establishments, m, progress, parts.census);
    for (std::size_t i = 0; i < m.companies.size(); ++i) {
        const auto& c = m.companies[i];
        if (c.firstEstablishment + c.establishmentCount > m.establishments.size())
            failTable(db, "company", fmt::format("ligne {} : des établissements présents", i + 1),
                      "des établissements manquants");
    }
    if (prospects) {
        prospects->take(progress).into(m);
    } else {
        ReadLines lines(!parts.records);
        readProspects(db, codes, establishments, lines, progress, contacts);
        std::move(lines).into(m);
    }
    readDefects(db, m, progress);
    return m;
}

}  // namespace cmcsim
