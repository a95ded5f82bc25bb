#include "cmcsim/sim/Dashboard.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "cmcsim/attempt/PortfolioSight.h"
#include "cmcsim/core/Money.h"
#include "cmcsim/plan/PeriodObjective.h"
#include "cmcsim/reference/ResponseModel.h"

namespace cmcsim {

namespace {
constexpr std::array<const char*, 12> kMonths = {"janvier",   "février", "mars",     "avril",
                                                 "mai",       "juin",    "juillet",  "août",
                                                 "septembre", "octobre", "novembre", "décembre"};

// Euros rounded to the cent: sums of amounts in cents without float noise.
double cents(double eur) {
    return Money::euros(eur).euros();
}

Conversion& row(std::vector<Conversion>& rows, std::map<std::string, std::size_t>& at,
                const std::string& key, const std::string& label) {
    const auto [it, added] = at.emplace(key, rows.size());
    if (added) rows.push_back({key, label});
    return rows[it->second];
}

// Σ premium of the contracts of `portfolio` whose company is not in `lost` (in cents), and their
// loss ratio of the last year weighted by premium (Σ premium × ratio / Σ premium over the
// contracts with a year of history), empty when none has one.
std::pair<Money, std::optional<double>> premiumsAndLossRatio(const Portfolio& portfolio,
                                                             const std::set<std::uint32_t>& lost) {
    Money premiums;
    double rated = 0, claims = 0;
    for (const auto& c : portfolio.contracts) {
        if (lost.contains(c.company)) continue;
        premiums += c.annualPremium;
        if (c.lossRatios.empty()) continue;
        rated += c.annualPremium.euros();
        claims += c.annualPremium.euros() * c.lossRatios.back();
    }
    if (rated <= 0) return {premiums, std::nullopt};
    return {premiums, claims / rated};
}

nlohmann::json orNull(const std::optional<double>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

// The objectives the first `played` weeks of `runs` are compared with: each week played its
// weekly objective in its own plan; each month with a week played its monthly objective in the
// plan of its last week played (a monthly objective may be set until then: PlayedWeeks); the
// weeks and months to come those of the last plan. In an attempt this is the last week's plan's
// objectives, as played weeks' objectives cannot change; a plan with only its own week's
// objective (a test, a script) keeps each week's.
ActionPlan objectivesOf(const std::vector<WeekRun>& runs, std::size_t played,
                        const Scenario& scenario) {
    ActionPlan merged;
    if (played == 0) return merged;
    const auto& last = runs[played - 1];
    std::map<int, std::size_t> lastOfMonth;  // month → its last run played
    for (std::size_t j = 0; j < played; ++j) {
        lastOfMonth[PeriodObjective::monthOf(scenario, runs[j].week)] = j;
        for (const auto& o : runs[j].plan.objectives)
            if (o.week == runs[j].week) merged.objectives.push_back(o);
    }
    for (const auto& o : last.plan.objectives)
        if (o.week > last.week) merged.objectives.push_back(o);
    for (int month = 1; month <= 12; ++month) {
        const auto it = lastOfMonth.find(month);
        const auto& plan = it == lastOfMonth.end() ? last.plan : runs[it->second].plan;
        for (const auto& o : plan.objectives)
            if (o.week == 0 && o.month == month) merged.objectives.push_back(o);
    }
    return merged;
}

// The months (1..12) of weeks 1 to `week`, each once.
std::set<int> monthsSeen(const Scenario& scenario, int week) {
    std::set<int> months;
    for (int w = 1; w <= week; ++w) months.insert(PeriodObjective::monthOf(scenario, w));
    return months;
}

// The months of the weeks played: the whole month's objective against its weeks' results.
std::vector<DashboardMonth> monthsOf(const std::vector<DashboardWeek>& weeks,
                                     const Scenario& scenario, const ActionPlan* plan) {
    std::vector<DashboardMonth> out;
    for (const auto& w : weeks) {
        const int month = PeriodObjective::monthOf(scenario, w.week);
        if (out.empty() || out.back().month != month) {
            DashboardMonth m;
            m.month = month;
            std::tie(m.firstWeek, m.lastWeek) = PeriodObjective::weeksOfMonth(scenario, month);
            for (int x = m.firstWeek; x <= m.lastWeek; ++x)
                m.weeks += PeriodObjective::monthOf(scenario, x) == month;
            m.firstDay = weekStart(scenario, m.firstWeek);
            m.lastDay = weekStart(scenario, m.lastWeek).plusDays(6);
            if (plan) {
                const auto objective = PeriodObjective::ofMonth(*plan, scenario, month);
                m.objectiveContracts = objective.contracts;
                m.objectivePremiumsEur = objective.premiumsEur;
            }
            m.label = fmt::format("{} : semaines {} à {}, du {} au {}",
                                  kMonths[static_cast<std::size_t>(month - 1)], m.firstWeek,
                                  m.lastWeek, m.firstDay.french(), m.lastDay.french());
            out.push_back(std::move(m));
        }
        auto& m = out.back();
        ++m.weeksPlayed;
        m.signatures += w.signatures;
        m.premiumsEur = cents(m.premiumsEur + w.premiumsEur);
    }
    return out;
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
    // The objectives the weeks played are compared with (objectivesOf): in an attempt, those of
    // the last week's plan, since PlayedWeeks refuses to change the objectives of weeks played.
    const auto played = std::min(runs.size(), campaign.weeks().size());
    const auto objectives = objectivesOf(runs, played, scenario);
    const auto* plan = played > 0 ? &objectives : nullptr;
    DashboardWeek cumulative;
    std::set<std::uint32_t> lost;  // clients lost at their renewal so far
    Money premiumsLost;
    std::int64_t due = 0, kept = 0;
    for (std::size_t i = 0; i < campaign.weeks().size(); ++i) {
        const auto& r = campaign.weeks()[i];
        DashboardWeek w;
        w.week = r.week;
        w.start = r.start;
        if (plan) {
            const auto objective = PeriodObjective::ofWeek(*plan, scenario, r.week);
            w.objectiveContracts = objective.contracts;
            w.objectivePremiumsEur = objective.premiumsEur;
            for (const auto& o : plan->objectives)
                if (o.week == r.week) w.dailyCallsObjective = o.dailyCalls;
        }
        w.signatures = r.signatures;
        w.premiumsEur = cents(r.premiumsSignedEur);
        w.meetingsHeld += r.clientMeetings;  // the client meetings run (MeetingLog)
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
                    conversion->premiumsEur = cents(conversion->premiumsEur + s.annualPremiumEur);
                }
            }
        }
        for (const auto& e : r.events) ++(e.reached ? d.eventsReceived : d.eventsMissed);
        for (const auto& renewal : r.renewals) {
            ++w.renewalsDue;
            if (renewal.kept) {
                ++w.renewalsKept;
            } else if (lost.insert(renewal.company).second) {
                // The client leaves with all its contracts (Campaign: a lost client renews no
                // other contract).
                for (const auto* c : campaign.portfolio().of(renewal.company))
                    premiumsLost += c->annualPremium;
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
        w.spentEur = cents(r.spentEur);
        // Up to this week, each month's part computed once, so a whole month adds up to its
        // objective exactly.
        cumulative.cumulativeObjectiveContracts = cumulative.cumulativeObjectivePremiumsEur = 0;
        if (plan)
            for (const int month : monthsSeen(scenario, r.week)) {
                const auto part = PeriodObjective::of(*plan, scenario, [&](int x) {
                    return x <= r.week && PeriodObjective::monthOf(scenario, x) == month;
                });
                cumulative.cumulativeObjectiveContracts += part.contracts;
                cumulative.cumulativeObjectivePremiumsEur =
                    cents(cumulative.cumulativeObjectivePremiumsEur + part.premiumsEur);
            }
        cumulative.cumulativeSignatures += w.signatures;
        cumulative.cumulativePremiumsEur = cents(cumulative.cumulativePremiumsEur + w.premiumsEur);
        w.cumulativeObjectiveContracts = cumulative.cumulativeObjectiveContracts;
        w.cumulativeObjectivePremiumsEur = cumulative.cumulativeObjectivePremiumsEur;
        w.cumulativeSignatures = cumulative.cumulativeSignatures;
        w.cumulativePremiumsEur = cumulative.cumulativePremiumsEur;
        d.signatures += w.signatures;
        d.premiumsSignedEur = cents(d.premiumsSignedEur + w.premiumsEur);
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
    const auto [atStart, ratioAtStart] = premiumsAndLossRatio(campaign.portfolio(), {});
    const auto [now, ratioNow] = premiumsAndLossRatio(campaign.portfolio(), lost);
    d.portfolioPremiumsEur = atStart.euros();
    d.portfolioPremiumsNowEur = now.euros();
    d.premiumsLostEur = premiumsLost.euros();
    d.lossRatioAtStart = ratioAtStart;
    d.lossRatioNow = ratioNow;
    d.months = monthsOf(d.weeks, scenario, plan);
    if (plan) {
        const auto objective = PeriodObjective::ofScenario(*plan, scenario);
        d.planObjectiveContracts = objective.contracts;
        d.planObjectivePremiumsEur = objective.premiumsEur;
    }
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
    auto monthList = nlohmann::json::array();
    for (const auto& m : months)
        monthList.push_back({{"mois", m.month},
                             {"libelle", m.label},
                             {"semaine_debut", m.firstWeek},
                             {"semaine_fin", m.lastWeek},
                             {"du", m.firstDay.iso()},
                             {"au", m.lastDay.iso()},
                             {"semaines_jouees", m.weeksPlayed},
                             {"complet", m.complete()},
                             {"objectif_contrats", m.objectiveContracts},
                             {"objectif_primes_eur", m.objectivePremiumsEur},
                             {"signatures", m.signatures},
                             {"primes_eur", m.premiumsEur}});
    return {
        {"semaines", weekList},
        {"mois", monthList},
        {"objectifs_plan",
         {{"contrats", planObjectiveContracts}, {"primes_eur", planObjectivePremiumsEur}}},
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
