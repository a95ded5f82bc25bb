#include "cmcsim/market/MarketGenerator.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <thread>
#include <unordered_map>

#include "cmcsim/core/AliasTable.h"
#include "cmcsim/core/KeyedRandom.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/market/CensusModel.h"
#include "cmcsim/market/CompanySizeModel.h"
#include "cmcsim/market/CoverageModel.h"
#include "cmcsim/market/DefectInjector.h"
#include "cmcsim/market/NameFactory.h"
#include "cmcsim/market/SectorSizeMix.h"
#include "cmcsim/market/Territory.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/Scenario.h"
#include "cmcsim/scenario/ScenarioSize.h"

namespace cmcsim {

namespace {
constexpr Purpose kCompany{"company"};
constexpr Purpose kEstablishment{"establishment"};
constexpr Purpose kEstablishmentCount{"establishment-count"};
constexpr Purpose kPrescriber{"prescriber"};
constexpr Purpose kCoverage{"coverage"};
constexpr Purpose kIdentifier{"identifier"};
constexpr std::uint32_t kCompaniesPerChunk = 4096;
constexpr double kGolden = 0.6180339887498949;   // (√5 − 1) / 2
constexpr double kPlastic = 0.7548776662466927;  // 1 / ρ, ρ the plastic number
// Companies per accounting firm and per broker on a territory (modelling assumption ⚠).
constexpr double kCompaniesPerAccountant = 60;
constexpr double kCompaniesPerBroker = 400;
// Provident market shares by kind of insurer (DREES ER 1361: insurers 48 %, IP 46 %).
double providentKindShare(const std::string& kind) {
    return kind == "compagnie_assurance" ? 0.48 : kind == "institution_prevoyance" ? 0.46 : 0.06;
}

Competitor fromSpec(const CompetitorSpec& s) {
    return {s.id, s.name, s.kind, s.marketShare, s.priceLevel, s.guaranteeLevel, s.serviceQuality};
}

std::vector<Competitor> competitorsOf(const Scenario& s) {
    std::vector<Competitor> out{fromSpec(s.mutuelle)};
    for (const auto& c : s.competitors) out.push_back(fromSpec(c));
    return out;
}

std::vector<double> providentWeights(const std::vector<Competitor>& competitors) {
    std::unordered_map<std::string, double> kindTotal;
    for (const auto& c : competitors) kindTotal[c.kind] += c.marketShare;
    std::vector<double> w;
    for (const auto& c : competitors)
        w.push_back(providentKindShare(c.kind) * c.marketShare / kindTotal[c.kind]);
    return w;
}

std::uint8_t legalSizeClass(std::uint32_t headcount) {
    return headcount < 10 ? 0 : headcount < 50 ? 1 : 2;
}

// Calls work(from, to) over [0, count), in two halves on two threads when there is enough to do
// (each index's result must depend on that index alone).
template <typename Work>
void onTwoThreads(std::size_t count, std::size_t enough, const Work& work) {
    if (count < enough) return work(std::size_t{0}, count);
    std::thread second(work, count / 2, count);
    work(std::size_t{0}, count / 2);
    second.join();
}

// A company of the plan: its sector, its band and its establishments on the territory.
struct PlannedCompany {
    SectorSizeMix::Draw cell;
    std::uint32_t establishments;
};
}  // namespace

struct MarketGenerator::Impl {
    const ReferenceData& ref;
    const Scenario& scenario;
    std::uint64_t seed;
    Territory territory;
    double territoryShare;
    std::uint64_t planned;
    SectorSizeMix mix;
    CompanySizeModel sizes;
    CensusModel census;
    NameFactory names;
    DefectInjector defects;
    std::vector<Competitor> competitors;
    CoverageModel coverage;
    std::map<std::pair<std::string, std::uint8_t>, AliasTable>
        legalForms;  // by (division, size class)
    std::uint64_t sirenOffset;
    double cellOffset;                 // start of the stratified sequence of company cells
    std::vector<double> scales;        // per (sous-classe, band) cell: the establishment size scale
    std::vector<PlannedCompany> plan;  // every company, in order

