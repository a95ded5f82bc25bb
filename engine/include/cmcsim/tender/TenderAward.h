#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cmcsim/tender/TenderAnswerReview.h"

namespace cmcsim {

struct Offer;
struct OfferQuote;
struct ReferenceData;
struct Scenario;
struct Tender;
struct TenderDraft;
struct TenderParameters;
struct TenderTruth;

// One bid of a call for tender with what the award scores: its annual premium, guarantee level,
// quality of services and management (0..1), the completeness of its file (0..1), and once
// ranked its score per criterion (0..1) and its points out of 100.
struct TenderBid {
    std::string bidder;
    bool candidate = false;
    double annualPremium = 0;  // euros a year, taxes included
    // Services the employer pays on top of the premium (the candidate's offer's services), euros
    // a year; a competitor's price includes its services (0 here).
    double annualServices = 0;
    double priceIndex = 0;  // price() / the requested cover's reference premium
    int level = 0;
    double services = 0, management = 0, completeness = 0;
    // The candidate's answers judged each against its question (TenderAnswerReview): what the
    // completeness counts and the debrief names; empty for a competitor.
    std::vector<TenderAnswerVerdict> answers;
    // The rules of the candidate's offer not met on the company's census (ComplianceReport: the
    // responsible contract, the branch's agreement, the cadres' provident), within the tender's
    // scope (its provident rules only when the tender asks for provident), one French line each;
    // a non-compliant offer scores 0 on the guarantees. Empty for a competitor.
    std::vector<std::string> breaches;
    std::vector<std::pair<std::string, double>> scores;  // criterion id, 0..1, the tender's order
    double points = 0;                                   // Σ weight × score, out of 100
    double score(const std::string& criterion) const;
    // The answers that refuse a legal obligation or a point the specifications require and count
    // in `criterion` (TenderAnswerVerdict::nonCompliant): the bid is non-compliant there and
    // scores 0 on it, as a breach scores 0 on the guarantees.
    std::vector<const TenderAnswerVerdict*> refusals(const std::string& criterion) const;
    // What the company pays a year for the bid: the premium and the services on top of it. The
    // price criterion compares it.
    double price() const { return annualPremium + annualServices; }
};

// The award of a call for tender (docs/simulation.md "Les appels d'offres"): competitors bid by
// archetype, every bid is scored on the tender's criteria and weights against the truth, the
// best total wins. A pure function of (scenario, reference, truth, the candidate's submission).
struct TenderAward {
    std::vector<TenderBid> ranking;  // best first
    int candidateRank = 0;           // 1-based; 0 when the candidate did not submit

    const TenderBid& winner() const { return ranking.front(); }
    const TenderBid* candidate() const;
    bool candidateWon() const { return candidateRank == 1; }

    // The scenario's competitors that bid, each with probability participation_concurrent (at
    // least two), keyed by (seed, tender, competitor): price = reference premium × the
    // competitor's price level × (1 + ecart_prix_niveau)^(level − requested) × a log-normal draw
    // of dispersion_prix; level = the requested one, or the competitor's own when lower;
    // services and management = its service quality; file completeness drawn from
    // dossier_concurrent_min to 1.
    static std::vector<TenderBid> competitorBids(const Scenario& scenario,
                                                 const TenderTruth& truth);
    // The candidate's bid: the offer priced on the company's real census (its premium, and the
    // services the employer pays on top), its highest health level, the mutuelle's service quality
    // (+ bonus_service per service of the offer, at most 1) and the share of the tender's questions
    // whose answer treats them (TenderAnswerReview: words, repetition, topic, one text once).
    static TenderBid candidateBid(const ReferenceData& reference, const Scenario& scenario,
                                  const TenderTruth& truth, const Offer& offer,
                                  const TenderDraft& draft);
    // The rules `offer` (priced by `quote` on the company's real census) does not meet, within
    // the tender's scope, one French line each naming the rule, its figures and its source
    // (TenderBid::breaches): the award scores them 0 on the guarantees, and a submission is
    // refused while there is one (TenderDesk::submissionRefusals).
    static std::vector<std::string> breaches(const ReferenceData& reference,
                                             const TenderTruth& truth, const Offer& offer,
                                             const OfferQuote& quote);
    // Scores and ranks bids: prix = lowest price() / price(); garanties = 1 − penalty × levels
    // away from the requested one (penalite_niveau_inferieur below, _superieur above; 1 when the
    // tender asks no health cover), at least 0, and 0 with a breach; services, gestion, dossier
    // = the bid's own; any criterion 0 where an answer refuses a legal obligation or a required
    // point counting in it (refusals: the portability of cover, art. L911-8 CSS, in gestion);
    // ties by lower price, then bidder name.
    static TenderAward rank(const Tender& tender, const TenderParameters& parameters,
                            std::vector<TenderBid> bids);
    // The whole award, with the candidate's bid when they submitted one.
    static TenderAward of(const Scenario& scenario, const TenderTruth& truth,
                          std::optional<TenderBid> candidate);
};

}  // namespace cmcsim
