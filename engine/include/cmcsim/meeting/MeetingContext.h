#pragma once

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "cmcsim/core/Date.h"
#include "cmcsim/meeting/MeetingFacts.h"
#include "cmcsim/meeting/MeetingNegotiation.h"
#include "cmcsim/meeting/MeetingPrior.h"

namespace cmcsim {

struct CompanyNeeds;
struct Market;
struct MeetingBank;
struct MeetingTranscript;
struct ReferenceData;

// What a meeting's dialogue is a function of besides its commands: the market, the reference
// (banks and parameters), the company's hidden needs, the attempt's seed and the company's saved
// offer versions. All must outlive the context.
struct MeetingContext {
    // `siret`: the establishment the meeting is with (its facts' headcount, MeetingFacts).
    MeetingContext(const Market& market, const ReferenceData& reference, const CompanyNeeds& needs,
                   std::uint64_t seed, std::vector<nlohmann::json> offers,
                   const std::string& siret = {});

    const Market& market;
    const ReferenceData& reference;
    const MeetingBank& bank;
    const CompanyNeeds& needs;
    std::uint64_t seed;
    std::vector<nlohmann::json> offers;  // the SIRET's saved versions, version v at index v − 1
    MeetingFacts facts;
    // The commercial policy's delegation levels: the bank's defaults unless the view sets the
    // scenario's (MeetingNegotiation::of).
    MeetingNegotiation negotiation;
    // The trust the meeting starts from: `confiance_initiale` for a first meeting with the
    // company, the trust the last one ended with otherwise (one relationship per company,
    // MeetingView::startTrust, docs/simulation.md "Les rendez-vous"). Points on 0..100.
    double startTrust = 0;
    // The company is already a client of the mutuelle: its health or provident insurer is the
    // mutuelle (competitor 0, the portfolio), set by the constructor, or an earlier meeting
    // with it was signed (MeetingView::history). A meeting with a client is a follow-up: it
    // ends "Suivi client" or "Complément signé", never a second signature
    // (docs/simulation.md "Issue à la clôture").
    bool client = false;
    // What the earlier meetings with the company revealed and settled (MeetingView::history):
    // the dialogue starts from it (issue 12 §1). Empty for a first meeting.
    MeetingPrior prior;
    // The annual premium (€, taxes included) an offer version (its JSON, its number) is presented
    // at by the journal entry `entry`: the quote of the company as the candidate knew it then
    // (AttemptState::knowledgeAt), the written proposal's (MeetingView::present,
    // OfferStudy::quoteOf; issue 12 §2): what was learnt later re-prices neither the
    // presentation nor the premium signed. Unset: the premium priced on the
    // company's real census (MeetingOfferFit::of). The company's reaction (its employer share
    // against its budget) stays priced on its real census: it knows what it would pay.
    std::function<double(const nlohmann::json& offer, int version, std::int64_t entry)>
        presentedPremium;
    // The objections the decision makers raise when the meeting reaches its objection phase:
    // each decision maker's, by influence (the signer first on a tie), at most `objections_max`,
    // with the role of who raises it.
    std::vector<std::pair<std::string, std::string>> objections;

    // Whether a relevance condition (MeetingBank::conditions) holds for the company at this
    // point of the dialogue.
    bool holds(const std::string& condition, const MeetingTranscript& sofar) const;
    // Whether the company raises an objection an answer of code `code` answers: the objection's
    // own code or its topic (datasets/objections_rdv.csv).
    bool raises(const std::string& code) const;
    // The raised objections an answer of code `code` answers.
    std::vector<std::string> answered(const std::string& code) const;
    // Those of them the company has voiced so far (MeetingTranscript::raisedObjections): the
    // decision makers raise their objections one or two at a time (`objections_par_tour`).
    std::vector<std::string> answered(const std::string& code,
                                      const MeetingTranscript& sofar) const;
    // The objections (code, decision maker's role) the decision makers voice next after `sofar`:
    // the next `objections_par_tour` of `objections` not voiced yet ("objections one at a time",
    // docs/simulation.md "Les rendez-vous").
    std::vector<std::pair<std::string, std::string>> nextObjections(
        const MeetingTranscript& sofar) const;
    // How the company words the objection `code` (datasets/objections_rdv.csv).
    std::string wording(const std::string& code) const;
    double parameter(const std::string& name) const;
};

}  // namespace cmcsim
