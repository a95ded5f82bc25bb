#include "cmcsim/store/MarketStore.h"

#include <fmt/format.h>

#include <bit>
#include <climits>
#include <cstring>
#include <unordered_map>

#include "RowReader.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/store/Database.h"

namespace cmcsim {

static_assert(sizeof(CensusCell) == 12, "census cells are stored as 12-byte records");
static_assert(std::endian::native == std::endian::little, "census blobs are little-endian");

struct MarketWriter::Statements {
    Statement competitor, prescriber, company, establishment, census, prospect, defect;
    explicit Statements(Database& db)
        : competitor(db.prepare("INSERT INTO competitor VALUES (?,?,?,?,?,?,?,?)")),
          prescriber(db.prepare("INSERT INTO prescriber VALUES (?,?,?,?,?,?,?,?)")),
          company(db.prepare(
              "INSERT INTO company VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")),
          establishment(db.prepare("INSERT INTO establishment VALUES (?,?,?,?,?,?,?,?,?,?)")),
          census(db.prepare("INSERT INTO census VALUES (?,?,?,?,?,?)")),
          prospect(db.prepare("INSERT INTO prospect VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")),
          defect(db.prepare("INSERT INTO defect VALUES (?,?,?,?)")) {}
};

MarketWriter::MarketWriter(Database& db, const ReferenceData& reference)
    : reference_(reference), statements_(std::make_unique<Statements>(db)) {}

MarketWriter::~MarketWriter() = default;

namespace {
void bindOptional(Statement& s, int index, std::int64_t value, bool present) {
    if (present)
        s.bind(index, value);
    else
        s.bindNull(index);
}
void bindCoverage(Statement& s, int first, const Coverage& c) {
    const bool has = c.insurer >= 0;
    bindOptional(s, first, c.insurer, has);
    bindOptional(s, first + 1, c.level, has);
    bindOptional(s, first + 2, c.monthlyPremium.cents(), has);
    if (has) {
        s.bind(first + 3, c.renewal.iso());
        s.bind(first + 4, static_cast<double>(c.satisfaction));
        s.bind(first + 5, static_cast<double>(c.propensityToMove));
    } else {
        for (int i = 3; i < 6; ++i) s.bindNull(first + i);
    }
}
}  // namespace

void MarketWriter::write(const Market& chunk) {
    auto& st = *statements_;
    const auto& ref = reference_;
    const auto& communes = ref.geography.communes();
    const auto& naf = ref.naf.codes();
    auto idccCode = [&](std::int16_t idcc) {
        return idcc < 0 ? std::string()
                        : ref.idcc.agreements()[static_cast<std::size_t>(idcc)].idcc;
    };
    for (std::size_t i = 0; i < chunk.competitors.size(); ++i) {
        const auto& c = chunk.competitors[i];
        st.competitor.bind(1, static_cast<std::int64_t>(i))
            .bind(2, c.code)
            .bind(3, c.name)
            .bind(4, c.kind)
            .bind(5, c.marketShare)
            .bind(6, c.priceLevel)
            .bind(7, std::int64_t{c.guaranteeLevel})
            .bind(8, c.serviceQuality)
            .run();
    }
    for (const auto& p : chunk.prescribers) {
        st.prescriber.bind(1, std::int64_t{prescribers_++})
            .bind(2, p.kind)
            .bind(3, p.name)
            .bind(4, communes[p.commune].code)
            .bind(5, p.contact.name)
            .bind(6, p.contact.role)
            .bind(7, p.contact.phone)
            .bind(8, p.contact.email)
            .run();
    }
    for (const auto& c : chunk.companies) {
        auto& s = st.company;
        s.bind(1, std::int64_t{companies_++})
            .bind(2, siret::formatSiren(c.siren))
            .bind(3, c.name)
            .bind(4, ref.legalForms[c.legalForm].code)
            .bind(5, naf[c.naf].code)
            .bind(6, idccCode(c.idcc))
            .bind(7, ref.sizes.companyBandKeys()[c.sizeBand])
            .bind(8, std::int64_t{c.headcount})
            .bind(9, c.created.iso())
            .bind(10, std::int64_t{c.firstEstablishment})
            .bind(11, std::int64_t{c.establishmentCount});
        bindOptional(s, 12, c.accountant, c.accountant >= 0);
        bindOptional(s, 13, c.broker, c.broker >= 0);
        bindCoverage(s, 14, c.health);
        bindCoverage(s, 20, c.provident);
        s.run();
    }
    for (const auto& e : chunk.establishments) {
        const auto id = std::int64_t{establishments_++};
        st.establishment.bind(1, id)
            .bind(2, siret::formatSiret(e.siret))
            .bind(3, std::int64_t{e.company})
            .bind(4, std::int64_t{e.headOffice})
            .bind(5, naf[e.naf].code)
            .bind(6, ref.sizes.insee()[e.sizeBand].code)
            .bind(7, std::int64_t{e.headcount})
            .bind(8, communes[e.commune].code)
            .bind(9, e.created.iso())
            .bind(10, std::int64_t{e.closed})
            .run();
        std::int64_t women = 0, cadres = 0, mass = 0;
        const auto cells = std::span(chunk.censusCells)
                               .subspan(e.censusOffset - chunk.establishments.front().censusOffset,
                                        e.censusCellCount);
        for (const auto& cell : cells) {
            if (cell.sex == 0) women += cell.headcount;
            if (cell.cadre) cadres += cell.headcount;
            mass += std::int64_t{cell.headcount} * cell.meanAnnualPayEur;
        }
        st.census.bind(1, id)
            .bind(2, std::int64_t{e.headcount})
            .bind(3, women)
            .bind(4, cadres)
            .bind(5, mass)
            .bindBlob(6, std::as_bytes(cells))
            .run();
    }
    for (const auto& p : chunk.prospects) {
        st.prospect.bind(1, std::int64_t{prospects_++})
            .bind(2, std::int64_t{p.establishment})
            .bind(3, siret::formatSiret(p.siret))
            .bind(4, siret::formatSiren(p.siret / 100000))
            .bind(5, p.name)
            .bind(6, naf[p.naf].code)
            .bind(7, ref.sizes.insee()[p.sizeBand].code)
            .bind(8, std::int64_t{p.headcount})
            .bind(9, communes[p.commune].code)
            .bind(10, idccCode(p.idcc))
            .bind(11, p.contact.name)
            .bind(12, p.contact.role)
            .bind(13, p.contact.phone)
            .bind(14, p.contact.email)
            .run();
    }
    for (const auto& d : chunk.defects) {
        st.defect.bind(1, std::int64_t{defects_++})
            .bind(2, std::int64_t{d.record})
            .bind(3, defectKindCode(d.kind))
            .bind(4, d.truth)
            .run();
    }
}

namespace {
// Upper bounds a value read from a file must respect (docs/attempt-format.md, "Validation"):
// far above any real French employer, low enough that no sum overflows.
constexpr std::int64_t kMaxHeadcount = 1'000'000;          // one establishment or census cell
constexpr std::int64_t kMaxCompanyHeadcount = 10'000'000;  // a company, all France
constexpr std::int64_t kMaxAnnualPayEur = 10'000'000;
constexpr std::int64_t kMaxPremiumCents = 10'000'000;  // 100 000 € a month per employee
// A census has at most one cell per age band × sex × category × family situation.
constexpr std::size_t kMaxCensusCells = 6 * 2 * 2 * 4;

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
        // Formatted only for an error: a national market has 14 million cells.
        const auto place = [i] { return fmt::format("cells, cellule {}", i); };
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

void readPrescribers(Database& db, const CodeMap& codes, Market& m) {
    auto s = db.prepare(
        "SELECT id, kind, name, commune, contact_name, contact_role, phone, email FROM prescriber "
        "ORDER BY id");
    RowReader r(db, s, "prescriber");
    while (r.step(0)) {
        const auto kind = r.text(1);
        if (kind != "expert_comptable" && kind != "courtier")
            r.fail("kind", "expert_comptable ou courtier", "« " + kind.substr(0, 40) + " »");
        m.prescribers.push_back({kind,
                                 r.text(2),
                                 codes.commune(r, 3, "commune"),
                                 {r.text(4), r.text(5), r.text(6), r.text(7)}});
    }
}

void readCompanies(Database& db, const CodeMap& codes, std::size_t establishments, Market& m,
                   const LoadProgress& progress) {
    const auto total = static_cast<std::uint64_t>(db.scalar("SELECT count(*) FROM company"));
    m.companies.reserve(total);
    auto s = db.prepare(
        "SELECT id, siren, name, legal_form, naf, idcc, size_band, headcount, created, "
        "first_establishment, establishment_count, accountant_id, broker_id, health_insurer_id, "
        "health_level, health_premium_cents, health_renewal, health_satisfaction, "
        "health_propensity, provident_insurer_id, provident_level, provident_premium_cents, "
        "provident_renewal, provident_satisfaction, provident_propensity FROM company ORDER BY id");
    RowReader r(db, s, "company");
    const auto lastEstablishment = static_cast<std::int64_t>(establishments) - 1;
    const auto prescribers = static_cast<std::int64_t>(m.prescribers.size());
    const auto prescriberRange = indexRange("prescriber", m.prescribers.size());
    const auto insurerRange = indexRange("competitor", m.competitors.size());
    const auto establishmentRange = indexRange("establishment", establishments);
    while (r.step(0)) {
        report(progress, kLoadCompanies, r.row(), total);
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
            r.integer(9, "first_establishment", 0, lastEstablishment, establishmentRange));
        c.establishmentCount = static_cast<std::uint32_t>(
            r.integer(10, "establishment_count", 1, lastEstablishment + 1 - c.firstEstablishment,
                      "un nombre d'établissements qui tient dans la table establishment"));
        c.accountant = static_cast<std::int32_t>(
            r.optionalInteger(11, "accountant_id", 0, prescribers - 1, prescriberRange)
                .value_or(-1));
        c.broker = static_cast<std::int32_t>(
            r.optionalInteger(12, "broker_id", 0, prescribers - 1, prescriberRange).value_or(-1));
        c.health = readCoverage(r, 13, m.competitors.size(), insurerRange, kHealthColumns);
        c.provident = readCoverage(r, 19, m.competitors.size(), insurerRange, kProvidentColumns);
        m.companies.push_back(std::move(c));
    }
    if (progress) progress(kLoadCompanies, m.companies.size(), total);
}

void readEstablishments(Database& db, const CodeMap& codes, std::size_t count, Market& m,
                        const LoadProgress& progress) {
    m.establishments.reserve(count);
    auto s = db.prepare(
        "SELECT e.id, e.siret, e.company_id, e.head_office, e.naf, e.tranche_effectif, "
        "e.headcount, e.commune, e.created, e.closed, c.cells, c.establishment_id "
        "FROM establishment e LEFT JOIN census c ON c.establishment_id = e.id ORDER BY e.id");
    RowReader r(db, s, "establishment");
    const auto companies = m.companies.size();
    while (r.step(0)) {
        report(progress, kLoadEstablishments, r.row(), count);
        Establishment e;
        e.siret = r.digits(1, "siret", 14);
        e.company = static_cast<std::uint32_t>(r.integer(2, "company_id", 0,
                                                         static_cast<std::int64_t>(companies) - 1,
                                                         indexRange("company", companies)));
        const auto& company = m.companies[e.company];
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
        if (s.isNull(11))
            r.fail("establishment_id", "une ligne par établissement", "aucune", "census");
        readCensus(r, s.blob(10), e, m);
        m.establishments.push_back(e);
    }
    if (progress) progress(kLoadEstablishments, m.establishments.size(), count);
    const auto censuses = static_cast<std::size_t>(db.scalar("SELECT count(*) FROM census"));
    if (censuses != m.establishments.size())
        failTable(db, "census", fmt::format("une ligne par établissement ({})", count),
                  fmt::format("{} lignes", censuses));
}

void readProspects(Database& db, const CodeMap& codes, Market& m, const LoadProgress& progress) {
    const auto total = static_cast<std::uint64_t>(db.scalar("SELECT count(*) FROM prospect"));
    m.prospects.reserve(total);
    auto s = db.prepare(
        "SELECT id, establishment_id, siret, raison_sociale, naf, tranche_effectif, effectif, "
        "commune, idcc, contact_name, contact_role, phone, email FROM prospect ORDER BY id");
    RowReader r(db, s, "prospect");
    const auto establishments = m.establishments.size();
    while (r.step(0)) {
        report(progress, kLoadProspects, r.row(), total);
        ProspectRecord p;
        p.establishment = static_cast<std::uint32_t>(
            r.integer(1, "establishment_id", 0, static_cast<std::int64_t>(establishments) - 1,
                      indexRange("establishment", establishments)));
        p.siret = r.digits(2, "siret", 14);
        p.name = r.text(3);
        p.naf = codes.naf(r, 4, "naf");
        p.sizeBand = codes.insee(r, 5, "tranche_effectif");
        p.headcount = static_cast<std::uint32_t>(
            r.optionalInteger(6, "effectif", 0, kMaxHeadcount, "un effectif positif").value_or(0));
        p.commune = codes.commune(r, 7, "commune");
        p.idcc = codes.idcc(r, 8, "idcc");
        p.contact = {r.text(9), r.text(10), r.text(11), r.text(12)};
        m.prospects.push_back(std::move(p));
    }
    if (progress) progress(kLoadProspects, m.prospects.size(), total);
}

void readDefects(Database& db, Market& m, const LoadProgress& progress) {
    // Ids count from 0 without gaps (checked below), so the last id gives the count at once.
    const auto total =
        progress
            ? static_cast<std::uint64_t>(db.scalar("SELECT coalesce(max(id) + 1, 0) FROM defect"))
            : 0;
    auto s = db.prepare("SELECT id, prospect_id, kind, truth FROM defect ORDER BY id");
    RowReader r(db, s, "defect");
    const auto prospects = m.prospects.size();
    while (r.step(0)) {
        report(progress, kLoadDefects, r.row(), total);
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
        m.defects.push_back(std::move(d));
    }
    if (progress) progress(kLoadDefects, m.defects.size(), m.defects.size());
}
}  // namespace

Market readMarket(Database& db, const ReferenceData& ref, const LoadProgress& progress) {
    Market m;
    const CodeMap codes(ref);
    const auto establishments =
        static_cast<std::size_t>(db.scalar("SELECT count(*) FROM establishment"));
    readCompetitors(db, m);
    readPrescribers(db, codes, m);
    readCompanies(db, codes, establishments, m, progress);
    readEstablishments(db, codes, establishments, m, progress);
    for (std::size_t i = 0; i < m.companies.size(); ++i) {
        const auto& c = m.companies[i];
        if (c.firstEstablishment + c.establishmentCount > m.establishments.size())
            failTable(db, "company", fmt::format("ligne {} : des établissements présents", i),
                      "des établissements manquants");
    }
    readProspects(db, codes, m, progress);
    readDefects(db, m, progress);
    return m;
}

}  // namespace cmcsim
