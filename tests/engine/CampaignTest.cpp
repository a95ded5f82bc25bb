#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <set>

#include "TestCampaigns.h"
#include "cmcsim/plan/PlanCalendar.h"
#include "cmcsim/sim/Dashboard.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {
// Every answer of a campaign, by (week, action, company).
using Answers = std::map<std::tuple<int, std::string, std::uint32_t>, ContactAnswer>;

Answers answersOf(const Campaign& campaign) {
    Answers answers;
    for (const auto& w : campaign.weeks())
        for (const auto& c : w.contacts) answers[{w.week, c.action, c.company}] = c;
    return answers;
}

bool same(const ContactAnswer& x, const ContactAnswer& y) {
    return x.reached == y.reached && x.interested == y.interested &&
           x.meetingBooked == y.meetingBooked && x.callback == y.callback &&
           x.refusal == y.refusal && x.warm == y.warm;
}

Campaign runBusy(int weeks, const std::function<void(WeekRun&)>& change = {}) {
    auto campaign = rouenCampaign();
    for (int w = 1; w <= weeks; ++w) {
        auto run = busyWeek(w, weeks);
        if (change) change(run);
        campaign.runWeek(run);
    }
    return campaign;
}
}  // namespace

TEST(Campaign, SamePlanSameWeeksSameResults) {
    const auto a = runBusy(8), b = runBusy(8);
    const auto x = answersOf(a), y = answersOf(b);
    ASSERT_EQ(x.size(), y.size());
    ASSERT_GT(x.size(), 1000u);
    for (const auto& [key, answer] : x) EXPECT_TRUE(same(answer, y.at(key)));
    EXPECT_EQ(Dashboard::of(a, {}).toJson(), Dashboard::of(b, {}).toJson());
}

// An extra appointment action on one company A (named by SIRET, with hours to spare) changes
// nothing of what any other company answered, nor when: A is outside every other action's
// targets (not in sections I or F, the e-mails to the whole file left out of both runs), has no
// prescriber and is not a client.
TEST(Campaign, OneMoreActionOnALeavesBUnchanged) {
    const auto& market = rouenMarket();
    std::uint32_t a = 0;
    for (; a < market.companies.size(); ++a) {
        const auto& c = market.companies[a];
        const auto section =
            reference().naf.codes()[market.establishments[c.firstEstablishment].naf].section;
        if (section != 'I' && section != 'F' && c.accountant < 0 && c.broker < 0 &&
            c.health.insurer != 0 && c.provident.insurer != 0)
            break;
    }
    ASSERT_LT(a, market.companies.size());
    // Without the reviews either, and at 48 h a week, every action fits in its week (at most
    // 14 + 15.5 + 2.5 = 32 h by the cost model): no cut moves another company's contacts.
    const auto withoutEmails = [](WeekRun& run) {
        std::erase_if(run.plan.actions, [](const PlannedAction& x) {
            return x.id == "courriel-tous" || x.id == "revues";
        });
        run.plan.weeklyCapacityHours = 48;
    };
    const auto plain = runBusy(6, withoutEmails);
    const auto extra = runBusy(6, [&](WeekRun& run) {
        withoutEmails(run);
        auto rdv = action("rdv-a", ActionKind::Appointment, "", 1, 6, 1, 0, 1);
        rdv.sirets = {market.establishments[market.companies[a].firstEstablishment].siret};
        run.plan.actions.push_back(rdv);
    });
    const auto before = answersOf(plain), after = answersOf(extra);
    std::size_t compared = 0;
    for (const auto& [key, answer] : before) {
        ASSERT_NE(std::get<2>(key), a);
        const auto it = after.find(key);
        ASSERT_NE(it, after.end());
        EXPECT_TRUE(same(answer, it->second));
        ++compared;
    }
    EXPECT_GT(compared, 1000u);
    // A's own contacts are the only ones added.
    std::size_t ofA = 0;
    for (const auto& [key, answer] : after) ofA += std::get<2>(key) == a;
    EXPECT_GT(ofA, 0u);
    EXPECT_EQ(after.size(), before.size() + ofA);
}

