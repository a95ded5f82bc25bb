// B3.4.1 "Le candidat s'appuie sur une veille pour alerter son portefeuille des changements et
// anticiper leurs impacts et les opportunités de souscription": the market-watch events of the
// weeks played that reached the candidate and threaten a client (resignation notice, claims
// drift), each handled when the client was reviewed after the event and before its effective
// date (events still open are not counted); the clients at their renewal reviewed in time;
// clients lost without a review as evidence. The verdict is the weaker measure.
#include <fmt/format.h>

#include <map>

#include "PlayedCampaign.h"
#include "cmcsim/assess/Grading.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/sim/Campaign.h"
#include "cmcsim/sim/MarketWatch.h"

namespace cmcsim {

namespace {

constexpr auto kReviewChannel = static_cast<std::uint8_t>(ActionKind::PortfolioReview);

IndicatorResult assessMarketWatch(const AssessmentContext& context, const AssessorThresholds& t,
                                  const std::string& criterion, const std::string& indicator) {
    auto result = grading::start(criterion, indicator);
    if (played::withoutWeeks(result, context, "l'usage de la veille pour le portefeuille"))
        return result;
    const auto& campaign = played::campaign(context);
    const auto& weeks = campaign.weeks();
    // Weeks in which each company was reviewed.
    std::multimap<std::uint32_t, int> reviewed;
    std::int64_t reached = 0;
    for (const auto& w : weeks) {
        for (const auto& c : w.contacts)
            if (c.channel == kReviewChannel && c.reached) reviewed.emplace(c.company, w.week);
        for (const auto& e : w.events) reached += e.reached ? 1 : 0;
    }
    const Date end = weekStart(context.scenario, static_cast<int>(weeks.size()) + 1);
    std::int64_t threats = 0, handled = 0;
    std::vector<Evidence> alerts, lost;
    for (const auto& w : weeks)
        for (const auto& e : w.events) {
            if (!e.reached || !e.threat || e.company < 0) continue;
            const auto company = static_cast<std::uint32_t>(e.company);
            bool done = false;
            const auto [from, to] = reviewed.equal_range(company);
            for (auto it = from; it != to; ++it)
                done = done || (it->second >= e.week &&
                                weekStart(context.scenario, it->second) < e.effective);
            if (!done && end <= e.effective) continue;  // still open: time is left
            ++threats;
            if (done) ++handled;
            alerts.push_back({0,
                              fmt::format("{} (semaine {}) : {}", marketEventLabel(e.kind), e.week,
                                          context.market.companies[company].name),
                              done ? "client revu avant la date d'effet"
                                   : "aucune revue avant la date d'effet"});
        }
    std::int64_t renewals = 0, renewalsReviewed = 0, lostUnreviewed = 0;
    for (const auto& w : weeks)
        for (const auto& r : w.renewals) {
            ++renewals;
            if (r.reviewed) ++renewalsReviewed;
            if (!r.kept && !r.reviewed) {
                ++lostUnreviewed;
                lost.push_back({0,
                                fmt::format("Client perdu sans revue (semaine {}) : {}", w.week,
                                            context.market.companies[r.company].name),
                                fmt::format("{} € de primes annuelles ; {}",
                                            grading::number(r.annualPremiumEur, 0), r.reason)});
            }
        }
    played::appendListed(result.evidence, alerts);
    played::appendListed(result.evidence, lost);
    std::vector<grading::Measure> measures;
    if (threats > 0)
        measures.push_back(grading::measureAtLeast(
            static_cast<double>(handled) / static_cast<double>(threats),
            t.at("part_alertes_traitees_acquis"), t.at("part_alertes_traitees_partiel")));
    if (renewals > 0)
        measures.push_back(grading::measureAtLeast(
            static_cast<double>(renewalsReviewed) / static_cast<double>(renewals),
            t.at("part_echeances_revues_acquis"), t.at("part_echeances_revues_partiel")));
    result.evidence.insert(
        result.evidence.begin(),
        {{0, "Événements de veille reçus", std::to_string(reached)},
         {0, "Alertes du portefeuille traitées avant leur date d'effet",
          grading::share(handled, threats)},
         {0, "Clients revus avant leur échéance", grading::share(renewalsReviewed, renewals)},
         {0, "Clients perdus sans revue", std::to_string(lostUnreviewed)}});
    if (measures.empty()) {
        result.verdict = Verdict::AApprecier;
        result.explanation = fmt::format(
            "À apprécier par l'évaluateur : dans {}, aucun événement de "
            "veille ne menace un client dont la date d'effet est passée et aucun client n'est "
            "arrivé à son échéance ({}).",
            frenchCount(static_cast<double>(weeks.size()), "semaine jouée", "semaines jouées"),
            frenchCount(static_cast<double>(reached), "événement de veille reçu",
                        "événements de veille reçus"));
        return result;
    }
    const auto combined = grading::weakestOf(measures);
    result.verdict = combined.verdict;
    result.score = combined.score;
    result.explanation = fmt::format(
        "{}, {}. Alertes qui menacent un client "
        "(lettre de résiliation, dérive de sinistralité) traitées par une revue avant leur date "
        "d'effet : {} (« acquis » à partir de {}, « partiellement » à partir de {} ; une alerte "
        "dont la date d'effet n'est pas atteinte et non encore traitée n'est pas comptée). Clients "
        "revus avant leur échéance : {} (« acquis » à partir de {}, « partiellement » à partir de "
        "{}). Le verdict est le plus faible des mesures ; une mesure sans cas n'est pas comptée.",
        frenchCount(static_cast<double>(weeks.size()), "semaine jouée", "semaines jouées"),
        frenchCount(static_cast<double>(reached), "événement de veille reçu",
                    "événements de veille reçus"),
        grading::share(handled, threats), grading::percent(t.at("part_alertes_traitees_acquis")),
        grading::percent(t.at("part_alertes_traitees_partiel")),
        grading::share(renewalsReviewed, renewals),
        grading::percent(t.at("part_echeances_revues_acquis")),
        grading::percent(t.at("part_echeances_revues_partiel")));
    return result;
}

const AssessorRegistration kRegistration{
    {"veille.portefeuille",
     {"part_alertes_traitees_acquis", "part_alertes_traitees_partiel",
      "part_echeances_revues_acquis", "part_echeances_revues_partiel"},
     assessMarketWatch}};

}  // namespace

}  // namespace cmcsim
