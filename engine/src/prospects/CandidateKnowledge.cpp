#include "cmcsim/prospects/CandidateKnowledge.h"

#include <algorithm>

#include "cmcsim/market/CensusModel.h"
#include "cmcsim/prospects/ProspectView.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace {
bool flagged(const std::vector<std::uint8_t>& flags, std::uint32_t line) {
    return line < flags.size() && flags[line] != 0;
}
}  // namespace

void Knowledge::sortCompanies() {
    for (auto* sirens : {&toldCover, &specifiedCover}) {
        std::sort(sirens->begin(), sirens->end());
        sirens->erase(std::unique(sirens->begin(), sirens->end()), sirens->end());
    }
}

Knowledge Knowledge::everything(const Market& market) {
    Knowledge k;
    k.verified.assign(market.prospects.size(), 1);
    k.census.assign(market.prospects.size(), 1);
    k.insurers = k.portfolio = k.prescribers = k.territory = k.branches = true;
    k.evaluator = true;
    return k;
}

CandidateKnowledge::CandidateKnowledge(const Market& market, const ReferenceData& reference,
                                       Knowledge earned)
    : market_(market), reference_(reference), earned_(std::move(earned)) {}

const Establishment& CandidateKnowledge::establishment(std::uint32_t line) const {
    return market_.establishments[market_.prospects[line].establishment];
}

const Company& CandidateKnowledge::companyOf(std::uint32_t line) const {
    return market_.companies[establishment(line).company];
}

bool CandidateKnowledge::verified(std::uint32_t line) const {
    return flagged(earned_.verified, line);
}

bool CandidateKnowledge::censusRevealed(std::uint32_t line) const {
    return flagged(earned_.census, line) ||
           (!earned_.censusSirets.empty() &&
            std::binary_search(earned_.censusSirets.begin(), earned_.censusSirets.end(),
                               market_.prospects[line].siret));
}

std::uint32_t CandidateKnowledge::headcount(std::uint32_t line) const {
    return verified(line) ? establishment(line).headcount : market_.prospects[line].headcount;
}

std::uint16_t CandidateKnowledge::naf(std::uint32_t line) const {
    return verified(line) ? establishment(line).naf : market_.prospects[line].naf;
}

void CandidateKnowledge::describe(std::uint32_t line, ProspectRow& row) const {
    describe(earned_, verified(line), market_.prospects[line], establishment(line), companyOf(line),
             row);
}

bool CandidateKnowledge::needsTruth(const Knowledge& earned, bool verified) {
    return verified || earned.evaluator || earned.insurers || earned.portfolio ||
           earned.prescribers;
}

void CandidateKnowledge::describe(const Knowledge& earned, bool verified, const ListedLine& listed,
                                  const Establishment& truth, const Company& company,
                                  ProspectRow& row) {
    row.verified = verified;
    row.naf = row.verified ? truth.naf : listed.naf;
    // Verifying also lifts the extract's quirks: a masked name, IDCC 9999 (the band NN below).
    row.name = row.verified && listed.name == kMaskedField ? &company.name : &listed.name;
    row.idcc = row.verified ? company.idcc : listed.idcc;
    row.headcount = row.verified ? truth.headcount : listed.headcount;
    row.sizeBand = row.verified ? truth.sizeBand : listed.sizeBand;
    row.closed = row.verified && truth.closed;
    const auto health = cover(earned, company.health);
    row.insurer = health ? health->insurer : std::int16_t{-2};
    row.coverageLevel = health ? health->level : std::uint8_t{0};
    row.renewal = health ? health->renewal : Date{};
    row.mutuelleClient = health && earned.portfolio && company.health.insurer == 0;
    row.accountant = earned.prescribers ? company.accountant : -1;
    row.broker = earned.prescribers ? company.broker : -1;
}

std::vector<const Defect*> CandidateKnowledge::findings(std::uint32_t line) const {
    std::vector<const Defect*> out;
    if (!verified(line)) return out;
    for (const auto& d : market_.defects)
        if (d.record == line) out.push_back(&d);
    return out;
}

bool CandidateKnowledge::knownDuplicate(std::uint32_t line) const {
    const auto found = findings(line);
    return std::any_of(found.begin(), found.end(),
                       [](const Defect* d) { return d->kind == DefectKind::Duplicate; });
}

bool CandidateKnowledge::knownClosed(std::uint32_t line) const {
    return verified(line) && establishment(line).closed;
}

std::optional<std::span<const CensusCell>> CandidateKnowledge::census(std::uint32_t line) const {
    if (!censusRevealed(line)) return std::nullopt;
    if (!censusSource_) return market_.census(establishment(line));
    const auto e = market_.prospects[line].establishment;
    auto it = censuses_.find(e);
    if (it == censuses_.end()) it = censuses_.emplace(e, censusSource_(e)).first;
    return std::span<const CensusCell>(it->second);
}

std::vector<CensusCell> CandidateKnowledge::estimatedCensus(std::uint32_t line, int year) const {
    const CensusModel model(reference_, year);
    return model.expected(reference_.naf.codes()[naf(line)].section, headcount(line));
}

