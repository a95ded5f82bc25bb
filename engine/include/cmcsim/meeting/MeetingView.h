#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cmcsim/meeting/MeetingDebrief.h"
#include "cmcsim/meeting/MeetingPrior.h"
#include "cmcsim/meeting/MeetingTranscript.h"
#include "cmcsim/needs/CompanyNeeds.h"

namespace cmcsim {

class AttemptState;
struct Market;
struct MeetingContext;
struct ReferenceData;
struct Scenario;

// One meeting of an attempt as a view (the CLI, the studio's Rendez-vous) shows it: its record,
// the dialogue recomputed from the journal, the choices available now, the debrief. The company's
// hidden needs are computed once (CompanyNeeds::of) and shown to evaluators only.
class MeetingView {
public:
    // The meeting `id` of `state` (MeetingLog numbering). InputError when there is none. Every
    // argument must outlive the view.
    MeetingView(const Market& market, const ReferenceData& reference, const Scenario& scenario,
                std::uint64_t seed, const AttemptState& state, int id);
    // The same when the company (Market::companies index) of the meeting's SIRET is known.
    MeetingView(const Market& market, const ReferenceData& reference, const Scenario& scenario,
                std::uint64_t seed, const AttemptState& state, int id, std::uint32_t company);
    ~MeetingView();

    const MeetingRecord& record() const { return *record_; }
    const CompanyNeeds& needs() const { return needs_; }  // the hidden truth: evaluators only
    const std::string& companyName() const { return companyName_; }
    // What the candidate sees (MeetingTranscript::candidateView): while the meeting is open, no
    // criterion, effect nor alert per step; everything once it is closed.
    const MeetingTranscript& transcript() const { return shown_; }
    // The whole transcript, debrief content included even while open: evaluators and the engine.
    const MeetingTranscript& fullTranscript() const { return transcript_; }
    // The bank entries the candidate may choose now (the current phase and later), in bank order
    // with their id, wording and phase only: their effect, what they reveal and their criterion
    // (which tell their quality) are the debrief's. Empty once the meeting is closed.
    std::vector<MeetingAlternative> choices() const;
    MeetingDebrief debrief() const;

    // The company (Market::companies index) of the establishment a prospect line lists under
    // `siret`, nullopt when no line lists it.
    static std::optional<std::uint32_t> companyOf(const Market& market, const std::string& siret);
    // The companies of several SIRETs in one pass over the prospect file (those listed).
    static std::map<std::string, std::uint32_t> companiesOf(const Market& market,
                                                            const std::vector<std::string>& sirets);
    // The trust (0..100) the meeting `record` starts from: the trust the last earlier meeting with
    // the same company (SIREN) ended with, `confiance_initiale` for the first (one relationship
    // per company: a new meeting undoes nothing), at most `confiance_apres_perte` after a meeting
    // lost. `needs` are the company's.
    static double startTrust(const Market& market, const ReferenceData& reference,
                             const Scenario& scenario, std::uint64_t seed,
                             const AttemptState& state, const MeetingRecord& record,
                             const CompanyNeeds& needs);
    // What the earlier meetings with the company of `record` left: the trust the next starts
    // from (startTrust) and whether one of them was signed (the company is then a client).
    struct History {
        double trust = 0;
        bool client = false;
        MeetingPrior prior;  // what they revealed and settled (issue 12 §1)
        // Sets the context of the next meeting with the company from it: its start trust,
        // whether the company is a client, and the notes it starts from.
        void into(MeetingContext& context) const;
    };
    static History history(const Market& market, const ReferenceData& reference,
                           const Scenario& scenario, std::uint64_t seed, const AttemptState& state,
                           const MeetingRecord& record, const CompanyNeeds& needs);
    // Sets `context` (a meeting with the establishment `siret`) to present each offer version at
    // the premium of the written proposal: OfferStudy::quoteOf with what the candidate knows now
    // (state.knowledge()), at the parameters of the scenario's first year, as `cmcsim proposal`
    // (issue 12 §2). All must outlive the context.
    static void present(MeetingContext& context, const Market& market,
                        const ReferenceData& reference, const Scenario& scenario,
                        const AttemptState& state, const std::string& siret);
    // Every meeting of `state`, one full transcript each (fullTranscript: the engine and
    // evaluators; a candidate's list shows their phase and outcome only).
    static std::vector<MeetingTranscript> all(const Market& market, const ReferenceData& reference,
                                              const Scenario& scenario, std::uint64_t seed,
                                              const AttemptState& state);

private:
    void build(const Market& market, const ReferenceData& reference, const Scenario& scenario,
               std::uint64_t seed, const AttemptState& state, std::uint32_t company);

    const MeetingRecord* record_;
    CompanyNeeds needs_;
    std::string companyName_;
    std::unique_ptr<MeetingContext> context_;
    MeetingTranscript transcript_;
    MeetingTranscript shown_;
};

}  // namespace cmcsim