// The busy plan costs 4.8 + 4 + 2.8 + 22.5 + 2.4 = 36.5 h a week by the model
// (datasets/couts_actions.csv: 60 calls × 0.08 h, 100 letters × 0.02 h + 2 h, 400 e-mails ×
// 0.002 h + 2 h, 15 reviews × 1.5 h, 30 calls × 0.08 h; 15.5 h more in weeks 3–4, 22 h in week
// 10) and 395 € a week, whatever hours and budget it declares; over 52 weeks at 26 h a week
// (less in weeks with a public holiday) and 8,000 € the actions after the capacity is used are
// cut and carried, the budget runs out, and neither is ever overrun. Each execution is charged
// the model's cost of the contacts it made, within the kind's weekly ceiling.
TEST(Campaign, CapacityAndBudgetAreNeverOverrun) {
    auto campaign = rouenCampaign();
    const auto& costs = reference().actionCosts;
    double spent = 0;
    bool cut = false, carried = false, short_of_money = false;
    for (int w = 1; w <= 52; ++w) {
        auto run = busyWeek(w, 52);
        run.budgetEur = 8000;
        run.plan.weeklyCapacityHours = 26;
        const auto& r = campaign.runWeek(run);
        EXPECT_LE(r.capacityHours, 26 + 1e-9);
        EXPECT_LE(r.hoursUsed, r.capacityHours + 1e-9) << "semaine " << w;
        spent += r.spentEur;
        EXPECT_LE(spent, 8000 + 1e-9) << "semaine " << w;
        for (const auto& x : r.executions) {
            const auto& k = costs.of(static_cast<ActionKind>(x.channel));
            EXPECT_LE(x.hours, x.plannedHours + 1e-9);
            EXPECT_LE(x.contacts, x.plannedContacts);
            EXPECT_LE(x.contacts, k.maxContactsPerWeek);
            EXPECT_EQ(x.contacts + x.carried + x.dropped, x.plannedContacts) << x.action;
            const auto n = static_cast<double>(x.contacts);
            EXPECT_NEAR(x.hours, x.contacts ? k.fixedHoursPerWeek + n * k.hoursPerContact : 0, 1e-9)
                << x.action << " semaine " << w;
            EXPECT_GE(x.costEur + 0.005, n * k.eurPerContact) << x.action;
            cut |= x.limit == "capacité de la semaine atteinte";
            short_of_money |= x.limit == "budget épuisé";
            carried |= x.carried > 0;
        }
    }
    EXPECT_TRUE(cut);
    EXPECT_TRUE(short_of_money);
    EXPECT_TRUE(carried);
}

