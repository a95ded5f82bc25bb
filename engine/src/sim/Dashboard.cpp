#include "cmcsim/sim/Dashboard.h"

#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "cmcsim/attempt/PortfolioSight.h"
#include "cmcsim/reference/ResponseModel.h"

namespace cmcsim {

namespace {
// Weeks of the scenario whose Monday falls in `month` (1..12) of `year`.
int weeksInMonth(const Scenario& scenario, int year, unsigned month) {
    int n = 0;
    for (int w = 1; w <= scenario.durationWeeks; ++w) {
        const Date d = weekStart(scenario, w);
        if (d.year() == year && d.month() == month) ++n;
    }
    return n;
}

Conversion& row(std::vector<Conversion>& rows, std::map<std::string, std::size_t>& at,
                const std::string& key, const std::string& label) {
    const auto [it, added] = at.emplace(key, rows.size());
    if (added) rows.push_back({key, label});
    return rows[it->second];
}

// Σ premium of the contracts of `portfolio` whose company is not in `lost`, and their loss ratio
// of the last year weighted by premium (Σ premium × ratio / Σ premium over the contracts with a
// year of history), empty when none has one.
std::pair<double, std::optional<double>> premiumsAndLossRatio(const Portfolio& portfolio,
                                                              const std::set<std::uint32_t>& lost) {
    double premiums = 0, rated = 0, claims = 0;
    for (const auto& c : portfolio.contracts) {
        if (lost.contains(c.company)) continue;
        const double premium = c.annualPremium.euros();
        premiums += premium;
        if (c.lossRatios.empty()) continue;
        rated += premium;
        claims += premium * c.lossRatios.back();
    }
    if (rated <= 0) return {premiums, std::nullopt};
    return {premiums, claims / rated};
}

nlohmann::json orNull(const std::optional<double>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json conversions(const std::vector<Conversion>& rows) {
    auto list = nlohmann::json::array();
    for (const auto& c : rows)
        list.push_back({{"cle", c.key},
                        {"libelle", c.label},
                        {"contacts", c.contacts},
                        {"joints", c.reached},
                        {"rendez_vous", c.meetings},
                        {"propositions", c.proposals},
                        {"signatures", c.signatures},
                        {"primes_eur", c.premiumsEur}});
    return list;
}
}  // namespace

Dashboard Dashboard::of(const Campaign& campaign, const std::vector<WeekRun>& runs) {
    return of(campaign, runs, PortfolioSight::after(runs));
}

Dashboard Dashboard::of(const Campaign& campaign, const AttemptState& state) {
    return of(campaign, state.weekRuns(), PortfolioSight::now(state));
}

Dashboard Dashboard::of(const Campaign& campaign, const std::vector<WeekRun>& runs,
                        bool portfolioKnown) {
    auto d = played(campaign, runs);
    d.portfolioKnown = portfolioKnown;
    if (!portfolioKnown) d.hidePortfolio();
    return d;
}

void Dashboard::hidePortfolio() {
    clientsAtStart = renewalsDue = renewalsKept = renewalsLost = 0;
    retentionRate.reset();
    portfolioPremiumsEur = portfolioPremiumsNowEur = premiumsLostEur = 0;
    lossRatioAtStart.reset();
    lossRatioNow.reset();
    for (auto& w : weeks) {
        w.renewalsDue = w.renewalsKept = w.reviews = 0;
        w.cumulativeRetentionRate.reset();
        w.lossRatio.reset();
    }
}

Dashboard Dashboard::played(const Campaign& campaign, const std::vector<WeekRun>& runs) {
    const auto& scenario = campaign.scenario();
    Dashboard d;
    d.policyContracts = scenario.policy.newContracts;
    d.policyPremiumsEur = scenario.policy.annualPremiumEur;
    std::map<std::string, std::size_t> channelAt, segmentAt;
    std::map<std::string, std::string> segmentOf, segmentName;  // action → segment, id → name
    for (const auto& run : runs) {
        for (const auto& a : run.plan.actions) segmentOf[a.id] = a.segmentId;
        for (const auto& s : run.segments) segmentName[s.id] = s.name;
    }
    const auto channelRow = [&](std::uint8_t channel) -> Conversion& {
        const std::string code(kResponseChannels[channel]);
        return row(d.byChannel, channelAt, code,
                   channel < 7 ? actionKindLabel(static_cast<ActionKind>(channel))
                               : "Introduction par un prescripteur");
    };
    const auto segmentRow = [&](const std::string& id) -> Conversion& {
        const auto name = segmentName.find(id);
        return row(d.bySegment, segmentAt, id,
                   id.empty() ? "Hors segment" : (name == segmentName.end() ? id : name->second));
    };
    DashboardWeek cumulative;
    std::set<std::uint32_t> lost;  // clients lost at their renewal so far
    std::int64_t due = 0, kept = 0;
    for (std::size_t i = 0; i < campaign.weeks().size(); ++i) {
        const auto& r = campaign.weeks()[i];
        DashboardWeek w;
        w.week = r.week;
        w.start = r.start;
        if (i < runs.size())
            for (const auto& o : runs[i].plan.objectives) {
                const bool weekly = o.week == r.week;
                const bool monthly = o.week == 0 && o.month == static_cast<int>(r.start.month());
                const int share =
                    monthly ? weeksInMonth(scenario, r.start.year(), r.start.month()) : 1;
                if (!weekly && !monthly) continue;
                w.objectiveContracts += static_cast<double>(o.newContracts) / share;
                w.objectivePremiumsEur += o.premiumsEur / share;
                if (weekly) w.dailyCallsObjective = o.dailyCalls;
            }
        w.signatures = r.signatures;
        w.premiumsEur = r.premiumsSignedEur;
        for (const auto& c : r.contacts) {
            if (c.channel == static_cast<int>(ActionKind::CallSequence)) ++w.calls;
            if (c.channel == static_cast<int>(ActionKind::Mailing)) ++w.mailings;
            if (c.channel == static_cast<int>(ActionKind::Emailing)) ++w.emailings;
            if (c.channel == static_cast<int>(ActionKind::PortfolioReview)) ++w.reviews;
            if (c.meetingBooked) ++w.meetingsBooked;
            for (auto* conversion : {&channelRow(c.channel), &segmentRow(segmentOf[c.action])}) {
                ++conversion->contacts;
                if (c.reached) ++conversion->reached;
                if (c.meetingBooked) ++conversion->meetings;
            }
        }
        for (const auto& x : r.executions)
            if ((x.channel == static_cast<int>(ActionKind::TradeShow) ||
                 x.channel == static_cast<int>(ActionKind::PrescriberEvent)) &&
                x.contacts > 0)
                ++w.events;
        for (const auto& s : r.steps) {
            if (s.stage == FunnelStage::Discovery) ++w.meetingsHeld;
            const auto& p = campaign.progress().at(s.company);
            for (auto* conversion : {&channelRow(p.channel), &segmentRow(p.segment)}) {
                if (s.stage == FunnelStage::Proposal) ++conversion->proposals;
                if (s.stage == FunnelStage::Signed) {
                    ++conversion->signatures;
                    conversion->premiumsEur += s.annualPremiumEur;
                }
            }
        }
        for (const auto& e : r.events) ++(e.reached ? d.eventsReceived : d.eventsMissed);
        for (const auto& renewal : r.renewals) {
            ++w.renewalsDue;
            if (renewal.kept) {
                ++w.renewalsKept;
            } else {
                lost.insert(renewal.company);
                d.premiumsLostEur += renewal.annualPremiumEur;
            }
        }
        due += w.renewalsDue;
        kept += w.renewalsKept;
        if (due > 0)
            w.cumulativeRetentionRate = static_cast<double>(kept) / static_cast<double>(due);
        w.lossRatio = premiumsAndLossRatio(campaign.portfolio(), lost).second;
        w.introductions = r.introductions;
        w.callsPerDay = static_cast<double>(w.calls) / 5;
        w.hours = r.hoursUsed;
        w.capacityHours = r.capacityHours;
        w.spentEur = r.spentEur;
        cumulative.cumulativeObjectiveContracts += w.objectiveContracts;
        cumulative.cumulativeObjectivePremiumsEur += w.objectivePremiumsEur;
        cumulative.cumulativeSignatures += w.signatures;
        cumulative.cumulativePremiumsEur += w.premiumsEur;
        w.cumulativeObjectiveContracts = cumulative.cumulativeObjectiveContracts;
        w.cumulativeObjectivePremiumsEur = cumulative.cumulativeObjectivePremiumsEur;
        w.cumulativeSignatures = cumulative.cumulativeSignatures;
        w.cumulativePremiumsEur = cumulative.cumulativePremiumsEur;
        d.signatures += w.signatures;
        d.premiumsSignedEur += w.premiumsEur;
        d.introductions += w.introductions;
        d.weeks.push_back(w);
    }
    d.funnel[static_cast<std::size_t>(FunnelStage::ToContact)] = campaign.toContact();
    for (const auto& [company, p] : campaign.progress())
        if (p.stage != FunnelStage::ToContact) ++d.funnel[static_cast<std::size_t>(p.stage)];
    std::set<std::uint32_t> clients;
    for (const auto& c : campaign.portfolio().contracts) clients.insert(c.company);
    d.clientsAtStart = static_cast<std::int64_t>(clients.size());
    d.renewalsDue = due;
    d.renewalsKept = kept;
    d.renewalsLost = due - kept;
    if (due > 0) d.retentionRate = static_cast<double>(kept) / static_cast<double>(due);
    std::tie(d.portfolioPremiumsEur, d.lossRatioAtStart) =
        premiumsAndLossRatio(campaign.portfolio(), {});
    std::tie(d.portfolioPremiumsNowEur, d.lossRatioNow) =
        premiumsAndLossRatio(campaign.portfolio(), lost);
    return d;
}

nlohmann::json Dashboard::toJson() const {
    // A portfolio count, null while the portfolio is hidden.
    const auto shown = [this](std::int64_t n) {
        return portfolioKnown ? nlohmann::json(n) : nlohmann::json(nullptr);
    };
    auto weekList = nlohmann::json::array();
    for (const auto& w : weeks)
        weekList.push_back({{"semaine", w.week},
                            {"debut", w.start.iso()},
                            {"objectif_contrats", w.objectiveContracts},
                            {"objectif_primes_eur", w.objectivePremiumsEur},
                            {"signatures", w.signatures},
                            {"primes_eur", w.premiumsEur},
                            {"cumul_objectif_contrats", w.cumulativeObjectiveContracts},
                            {"cumul_objectif_primes_eur", w.cumulativeObjectivePremiumsEur},
                            {"cumul_signatures", w.cumulativeSignatures},
                            {"cumul_primes_eur", w.cumulativePremiumsEur},
                            {"activite",
                             {{"appels", w.calls},
                              {"courriers", w.mailings},
                              {"courriels", w.emailings},
                              {"rendez_vous_pris", w.meetingsBooked},
                              {"rendez_vous_tenus", w.meetingsHeld},
                              {"evenements", w.events},
                              {"revues", w.reviews},
                              {"introductions", w.introductions}}},
                            {"objectif_appels_jour", w.dailyCallsObjective},
                            {"appels_par_jour", w.callsPerDay},
                            {"heures", w.hours},
                            {"capacite_heures", w.capacityHours},
                            {"depenses_eur", w.spentEur},
                            {"echeances", shown(w.renewalsDue)},
                            {"conserves", shown(w.renewalsKept)},
                            {"cumul_taux_conservation", orNull(w.cumulativeRetentionRate)},
                            {"sinistres_sur_primes", orNull(w.lossRatio)}});
    auto stages = nlohmann::json::object();
    for (std::size_t s = 0; s < funnel.size(); ++s)
        stages[funnelStageCode(static_cast<FunnelStage>(s))] = funnel[s];
    return {
        {"semaines", weekList},
        {"entonnoir", stages},
        {"conversion_par_canal", conversions(byChannel)},
        {"conversion_par_segment", conversions(bySegment)},
        {"signatures", signatures},
        {"primes_signees_eur", premiumsSignedEur},
        {"objectifs_mutuelle", {{"contrats", policyContracts}, {"primes_eur", policyPremiumsEur}}},
        // Hidden before the portfolio extract is bought (PortfolioSight).
        {"portefeuille",
         !portfolioKnown
             ? nlohmann::json(nullptr)
             : nlohmann::json{{"clients_au_depart", clientsAtStart},
                              {"echeances", renewalsDue},
                              {"conserves", renewalsKept},
                              {"perdus", renewalsLost},
                              {"taux_conservation", orNull(retentionRate)},
                              {"primes_au_depart_eur", portfolioPremiumsEur},
                              {"primes_en_cours_eur", portfolioPremiumsNowEur},
                              {"primes_perdues_eur", premiumsLostEur},
                              {"sinistres_sur_primes_au_depart", orNull(lossRatioAtStart)},
                              {"sinistres_sur_primes", orNull(lossRatioNow)}}},
        {"veille", {{"recus", eventsReceived}, {"manques", eventsMissed}}},
        {"introductions", introductions}};
}

}  // namespace cmcsim
