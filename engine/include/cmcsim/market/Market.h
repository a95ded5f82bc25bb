#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "cmcsim/core/Date.h"
#include "cmcsim/core/Money.h"
#include "cmcsim/market/CensusOnDemand.h"

namespace cmcsim {

// A health or provident insurer of the market; index 0 is always the candidate's own mutuelle.
struct Competitor {
    std::string code;  // scenario id, "mutuelle" for the candidate's
    std::string name;
    std::string kind;  // mutuelle | institution_prevoyance | compagnie_assurance
    double marketShare = 0;
    double priceLevel = 1;
    int guaranteeLevel = 2;
    double serviceQuality = 0.5;
};

// A company's current health or provident contract (hidden until the candidate learns it).
struct Coverage {
    std::int16_t insurer = -1;  // index in Market::competitors; -1 = none
    std::uint8_t level = 0;     // 1 panier ANI … 4 haut de gamme
    Money monthlyPremium;       // per covered employee (health) or per employee (provident)
    Date renewal;
    float satisfaction = 0;      // 0..1
    float propensityToMove = 0;  // 0..1: probability of changing insurer at the next renewal
};

// A company (unité légale, SIREN) with its establishments, agreement and current cover.
struct Company {
    std::uint64_t siren = 0;
    std::string name;
    std::uint16_t legalForm = 0;  // index in ReferenceData::legalForms
    std::uint16_t naf = 0;
    std::int16_t idcc = -1;       // index in IdccCatalogue; -1 = no collective agreement
    std::uint8_t sizeBand = 0;    // company band 0..7 ("0-9" … "2000+")
    std::uint32_t headcount = 0;  // the whole company, all France
    Date created;
    std::uint32_t firstEstablishment = 0;  // its establishments are contiguous, head office first
    std::uint32_t establishmentCount = 0;
    std::int32_t accountant = -1;  // prescriber index
    std::int32_t broker = -1;
    Coverage health, provident;
};

// One cell of a workforce census: employees of an age band, sex, category and family situation.
struct CensusCell {
    std::uint8_t ageBand = 0;  // 0:16-24 1:25-34 2:35-44 3:45-54 4:55-64 5:65+
    std::uint8_t sex = 0;      // 0 woman, 1 man
    std::uint8_t cadre = 0;    // 0 non-cadre, 1 cadre
    std::uint8_t family = 0;   // 0 isolé, 1 couple, 2 monoparental, 3 famille
    std::uint32_t headcount = 0;
    std::uint32_t meanAnnualPayEur = 0;  // gross
};

// An establishment (SIRET) as it really is: the hidden truth behind the prospect file.
struct Establishment {
    std::uint64_t siret = 0;
    std::uint32_t company = 0;
    std::uint32_t commune = 0;  // index in Geography::communes
    std::uint16_t naf = 0;
    std::uint8_t sizeBand = 0;  // index in SizeBands::insee
    bool headOffice = false;
    bool closed = false;
    std::uint32_t headcount = 0;
    Date created;
    std::uint32_t censusOffset = 0;  // its cells in Market::censusCells
    std::uint16_t censusCellCount = 0;
};

// A person to call at an establishment, as the prospect file lists them.
struct Contact {
    std::string name;  // "Mme Sophie Lefebvre"
    std::string role;
    std::string phone;  // in the ranges ARCEP reserves for fiction
    std::string email;  // in the reserved .example domain
};

// A row of the prospect file as the candidate sees it, defects included.
struct ProspectRecord {
    std::uint32_t establishment = 0;  // the real establishment it describes
    std::uint64_t siret = 0;
    std::string name;  // raison sociale as listed
    std::uint16_t naf = 0;
    std::uint32_t headcount = 0;
    std::uint8_t sizeBand = 0;
    std::uint32_t commune = 0;
    std::int16_t idcc = -1;
    Contact contact;
};

// The kinds of data-quality traps of a scenario (datasets and docs use the French names).
enum class DefectKind : std::uint8_t {
    StaleHeadcount,
    Duplicate,
    Closed,
    WrongNaf,
    MissingContact,
    WrongContact,
    PartialDiffusion,  // quirks of real extracts (scenario data_quality, optional)
    UnknownSizeBand,
    UndeclaredAgreement
};
constexpr DefectKind kLastDefectKind = DefectKind::UndeclaredAgreement;
// The value SIRENE gives a field masked under partial diffusion (domain-facts J.5).
inline constexpr const char* kMaskedField = "[ND]";
const char* defectKindCode(DefectKind kind);   // "effectif_perime" …
const char* defectKindLabel(DefectKind kind);  // "Effectif périmé" …

// A defect injected in the prospect file, with the truth the candidate can discover.
struct Defect {
    std::uint32_t record = 0;  // index in Market::prospects
    DefectKind kind = DefectKind::StaleHeadcount;
    std::string truth;  // what is really true, in French
};

// An accounting firm or broker of the territory that can recommend the mutuelle to its clients.
struct Prescriber {
    std::string kind;  // expert_comptable | courtier
    std::string name;
    std::uint32_t commune = 0;
    Contact contact;
};

// The generated market of a scenario: truth, prospect file and defects.
struct Market {
    std::vector<Competitor> competitors;
    std::vector<Prescriber> prescribers;
    std::vector<Company> companies;
    std::vector<Establishment> establishments;
    std::vector<CensusCell> censusCells;
    std::vector<ProspectRecord> prospects;
    std::vector<Defect> defects;

    // Read without its census cells (MarketParts::census), the market reads them here when asked.
    std::shared_ptr<const CensusOnDemand> censusOnDemand;

    // The census cells of `e`, an element of `establishments`: from censusCells, or read by
    // censusOnDemand (valid for the next few thousand establishments asked, CensusOnDemand).
    std::span<const CensusCell> census(const Establishment& e) const {
        if (censusOnDemand)
            return censusOnDemand->cells(static_cast<std::uint32_t>(&e - establishments.data()));
        return {censusCells.data() + e.censusOffset, e.censusCellCount};
    }
    // Appends a chunk whose indices already count what this market holds.
    void append(Market&& chunk);
};

}  // namespace cmcsim
