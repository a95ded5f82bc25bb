#include "cmcsim/sim/Campaign.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <utility>

#include "cmcsim/market/PolicySegments.h"
#include "cmcsim/market/PortfolioBuilder.h"
#include "cmcsim/plan/PlanCalendar.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/sim/ActionTargets.h"

namespace cmcsim {

namespace {
bool inPipeline(FunnelStage s) {
    return s == FunnelStage::Meeting || s == FunnelStage::Discovery || s == FunnelStage::Proposal ||
           s == FunnelStage::Negotiation;
}
}  // namespace

Campaign::Campaign(const Scenario& scenario, const ReferenceData& reference, const Market& market,
                   Portfolio portfolio, std::uint64_t seed)
    : scenario_(&scenario),
      reference_(&reference),
      market_(&market),
      portfolio_(std::move(portfolio)),
      respondent_(reference.response, seed),
      targets_(std::make_unique<ActionTargets>(market, reference)),
      targeted_(market.companies.size(), 0),
      animatedUntil_(market.prescribers.size(), 0),
      raisedWeek_(market.competitors.size(), 0) {
    for (std::size_t i = 0; i < portfolio_.contracts.size(); ++i)
        clientContract_.emplace(portfolio_.contracts[i].company, i);
    watch_ = std::make_unique<MarketWatch>(scenario, market, portfolio_, respondent_);
}

Campaign::~Campaign() = default;
Campaign::Campaign(Campaign&&) noexcept = default;

bool Campaign::isClient(std::uint32_t company) const {
    return clientContract_.contains(company) && !lostClients_.contains(company);
}

const CompanyProgress* Campaign::wonBy(std::uint32_t company) const {
    const auto p = progress_.find(company);
    return p != progress_.end() && p->second.stage == FunnelStage::Signed &&
                   clientContract_.contains(company)
               ? &p->second
               : nullptr;
}

std::int64_t Campaign::toContact() const {
    std::int64_t n = 0;
    for (std::uint32_t c = 0; c < targeted_.size(); ++c) {
        if (!targeted_[c]) continue;
        const auto it = progress_.find(c);
        if (it == progress_.end() || it->second.stage == FunnelStage::ToContact) ++n;
    }
    return n;
}

double Campaign::annualPremium(const Company& company) const {
    const double monthly = company.health.insurer >= 0 && company.health.monthlyPremium.cents() > 0
                               ? company.health.monthlyPremium.euros()
                               : respondent_.model().defaultMonthlyPremiumEur;
    return std::round(monthly * PortfolioBuilder::territoryHeadcount(*market_, company) * 12 *
                      100) /
           100;
}

ResponseContext Campaign::contextFor(std::uint32_t index, Date date, bool warm) const {
    const auto& company = market_->companies[index];
    ResponseContext c;
    c.date = date;
    c.warm = warm;
    c.client = isClient(index);
    const int week = weekOf(*scenario_, date);
    for (const auto p : {company.accountant, company.broker})
        if (p >= 0 && animatedUntil_[static_cast<std::size_t>(p)] >= week)
            c.prescriberAnimated = true;
    const auto insurer = company.health.insurer;
    if (insurer > 0 && raisedWeek_[static_cast<std::size_t>(insurer)] > 0 &&
        week - raisedWeek_[static_cast<std::size_t>(insurer)] <= 26)
        c.competitorRaised = true;
    const auto& e = market_->establishments[company.firstEstablishment];
    c.priority = inPolicySegments(scenario_->policy.prioritySegments, e, company, *reference_);
    return c;
}

bool Campaign::eligible(std::uint32_t company, int week) const {
    if (contactedThisWeek_.contains(company)) return false;
    const auto it = progress_.find(company);
    if (it == progress_.end()) return true;
    const auto& p = it->second;
    if (p.stage == FunnelStage::Signed || inPipeline(p.stage)) return false;
    return p.coolingUntil < week;
}

bool Campaign::recordSignature(std::uint32_t company, int week, double annualPremiumEur,
                               Date effective, const std::string& product,
                               const std::string& action) {
    if (isClient(company)) return false;
    auto& p = progress_[company];
    if (p.stage == FunnelStage::Signed) return false;
    p.stage = FunnelStage::Signed;
    p.since = week;
    p.nextStep = 0;
    p.action = action;
    p.annualPremiumEur = annualPremiumEur;
    clientContract_[company] =
        portfolio_.sign(company, product, effective, Money::euros(annualPremiumEur));
    lostClients_.erase(company);
    return true;
}

const WeekResult& Campaign::runWeek(const WeekRun& inputs) {
    const int week = inputs.week;
    const int expected = static_cast<int>(weeks_.size()) + 1;
    if (week != expected)
        throw std::invalid_argument(fmt::format("semaine {} attendue, pas {}", expected, week));
    WeekResult result;
    result.week = week;
    result.start = weekStart(*scenario_, week);
    // The week's capacity: the weekly capacity × working days / 5, public holidays off.
    result.capacityHours =
        PlanCalendar::weekOf(*scenario_, week, inputs.plan.weeklyCapacityHours).capacityHours;
    result.budgetAvailableEur = std::max(0.0, inputs.budgetEur - spent_);
    result.portfolioKnown = inputs.portfolioKnown;
    contactedThisWeek_.clear();
    // Who the candidate follows: clients and every company an action targets.
    const auto follows = [&](std::uint32_t c) { return isClient(c) || targeted_[c] != 0; };
    result.events = watch_->eventsOf(week, result.start, follows, inputs.competitorWatch);
    for (const auto& e : result.events) {
        if (e.kind == MarketEventKind::CompetitorRateRise)
            raisedWeek_[static_cast<std::size_t>(e.competitor)] = week;
        if (e.threat && e.company >= 0) threats_[static_cast<std::uint32_t>(e.company)] = e;
    }
    runPipeline(result);
    if (const auto it = clientMeetings_.find(week); it != clientMeetings_.end())
        std::tie(result.clientMeetings, result.meetingHours) = it->second;
    double capacityLeft = std::max(0.0, result.capacityHours - result.meetingHours);
    double budgetLeft = result.budgetAvailableEur;
    for (const auto& action : inputs.plan.actions)
        if (action.firstWeek <= week && week <= action.lastWeek)
            runAction(action, inputs, capacityLeft, budgetLeft, result);
    introduce(result);
    renew(result);
    for (const auto& o : inputs.plan.objectives)
        if (o.week == week) result.dailyCallsObjective = o.dailyCalls;
    for (const auto& c : result.contacts)
        if (c.channel == static_cast<std::uint8_t>(ActionKind::CallSequence)) ++result.calls;
    Money spent;
    result.hoursUsed = result.meetingHours;
    for (const auto& x : result.executions) {
        result.hoursUsed += x.hours;
        spent += Money::euros(x.costEur);
    }
    // Euros in cents: the week's spending and premiums carry no float noise.
    result.spentEur = spent.euros();
    result.premiumsSignedEur = Money::euros(result.premiumsSignedEur).euros();
    spent_ = (Money::euros(spent_) + spent).euros();
    weeks_.push_back(std::move(result));
    return weeks_.back();
}

void Campaign::runAction(const PlannedAction& action, const WeekRun& inputs, double& capacityLeft,
                         double& budgetLeft, WeekResult& result) {
    const int week = result.week;
    const auto channel = static_cast<std::size_t>(action.kind);
    const auto& m = respondent_.model();
    // The modelled cost (datasets/couts_actions.csv), not the candidate's declared hours and
    // budget: the fixed hours of each week with a contact, the fixed euros once, and each
    // contact's hours and euros; the kind's ceiling caps the week's contacts.
    const auto& k = reference_->actionCosts.of(action.kind);
    const auto quota = reference_->actionCosts.cost(action).contactsPerWeek;
    const double fixedEur = fixedPaid_.contains(action.id) ? 0 : k.fixedEur;
    auto& backlog = backlog_[action.id];
    ActionExecution x;
    x.action = action.id;
    x.channel = static_cast<std::uint8_t>(channel);
    x.plannedContacts = std::max<std::int64_t>(0, action.contactsPerWeek) + backlog;
    const auto overCeiling = x.plannedContacts - backlog - quota;  // never made
    const std::int64_t wanted = quota + backlog;
    auto allowed = wanted;
    if (k.maxContactsPerWeek > 0 && allowed > k.maxContactsPerWeek) allowed = k.maxContactsPerWeek;
    if (allowed < wanted || overCeiling > 0)
        x.limit = fmt::format("plafond de {} {} par semaine", k.maxContactsPerWeek,
                              actionContactNoun(action.kind));
    const auto charge = [&](double fixed, double perContact, std::int64_t n) {
        return n > 0 ? fixed + static_cast<double>(n) * perContact : 0.0;
    };
    x.plannedHours = charge(k.fixedHoursPerWeek, k.hoursPerContact, allowed);
    x.plannedCostEur = charge(fixedEur, k.eurPerContact, allowed);
    // How many contacts fit in what is left, once the fixed part is paid.
    const auto fit = [](double left, double fixed, double perContact) -> std::int64_t {
        if (left + 1e-9 < fixed) return 0;
        if (perContact <= 0) return std::numeric_limits<std::int64_t>::max();
        return static_cast<std::int64_t>(std::floor((left - fixed) / perContact + 1e-9));
    };
    if (const auto n = fit(capacityLeft, k.fixedHoursPerWeek, k.hoursPerContact); n < allowed) {
        allowed = n;
        x.limit = "capacité de la semaine atteinte";
    }
    if (const auto n = fit(budgetLeft, fixedEur, k.eurPerContact); n < allowed) {
        allowed = n;
        x.limit = "budget épuisé";
    }
    const bool targetsLeft = action.kind == ActionKind::PrescriberEvent
                                 ? invite(action, allowed, x, result)
                                 : work(action, inputs, allowed, x, result);
    x.hours = charge(k.fixedHoursPerWeek, k.hoursPerContact, x.contacts);
    x.costEur = std::round(charge(fixedEur, k.eurPerContact, x.contacts) * 100) / 100;
    capacityLeft -= x.hours;
    budgetLeft -= x.costEur;
    if (x.contacts > 0) fixedPaid_.insert(action.id);
    // What really stopped the action: no target left (whatever capacity and budget allowed), or
    // the limit above. What is not made is carried, at most report_max_semaines weeks of the
    // action's contacts, while the action goes on and has targets; the rest is dropped.
    const auto notMade = wanted - x.contacts;
    if (notMade > 0 && !targetsLeft) {
        x.limit = "plus d'entreprise à contacter dans la cible";
    } else if (notMade > 0 && week < action.lastWeek) {
        x.carried = std::min<std::int64_t>(notMade, quota * m.carryWeeks);
        x.droppedOverCarry = notMade - x.carried;
        if (x.limit.empty()) x.limit = "entreprises de la cible déjà contactées cette semaine";
    }
    x.dropped = notMade - x.carried + std::max<std::int64_t>(0, overCeiling);
    backlog = x.carried;
    result.executions.push_back(std::move(x));
}

bool Campaign::invite(const PlannedAction& action, std::int64_t allowed, ActionExecution& x,
                      WeekResult& result) {
    const int week = result.week;
    const auto& m = respondent_.model();
    const auto invited = targets_->prescribers(action.prescriberKind);
    const auto& rates = m.channel(static_cast<std::size_t>(ActionKind::PrescriberEvent));
    auto& cursor = cursors_[action.id];
    for (; x.contacts < allowed && cursor < invited.size(); ++cursor, ++x.contacts) {
        const auto p = invited[cursor];
        if (!respondent_.chance(Purpose("prescripteur"), mixKey(p, Purpose(action.id).hash()), week,
                                rates.reach))
            continue;
        ++x.reached;
        animatedUntil_[p] = week + m.animationWeeks;
        // The prescriber who came introduces each of its clients with the chance
        // introductions_par_prescripteur / clients, in a week of its animation drawn with it.
        const auto& clients = targets_->clientsOf(p);
        if (clients.empty() || m.animationWeeks < 1) continue;
        const double chance =
            std::min(1.0, m.introductionsPerPrescriber / static_cast<double>(clients.size()));
        for (const auto c : clients) {
            auto random =
                respondent_.stream(Purpose("introduction"), mixKey(market_->companies[c].siren, p),
                                   static_cast<std::uint64_t>(week));
            const double u = random.uniform(), when = random.uniform();
            if (u >= chance) continue;
            const int offset =
                std::min(m.animationWeeks - 1, static_cast<int>(when * m.animationWeeks));
            introductions_.emplace(week + 1 + offset, std::make_pair(c, p));
        }
    }
    return cursor < invited.size();
}

bool Campaign::work(const PlannedAction& action, const WeekRun& inputs, std::int64_t allowed,
                    ActionExecution& x, WeekResult& result) {
    const int week = result.week;
    const auto channel = static_cast<std::size_t>(action.kind);
    const std::size_t before = result.contacts.size();
    const bool calls = action.kind == ActionKind::CallSequence;
    auto& retries = retries_[action.id];
    // A call not reached is made again the next weeks, tentatives_appel calls in all.
    const auto make = [&](std::uint32_t c, bool warm, int calls_made) {
        contact(c, channel, action.id, action.segmentId, warm, result);
        ++x.contacts;
        if (calls && !result.contacts.back().reached &&
            calls_made + 1 < respondent_.model().callAttempts)
            retries.emplace_back(c, calls_made + 1);
    };
    // A company waiting for a callback or another call keeps its turn while it was only
    // contacted this week by another action; one gone into the pipeline, signed or refused
    // leaves the queue.
    const auto keep = [&](std::uint32_t c) {
        return contactedThisWeek_.contains(c) &&
               !(progress_.contains(c) && (progress_.at(c).stage == FunnelStage::Signed ||
                                           inPipeline(progress_.at(c).stage)));
    };
    // Callbacks asked for by this action's contacts come first, as warm contacts, then the calls
    // not reached before.
    // (A callback made may ask for another callback: the queue is taken out while it runs.)
    auto& waiting = callbacks_[action.id];
    std::vector<std::uint32_t> later;
    for (const auto c : std::exchange(waiting, {})) {
        if (x.contacts < allowed && eligible(c, week))
            make(c, true, 0);
        else if (x.contacts >= allowed || keep(c))
            later.push_back(c);
    }
    waiting.insert(waiting.begin(), later.begin(), later.end());
    std::vector<std::pair<std::uint32_t, int>> again;
    for (const auto& [c, made] : std::exchange(retries, {})) {
        if (x.contacts < allowed && eligible(c, week))
            make(c, false, made);
        else if (x.contacts >= allowed || keep(c))
            again.emplace_back(c, made);
    }
    retries.insert(retries.begin(), again.begin(), again.end());
    // Then the targets not worked yet, in file order. The week's own segments give the list
    // (WeekRun); when it changed (segment saved again, a study bought), the action starts over
    // the new list, skipping the companies it already worked.
    const auto isClient = [&](std::uint32_t c) { return this->isClient(c); };
    const auto& list = targets_->companies(action, inputs, isClient);
    if (listsSeen_.insert(&list).second)
        for (const auto c : list) targeted_[c] = 1;
    auto& cursor = cursors_[action.id];
    auto& worked = worked_[action.id];
    if (auto& last = cursorList_[action.id]; last != &list) {
        last = &list;
        cursor = 0;
    }
    for (; x.contacts < allowed && cursor < list.size(); ++cursor) {
        const auto c = list[cursor];
        if (worked.contains(c) || !eligible(c, week)) continue;
        worked.insert(c);
        make(c, false, 0);
    }
    for (std::size_t i = before; i < result.contacts.size(); ++i)
        if (result.contacts[i].reached) ++x.reached;
    return !waiting.empty() || !retries.empty() || cursor < list.size();
}

void Campaign::contact(std::uint32_t c, std::size_t channel, const std::string& action,
                       const std::string& segment, bool warm, WeekResult& result) {
    const int week = result.week;
    contactedThisWeek_.insert(c);
    targeted_[c] = 1;
    auto context = contextFor(c, result.start, warm);
    if (channel == kIntroductionChannel) {
        // The introduction channel's rates are those of a warm contact through a prescriber:
        // no warm or prescriber factor on top of them.
        context.warm = false;
        context.prescriberAnimated = false;
    }
    auto answer = respondent_.answer(c, market_->companies[c], channel, action, week, context);
    auto& p = progress_[c];
    ++p.contacts;
    if (channel == static_cast<std::size_t>(ActionKind::PortfolioReview)) {
        if (answer.reached) lastReview_[c] = week;
        if (p.stage == FunnelStage::ToContact) p.stage = FunnelStage::Contacted;
        result.contacts.push_back(std::move(answer));
        return;
    }
    if (answer.meetingBooked) {
        p = {FunnelStage::Meeting,
             week,
             week + respondent_.model().meetingDelayWeeks,
             0,
             0,
             false,
             static_cast<std::uint8_t>(channel),
             action,
             segment,
             "",
             0,
             p.contacts};
    } else if (answer.callback) {
        p.stage = FunnelStage::Contacted;
        p.since = week;
        p.callbackWeek = week;
        callbacks_[action].push_back(c);
    } else if (!answer.refusal.empty()) {
        p.stage = FunnelStage::Lost;
        p.since = week;
        p.reason = answer.refusal;
        p.coolingUntil = week + respondent_.model().coolingOffWeeks;
    }
    result.contacts.push_back(std::move(answer));
}

void Campaign::runPipeline(WeekResult& result) {
    const int week = result.week;
    const auto& m = respondent_.model();
    for (auto& [c, p] : progress_) {
        if (!inPipeline(p.stage) || p.nextStep != week) continue;
        const auto& company = market_->companies[c];
        PipelineStep step;
        step.company = c;
        if (p.stage == FunnelStage::Meeting) {
            p.stage = FunnelStage::Discovery;
            p.nextStep = week + m.proposalDelayWeeks;
        } else if (p.stage == FunnelStage::Discovery) {
            if (respondent_.chance(Purpose("proposition"), company.siren, week,
                                   m.meetingToProposal)) {
                p.stage = FunnelStage::Proposal;
                p.nextStep = week + 1;
            } else {
                p.stage = FunnelStage::Lost;
                p.reason = "besoin_non_confirme";
                p.coolingUntil = week + m.coolingOffWeeks;
            }
        } else if (p.stage == FunnelStage::Proposal) {
            p.stage = FunnelStage::Negotiation;
            p.nextStep = week + std::max(1, m.decisionDelayWeeks - 1);
            // The insurer in place defends the company the candidate courts (its archetype's
            // service quality sets how often).
            const auto insurer = company.health.insurer;
            if (insurer > 0)
                p.retentionOffer = respondent_.chance(
                    Purpose("retention"), company.siren, week,
                    m.retentionOffer *
                        market_->competitors[static_cast<std::size_t>(insurer)].serviceQuality);
        } else {
            const double odds = m.proposalToSignature * (p.retentionOffer ? m.retentionFactor : 1);
            if (respondent_.chance(Purpose("signature"), company.siren, week, odds)) {
                p.stage = FunnelStage::Signed;
                p.annualPremiumEur = annualPremium(company);
                ++result.signatures;
                result.premiumsSignedEur += p.annualPremiumEur;
            } else {
                p.stage = FunnelStage::Lost;
                p.reason = p.retentionOffer ? "offre_retention" : "prix";
                p.coolingUntil = week + m.coolingOffWeeks;
            }
            p.nextStep = 0;
        }
        p.since = week;
        step.stage = p.stage;
        step.reason = p.reason;
        step.annualPremiumEur = p.annualPremiumEur;
        step.retentionOffer = p.retentionOffer;
        result.steps.push_back(step);
    }
}

void Campaign::introduce(WeekResult& result) {
    const int week = result.week;
    const auto [first, last] = introductions_.equal_range(week);
    for (auto it = first; it != last; ++it) {
        const auto [c, p] = it->second;
        if (!eligible(c, week) || isClient(c) || progress_.contains(c)) continue;
        ++result.introductions;
        contact(c, kIntroductionChannel, "introduction", "", true, result);
    }
    introductions_.erase(first, last);
}

void Campaign::renew(WeekResult& result) {
    const int week = result.week;
    const auto& m = respondent_.model();
    const Date end = result.start.plusDays(6);
    for (const auto& contract : portfolio_.contracts) {
        if (contract.renewal < result.start || contract.renewal > end) continue;
        const auto c = contract.company;
        if (lostClients_.contains(c)) continue;
        const auto& company = market_->companies[c];
        const auto& cover = contract.health ? company.health : company.provident;
        RenewalOutcome r;
        r.company = c;
        r.renewal = contract.renewal;
        r.annualPremiumEur = contract.annualPremium.euros();
        const auto review = lastReview_.find(c);
        const int reviewed = review == lastReview_.end() ? 0 : review->second;
        r.reviewed = reviewed > 0 && week - reviewed <= m.reviewWindowWeeks;
        const auto threat = threats_.find(c);
        const auto key = mixKey(company.siren, contract.health ? 1 : 2);
        if (threat != threats_.end()) {
            const bool answered = reviewed >= threat->second.week;
            const bool notice = threat->second.kind == MarketEventKind::ResignationNotice;
            r.kept = answered && (!notice || respondent_.chance(Purpose("reconquete"), key, week,
                                                                m.winBackAfterNotice));
            if (!r.kept)
                r.reason = answered ? "résiliation maintenue malgré la revue"
                                    : fmt::format("« {} » sans revue avant l'échéance",
                                                  marketEventLabel(threat->second.kind));
        } else {
            const double loss =
                cover.propensityToMove * (r.reviewed ? m.lossWithReview : m.lossWithoutReview);
            r.kept = !respondent_.chance(Purpose("renouvellement"), key, week, loss);
            if (!r.kept)
                r.reason = r.reviewed ? "parti à la concurrence malgré la revue"
                                      : "parti à la concurrence, aucune revue avant l'échéance";
        }
        if (!r.kept) lostClients_.insert(c);
        result.renewals.push_back(std::move(r));
    }
}

}  // namespace cmcsim
