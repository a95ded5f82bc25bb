#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cmcsim/meeting/MeetingDebrief.h"
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
    const MeetingTranscript& transcript() const { return transcript_; }
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
    // Every meeting of `state`, one view each (for a list).
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
};

}  // namespace cmcsim
