#include "cmcsim/needs/CompanyNeeds.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "NeedsObjections.h"
#include "WorkforceMix.h"
#include "cmcsim/core/KeyedRandom.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

namespace {
double clamp01(double x) {
    return std::clamp(x, 0.0, 1.0);
}
double cents(double euros) {
    return std::round(euros * 100.0) / 100.0;
}
double hundredths(double x) {
    return std::round(x * 100.0) / 100.0;
}

// Who weighs in and how much: the dirigeant always (the signer), the others by the size band's
// and the role's presence; weights drawn around the file's and normalised to sum 1.
std::vector<DecisionMaker> drawDecisionMakers(const NeedsModel& m, const Company& c,
                                              std::uint64_t seed) {
    KeyedRandom random(seed, Purpose("besoins.decideurs"), c.siren);
    const auto band = std::min<std::size_t>(c.sizeBand, 7);
    // Every draw made whatever the outcome, so that one parameter moves only its own role.
    const double uHr = random.uniform(), uCse = random.uniform(), uAccountant = random.uniform(),
                 uBroker = random.uniform();
    std::array<double, kDecisionRoles.size()> spread{};
    for (auto& s : spread) s = random.logNormal(1.0, m.influenceSpread);
    const std::array<bool, kDecisionRoles.size()> present = {
        true, uHr < m.hrPresence[band],
        // The CSE exists from 11 employees (C. trav. L2311-2).
        c.headcount >= 11 && uCse < m.csePresence[band],
        c.accountant >= 0 && uAccountant < m.prescriberPresence[3],
        c.broker >= 0 && uBroker < m.prescriberPresence[4]};
    std::vector<DecisionMaker> makers;
    double total = 0;
    for (std::size_t r = 0; r < kDecisionRoles.size(); ++r) {
        if (!present[r]) continue;
        const double weight = (r == 0 ? m.ownerWeight[band] : m.roleWeight[r]) * spread[r];
        makers.push_back({std::string(kDecisionRoles[r]), weight, {}});
        total += weight;
    }
    for (auto& d : makers)
        d.influence = total > 0 ? d.influence / total : 1.0 / static_cast<double>(makers.size());
    return makers;
}

// What each employee group values, from the census shares (a linear model of the file's
// weights, spread and clamped to 0..1).
CoverPriorities drawPriorities(const NeedsModel& m, const WorkforceMix& w, const Company& c,
                               std::uint64_t seed) {
    KeyedRandom random(seed, Purpose("besoins.priorites"), c.siren);
    const std::array<double, kPriorityFactors.size()> x = {
        1,       w.children, w.dependants, w.seniors,
        w.young, w.women,    w.cadres,     c.headcount >= 50 ? 1.0 : 0.0};
    std::array<double, kPriorityItems.size()> value{};
    for (std::size_t i = 0; i < kPriorityItems.size(); ++i) {
        double v = 0;
        for (std::size_t f = 0; f < x.size(); ++f) v += m.priorities[i][f] * x[f];
        value[i] = hundredths(clamp01(v + m.prioritySpread * random.normal()));
    }
    return {value[0], value[1], value[2], value[3], value[4], value[5]};
}

// The échéance the decision is for, and the decision date (domain-facts J.3 and C.7).
void drawCalendar(CompanyNeeds& n, const NeedsModel& m, const Company& c, Date start,
                  std::uint64_t seed) {
    KeyedRandom random(seed, Purpose("besoins.calendrier"), c.siren);
    const auto beforeNotice =
        static_cast<int>(random.between(m.decisionWeeksMin, m.decisionWeeksMax));
    const auto open = static_cast<int>(random.between(m.openWeeksMin, m.openWeeksMax));
    const bool ria = random.uniform() < m.riaShare;
    const Coverage* cover = c.health.insurer >= 0      ? &c.health
                            : c.provident.insurer >= 0 ? &c.provident
                                                       : nullptr;
    const Date earliest = start.plusDays(7 * m.minimumLeadWeeks);
    if (!cover) {
        n.decisionDate = start.plusDays(7 * open);
        return;
    }
    n.renewal = cover->renewal;
    n.decisionDate =
        CompanyNeeds::noticeDeadline(n.renewal, n.noticeMonths).plusDays(-7 * beforeNotice);
    if (n.decisionDate >= earliest) return;
    if (n.covered && ria) {  // health may be terminated at any time after a year (RIA)
        n.decisionDate = start.plusDays(7 * open);
        return;
    }
    while (n.decisionDate < earliest) {
        n.renewal = Date::fromCivil(n.renewal.year() + 1, n.renewal.month(), n.renewal.day());
        n.decisionDate =
            CompanyNeeds::noticeDeadline(n.renewal, n.noticeMonths).plusDays(-7 * beforeNotice);
    }
}

// The dissatisfactions with the current health insurer: each code drawn with the probability
// weight × driver (service: 1 − satisfaction; price: the mean of 1 − satisfaction and the price
// sensitivity; a care item: its priority × the levels missing above the current one / 3).
std::vector<std::string> drawDissatisfactions(const NeedsModel& m, const CompanyNeeds& n,
                                              const Company& c, std::uint64_t seed) {
    std::vector<std::string> found;
    if (!n.covered) return found;
    KeyedRandom random(seed, Purpose("besoins.insatisfactions"), c.siren);
    const double unsatisfied = 1.0 - c.health.satisfaction;
    const double missing = (4.0 - c.health.level) / 3.0;
    const std::array<double, kDissatisfactionDrivers.size()> driver = {
        unsatisfied, (unsatisfied + n.priceSensitivity) / 2, n.priorities.optics * missing,
        n.priorities.dental * missing, n.priorities.hospital * missing};
    for (const auto& d : m.dissatisfactions)
        if (random.uniform() < d.weight * driver[d.driver]) found.push_back(d.code);
    return found;
}

// The branch agreement's rules in force on `date`, in French ("" without an agreement).
std::string describeBranch(const ReferenceData& ref, const Market& market, const Company& c,
                           Date date) {
    if (c.idcc < 0) return "";
    const auto& agreement = ref.idcc.agreements().at(static_cast<std::size_t>(c.idcc));
    const auto& branches = ref.offers.branches;
    const auto title =
        "IDCC " + agreement.idcc + " (" + IdccCatalogue::shortTitle(agreement.title) + ")";
    if (!branches.knows(agreement.idcc))
        return title + " : convention non recensée, garanties minimales à vérifier";
    bool alsaceMoselle = false;
    for (std::uint32_t e = 0; e < c.establishmentCount; ++e) {
        const auto& d = ref.geography.communes()
                            .at(market.establishments.at(c.firstEstablishment + e).commune)
                            .departement;
        alsaceMoselle = alsaceMoselle || d == "57" || d == "67" || d == "68";
    }
    const double pmss = ref.regulation.inForce(date.year(), "pmss");
    std::string text, group;
    for (const auto* rule : branches.inForce(agreement.idcc, date)) {
        // One heading per domain and population, as the diagnosis groups them.
        const auto heading = rule->domainLabel() + " (" + rule->populationLabel() + ")";
        text += (text.empty()       ? title + " : "
                 : heading == group ? " ; "
                                    : " — ") +
                (heading == group ? "" : heading + " : ") + rule->describe(alsaceMoselle, pmss);
        group = heading;
    }
    return text;
}
}  // namespace