    Impl(const ReferenceData& r, const Scenario& s, std::uint64_t seedValue)
        : ref(r),
          scenario(s),
          seed(seedValue),
          territory(r.geography, s),
          territoryShare(static_cast<double>(territory.population()) /
                         static_cast<double>(r.geography.totalPopulation())),
          planned(ScenarioSize::establishmentsFor(r, s, territory.population())),
          mix(r, s),
          sizes(r.sizes, territoryShare),
          census(r, s.startDate.year()),
          names(r),
          defects(r, s.traps, names, seedValue, s.startDate),
          competitors(competitorsOf(s)),
          coverage(competitors, providentWeights(competitors), s.startDate),
          sirenOffset(KeyedRandom(seedValue, kIdentifier).below(90'000'000)),
          cellOffset(KeyedRandom(seedValue, kCompany, UINT64_MAX).uniform()) {
        std::vector<double> perBand;
        for (std::uint8_t b = 0; b < 8; ++b) perBand.push_back(sizes.territoryEstablishments(b));
        mix.setEstablishmentsPerCompany(perBand);
        // Employees by sector and by band: each cell's mean establishment headcount.
        // Fitted on the establishments each cell will really have (the plan of companies is
        // known in advance: cells and counts are drawn from their own keys).
        std::vector<std::pair<double, double>> bounds;
        for (std::uint8_t b = 0; b < 8; ++b) bounds.push_back(sizes.meanEstablishmentRange(b));
        planCompanies();
        Eigen::MatrixXd realised = Eigen::MatrixXd::Zero(mix.joint().rows(), mix.joint().cols());
        for (const auto& company : plan)
            realised(company.cell.naf, company.cell.band) += company.establishments;
        mix.fitMeanSizes(bounds, realised);
        const auto& means = mix.meanSizes();
        scales.assign(static_cast<std::size_t>(means.size()), 0.0);
        onTwoThreads(
            static_cast<std::size_t>(means.rows()), 64, [&](std::size_t from, std::size_t to) {
                for (auto i = static_cast<Eigen::Index>(from); i < static_cast<Eigen::Index>(to);
                     ++i)
                    for (Eigen::Index b = 0; b < means.cols(); ++b)
                        if (realised(i, b) > 0)
                            scales[static_cast<std::size_t>(i * means.cols() + b)] =
                                sizes.scaleForMean(static_cast<std::uint8_t>(b), means(i, b));
            });
        for (const auto& code : r.naf.codes()) {
            for (std::uint8_t c = 0; c < 3; ++c) {
                const auto key = std::pair{code.division, c};
                if (legalForms.contains(key)) continue;
                std::vector<double> w;
                for (const auto& f : r.legalForms)
                    w.push_back(f.allowedIn(code.division) ? f.weights[c] : 0.0);
                legalForms.emplace(key, AliasTable(w));
            }
        }
    }

    // The plan of companies, known in advance since cells and counts are drawn from their own
    // keys: companies until `planned` establishments, each with at least 1, no more than its
    // band's top, and no more than remain to place. Drawn in blocks, each on both cores (no
    // block holds more companies than establishments remain, so none is drawn in vain).
    void planCompanies() {
        constexpr std::uint64_t kBlock = 65536;
        std::vector<PlannedCompany> block;
        std::uint64_t produced = 0;
        while (produced < planned) {
            const auto first = static_cast<std::uint32_t>(plan.size());
            block.resize(std::min(kBlock, planned - produced));
            onTwoThreads(block.size(), 8192, [&](std::size_t from, std::size_t to) {
                for (auto i = from; i < to; ++i) {
                    const auto company = first + static_cast<std::uint32_t>(i);
                    const auto cell = mix.companyAt(company, cellOffset);
                    KeyedRandom random(seed, kEstablishmentCount, company);
                    block[i] = {cell, std::min(sizes.drawEstablishments(cell.band, random),
                                               ref.sizes.companyBands()[cell.band].max)};
                }
            });
            for (auto company : block) {
                if (produced >= planned) break;
                company.establishments = static_cast<std::uint32_t>(
                    std::min<std::uint64_t>(company.establishments, planned - produced));
                produced += company.establishments;
                plan.push_back(company);
            }
        }
    }

