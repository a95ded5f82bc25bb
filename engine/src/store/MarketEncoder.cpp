#include "MarketEncoder.h"

#include "RowEncoding.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace {
using Row = RowEncoding;

// Writes `value` as exactly `width` decimal digits, leading zeros kept (a SIRET, a SIREN).
void digits(std::string& out, std::uint64_t value, std::size_t width) {
    char* to = Row::text(out, width);
    for (std::size_t i = width; i-- > 0; value /= 10) to[i] = static_cast<char>('0' + value % 10);
}

// A date as YYYY-MM-DD, formatted in place (Date::iso allocates).
void isoDate(std::string& out, Date date) {
    const int year = date.year();
    if (year < 0 || year > 9999) return Row::text(out, date.iso());
    char* to = Row::text(out, 10);
    const unsigned month = date.month(), day = date.day();
    to[0] = static_cast<char>('0' + year / 1000);
    to[1] = static_cast<char>('0' + year / 100 % 10);
    to[2] = static_cast<char>('0' + year / 10 % 10);
    to[3] = static_cast<char>('0' + year % 10);
    to[4] = '-';
    to[5] = static_cast<char>('0' + month / 10);
    to[6] = static_cast<char>('0' + month % 10);
    to[7] = '-';
    to[8] = static_cast<char>('0' + day / 10);
    to[9] = static_cast<char>('0' + day % 10);
}

void optional(std::string& out, std::int64_t value, bool present) {
    if (present)
        Row::integer(out, value);
    else
        Row::null(out);
}

// A health or provident contract: six columns, all NULL without an insurer.
void coverage(std::string& out, const Coverage& c) {
    if (c.insurer < 0) {
        for (int i = 0; i < 6; ++i) Row::null(out);
        return;
    }
    Row::integer(out, c.insurer);
    Row::integer(out, c.level);
    Row::integer(out, c.monthlyPremium.cents());
    isoDate(out, c.renewal);
    Row::real(out, static_cast<double>(c.satisfaction));
    Row::real(out, static_cast<double>(c.propensityToMove));
}

// The 4-digit IDCC, or an empty text without a collective agreement.
std::string_view idccCode(const ReferenceData& ref, std::int16_t idcc) {
    return idcc < 0 ? std::string_view()
                    : std::string_view(ref.idcc.agreements()[static_cast<std::size_t>(idcc)].idcc);
}

void contact(std::string& out, const Contact& c) {
    Row::text(out, c.name);
    Row::text(out, c.role);
    Row::text(out, c.phone);
    Row::text(out, c.email);
}
}  // namespace

MarketEncoder::MarketEncoder(const ReferenceData& reference) : reference_(reference) {}

void MarketEncoder::company(std::string& out, const Company& c, std::int64_t id) const {
    const auto& ref = reference_;
    Row::integer(out, id);
    digits(out, c.siren, 9);
    Row::text(out, c.name);
    Row::text(out, ref.legalForms[c.legalForm].code);
    Row::text(out, ref.naf.codes()[c.naf].code);
    Row::text(out, idccCode(ref, c.idcc));
    Row::text(out, ref.sizes.companyBandKeys()[c.sizeBand]);
    Row::integer(out, c.headcount);
    isoDate(out, c.created);
    Row::integer(out, c.firstEstablishment);
    Row::integer(out, c.establishmentCount);
    optional(out, c.accountant, c.accountant >= 0);
    optional(out, c.broker, c.broker >= 0);
    coverage(out, c.health);
    coverage(out, c.provident);
}

