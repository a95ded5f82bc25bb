#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "RowReader.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

// Maps the codes stored in a file back to reference indices; an unknown code is a damaged row.
// Each code met is remembered under its bytes packed into an integer, so that the millions of
// rows of a national file cost an integer lookup per code, not a string built and hashed.
class CodeMap {
public:
    explicit CodeMap(const ReferenceData& ref) : ref_(ref) {}
    std::uint32_t commune(RowReader& r, int column, const char* name) const {
        return find(communes_, r, column, name, "un code commune INSEE connu",
                    [&](const std::string& code) { return ref_.geography.communeIndex(code); });
    }
    std::uint16_t naf(RowReader& r, int column, const char* name) const {
        return find(naf_, r, column, name, "un code NAF connu (00.00A)",
                    [&](const std::string& code) { return ref_.naf.find(code); });
    }
    std::int16_t idcc(RowReader& r, int column, const char* name) const {
        if (r.view(column).empty()) return -1;
        return find(idcc_, r, column, name, "un IDCC connu à 4 chiffres ou rien",
                    [&](const std::string& code) -> std::optional<std::int16_t> {
                        if (auto i = ref_.idcc.find(code)) return static_cast<std::int16_t>(*i);
                        return std::nullopt;
                    });
    }
    std::uint16_t legal(RowReader& r, int column) const {
        return find(legal_, r, column, "legal_form", "une forme juridique connue",
                    [&](const std::string& code) -> std::optional<std::uint16_t> {
                        for (std::size_t i = 0; i < ref_.legalForms.size(); ++i)
                            if (ref_.legalForms[i].code == code)
                                return static_cast<std::uint16_t>(i);
                        return std::nullopt;
                    });
    }
    std::uint8_t insee(RowReader& r, int column, const char* name) const {
        return find(insee_, r, column, name, "une tranche d'effectif INSEE (00 à 53)",
                    [&](const std::string& code) -> std::optional<std::uint8_t> {
                        const auto& bands = ref_.sizes.insee();
                        for (std::size_t i = 0; i < bands.size(); ++i)
                            if (bands[i].code == code) return static_cast<std::uint8_t>(i);
                        return std::nullopt;
                    });
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
    // The codes of one kind met so far, by packed key, in an open-addressing table (one
    // contiguous array: a lookup touches one cache line, where a node map touches three).
    template <typename T>
    class Known {
    public:
        const T* find(std::uint64_t key) const {
            if (slots_.empty()) return nullptr;
            for (auto i = slot(key);; i = (i + 1) & (slots_.size() - 1)) {
                if (slots_[i].first == key) return &slots_[i].second;
                if (slots_[i].first == 0) return nullptr;
            }
        }
        void add(std::uint64_t key, T value) {
            if (2 * (size_ + 1) > slots_.size()) {
                auto old = std::move(slots_);
                slots_.assign(std::max<std::size_t>(64, 2 * old.size()), {0, T{}});
                size_ = 0;
                for (const auto& [k, v] : old)
                    if (k != 0) add(k, v);
            }
            auto i = slot(key);
            while (slots_[i].first != 0) i = (i + 1) & (slots_.size() - 1);
            slots_[i] = {key, value};
            ++size_;
        }

    private:
        std::size_t slot(std::uint64_t key) const {
            return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) &
                   (slots_.size() - 1);
        }
        std::vector<std::pair<std::uint64_t, T>> slots_;  // key 0: empty (no code packs to 0)
        std::size_t size_ = 0;
    };
    // Looks a code up in `known` (codes of 1 to 8 bytes without NUL), else through `lookup`.
    template <typename T, typename Lookup>
    T find(Known<T>& known, RowReader& r, int column, const char* name, const char* expected,
           Lookup lookup) const {
        const auto code = r.view(column);
        std::uint64_t key = 0;
        const bool packable =
            !code.empty() && code.size() <= sizeof key && code.find('\0') == std::string_view::npos;
        if (packable) {
            std::memcpy(&key, code.data(), code.size());
            if (const auto* value = known.find(key)) return *value;
        }
        const std::optional<T> found = lookup(std::string(code));
        if (!found) bad(r, column, name, expected);
        if (packable) known.add(key, *found);
        return *found;
    }
    [[noreturn]] static void bad(RowReader& r, int column, const char* name, const char* expected) {
        r.fail(name, expected, "« " + r.text(column).substr(0, 40) + " »");
    }
    const ReferenceData& ref_;
    mutable Known<std::uint32_t> communes_;
    mutable Known<std::uint16_t> naf_, legal_;
    mutable Known<std::int16_t> idcc_;
    mutable Known<std::uint8_t> insee_;
};

