#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <iterator>
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

// A line of the prospect file as ProspectLines gives it to readers: its listed values, by
// reference into where the lines are held (a ProspectRecord, or the compact columns of a market
// read for the studio), so that reading a field copies nothing; valid as long as those lines.
struct ListedLine {
    const std::uint32_t& establishment;
    const std::uint64_t& siret;
    const std::string& name;
    const std::uint16_t& naf;
    const std::uint32_t& headcount;
    const std::uint8_t& sizeBand;
    const std::uint32_t& commune;
    const std::int16_t& idcc;
    const Contact& contact;

    ListedLine(const ProspectRecord& r)  // NOLINT(google-explicit-constructor): a record is a line
        : establishment(r.establishment),
          siret(r.siret),
          name(r.name),
          naf(r.naf),
          headcount(r.headcount),
          sizeBand(r.sizeBand),
          commune(r.commune),
          idcc(r.idcc),
          contact(r.contact) {}
    // The fields of compact columns (ProspectLines).
    ListedLine(const std::uint32_t& establishment_, const std::uint64_t& siret_,
               const std::string& name_, const std::uint16_t& naf_, const std::uint32_t& headcount_,
               const std::uint8_t& sizeBand_, const std::uint32_t& commune_,
               const std::int16_t& idcc_, const Contact& contact_)
        : establishment(establishment_),
          siret(siret_),
          name(name_),
          naf(naf_),
          headcount(headcount_),
          sizeBand(sizeBand_),
          commune(commune_),
          idcc(idcc_),
          contact(contact_) {}
    // A copy, for a reader that keeps it or takes a ProspectRecord.
    operator ProspectRecord() const {  // NOLINT(google-explicit-constructor)
        return {establishment, siret, name, naf, headcount, sizeBand, commune, idcc, contact};
    }
};

// The prospect file's lines (Market::prospects). Either every ProspectRecord, held in the vector
// it derives from (generation, the CLI, every whole market), or, for a market read for the studio
// (MarketParts::lines false, issue 9), compact columns: codes as small integers, no contact (read
// from the file by MarketDetails), and each listed name held once: a line listed under its
// company's name refers to Company::name, the few others (duplicates' variants, masked names) are
// held apart. Readers see the same lines either way: size(), and a const operator[] and iteration
// that give ListedLine (by value, referring to the storage). Writing (push_back, a non-const
// operator[]) is for whole markets only. A compact market's names refer to its own companies:
// move such a market, do not copy it.
class ProspectLines : public std::vector<ProspectRecord> {
public:
    using Records = std::vector<ProspectRecord>;
    using Records::vector;
    using Records::operator[];
    using Records::begin;
    using Records::end;
    ProspectLines() = default;
    ProspectLines(Records records) : Records(std::move(records)) {}  // NOLINT: a vector is lines

    // Compact columns (MarketParts::lines false), filled by the store line after line.
    struct Columns {
        std::vector<std::uint64_t> siret;
        std::vector<std::uint32_t> establishment, headcount, commune;
        // The company whose name the line is listed under, or kOwnName | an index in ownNames.
        std::vector<std::uint32_t> name;
        std::vector<std::uint16_t> naf;
        std::vector<std::int16_t> idcc;
        std::vector<std::uint8_t> sizeBand;
        std::vector<std::string> ownNames;
        static constexpr std::uint32_t kOwnName = 0x80000000u;
    };
    // Holds `columns` instead of records; `companies` (the market's, which must stay where they
    // are: the market is moved, never copied) hold the names that Columns::name refers to.
    void holdCompact(Columns columns, const std::vector<Company>& companies);
    bool compact() const { return compact_ != nullptr; }

    std::size_t size() const { return compact_ ? compact_->siret.size() : Records::size(); }
    bool empty() const { return size() == 0; }
    ListedLine operator[](std::size_t i) const {
        if (!compact_) return ListedLine(Records::operator[](i));
        const auto& c = *compact_;
        const auto name = c.name[i];
        return {c.establishment[i],
                c.siret[i],
                name & Columns::kOwnName ? c.ownNames[name & ~Columns::kOwnName]
                                         : companies_[name].name,
                c.naf[i],
                c.headcount[i],
                c.sizeBand[i],
                c.commune[i],
                c.idcc[i],
                noContact()};
    }
    // The contact of a compact line: none (MarketDetails::contact reads it from the file).
    static const Contact& noContact();

    // Reads the lines in order, giving ListedLine.
    class const_iterator {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = ProspectRecord;
        using difference_type = std::ptrdiff_t;
        using reference = ListedLine;
        struct pointer {
            ListedLine line;
            const ListedLine* operator->() const { return &line; }
        };
        const_iterator() = default;
        const_iterator(const ProspectLines* lines, std::size_t at)
            : lines_(lines), at_(static_cast<difference_type>(at)) {}
        ListedLine operator*() const { return (*lines_)[static_cast<std::size_t>(at_)]; }
        pointer operator->() const { return {**this}; }
        ListedLine operator[](difference_type n) const { return *(*this + n); }
        const_iterator& operator++() { return ++at_, *this; }
        const_iterator operator++(int) {
            auto was = *this;
            ++at_;
            return was;
        }
        const_iterator& operator--() { return --at_, *this; }
        const_iterator operator--(int) {
            auto was = *this;
            --at_;
            return was;
        }
        const_iterator& operator+=(difference_type n) { return at_ += n, *this; }
        const_iterator& operator-=(difference_type n) { return at_ -= n, *this; }
        friend const_iterator operator+(const_iterator it, difference_type n) { return it += n; }
        friend const_iterator operator+(difference_type n, const_iterator it) { return it += n; }
        friend const_iterator operator-(const_iterator it, difference_type n) { return it -= n; }
        friend difference_type operator-(const const_iterator& a, const const_iterator& b) {
            return a.at_ - b.at_;
        }
        friend bool operator==(const const_iterator& a, const const_iterator& b) {
            return a.at_ == b.at_;
        }
        friend auto operator<=>(const const_iterator& a, const const_iterator& b) {
            return a.at_ <=> b.at_;
        }

    private:
        const ProspectLines* lines_ = nullptr;
        difference_type at_ = 0;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

private:
    std::shared_ptr<const Columns> compact_;
    const Company* companies_ = nullptr;
};

// The generated market of a scenario: truth, prospect file and defects.
struct Market {
    std::vector<Competitor> competitors;
    std::vector<Prescriber> prescribers;
    std::vector<Company> companies;
    std::vector<Establishment> establishments;
    std::vector<CensusCell> censusCells;
    ProspectLines prospects;  // read through ListedLine; compact in the studio (issue 9)
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