// One call sequence to the whole file declared at 0 h and 0 €, with 100,000 calls a week: the
// week makes what its capacity allows at 0.08 h a call (10 h → 125 calls, 8 h in a week with a
// public holiday → 100), what 20 € allow at 0.50 € a call (40), and never more than the kind's
// ceiling of 300 calls; the rest is carried, the part over the ceiling dropped.
TEST(Campaign, AnActionDeclaredAtNoCostIsChargedTheModelsCost) {
    const auto weekOne = [](double capacity, double budget) {
        auto campaign = rouenCampaign();
        auto run = busyWeek(1, 4);
        run.plan.actions = {
            action("appels", ActionKind::CallSequence, "tous", 1, 4, 0, 0, 100'000)};
        run.plan.weeklyCapacityHours = capacity;
        run.budgetEur = budget;
        return campaign.runWeek(run).executions.front();
    };
    const PlanCalendar calendar(rouenScenario(), 10);
    const double capacity = calendar.week(1)->capacityHours;  // 10 h × working days / 5
    const auto byTime = weekOne(10, 40'000);
    EXPECT_EQ(byTime.contacts, static_cast<std::int64_t>(std::floor(capacity / 0.08 + 1e-9)));
    EXPECT_LE(byTime.hours, capacity + 1e-9);
    EXPECT_NEAR(byTime.costEur, 0.5 * static_cast<double>(byTime.contacts), 1e-9);
    EXPECT_EQ(byTime.limit, "capacité de la semaine atteinte");
    EXPECT_EQ(byTime.carried, 300 - byTime.contacts);
    EXPECT_EQ(byTime.dropped, 100'000 - 300);
    const auto byMoney = weekOne(35, 20);
    EXPECT_EQ(byMoney.contacts, 40);
    EXPECT_NEAR(byMoney.costEur, 20, 1e-9);
    EXPECT_EQ(byMoney.limit, "budget épuisé");
    const auto byCeiling = weekOne(48, 40'000);
    EXPECT_EQ(byCeiling.contacts, 300);
    EXPECT_NEAR(byCeiling.hours, 24, 1e-9);  // 300 × 0.08 h
    EXPECT_EQ(byCeiling.limit, "plafond de 300 appels par semaine");
    EXPECT_EQ(byCeiling.dropped, 100'000 - 300);
}

TEST(Campaign, RefusesWeeksOutOfOrder) {
    auto campaign = rouenCampaign();
    EXPECT_THROW(campaign.runWeek(busyWeek(2, 4)), std::invalid_argument);
}

// Over a year every kind of market-watch event is generated and, with the competitor study and
// a segment of the whole file followed, reaches the candidate; a client threatened by a
// resignation notice or a claims drift and never reviewed is lost at its renewal.
TEST(Campaign, EveryEventKindReachesTheCandidateAndHitsThePortfolio) {
    auto campaign = rouenCampaign();
    std::set<MarketEventKind> reached;
    std::set<std::uint32_t> threatened;
    for (int w = 1; w <= 52; ++w) {
        auto run = busyWeek(w, 52);
        std::erase_if(run.plan.actions,
                      [](const PlannedAction& a) { return a.kind == ActionKind::PortfolioReview; });
        const auto& r = campaign.runWeek(run);
        for (const auto& e : r.events) {
            if (e.reached) reached.insert(e.kind);
            if (e.threat) threatened.insert(static_cast<std::uint32_t>(e.company));
        }
        for (const auto& n : r.renewals)
            if (threatened.contains(n.company)) {
                EXPECT_FALSE(n.kept);
                EXPECT_NE(n.reason.find("sans revue"), std::string::npos) << n.reason;
            }
    }
    for (int k = 0; k <= static_cast<int>(kLastMarketEventKind); ++k)
        EXPECT_TRUE(reached.contains(static_cast<MarketEventKind>(k)))
            << marketEventCode(static_cast<MarketEventKind>(k));
    EXPECT_GT(campaign.clientsLost(), 0);
}

// The pipeline runs end to end: meetings booked are held, proposals made and some signed, with
// the annual premium of the company's current contract or the model's default.
TEST(Campaign, MeetingsResolveIntoSignaturesAndLosses) {
    const auto campaign = runBusy(20);
    const auto dashboard = Dashboard::of(campaign, {});
    EXPECT_GT(dashboard.funnel[static_cast<std::size_t>(FunnelStage::Signed)], 0);
    EXPECT_GT(dashboard.funnel[static_cast<std::size_t>(FunnelStage::Lost)], 0);
    EXPECT_GT(dashboard.signatures, 0);
    EXPECT_GT(dashboard.premiumsSignedEur, 0);
    for (const auto& [company, p] : campaign.progress())
        if (p.stage == FunnelStage::Signed) {
            EXPECT_GT(p.annualPremiumEur, 0);
        }
}

// Prescriber events animate accounting firms, which introduce some of their clients.
TEST(Campaign, AnimatedPrescribersIntroduceCompanies) {
    const auto campaign = runBusy(10);
    std::int64_t introductions = 0;
    for (const auto& w : campaign.weeks()) introductions += w.introductions;
    EXPECT_GT(introductions, 0);
}

TEST(Dashboard, AddsUpTheWeeksAgainstTheObjectives) {
    auto campaign = rouenCampaign();
    std::vector<WeekRun> runs;
    for (int w = 1; w <= 6; ++w) {
        runs.push_back(busyWeek(w, 6));
        campaign.runWeek(runs.back());
    }
    const auto d = Dashboard::of(campaign, runs);
    ASSERT_EQ(d.weeks.size(), 6u);
    // busyWeek: one contract and 5,000 € a week, 12 calls a day.
    EXPECT_DOUBLE_EQ(d.weeks[5].cumulativeObjectiveContracts, 6);
    EXPECT_DOUBLE_EQ(d.weeks[5].cumulativeObjectivePremiumsEur, 30'000);
    EXPECT_EQ(d.weeks[0].dailyCallsObjective, 12);
    std::int64_t calls = 0;
    for (const auto& c : campaign.weeks()[0].contacts) calls += c.channel == 0;
    EXPECT_EQ(d.weeks[0].calls, calls);
    std::int64_t contacts = 0;
    for (const auto& c : d.byChannel) contacts += c.contacts;
    std::size_t all = 0;
    for (const auto& w : campaign.weeks()) all += w.contacts.size();
    EXPECT_EQ(contacts, static_cast<std::int64_t>(all));
    const auto json = d.toJson();
    EXPECT_EQ(json["semaines"].size(), 6u);
    EXPECT_TRUE(json.contains("entonnoir"));
}