    std::uint64_t sirenFor(std::uint32_t company, bool publicBody) const {
        // An affine bijection of the company index keeps SIRENs distinct and spread out: public
        // bodies in 10000000..29999999 (SIREN beginning with 1 or 2), the others in
        // 30000000..99999999. 48271 is prime to both ranges' sizes.
        const std::uint64_t mixed = 48271ULL * company + sirenOffset;
        const std::uint64_t body = publicBody ? mixed % 20'000'000ULL + 10'000'000ULL
                                              : mixed % 70'000'000ULL + 30'000'000ULL;
        return siret::sirenFromBody(static_cast<std::uint32_t>(body));
    }

    Market prescribers() const {
        Market head;
        head.competitors = competitors;
        const double meanPerCompany = [&] {
            double companies = 0;
            for (std::uint8_t b = 0; b < 8; ++b)
                companies += mix.bandShares()[b] / sizes.territoryEstablishments(b);
            return 1.0 / companies;
        }();
        const double companies = static_cast<double>(planned) / meanPerCompany;
        const auto accountants = std::max<std::uint32_t>(
            1, static_cast<std::uint32_t>(companies / kCompaniesPerAccountant));
        const auto brokers =
            std::max<std::uint32_t>(1, static_cast<std::uint32_t>(companies / kCompaniesPerBroker));
        for (std::uint32_t i = 0; i < accountants + brokers; ++i) {
            KeyedRandom random(seed, kPrescriber, i);
            Prescriber p;
            p.kind = i < accountants ? "expert_comptable" : "courtier";
            p.name = names.prescriberName(p.kind, random);
            p.commune = territory.drawCommune(random);
            p.contact = names.contact(p.name, 10, p.commune, random);
            head.prescribers.push_back(std::move(p));
        }
        return head;
    }

    void linkPrescribers(
        Company& company, const std::string& departement, KeyedRandom& random,
        const std::unordered_map<std::string, std::array<std::vector<std::int32_t>, 2>>& byDep,
        const std::array<std::vector<std::int32_t>, 2>& all) const {
        auto pick = [&](int kind) -> std::int32_t {
            const auto it = byDep.find(departement);
            const auto& pool =
                it != byDep.end() && !it->second[static_cast<std::size_t>(kind)].empty()
                    ? it->second[static_cast<std::size_t>(kind)]
                    : all[static_cast<std::size_t>(kind)];
            if (pool.empty()) return -1;
            return pool[random.below(static_cast<std::uint32_t>(pool.size()))];
        };
        if (random.chance(company.sizeBand <= 2 ? 0.85 : 0.6)) company.accountant = pick(0);
        if (random.chance(company.sizeBand >= 3 ? 0.5 : 0.12)) company.broker = pick(1);
    }

