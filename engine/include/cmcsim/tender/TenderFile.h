#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cmcsim/attempt/Journal.h"
#include "cmcsim/attempt/SavedOffers.h"
#include "cmcsim/tender/TenderCompliance.h"

namespace cmcsim {

struct Knowledge;
struct Scenario;
class ProspectDirectory;

// A question the candidate asked about a call for tender ("ao.question"); its answer is
// recomputed from the truth (TenderAnswers), never stored.
struct TenderQuestionAsked {
    std::int64_t entry = 0;
    int week = 0;
    std::string text;
};

// The candidate's draft response ("ao.reponse"): the offer version of that company, an answer per
// question id, the documents provided.
struct TenderDraft {
    std::int64_t entry = 0;
    int offerVersion = 0;
    std::map<std::string, std::string> answers;
    std::vector<std::string> documents;
};

// What the candidate did about one call for tender.
struct TenderResponse {
    std::string id;
    std::string siret;        // 14 digits: the company's establishment the tender names
    std::uint32_t line = 0;   // the prospect file's line listing it (its census revealed)
    std::int64_t readBy = 0;  // "ao.lecture" entry
    // What the specifications disclose of the company ("effectifs" and "prevoyance_en_cours" of
    // "ao.lecture", which TenderDesk writes); absent from journals written before them.
    std::optional<TenderCompanyFacts> facts;
    std::vector<TenderQuestionAsked> questions;
    std::optional<TenderDraft> draft;
    std::int64_t submittedBy = 0;  // "ao.depot" entry, 0 before
    int submittedWeek = 0;
};

// What folding a tender command reads of the attempt: the scenario, the prospect file, the
// simulated week now, and the offer versions the candidate saved.
struct TenderFileContext {
    const Scenario& scenario;
    const ProspectDirectory& prospects;
    int week = 1;
    const SavedOffers& offers;
};

// The fold of the journal's "ao.*" commands (docs/attempt-format.md "Les appels d'offres"): the
// specifications read (revealing the company's census, like a census request), questions asked
// before the question deadline, the draft response and its submission before the deadline, with
// French reasons for every refusal. A tender's terms come from Tender::find (scenario and
// datasets/ao_*.csv, without the market): the command "ao.lecture" carries the SIRET and line
// the tender names, the census' staff by category and whether a provident contract is in force,
// which the engine writes (TenderDesk). A
// question asked twice (the same words, case, accents and punctuation ignored) is refused.
class TenderFile {
public:
    // The longest question the candidate may ask, in characters: a question on the
    // specifications, not a document.
    static constexpr std::size_t kQuestionMaxLength = 500;
    static bool handles(const std::string& kind);
    // Validates and applies an "ao.*" entry; InputError naming `where` (the journal entry) with
    // every reason, the file unchanged. Only the rules journals were written with from the start
    // (docs/attempt-format.md "Les appels d'offres"): the limits added since are checkWrite's.
    void apply(const JournalEntry& entry, const nlohmann::json& payload,
               const TenderFileContext& context, const std::string& where);
    // Refuses (InputError naming `where`) an "ao.question" or "ao.reponse" command about to be
    // written that breaks a limit added after journals were written without it: questions_max
    // questions per tender (datasets/ao_parametres.csv), a question of 3 to kQuestionMaxLength
    // characters with words, asked once, without control character; answers without control
    // character; documents the specifications request, each once. AttemptSession::execute
    // checks them when a command is written and a journal's replay does not, as for the rules
    // of a submission (AttemptSession::checkTenderSubmission): a journal written before a limit
    // still opens. Nothing is checked for an unknown tender, unread specifications or a
    // submitted response: apply() refuses those.
    void checkWrite(const std::string& kind, const nlohmann::json& payload,
                    const Scenario& scenario, const std::string& where) const;
    // Why the "ao.*" entry cannot be undone (reading and questions are information acquired; a
    // submission and the draft it submitted are final), nullopt for other kinds or a draft not
    // yet submitted.
    std::optional<std::string> undoRefusal(const JournalEntry& entry) const;
    // Marks the census of every tender's line read (by entry `upTo` at the latest) as known.
    void reveal(Knowledge& knowledge, std::int64_t upTo = INT64_MAX) const;
    const TenderResponse* find(const std::string& id) const;
    const std::map<std::string, TenderResponse>& responses() const { return responses_; }
    bool empty() const { return responses_.empty(); }
    nlohmann::json toJson() const;

private:
    std::map<std::string, TenderResponse> responses_;
};

}  // namespace cmcsim
