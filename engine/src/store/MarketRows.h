#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>

#include "RowReader.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

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
void checkCompanyOf(RowReader& r, const Establishment& e, std::uint32_t first,
                    std::uint32_t count);
ProspectRecord readProspectRow(RowReader& r, const CodeMap& codes, std::size_t establishments);
Defect readDefectRow(RowReader& r, std::size_t prospects);

}  // namespace cmcsim
