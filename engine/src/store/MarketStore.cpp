#include "cmcsim/store/MarketStore.h"

#include <fmt/format.h>

#include <bit>
#include <climits>
#include <cstring>
#include <unordered_map>

#include "MarketRows.h"
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
}  // namespace

// Maps the codes stored in a file back to reference indices; an unknown code is a damaged row.
class CodeMap {
public:
    explicit CodeMap(const ReferenceData& ref) : ref_(ref) {
        for (std::size_t i = 0; i < ref.legalForms.size(); ++i)
            legal_[ref.legalForms[i].code] = static_cast<std::uint16_t>(i);
        for (std::size_t i = 0; i < ref.sizes.insee().size(); ++i)
            insee_[ref.sizes.insee()[i].code] = static_cast<std::uint8_t>(i);
    }
    std::uint32_t commune(RowReader& r, int column, const char* name) const {
        if (auto i = ref_.geography.communeIndex(r.text(column))) return *i;
        bad(r, column, name, "un code commune INSEE connu");
    }
    std::uint16_t naf(RowReader& r, int column, const char* name) const {
        if (auto i = ref_.naf.find(r.text(column))) return *i;
        bad(r, column, name, "un code NAF connu (00.00A)");
    }
    std::int16_t idcc(RowReader& r, int column, const char* name) const {
        if (r.text(column).empty()) return -1;
        if (auto i = ref_.idcc.find(r.text(column))) return static_cast<std::int16_t>(*i);
        bad(r, column, name, "un IDCC connu à 4 chiffres ou rien");
    }
    std::uint16_t legal(RowReader& r, int column) const {
        return find(legal_, r, column, "legal_form", "une forme juridique connue");
    }
    std::uint8_t insee(RowReader& r, int column, const char* name) const {
        return find(insee_, r, column, name, "une tranche d'effectif INSEE (00 à 53)");
    }
    // A real establishment's band: NN (unknown) exists only in the listed prospect file.
    std::uint8_t knownInsee(RowReader& r, int column, const char* name) const {
        const auto band = insee(r, column, name);
        if (band == ref_.sizes.unknownBand())
            bad(r, column, name, "une tranche d'effectif connue (NN n'existe que dans le fichier)");
        return band;
    }
    std::uint8_t companyBand(RowReader& r, int column) const {
        const int i = ref_.sizes.companyBandIndex(r.text(column));
        if (i < 0) bad(r, column, "size_band", "une tranche d'entreprise connue");
        return static_cast<std::uint8_t>(i);
    }

private:
    template <typename Map>
    typename Map::mapped_type find(const Map& map, RowReader& r, int column, const char* name,
                                   const char* expected) const {
        const auto it = map.find(r.text(column));
        if (it == map.end()) bad(r, column, name, expected);
        return it->second;
    }
    [[noreturn]] static void bad(RowReader& r, int column, const char* name, const char* expected) {
        r.fail(name, expected, "« " + r.text(column).substr(0, 40) + " »");
    }
    const ReferenceData& ref_;
    std::unordered_map<std::string, std::uint16_t> legal_;
    std::unordered_map<std::string, std::uint8_t> insee_;
};

namespace {

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

// Copies a census blob into the market after checking its size and every cell.
void readCensus(RowReader& r, std::span<const std::byte> blob, Establishment& e, Market& m) {
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
        const auto place = fmt::format("cells, cellule {}", i);
        if (c.ageBand > 5 || c.sex > 1 || c.cadre > 1 || c.family > 3)
            r.fail(place, "tranche d'âge 0–5, sexe 0–1, catégorie 0–1, situation familiale 0–3",
                   fmt::format("{}, {}, {}, {}", c.ageBand, c.sex, c.cadre, c.family), "census");
        if (c.headcount > kMaxHeadcount || c.meanAnnualPayEur > kMaxAnnualPayEur)
            r.fail(place,
                   fmt::format("un effectif d'au plus {} et un salaire d'au plus {} €",
                               kMaxHeadcount, kMaxAnnualPayEur),
                   fmt::format("{} salariés, {} €", c.headcount, c.meanAnnualPayEur), "census");
    }
}

}  // namespace

