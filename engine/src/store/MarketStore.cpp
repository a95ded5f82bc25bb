#include "cmcsim/store/MarketStore.h"

#include <bit>
#include <cstring>
#include <unordered_map>

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
// Maps the codes stored in a file back to reference indices, failing with the table and row.
class CodeMap {
public:
    explicit CodeMap(const ReferenceData& ref) : ref_(ref) {
        for (std::size_t i = 0; i < ref.legalForms.size(); ++i)
            legal_[ref.legalForms[i].code] = static_cast<std::uint16_t>(i);
        for (std::size_t i = 0; i < ref.sizes.insee().size(); ++i)
            insee_[ref.sizes.insee()[i].code] = static_cast<std::uint8_t>(i);
    }
    std::uint32_t commune(const std::string& code, const char* where) const {
        if (auto i = ref_.geography.communeIndex(code)) return *i;
        bad(where, code);
    }
    std::uint16_t naf(const std::string& code, const char* where) const {
        if (auto i = ref_.naf.find(code)) return *i;
        bad(where, code);
    }
    std::int16_t idcc(const std::string& code, const char* where) const {
        if (code.empty()) return -1;
        if (auto i = ref_.idcc.find(code)) return static_cast<std::int16_t>(*i);
        bad(where, code);
    }
    std::uint16_t legal(const std::string& code) const {
        return find(legal_, code, "company.legal_form");
    }
    std::uint8_t insee(const std::string& code, const char* where) const {
        return find(insee_, code, where);
    }
    std::uint8_t companyBand(const std::string& key) const {
        const int i = ref_.sizes.companyBandIndex(key);
        if (i < 0) bad("company.size_band", key);
        return static_cast<std::uint8_t>(i);
    }

private:
    template <typename Map>
    typename Map::mapped_type find(const Map& map, const std::string& code,
                                   const char* where) const {
        const auto it = map.find(code);
        if (it == map.end()) bad(where, code);
        return it->second;
    }
    [[noreturn]] static void bad(const char* where, const std::string& code) {
        throw InputError(where, "code inconnu des données de référence : « " + code + " »");
    }
    const ReferenceData& ref_;
    std::unordered_map<std::string, std::uint16_t> legal_;
    std::unordered_map<std::string, std::uint8_t> insee_;
};

Date dateOf(const Statement& s, int column) {
    const auto text = s.text(column);
    if (auto d = Date::parseIso(text)) return *d;
    throw InputError("date", "date invalide dans le fichier : « " + text + " »");
}

Coverage readCoverage(const Statement& s, int first) {
    Coverage c;
    if (s.isNull(first)) return c;
    c.insurer = static_cast<std::int16_t>(s.integer(first));
    c.level = static_cast<std::uint8_t>(s.integer(first + 1));
    c.monthlyPremium = Money::cents(s.integer(first + 2));
    c.renewal = dateOf(s, first + 3);
    c.satisfaction = static_cast<float>(s.real(first + 4));
    c.propensityToMove = static_cast<float>(s.real(first + 5));
    return c;
}

std::uint64_t number(const std::string& digits) {
    return digits.empty() ? 0 : std::stoull(digits);
}
}  // namespace

