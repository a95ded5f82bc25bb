#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "RowReader.h"
#include "cmcsim/market/Market.h"

namespace cmcsim {

struct ReferenceData;
class CodeMap;

// How many rows the market tables hold: the ranges a row's references are checked against.
struct MarketTableSizes {
    std::size_t competitors = 0, prescribers = 0, companies = 0, establishments = 0, prospects = 0;
};

// Parses and checks one row of a market table of an attempt file (docs/attempt-format.md,
// "Validation"): readMarket reads every row in order through it, CompanyExtract the rows of one
// company by id, so both build the same values and throw the same "fichier endommagé : table T,
// ligne N, colonne …" InputErrors. Each parser reads the columns of its k…Columns, in order.
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
        "id, establishment_id, siret, raison_sociale, naf, tranche_effectif, effectif, commune, "
        "idcc, contact_name, contact_role, phone, email";
    static constexpr const char* kDefectColumns = "id, prospect_id, kind, truth";

    explicit MarketRows(const ReferenceData& reference);
    ~MarketRows();
    MarketRows(const MarketRows&) = delete;
    MarketRows& operator=(const MarketRows&) = delete;

    // The table sizes the following rows' references are checked against.
    void setSizes(const MarketTableSizes& sizes);

    Prescriber prescriber(RowReader& r) const;
    Company company(RowReader& r) const;
    // `owner` gives the company of a company_id in range: the row's position must be one of its
    // establishments. The census cells (of the joined census row) are appended to `market`.
    Establishment establishment(RowReader& r, Statement& s,
                                const std::function<const Company&(std::uint32_t)>& owner,
                                Market& market) const;
    ProspectRecord prospect(RowReader& r) const;
    Defect defect(RowReader& r) const;

private:
    std::unique_ptr<CodeMap> codes_;
    MarketTableSizes sizes_;
    std::string prescriberRange_, insurerRange_, companyRange_, establishmentRange_, prospectRange_;
};

// Reads the whole competitor table (a few dozen rows), checking every row.
void readCompetitors(Database& db, Market& m);

}  // namespace cmcsim
