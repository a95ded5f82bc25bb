#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "cmcsim/core/Date.h"
#include "cmcsim/offer/Offer.h"
#include "cmcsim/tender/TenderAward.h"
#include "cmcsim/tender/TenderBook.h"
#include "cmcsim/tender/TenderFile.h"
#include "cmcsim/tender/TenderTruth.h"

namespace cmcsim {

class AttemptState;
struct SavedOffer;
struct Market;
struct ReferenceData;
struct Scenario;

// Where the candidate stands on one call for tender, for a list.
struct TenderStatus {
    const Tender* tender = nullptr;
    std::string company;                       // the company's name
    const TenderResponse* response = nullptr;  // null before the specifications are read
    std::string stage;  // French: "à lire", "lu", "réponse préparée", "déposée", "attribué"…
};

// A company the candidate won by a call for tender: the campaign records it as a new client at
// the end of the award week (TenderSignings, Campaign::recordSignature), and the portfolio and
// the dashboard follow.
struct TenderWin {
    std::string tenderId;
    std::uint64_t siret = 0;
    int week = 0;               // the award week
    double annualPremium = 0;   // the candidate's bid, euros a year, taxes included
    std::uint32_t company = 0;  // index in Market::companies
    // The contract's effective date: the offer's date_effet, or the day after the award week
    // when the offer has none or an earlier one (a contract cannot start before it is awarded).
    Date effective;
    std::string product;  // the offer's first health product id, else its first provident one
};

// Everything a view (the CLI's `tender`, the studio's Appels d'offres) needs about an attempt's
// calls for tender: the book, the simulated week, each tender's status, the specifications'
// truth, the questions with their answers, the journal payloads to write, the award and its
// debrief. Recomputes everything from (reference, scenario, market, state), except that each
// tender's truth and each saved offer read are computed once per desk and kept (they do not
// depend on the state): a desk is not to be shared between threads.
class TenderDesk {
public:
    // The arguments must outlive the desk.
    TenderDesk(const ReferenceData& reference, const Scenario& scenario, const Market& market,
               const AttemptState& state);

    const TenderBook& book() const { return book_; }
    int week() const { return week_; }
    int weeksRun() const { return weeksRun_; }
    // The tenders published by now, with the candidate's stage on each.
    std::vector<TenderStatus> list() const;
    // Tender `id` if published by now; InputError naming it otherwise (with the ids visible).
    const Tender& visible(const std::string& id) const;
    // The tender's truth (TenderTruth::of), built on the first call and kept by the desk.
    const TenderTruth& truth(const Tender& tender) const;
    // The "ao.lecture" payload for `id` (its SIRET and prospect line); null when already read.
    std::optional<nlohmann::json> readCommand(const std::string& id) const;
    // The payloads of the other commands, for a view to pass to AttemptSession::execute with
    // command::kTenderQuestion, kTenderResponse and kTenderSubmit.
    static nlohmann::json questionCommand(const std::string& id, const std::string& text);
    static nlohmann::json responseCommand(const std::string& id, int offerVersion,
                                          const std::map<std::string, std::string>& answers,
                                          const std::vector<std::string>& documents);
    static nlohmann::json submitCommand(const std::string& id);
    // Why submitting `id` now would be refused, empty when it would pass: what a form shows
    // before the candidate presses *Déposer*, and what AttemptSession checks before writing
    // "ao.depot". The specifications' rules (TenderCompliance::submissionRefusals), then each
    // rule of law and of the branch's agreement (CCN) the offer breaks on the company's census
    // (TenderAward::breaches, the quote's « Conformité »), within the tender's scope.
    std::vector<std::string> submissionRefusals(const std::string& id) const;
    // Why submitting `id` now with `draft` in place of the saved one would be refused: what the
    // studio's response form shows live, before the draft is saved.
    std::vector<std::string> submissionRefusals(const std::string& id,
                                                const std::optional<TenderDraft>& draft) const;
    // The end of week `week` of the attempt (its Friday), as the specifications date a week.
    Date weekEnd(int week) const;
    // The candidate's questions on `id` with the company's answers, in order.
    std::vector<std::pair<TenderQuestionAsked, std::string>> questions(const std::string& id) const;
    // The award of `id` once its award week is run (nullopt before), the candidate's bid in it
    // when they submitted.
    std::optional<TenderAward> award(const std::string& id) const;
    // The tenders the candidate won, by award week: the hook for the campaign and the dashboard.
    std::vector<TenderWin> wins() const;

private:
    // The saved offer a draft names, null without draft or when it is not saved.
    const SavedOffer* draftOffer(const TenderResponse& response) const;
    // A saved offer read against the catalogue, read once and kept by the desk.
    const Offer& offerOf(const SavedOffer& saved) const;
    // The rules the saved offer breaks for the tender (TenderAward::breaches), computed once and
    // kept by the desk: the studio's form asks at every keystroke.
    const std::vector<std::string>& breachesOf(const Tender& tender, const SavedOffer& saved) const;

    const ReferenceData& reference_;
    const Scenario& scenario_;
    const Market& market_;
    const AttemptState& state_;
    TenderBook book_;
    int week_ = 1, weeksRun_ = 0;
    mutable std::map<std::string, TenderTruth> truths_;            // by tender id
    mutable std::map<std::pair<std::string, int>, Offer> offers_;  // by (SIRET, version)
    // By (tender id, SIRET, version).
    mutable std::map<std::tuple<std::string, std::string, int>, std::vector<std::string>> breaches_;
};

}  // namespace cmcsim