void readCompetitors(Database& db, Market& m) {
    auto s = db.prepare(
        "SELECT id, code, name, kind, market_share, price_level, guarantee_level, "
        "service_quality FROM competitor ORDER BY id");
    RowReader r(db, s, "competitor");
    while (r.step(0)) {
        if (r.row() >= INT16_MAX) r.fail("id", "au plus 32 767 assureurs", "davantage");
        m.competitors.push_back(
            {r.text(1), r.text(2), r.text(3), r.real(4, "market_share", 0, 1),
             r.real(5, "price_level", 0, 100),
             static_cast<int>(r.integer(6, "guarantee_level", 1, 4, "un niveau de 1 à 4")),
             r.real(7, "service_quality", 0, 1)});
    }
    if (m.competitors.empty())
        failTable(db, "competitor", "au moins la ligne 0 (la mutuelle du candidat)",
                  "une table vide");
}

MarketRows::MarketRows(const ReferenceData& reference)
    : codes_(std::make_unique<CodeMap>(reference)) {}

MarketRows::~MarketRows() = default;

void MarketRows::setSizes(const MarketTableSizes& sizes) {
    sizes_ = sizes;
    prescriberRange_ = indexRange("prescriber", sizes.prescribers);
    insurerRange_ = indexRange("competitor", sizes.competitors);
    companyRange_ = indexRange("company", sizes.companies);
    establishmentRange_ = indexRange("establishment", sizes.establishments);
    prospectRange_ = indexRange("prospect", sizes.prospects);
}

Prescriber MarketRows::prescriber(RowReader& r) const {
    const auto kind = r.text(1);
    if (kind != "expert_comptable" && kind != "courtier")
        r.fail("kind", "expert_comptable ou courtier", "« " + kind.substr(0, 40) + " »");
    return {kind,
            r.text(2),
            codes_->commune(r, 3, "commune"),
            {r.text(4), r.text(5), r.text(6), r.text(7)}};
}

Company MarketRows::company(RowReader& r) const {
    const auto& codes = *codes_;
    const auto lastEstablishment = static_cast<std::int64_t>(sizes_.establishments) - 1;
    const auto prescribers = static_cast<std::int64_t>(sizes_.prescribers);
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
    c.firstEstablishment = static_cast<std::uint32_t>(
        r.integer(9, "first_establishment", 0, lastEstablishment, establishmentRange_));
    c.establishmentCount = static_cast<std::uint32_t>(
        r.integer(10, "establishment_count", 1, lastEstablishment + 1 - c.firstEstablishment,
                  "un nombre d'établissements qui tient dans la table establishment"));
    c.accountant = static_cast<std::int32_t>(
        r.optionalInteger(11, "accountant_id", 0, prescribers - 1, prescriberRange_).value_or(-1));
    c.broker = static_cast<std::int32_t>(
        r.optionalInteger(12, "broker_id", 0, prescribers - 1, prescriberRange_).value_or(-1));
    c.health = readCoverage(r, 13, sizes_.competitors, insurerRange_, kHealthColumns);
    c.provident = readCoverage(r, 19, sizes_.competitors, insurerRange_, kProvidentColumns);
    return c;
}

Establishment MarketRows::establishment(RowReader& r, Statement& s,
                                        const std::function<const Company&(std::uint32_t)>& owner,
                                        Market& m) const {
    const auto& codes = *codes_;
    Establishment e;
    e.siret = r.digits(1, "siret", 14);
    e.company = static_cast<std::uint32_t>(r.integer(
        2, "company_id", 0, static_cast<std::int64_t>(sizes_.companies) - 1, companyRange_));
    const auto& company = owner(e.company);
    const auto position = static_cast<std::uint32_t>(r.row());
    if (position < company.firstEstablishment ||
        position >= company.firstEstablishment + company.establishmentCount)
        r.fail("company_id",
               "l'entreprise dont il est un établissement (first_establishment à "
               "first_establishment + establishment_count - 1 de la table company)",
               std::to_string(e.company));
    e.headOffice = r.integer(3, "head_office", 0, 1, "0 ou 1") != 0;
    e.naf = codes.naf(r, 4, "naf");
    e.sizeBand = codes.knownInsee(r, 5, "tranche_effectif");
    e.headcount = static_cast<std::uint32_t>(
        r.integer(6, "headcount", 0, kMaxHeadcount, "un effectif positif"));
    e.commune = codes.commune(r, 7, "commune");
    e.created = r.date(8, "created");
    e.closed = r.integer(9, "closed", 0, 1, "0 ou 1") != 0;
    if (s.isNull(11)) r.fail("establishment_id", "une ligne par établissement", "aucune", "census");
    readCensus(r, s.blob(10), e, m);
    return e;
}