void MarketEncoder::encode(const Market& chunk, EncodedMarket& out) {
    const auto& ref = reference_;
    const auto& communes = ref.geography.communes();
    const auto& naf = ref.naf.codes();
    const auto& bands = ref.sizes.insee();
    for (auto& rows : out.rows) rows.clear();
    auto endRow = [&](EncodedMarket::Table table) { Row::endRow(out.rows[table]); };

    auto& competitors = out.rows[EncodedMarket::Competitor];
    for (const auto& c : chunk.competitors) {
        Row::integer(competitors, next_[EncodedMarket::Competitor]++);
        Row::text(competitors, c.code);
        Row::text(competitors, c.name);
        Row::text(competitors, c.kind);
        Row::real(competitors, c.marketShare);
        Row::real(competitors, c.priceLevel);
        Row::integer(competitors, c.guaranteeLevel);
        Row::real(competitors, c.serviceQuality);
        endRow(EncodedMarket::Competitor);
    }
    auto& prescribers = out.rows[EncodedMarket::Prescriber];
    for (const auto& p : chunk.prescribers) {
        Row::integer(prescribers, next_[EncodedMarket::Prescriber]++);
        Row::text(prescribers, p.kind);
        Row::text(prescribers, p.name);
        Row::text(prescribers, communes[p.commune].code);
        contact(prescribers, p.contact);
        endRow(EncodedMarket::Prescriber);
    }
    auto& companies = out.rows[EncodedMarket::Company];
    for (const auto& c : chunk.companies) {
        company(companies, c, next_[EncodedMarket::Company]++);
        endRow(EncodedMarket::Company);
    }
    auto& establishments = out.rows[EncodedMarket::Establishment];
    auto& census = out.rows[EncodedMarket::Census];
    for (const auto& e : chunk.establishments) {
        const auto id = next_[EncodedMarket::Establishment]++;
        Row::integer(establishments, id);
        digits(establishments, e.siret, 14);
        Row::integer(establishments, e.company);
        Row::integer(establishments, e.headOffice);
        Row::text(establishments, naf[e.naf].code);
        Row::text(establishments, bands[e.sizeBand].code);
        Row::integer(establishments, e.headcount);
        Row::text(establishments, communes[e.commune].code);
        isoDate(establishments, e.created);
        Row::integer(establishments, e.closed);
        endRow(EncodedMarket::Establishment);

        std::int64_t women = 0, cadres = 0, mass = 0;
        const auto cells = std::span(chunk.censusCells)
                               .subspan(e.censusOffset - chunk.establishments.front().censusOffset,
                                        e.censusCellCount);
        for (const auto& cell : cells) {
            if (cell.sex == 0) women += cell.headcount;
            if (cell.cadre) cadres += cell.headcount;
            mass += std::int64_t{cell.headcount} * cell.meanAnnualPayEur;
        }
        Row::integer(census, id);
        Row::integer(census, e.headcount);
        Row::integer(census, women);
        Row::integer(census, cadres);
        Row::integer(census, mass);
        Row::blob(census, std::as_bytes(cells));
        endRow(EncodedMarket::Census);
    }
    auto& prospects = out.rows[EncodedMarket::Prospect];
    for (const auto& p : chunk.prospects) {
        Row::integer(prospects, next_[EncodedMarket::Prospect]++);
        Row::integer(prospects, p.establishment);
        digits(prospects, p.siret, 14);
        digits(prospects, p.siret / 100000, 9);
        Row::text(prospects, p.name);
        Row::text(prospects, naf[p.naf].code);
        Row::text(prospects, bands[p.sizeBand].code);
        Row::integer(prospects, p.headcount);
        Row::text(prospects, communes[p.commune].code);
        Row::text(prospects, idccCode(ref, p.idcc));
        contact(prospects, p.contact);
        endRow(EncodedMarket::Prospect);
    }
    auto& defects = out.rows[EncodedMarket::Defect];
    for (const auto& d : chunk.defects) {
        Row::integer(defects, next_[EncodedMarket::Defect]++);
        Row::integer(defects, d.record);
        Row::text(defects, defectKindCode(d.kind));
        Row::text(defects, d.truth);
        endRow(EncodedMarket::Defect);
    }
}

}  // namespace cmcsim