// What a company row may refer to: the sizes of the tables its ids point into.
struct CompanyLimits {
    CompanyLimits(std::size_t establishments, std::size_t prescribers, std::size_t competitors);
    std::size_t establishments, prescribers, competitors;
    std::string prescriberRange, insurerRange;  // formatted once
};

// Reads the current row of a table of an attempt file, laid out as `SELECT *` reads it (the
// prospect's siren column is not read: it repeats the SIRET's first nine digits), checking each
// value (docs/attempt-format.md, "Validation"); shared by readMarket and the streamed readers.
// `establishments`, `companies`, `prospects`: the sizes of the tables the row's ids point into.
Competitor readCompetitorRow(RowReader& r);
Company readCompanyRow(RowReader& r, const CodeMap& codes, const CompanyLimits& limits);
Establishment readEstablishmentRow(RowReader& r, const CodeMap& codes, std::size_t companies);
// Checks that the establishment read by `r` is among its company's, which starts at `first`
// and has `count` establishments.
void checkCompanyOf(RowReader& r, const Establishment& e, std::uint32_t first, std::uint32_t count);
ProspectRecord readProspectRow(RowReader& r, const CodeMap& codes, std::size_t establishments);
Defect readDefectRow(RowReader& r, std::size_t prospects);
Prescriber readPrescriberRow(RowReader& r, const CodeMap& codes);
// Reads the whole competitor table (a few dozen rows), checking every row.
void readCompetitors(Database& db, Market& m);
// Appends the census blob of establishment `e` to `m`'s cells after checking its size and cells.
void readCensusCells(RowReader& r, std::span<const std::byte> blob, Establishment& e, Market& m);

// How many rows the market tables hold: the ranges a row's references are checked against.
struct MarketTableSizes {
    std::size_t competitors = 0, prescribers = 0, companies = 0, establishments = 0, prospects = 0;
};

// The row readers above with the table sizes they check references against, for reads of a few
// rows by id (CompanyExtract): the same values and "fichier endommagé : table T, ligne N,
// colonne …" errors as readMarket. Each parser reads the columns of its k…Columns, in order.
class MarketRows {
public:
    static constexpr const char* kPrescriberColumns =
        "id, kind, name, commune, contact_name, contact_role, phone, email";
    static constexpr const char* kCompanyColumns =
        "id, siren, name, legal_form, naf, idcc, size_band, headcount, created, "
        "first_establishment, establishment_count, accountant_id, broker_id, health_insurer_id, "
        "health_level, health_premium_cents, health_renewal, health_satisfaction, "
        "health_propensity, provident_insurer_id, provident_level, provident_premium_cents, "
        "provident_renewal, provident_satisfaction, provident_propensity";
    // Of "establishment e LEFT JOIN census c ON c.establishment_id = e.id".
    static constexpr const char* kEstablishmentColumns =
        "e.id, e.siret, e.company_id, e.head_office, e.naf, e.tranche_effectif, e.headcount, "
        "e.commune, e.created, e.closed, c.cells, c.establishment_id";
    static constexpr const char* kProspectColumns =
        "id, establishment_id, siret, siren, raison_sociale, naf, tranche_effectif, effectif, "
        "commune, idcc, contact_name, contact_role, phone, email";
    static constexpr const char* kDefectColumns = "id, prospect_id, kind, truth";

    explicit MarketRows(const ReferenceData& reference) : codes_(reference) {}

    // The table sizes the following rows' references are checked against.
    void setSizes(const MarketTableSizes& sizes) {
        sizes_ = sizes;
        limits_ = CompanyLimits(sizes.establishments, sizes.prescribers, sizes.competitors);
    }

    Prescriber prescriber(RowReader& r) const { return readPrescriberRow(r, codes_); }
    Company company(RowReader& r) const { return readCompanyRow(r, codes_, limits_); }
    // `owner` gives the company of a company_id in range: the row's position must be one of its
    // establishments. The census cells (of the joined census row) are appended to `market`.
    template <typename Owner>
    Establishment establishment(RowReader& r, Statement& s, const Owner& owner,
                                Market& market) const {
        auto e = readEstablishmentRow(r, codes_, sizes_.companies);
        const Company& company = owner(e.company);
        checkCompanyOf(r, e, company.firstEstablishment, company.establishmentCount);
        if (s.isNull(11))
            r.fail("establishment_id", "une ligne par établissement", "aucune", "census");
        readCensusCells(r, s.blob(10), e, market);
        return e;
    }
    ProspectRecord prospect(RowReader& r) const {
        return readProspectRow(r, codes_, sizes_.establishments);
    }
    Defect defect(RowReader& r) const { return readDefectRow(r, sizes_.prospects); }

private:
    CodeMap codes_;
    MarketTableSizes sizes_;
    CompanyLimits limits_{0, 0, 0};
};

}  // namespace cmcsim
