#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

#include "cmcsim/market/Market.h"
#include "cmcsim/prospects/Knowledge.h"

namespace cmcsim {

struct ReferenceData;
struct ProspectRow;

// A company's current health or provident contract as the candidate knows it.
struct KnownCover {
    std::int16_t insurer = -1;  // index in Market::competitors; -1 = no contract
    std::uint8_t level = 0;     // 1 panier ANI … 4 haut de gamme (health); provident level
    Date renewal;
    std::optional<Money> monthlyPremium;  // the mutuelle's own clients (portfolio extract)
    std::optional<float> satisfaction;    // likewise (0..1)
};

// A company as the candidate knows it: the public directory's facts (SIRENE: name, SIREN, legal
// form, creation date) and its lines of the prospect file.
struct KnownCompany {
    const Company* directory = nullptr;  // read only name, siren, legalForm and created from it
    std::vector<std::uint32_t> lines;    // listed under its SIREN; known duplicates and closed out
    std::uint32_t headcount = 0;         // employees elsewhere in France + its lines as known here
};

// The lines of some SIRENs of the prospect file, in file order, found in one pass over it: what
// lineOfSiret, lineOfSiren and company() would otherwise scan the whole file for (1.9 million
// lines at national scale) each time they are asked, e.g. for every offer an evaluator studies.
struct SirenLines {
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> lines;  // by SIREN

    static SirenLines of(const Market& market, const std::vector<std::uint64_t>& sirens);
};

// Decides what the candidate knows about each line of the prospect file and its company: the
// listed values, the values a verification revealed (headcount, band, NAF, closure, and what
// each defect hid), the census the company sent on request, the cover a study revealed. Every
// candidate-facing output asks it; the evaluator's view is the same with Knowledge::everything().
// Rules: DESIGN.md §4 "What the candidate knows"; issue 7 §1.
class CandidateKnowledge {
public:
    CandidateKnowledge(const Market& market, const ReferenceData& reference, Knowledge earned = {});

    void update(Knowledge earned) { earned_ = std::move(earned); }
    // Where the census of an establishment is read when the market was read without census
    // cells (MarketParts; the studio passes MarketDetails::census); each census read is kept.
    using CensusSource = std::function<std::vector<CensusCell>(std::uint32_t establishment)>;
    void setCensusSource(CensusSource source) {
        censusSource_ = std::move(source);
        censuses_.clear();
    }
    const Knowledge& earned() const { return earned_; }
    const Market& market() const { return market_; }
    const ReferenceData& reference() const { return reference_; }

    bool verified(std::uint32_t line) const;
    bool censusRevealed(std::uint32_t line) const;
    // Fills what depends on knowledge: NAF, headcount, band, closure once verified; cover and
    // prescribers once a study revealed them.
    void describe(std::uint32_t line, ProspectRow& row) const;
    // The same rule on values read elsewhere (a streamed file): the line as listed, its real
    // establishment and company, which it reads only when needsTruth(earned, verified); fills
    // what describe() fills.
    static void describe(const Knowledge& earned, bool verified, const ListedLine& listed,
                         const Establishment& truth, const Company& company, ProspectRow& row);
    static bool needsTruth(const Knowledge& earned, bool verified);
    // A cover as `earned` reveals it; nullopt while unknown.
    static std::optional<KnownCover> cover(const Knowledge& earned, const Coverage& cover);
    // The defects a verification of the line revealed (each with its truth); empty before.
    std::vector<const Defect*> findings(std::uint32_t line) const;
    bool knownDuplicate(std::uint32_t line) const;
    bool knownClosed(std::uint32_t line) const;
    // The headcount and NAF the candidate knows: listed, or real once verified.
    std::uint32_t headcount(std::uint32_t line) const;
    std::uint16_t naf(std::uint32_t line) const;
    // The real census of the line's establishment, only once the company sent it.
    std::optional<std::span<const CensusCell>> census(std::uint32_t line) const;
    // An estimate from the known headcount and the known NAF section's workforce profile
    // (CensusModel::expected), never from the real census.
    std::vector<CensusCell> estimatedCensus(std::uint32_t line, int year) const;
    // Current cover once a study revealed it; nullopt while unknown.
    std::optional<KnownCover> health(std::uint32_t line) const;
    std::optional<KnownCover> provident(std::uint32_t line) const;
    // The same in the company's own file (diagnosis, quote, company card): also what the company
    // told (Knowledge::toldCover: health insurer and level, renewal unknown unless a study gave
    // it; Knowledge::specifiedCover: health and provident with the renewal and mean premium).
    std::optional<KnownCover> companyHealth(std::uint32_t line) const;
    std::optional<KnownCover> companyProvident(std::uint32_t line) const;

    // The first line listing this SIRET, or the first line of this SIREN.
    std::optional<std::uint32_t> lineOfSiret(std::uint64_t siret) const;
    std::optional<std::uint32_t> lineOfSiren(std::uint64_t siren) const;
    KnownCompany company(std::uint32_t line) const;
    // Answers the three above from `index` for its SIRENs (the same answers, without scanning the
    // file), by a scan for the others; `index` must outlive this object.
    void useIndex(const SirenLines* index) { index_ = index; }

private:
    // The lines of `siren` in file order when the index holds it, else null.
    const std::vector<std::uint32_t>* indexed(std::uint64_t siren) const;

    const Establishment& establishment(std::uint32_t line) const;
    const Company& companyOf(std::uint32_t line) const;

    const Market& market_;
    const ReferenceData& reference_;
    Knowledge earned_;
    CensusSource censusSource_;
    mutable std::map<std::uint32_t, std::vector<CensusCell>> censuses_;  // by establishment
    const SirenLines* index_ = nullptr;
};

}  // namespace cmcsim
