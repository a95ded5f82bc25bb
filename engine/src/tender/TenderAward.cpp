#include "cmcsim/tender/TenderAward.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "cmcsim/core/KeyedRandom.h"
#include "cmcsim/offer/ComplianceReport.h"
#include "cmcsim/offer/Offer.h"
#include "cmcsim/offer/OfferQuote.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/reference/TenderReference.h"
#include "cmcsim/scenario/Scenario.h"
#include "cmcsim/tender/TenderCompliance.h"
#include "cmcsim/tender/TenderFile.h"
#include "cmcsim/tender/TenderTruth.h"

namespace cmcsim {

double TenderBid::score(const std::string& criterion) const {
    for (const auto& [id, s] : scores)
        if (id == criterion) return s;
    return 0;
}

std::vector<const TenderAnswerVerdict*> TenderBid::refusals(const std::string& criterion) const {
    std::vector<const TenderAnswerVerdict*> out;
    for (const auto& v : answers)
        if (v.nonCompliant() && v.criterion == criterion) out.push_back(&v);
    return out;
}

const TenderBid* TenderAward::candidate() const {
    return candidateRank ? &ranking[static_cast<std::size_t>(candidateRank - 1)] : nullptr;
}

std::vector<TenderBid> TenderAward::competitorBids(const Scenario& scenario,
                                                   const TenderTruth& truth) {
    const auto& p = TenderReference::installed().parameters;
    const auto& tender = truth.tender;
    struct Draw {
        double participation;
        std::size_t index;
        TenderBid bid;
    };
    std::vector<Draw> draws;
    for (std::size_t i = 0; i < scenario.competitors.size(); ++i) {
        const auto& spec = scenario.competitors[i];
        KeyedRandom random(scenario.seed, Purpose("ao.concurrent"),
                           mixKey(Purpose(tender.id).hash(), i));
        Draw d{random.uniform(), i, {}};
        auto& bid = d.bid;
        bid.bidder = spec.name;
        bid.level = std::min(tender.level, spec.guaranteeLevel);
        bid.annualPremium = truth.referencePremium * spec.priceLevel *
                            std::pow(1 + p.levelPriceStep, bid.level - tender.level) *
                            random.logNormal(1.0, p.priceSpread);
        bid.priceIndex =
            truth.referencePremium > 0 ? bid.annualPremium / truth.referencePremium : 0;
        bid.services = bid.management = spec.serviceQuality;
        bid.completeness = p.competitorFileMin + (1 - p.competitorFileMin) * random.uniform();
        draws.push_back(std::move(d));
    }
    std::sort(draws.begin(), draws.end(), [](const Draw& a, const Draw& b) {
        return a.participation != b.participation ? a.participation < b.participation
                                                  : a.index < b.index;
    });
    std::vector<TenderBid> bids;
    for (auto& d : draws)
        if (d.participation < p.competitorParticipation || bids.size() < 2)
            bids.push_back(std::move(d.bid));
    return bids;
}

std::vector<std::string> TenderAward::breaches(const ReferenceData& reference,
                                               const TenderTruth& truth, const Offer& offer,
                                               const OfferQuote& quote) {
    // Judged on the tender's scope: a health-only consultation does not judge the company's
    // provident (its cadres' and its branch's provident rules: TenderCompliance::offerGaps).
    std::vector<std::string> out;
    const auto& tender = truth.tender;
    const auto facts = TenderCompliance::factsOf(truth);
    const auto report = ComplianceReport::check(
        offer, quote, reference.offers, reference.regulation, truth.diagnosis.workforce,
        truth.diagnosis.idcc,
        facts.providentInForce ? std::optional<std::string>("en cours") : std::string());
    using Scope = ComplianceRule::Scope;
    for (const auto& rule : report.rules)
        if (rule.verdict == ComplianceRule::Verdict::NotMet &&
            (rule.scope == Scope::Health      ? tender.health
             : rule.scope == Scope::Provident ? tender.provident
                                              : true))
            out.push_back(fmt::format("{} ({}) — {}", rule.label, rule.figures, rule.reference));
    return out;
}

TenderBid TenderAward::candidateBid(const ReferenceData& reference, const Scenario& scenario,
                                    const TenderTruth& truth, const Offer& offer,
                                    const TenderDraft& draft) {
    const auto& p = TenderReference::installed().parameters;
    const auto& tender = truth.tender;
    TenderBid bid;
    bid.bidder = scenario.mutuelle.name;
    bid.candidate = true;
    const OfferPricer pricer(reference.offers, reference.regulation);
    const auto quote = pricer.quote(offer, truth.diagnosis.workforce);
    bid.annualPremium = quote.annualPremium;
    bid.annualServices = quote.annualServices;
    bid.breaches = breaches(reference, truth, offer, quote);
    bid.priceIndex = truth.referencePremium > 0 ? bid.price() / truth.referencePremium : 0;
    bid.level = tender.health ? 0 : tender.level;
    for (const auto& category : offer.categories)
        if (category.health)
            if (const auto* product = reference.offers.healthProduct(category.health->product))
                bid.level = std::max(bid.level, product->level);
    bid.management = scenario.mutuelle.serviceQuality;
    bid.services = std::min(1.0, scenario.mutuelle.serviceQuality +
                                     p.serviceBonus * static_cast<double>(offer.services.size()));
    bid.answers = TenderAnswerReview::of(TenderReference::installed(), tender, draft);
    bid.completeness = TenderAnswerReview::completeness(bid.answers);
    return bid;
}

TenderAward TenderAward::rank(const Tender& tender, const TenderParameters& p,
                              std::vector<TenderBid> bids) {
    double lowest = 0;
    for (const auto& b : bids)
        if (b.price() > 0 && (lowest == 0 || b.price() < lowest)) lowest = b.price();
    for (auto& b : bids) {
        b.scores.clear();
        b.points = 0;
        for (const auto& [criterion, weight] : tender.weights) {
            double s = 0;
            if (criterion == "prix") {
                s = b.price() > 0 ? lowest / b.price() : 0;
            } else if (criterion == "garanties") {
                const int gap = b.level - tender.level;
                s = !b.breaches.empty() ? 0.0
                    : !tender.health    ? 1.0
                    : gap < 0           ? 1.0 - p.lowerLevelPenalty * -gap
                                        : 1.0 - p.higherLevelPenalty * gap;
                s = std::max(0.0, s);
            } else if (criterion == "services") {
                s = b.services;
            } else if (criterion == "gestion") {
                s = b.management;
            } else if (criterion == "dossier") {
                s = b.completeness;
            }
            if (!b.refusals(criterion).empty()) s = 0;
            b.scores.emplace_back(criterion, s);
            b.points += weight * s;
        }
    }
    std::sort(bids.begin(), bids.end(), [](const TenderBid& a, const TenderBid& b) {
        if (std::abs(a.points - b.points) > 1e-9) return a.points > b.points;
        if (a.price() != b.price()) return a.price() < b.price();
        return a.bidder < b.bidder;
    });
    TenderAward award;
    award.ranking = std::move(bids);
    for (std::size_t i = 0; i < award.ranking.size(); ++i)
        if (award.ranking[i].candidate) award.candidateRank = static_cast<int>(i) + 1;
    return award;
}

TenderAward TenderAward::of(const Scenario& scenario, const TenderTruth& truth,
                            std::optional<TenderBid> candidate) {
    auto bids = competitorBids(scenario, truth);
    if (candidate) bids.push_back(std::move(*candidate));
    return rank(truth.tender, TenderReference::installed().parameters, std::move(bids));
}

}  // namespace cmcsim