    std::int16_t drawIdcc(std::uint16_t naf, std::uint32_t headcount, KeyedRandom& random) const {
        // Only the agreements whose headcount range holds the company (1596 / 1597); companies of
        // 11 or more employees are three times less likely to have none ⚠.
        auto weight = [&](const IdccAlternative& a) {
            if (!a.appliesTo(headcount)) return 0.0;
            return a.weight * (a.idcc ? 1.0 : (headcount >= 11 ? 0.3 : 1.0));
        };
        const auto alternatives = ref.nafIdcc.alternatives(naf);
        double total = 0;
        for (const auto& a : alternatives) total += weight(a);
        if (total <= 0) return -1;
        double u = random.uniform() * total;
        std::optional<std::uint16_t> chosen;
        for (const auto& a : alternatives) {
            if (weight(a) <= 0) continue;
            chosen = a.idcc;
            u -= weight(a);
            if (u < 0) break;
        }
        return chosen ? static_cast<std::int16_t>(*chosen) : std::int16_t{-1};
    }
};

MarketGenerator::MarketGenerator(const ReferenceData& reference, const Scenario& scenario,
                                 std::optional<std::uint64_t> seed)
    : impl_(std::make_unique<Impl>(reference, scenario, seed.value_or(scenario.seed))) {}

MarketGenerator::~MarketGenerator() = default;

std::uint64_t MarketGenerator::seed() const {
    return impl_->seed;
}
std::uint64_t MarketGenerator::plannedEstablishments() const {
    return impl_->planned;
}

Market MarketGenerator::generate(const Progress& progress) {
    Market market;
    generate([&](Market&& chunk) { market.append(std::move(chunk)); }, progress);
    return market;
}

void MarketGenerator::generate(const ChunkSink& sink, const Progress& progress) {
    const Impl& g = *impl_;
    const auto& ref = g.ref;
    Market head = g.prescribers();
    std::unordered_map<std::string, std::array<std::vector<std::int32_t>, 2>> byDep;
    std::array<std::vector<std::int32_t>, 2> all;
    for (std::size_t i = 0; i < head.prescribers.size(); ++i) {
        const auto& p = head.prescribers[i];
        const int kind = p.kind == "courtier" ? 1 : 0;
        byDep[ref.geography.communes()[p.commune].departement][static_cast<std::size_t>(kind)]
            .push_back(static_cast<std::int32_t>(i));
        all[static_cast<std::size_t>(kind)].push_back(static_cast<std::int32_t>(i));
    }
    sink(std::move(head));

    const Date start = g.scenario.startDate;
    std::uint64_t produced = 0;
    std::uint32_t companyIndex = 0;
    std::uint32_t recordBase = 0;
    std::uint32_t cellBase = 0;
    std::vector<std::uint32_t> headcounts;
    std::vector<std::uint32_t> cellRank(g.scales.size(), 0);  // establishments so far per cell
    while (produced < g.planned) {
        Market chunk;
        chunk.companies.reserve(kCompaniesPerChunk);
        for (std::uint32_t n = 0; n < kCompaniesPerChunk && produced < g.planned;
             ++n, ++companyIndex) {
            KeyedRandom random(g.seed, kCompany, companyIndex);
            const auto draw = g.plan[companyIndex].cell;
            const auto& naf = ref.naf.codes()[draw.naf];
            Company company;
            company.naf = draw.naf;
            company.sizeBand = draw.band;
            company.headcount = g.sizes.drawHeadcount(draw.band, random);
            // The name's place words are those of the first establishment's region: its commune
            // is drawn here, from that establishment's keyed stream, which its loop goes on with.
            KeyedRandom firstSite(g.seed, kEstablishment, static_cast<std::uint32_t>(produced));
            const auto firstCommune = g.territory.drawCommune(firstSite);
            company.name = g.names.companyName(draw.naf, firstCommune, random);
            const double ageYears =
                std::min(80.0, -std::log(1.0 - random.uniform()) * (8.0 + 3.0 * draw.band));
            company.created = start.plusDays(-static_cast<std::int32_t>(90 + ageYears * 365.25));
            const auto count = g.plan[companyIndex].establishments;
            company.firstEstablishment = static_cast<std::uint32_t>(produced);
            company.establishmentCount = count;
            const double national = g.sizes.nationalEstablishments(draw.band);
            const bool headOfficeHere =
                CompanySizeModel::drawHeadOfficeHere(count, national, random);
            // Size factors stratified within the cell (a Weyl sequence over its establishments),
            // so each cell's employees stay close to their expectation.
            const std::size_t cellIndex = std::size_t{draw.naf} * 8 + draw.band;
            const double scale = g.scales[cellIndex];
            headcounts.clear();
            for (std::uint32_t j = 0; j < count; ++j) {
                const double quantile = std::fmod(
                    g.cellOffset + static_cast<double>(cellIndex) * kPlastic +
                        std::fmod(static_cast<double>(cellRank[cellIndex]++) * kGolden, 1.0),
                    1.0);
                headcounts.push_back(g.sizes.establishmentHeadcount(
                    draw.band, scale, headOfficeHere && j == 0, quantile));
            }
            // The company holds its establishments and stays in its band.
            g.sizes.fitCompany(draw.band, company.headcount, headcounts);
            // Legal form, SIREN and agreement follow the company's final headcount.
            company.legalForm = static_cast<std::uint16_t>(
                g.legalForms.at({naf.division, legalSizeClass(company.headcount)}).draw(random));
            company.siren =
                g.sirenFor(companyIndex, ref.legalForms[company.legalForm].publicBody());
            company.idcc = g.drawIdcc(draw.naf, company.headcount, random);
            std::uint32_t cadres = 0, employees = 0, openHere = 0;
            double ageSum = 0, paySum = 0;
            for (std::uint32_t j = 0; j < count; ++j) {
                const auto global = static_cast<std::uint32_t>(produced + j);
                KeyedRandom er = j == 0 ? firstSite : KeyedRandom(g.seed, kEstablishment, global);
                Establishment e;
                e.company = companyIndex;
                e.commune = j == 0 ? firstCommune : g.territory.drawCommune(er);
                e.naf = draw.naf;
                e.headOffice = headOfficeHere && j == 0;
                e.siret = siret::siretFor(company.siren, e.headOffice ? 1 : 2 + j);
                e.headcount = headcounts[j];
                e.sizeBand = ref.sizes.inseeBandFor(e.headcount);
                e.created = j == 0 ? company.created
                                   : company.created.plusDays(static_cast<std::int32_t>(
                                         er.below(static_cast<std::uint32_t>(
                                             std::max(1, start.days() - company.created.days())))));
                e.censusOffset = cellBase + static_cast<std::uint32_t>(chunk.censusCells.size());
                const auto before = chunk.censusCells.size();
                g.census.draw(naf.section, e.headcount, er, chunk.censusCells);
                e.censusCellCount = static_cast<std::uint16_t>(chunk.censusCells.size() - before);
                for (std::size_t c = before; c < chunk.censusCells.size(); ++c) {
                    const auto& cell = chunk.censusCells[c];
                    static constexpr std::array<double, 6> kAgeMid = {20.5, 29.5, 39.5,
                                                                      49.5, 59.5, 67.0};
                    employees += cell.headcount;
                    if (cell.cadre) cadres += cell.headcount;
                    ageSum += kAgeMid[cell.ageBand] * cell.headcount;
                    paySum += static_cast<double>(cell.meanAnnualPayEur) * cell.headcount;
                }

                ProspectRecord record;
                record.establishment = global;
                record.siret = e.siret;
                record.name = company.name;
                record.naf = e.naf;
                record.headcount = e.headcount;
                record.sizeBand = e.sizeBand;
                record.commune = e.commune;
                record.idcc = company.idcc;
                record.contact = g.names.contact(company.name, e.headcount, e.commune, er);
                chunk.establishments.push_back(e);
                chunk.prospects.push_back(std::move(record));
                if (!g.defects.inject(chunk, company, chunk.establishments.size() - 1, global,
                                      chunk.prospects.size() - 1, recordBase))
                    ++openHere;
            }
            KeyedRandom cover(g.seed, kCoverage, companyIndex);
            const double meanAge = employees ? ageSum / employees : 40.0;
            const double meanMonthlyPay = employees ? paySum / employees / 12.0 : 0.0;
            g.coverage.draw(company, cadres, meanAge, meanMonthlyPay, cover);
            // A company whose every establishment here has closed has ended its contracts: none
            // renews after the closing (its cover draws are kept, so nothing else moves).
            if (openHere == 0) company.health = company.provident = Coverage{};
            const auto& hq = chunk.establishments[chunk.establishments.size() - count];
            g.linkPrescribers(company, ref.geography.communes()[hq.commune].departement, cover,
                              byDep, all);
            chunk.companies.push_back(std::move(company));
            produced += count;
        }
        recordBase += static_cast<std::uint32_t>(chunk.prospects.size());
        cellBase += static_cast<std::uint32_t>(chunk.censusCells.size());
        sink(std::move(chunk));
        if (progress) progress(produced, g.planned);
    }
}

void Market::append(Market&& chunk) {
    auto move = [](auto& to, auto& from) {
        if (to.empty())
            to = std::move(from);
        else
            to.insert(to.end(), std::make_move_iterator(from.begin()),
                      std::make_move_iterator(from.end()));
    };
    move(competitors, chunk.competitors);
    move(prescribers, chunk.prescribers);
    move(companies, chunk.companies);
    move(establishments, chunk.establishments);
    move(censusCells, chunk.censusCells);
    move(prospects, chunk.prospects);
    move(defects, chunk.defects);
}

}  // namespace cmcsim
