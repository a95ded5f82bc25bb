#pragma once

#include <cstdint>
#include <string>

#include "cmcsim/core/Date.h"
#include "cmcsim/core/KeyedRandom.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/reference/ResponseModel.h"
#include "cmcsim/sim/ContactAnswer.h"

namespace cmcsim {

// What, beside its hidden cover, changes how a company answers a contact in a given week.
struct ResponseContext {
    Date date;                        // the week's Monday
    bool client = false;              // already covered by the mutuelle (cross-selling only)
    bool warm = false;                // a callback it asked for
    bool prescriberAnimated = false;  // its accountant or broker is animated by the candidate
    bool competitorRaised = false;    // its insurer announced a rate rise this year
    bool priority = false;            // in a priority segment of the mutuelle's policy
};

// Draws how a company answers from its hidden situation and the response model, with
// KeyedRandom keyed by (seed, company SIREN, action, week): the same action on the same company
// in the same week meets the same answer in any attempt, whatever else was done.
class Respondent {
public:
    Respondent(const ResponseModel& model, std::uint64_t seed) : model_(&model), seed_(seed) {}

    // The multiplier of the channel's interest rate (1 for a company without cover, of
    // propensity and satisfaction 0.5, under 50 employees, outside the renewal windows):
    // (1 + poids_propension × (propension − 0,5) + poids_satisfaction × (0,5 − satisfaction))
    // floored at 0.05, × facteur_echeance inside the consultation window before the notice
    // deadline (renewal − preavis_mois) or × facteur_hors_preavis between that deadline and
    // the renewal, × facteur_grande_entreprise from 50 employees, and the context's factors.
    double situationFactor(const Company& company, const ResponseContext& context) const;
    // The answer of `company` (index `index`) to a contact by `action` through `channel` (an
    // index in kResponseChannels) in `week`.
    ContactAnswer answer(std::uint32_t index, const Company& company, std::size_t channel,
                         const std::string& action, int week, const ResponseContext& context) const;
    // A keyed yes/no draw for a pipeline step or an event: (seed, purpose, entity, week).
    bool chance(Purpose purpose, std::uint64_t entity, int week, double probability) const;
    KeyedRandom stream(Purpose purpose, std::uint64_t entity, std::uint64_t period) const {
        return KeyedRandom(seed_, purpose, entity, period);
    }
    // The last day to send a termination letter for a renewal on `renewal` (domain-facts J.3).
    Date noticeDeadline(Date renewal) const;
    const ResponseModel& model() const { return *model_; }

private:
    // The refusal reason drawn by `u` (0..1), weights adjusted to the company's situation.
    std::string refusalReason(const Company& company, const ResponseContext& context,
                              double u) const;

    const ResponseModel* model_;
    std::uint64_t seed_;
};

}  // namespace cmcsim