Market readMarket(Database& db, const ReferenceData& ref) {
    Market m;
    const CodeMap codes(ref);
    auto competitors = db.prepare(
        "SELECT code, name, kind, market_share, price_level, guarantee_level, service_quality FROM "
        "competitor ORDER BY id");
    while (competitors.step())
        m.competitors.push_back({competitors.text(0), competitors.text(1), competitors.text(2),
                                 competitors.real(3), competitors.real(4),
                                 static_cast<int>(competitors.integer(5)), competitors.real(6)});
    auto prescribers = db.prepare(
        "SELECT kind, name, commune, contact_name, contact_role, phone, email FROM prescriber "
        "ORDER BY id");
    while (prescribers.step())
        m.prescribers.push_back(
            {prescribers.text(0),
             prescribers.text(1),
             codes.commune(prescribers.text(2), "prescriber.commune"),
             {prescribers.text(3), prescribers.text(4), prescribers.text(5), prescribers.text(6)}});
    m.companies.reserve(static_cast<std::size_t>(db.scalar("SELECT count(*) FROM company")));
    auto companies = db.prepare(
        "SELECT siren, name, legal_form, naf, idcc, size_band, headcount, created, "
        "first_establishment, establishment_count, accountant_id, broker_id, health_insurer_id, "
        "health_level, health_premium_cents, health_renewal, health_satisfaction, "
        "health_propensity, provident_insurer_id, provident_level, provident_premium_cents, "
        "provident_renewal, provident_satisfaction, provident_propensity FROM company ORDER BY id");
    while (companies.step()) {
        Company c;
        c.siren = number(companies.text(0));
        c.name = companies.text(1);
        c.legalForm = codes.legal(companies.text(2));
        c.naf = codes.naf(companies.text(3), "company.naf");
        c.idcc = codes.idcc(companies.text(4), "company.idcc");
        c.sizeBand = codes.companyBand(companies.text(5));
        c.headcount = static_cast<std::uint32_t>(companies.integer(6));
        c.created = dateOf(companies, 7);
        c.firstEstablishment = static_cast<std::uint32_t>(companies.integer(8));
        c.establishmentCount = static_cast<std::uint32_t>(companies.integer(9));
        c.accountant = companies.isNull(10) ? -1 : static_cast<std::int32_t>(companies.integer(10));
        c.broker = companies.isNull(11) ? -1 : static_cast<std::int32_t>(companies.integer(11));
        c.health = readCoverage(companies, 12);
        c.provident = readCoverage(companies, 18);
        m.companies.push_back(std::move(c));
    }
    m.establishments.reserve(
        static_cast<std::size_t>(db.scalar("SELECT count(*) FROM establishment")));
    auto establishments = db.prepare(
        "SELECT e.siret, e.company_id, e.head_office, e.naf, e.tranche_effectif, e.headcount, "
        "e.commune, e.created, e.closed, c.cells "
        "FROM establishment e JOIN census c ON c.establishment_id = e.id ORDER BY e.id");
    while (establishments.step()) {
        Establishment e;
        e.siret = number(establishments.text(0));
        e.company = static_cast<std::uint32_t>(establishments.integer(1));
        e.headOffice = establishments.integer(2) != 0;
        e.naf = codes.naf(establishments.text(3), "establishment.naf");
        e.sizeBand = codes.insee(establishments.text(4), "establishment.tranche_effectif");
        e.headcount = static_cast<std::uint32_t>(establishments.integer(5));
        e.commune = codes.commune(establishments.text(6), "establishment.commune");
        e.created = dateOf(establishments, 7);
        e.closed = establishments.integer(8) != 0;
        const auto blob = establishments.blob(9);
        if (blob.size() % sizeof(CensusCell) != 0)
            throw InputError("census.cells", "recensement endommagé");
        e.censusOffset = static_cast<std::uint32_t>(m.censusCells.size());
        e.censusCellCount = static_cast<std::uint16_t>(blob.size() / sizeof(CensusCell));
        m.censusCells.resize(m.censusCells.size() + e.censusCellCount);
        if (!blob.empty())
            std::memcpy(m.censusCells.data() + e.censusOffset, blob.data(), blob.size());
        m.establishments.push_back(e);
    }
    if (m.establishments.size() !=
        static_cast<std::size_t>(db.scalar("SELECT count(*) FROM establishment")))
        throw InputError("census", "recensement manquant pour certains établissements");
    m.prospects.reserve(static_cast<std::size_t>(db.scalar("SELECT count(*) FROM prospect")));
    auto prospects = db.prepare(
        "SELECT establishment_id, siret, raison_sociale, naf, tranche_effectif, effectif, commune, "
        "idcc, contact_name, contact_role, phone, email FROM prospect ORDER BY id");
    while (prospects.step()) {
        ProspectRecord p;
        p.establishment = static_cast<std::uint32_t>(prospects.integer(0));
        p.siret = number(prospects.text(1));
        p.name = prospects.text(2);
        p.naf = codes.naf(prospects.text(3), "prospect.naf");
        p.sizeBand = codes.insee(prospects.text(4), "prospect.tranche_effectif");
        p.headcount = static_cast<std::uint32_t>(prospects.integer(5));
        p.commune = codes.commune(prospects.text(6), "prospect.commune");
        p.idcc = codes.idcc(prospects.text(7), "prospect.idcc");
        p.contact = {prospects.text(8), prospects.text(9), prospects.text(10), prospects.text(11)};
        m.prospects.push_back(std::move(p));
    }
    auto defects = db.prepare("SELECT prospect_id, kind, truth FROM defect ORDER BY id");
    while (defects.step()) {
        Defect d;
        d.record = static_cast<std::uint32_t>(defects.integer(0));
        const auto kind = defects.text(1);
        bool known = false;
        for (int k = 0; k <= static_cast<int>(kLastDefectKind); ++k) {
            if (kind == defectKindCode(static_cast<DefectKind>(k))) {
                d.kind = static_cast<DefectKind>(k);
                known = true;
            }
        }
        if (!known) throw InputError("defect.kind", "type d'anomalie inconnu : « " + kind + " »");
        d.truth = defects.text(2);
        m.defects.push_back(std::move(d));
    }
    return m;
}

}  // namespace cmcsim