ProspectRecord MarketRows::prospect(RowReader& r) const {
    const auto& codes = *codes_;
    ProspectRecord p;
    p.establishment = static_cast<std::uint32_t>(
        r.integer(1, "establishment_id", 0, static_cast<std::int64_t>(sizes_.establishments) - 1,
                  establishmentRange_));
    p.siret = r.digits(2, "siret", 14);
    p.name = r.text(3);
    p.naf = codes.naf(r, 4, "naf");
    p.sizeBand = codes.insee(r, 5, "tranche_effectif");
    p.headcount = static_cast<std::uint32_t>(
        r.optionalInteger(6, "effectif", 0, kMaxHeadcount, "un effectif positif").value_or(0));
    p.commune = codes.commune(r, 7, "commune");
    p.idcc = codes.idcc(r, 8, "idcc");
    p.contact = {r.text(9), r.text(10), r.text(11), r.text(12)};
    return p;
}

Defect MarketRows::defect(RowReader& r) const {
    Defect d;
    d.record = static_cast<std::uint32_t>(r.integer(
        1, "prospect_id", 0, static_cast<std::int64_t>(sizes_.prospects) - 1, prospectRange_));
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

namespace {
// Reads every row of `table` in the order of its ids through `parse` into `out`.
template <typename Row, typename Parse>
void readTable(Database& db, const char* table, const char* columns, std::vector<Row>& out,
               Parse&& parse) {
    auto s = db.prepare(fmt::format("SELECT {} FROM {} ORDER BY id", columns, table));
    RowReader r(db, s, table);
    while (r.step(0)) out.push_back(parse(r));
}
}  // namespace

Market readMarket(Database& db, const ReferenceData& ref) {
    Market m;
    MarketRows rows(ref);
    MarketTableSizes sizes;
    sizes.establishments =
        static_cast<std::size_t>(db.scalar("SELECT count(*) FROM establishment"));
    readCompetitors(db, m);
    sizes.competitors = m.competitors.size();
    readTable(db, "prescriber", MarketRows::kPrescriberColumns, m.prescribers,
              [&](RowReader& r) { return rows.prescriber(r); });
    sizes.prescribers = m.prescribers.size();
    m.companies.reserve(static_cast<std::size_t>(db.scalar("SELECT count(*) FROM company")));
    rows.setSizes(sizes);
    readTable(db, "company", MarketRows::kCompanyColumns, m.companies,
              [&](RowReader& r) { return rows.company(r); });
    sizes.companies = m.companies.size();
    {
        m.establishments.reserve(sizes.establishments);
        rows.setSizes(sizes);
        auto s = db.prepare(
            fmt::format("SELECT {} FROM establishment e LEFT JOIN census c ON c.establishment_id "
                        "= e.id ORDER BY e.id",
                        MarketRows::kEstablishmentColumns));
        RowReader r(db, s, "establishment");
        const auto owner = [&m](std::uint32_t company) -> const Company& {
            return m.companies[company];
        };
        while (r.step(0)) m.establishments.push_back(rows.establishment(r, s, owner, m));
        const auto censuses = static_cast<std::size_t>(db.scalar("SELECT count(*) FROM census"));
        if (censuses != m.establishments.size())
            failTable(db, "census",
                      fmt::format("une ligne par établissement ({})", sizes.establishments),
                      fmt::format("{} lignes", censuses));
    }
    for (std::size_t i = 0; i < m.companies.size(); ++i) {
        const auto& c = m.companies[i];
        if (c.firstEstablishment + c.establishmentCount > m.establishments.size())
            failTable(db, "company", fmt::format("ligne {} : des établissements présents", i),
                      "des établissements manquants");
    }
    m.prospects.reserve(static_cast<std::size_t>(db.scalar("SELECT count(*) FROM prospect")));
    sizes.establishments = m.establishments.size();
    rows.setSizes(sizes);
    readTable(db, "prospect", MarketRows::kProspectColumns, m.prospects,
              [&](RowReader& r) { return rows.prospect(r); });
    sizes.prospects = m.prospects.size();
    rows.setSizes(sizes);
    readTable(db, "defect", MarketRows::kDefectColumns, m.defects,
              [&](RowReader& r) { return rows.defect(r); });
    return m;
}

}  // namespace cmcsim