std::optional<KnownCover> CandidateKnowledge::cover(const Knowledge& earned, const Coverage& c) {
    // Competitive intelligence reveals every cover; the portfolio extract the mutuelle's own.
    if (!(earned.evaluator || earned.insurers || (earned.portfolio && c.insurer == 0)))
        return std::nullopt;
    KnownCover k{c.insurer, c.level, c.renewal, std::nullopt, std::nullopt};
    // The portfolio extract gives the premium and satisfaction of the mutuelle's own clients.
    if (c.insurer >= 0 && (earned.evaluator || (earned.portfolio && c.insurer == 0))) {
        k.monthlyPremium = c.monthlyPremium;
        k.satisfaction = c.satisfaction;
    }
    return k;
}

std::optional<KnownCover> CandidateKnowledge::health(std::uint32_t line) const {
    return cover(earned_, companyOf(line).health);
}

std::optional<KnownCover> CandidateKnowledge::provident(std::uint32_t line) const {
    return cover(earned_, companyOf(line).provident);
}

namespace {
bool holds(const std::vector<std::uint64_t>& sirens, std::uint64_t siren) {
    return std::binary_search(sirens.begin(), sirens.end(), siren);
}

// A company's cover as its own file knows it: the studies' (CandidateKnowledge::cover), unless
// its tender's specifications gave more (all but the satisfaction) or, for health, a meeting
// told the insurer and level.
std::optional<KnownCover> companyCover(const Knowledge& earned, std::uint64_t siren,
                                       const Coverage& c, bool health) {
    auto known = CandidateKnowledge::cover(earned, c);
    if (holds(earned.specifiedCover, siren) && !(known && known->monthlyPremium))
        known = KnownCover{c.insurer, c.level, c.renewal,
                           c.insurer >= 0 ? std::optional(c.monthlyPremium) : std::nullopt,
                           std::nullopt};
    else if (!known && health && holds(earned.toldCover, siren))
        known = KnownCover{c.insurer, c.level, Date(), std::nullopt, std::nullopt};
    return known;
}
}  // namespace

std::optional<KnownCover> CandidateKnowledge::companyHealth(std::uint32_t line) const {
    const auto& company = companyOf(line);
    return companyCover(earned_, company.siren, company.health, true);
}

std::optional<KnownCover> CandidateKnowledge::companyProvident(std::uint32_t line) const {
    const auto& company = companyOf(line);
    return companyCover(earned_, company.siren, company.provident, false);
}

SirenLines SirenLines::of(const Market& market, const std::vector<std::uint64_t>& sirens) {
    SirenLines index;
    for (const auto siren : sirens) index.lines.try_emplace(siren);
    for (std::uint32_t i = 0; i < market.prospects.size(); ++i)
        if (const auto found = index.lines.find(market.prospects[i].siret / 100000);
            found != index.lines.end())
            found->second.push_back(i);
    return index;
}

const std::vector<std::uint32_t>* CandidateKnowledge::indexed(std::uint64_t siren) const {
    if (!index_) return nullptr;
    const auto found = index_->lines.find(siren);
    return found == index_->lines.end() ? nullptr : &found->second;
}

std::optional<std::uint32_t> CandidateKnowledge::lineOfSiret(std::uint64_t siret) const {
    if (const auto* lines = indexed(siret / 100000)) {
        for (const auto i : *lines)
            if (market_.prospects[i].siret == siret) return i;
        return std::nullopt;
    }
    for (std::uint32_t i = 0; i < market_.prospects.size(); ++i)
        if (market_.prospects[i].siret == siret) return i;
    return std::nullopt;
}

std::optional<std::uint32_t> CandidateKnowledge::lineOfSiren(std::uint64_t siren) const {
    if (const auto* lines = indexed(siren))
        return lines->empty() ? std::nullopt : std::optional(lines->front());
    for (std::uint32_t i = 0; i < market_.prospects.size(); ++i)
        if (market_.prospects[i].siret / 100000 == siren) return i;
    return std::nullopt;
}

KnownCompany CandidateKnowledge::company(std::uint32_t line) const {
    const auto& c = companyOf(line);
    KnownCompany k;
    k.directory = &c;
    // Employees outside the territory are public (SIRENE); those here are the lines as known.
    std::int64_t elsewhere = c.headcount;
    for (std::uint32_t i = 0; i < c.establishmentCount; ++i)
        elsewhere -= market_.establishments[c.firstEstablishment + i].headcount;
    std::int64_t known = std::max<std::int64_t>(0, elsewhere);
    const auto listed = [&](std::uint32_t i) {
        if (knownDuplicate(i) || knownClosed(i)) return;
        k.lines.push_back(i);
        known += headcount(i);
    };
    if (const auto* lines = indexed(c.siren))
        for (const auto i : *lines) listed(i);
    else
        for (std::uint32_t i = 0; i < market_.prospects.size(); ++i)
            if (market_.prospects[i].siret / 100000 == c.siren) listed(i);
    k.headcount = static_cast<std::uint32_t>(known);
    return k;
}

}  // namespace cmcsim