Date CompanyNeeds::noticeDeadline(Date renewal, int noticeMonths) {
    int month = static_cast<int>(renewal.month()) - noticeMonths;
    int year = renewal.year();
    while (month < 1) {
        month += 12;
        --year;
    }
    return Date::fromCivil(year, static_cast<unsigned>(month), std::min(renewal.day(), 28u))
        .plusDays(-1);
}

const DecisionMaker* CompanyNeeds::decisionMaker(const std::string& role) const {
    const auto it = std::find_if(decisionMakers.begin(), decisionMakers.end(),
                                 [&](const DecisionMaker& d) { return d.role == role; });
    return it == decisionMakers.end() ? nullptr : &*it;
}

CompanyNeeds CompanyNeeds::of(const Market& market, const ReferenceData& reference,
                              const Scenario& scenario, std::uint64_t seed, std::uint32_t index) {
    const auto& c = market.companies.at(index);
    const auto& m = reference.needs;
    const auto band = std::min<std::size_t>(c.sizeBand, 7);
    const auto workforce = WorkforceMix::of(market, c);
    CompanyNeeds n;
    n.company = index;
    n.covered = c.health.insurer >= 0;
    n.noticeMonths = m.noticeMonths;
    n.decisionMakers = drawDecisionMakers(m, c, seed);

    // Budget and price sensitivity, against the current premium (or the market's average).
    KeyedRandom money(seed, Purpose("besoins.budget"), c.siren);
    const double premium = n.covered ? c.health.monthlyPremium.euros() : m.marketPremiumEur;
    const double sensitivityNoise = money.normal(), budgetNoise = money.normal();
    n.priceSensitivity =
        hundredths(clamp01(m.priceSensitivity[band] + m.sensitivitySpread * sensitivityNoise +
                           m.sensitivityPremium * (premium / m.marketPremiumEur - 1.0)));
    n.budgetEurPerEmployeeMonth =
        cents(premium * m.employerShare * (1.0 + m.expectedRise) * m.budgetRatio *
              (1.0 - m.budgetSensitivity * (n.priceSensitivity - 0.5)) *
              std::exp(m.budgetSpread * budgetNoise));

    n.priorities = drawPriorities(m, workforce, c, seed);
    const auto& p = n.priorities;
    const double care = (p.optics + p.dental + p.hospital + p.alternativeMedicine) / 4.0;
    const int base = n.covered ? c.health.level : m.levelWithoutContract;
    n.wantedLevel = std::clamp(
        static_cast<int>(std::lround(base + m.levelPriorities * (care - m.levelNeutralPriority) -
                                     m.levelSensitivity * (n.priceSensitivity - 0.5))),
        1, 4);

    KeyedRandom situation(seed, Purpose("besoins.situation"), c.siren);
    const double uProvident = situation.uniform(), uDue = situation.uniform();
    n.providentWanted = workforce.cadreCount > 0 && c.provident.insurer < 0
                            ? uProvident < m.providentCadresUncovered
                            : uProvident < m.providentInterest[band];
    n.pendingDue = uDue < (n.covered ? m.pendingDue[band] : m.dueUncovered);

    drawCalendar(n, m, c, scenario.startDate, seed);
    n.dissatisfactions = drawDissatisfactions(m, n, c, seed);
    n.branchRegime = describeBranch(reference, market, c, scenario.startDate);
    assignObjections(n, reference.objections, m, c, workforce.cadreCount, seed);
    return n;
}

}  // namespace cmcsim
