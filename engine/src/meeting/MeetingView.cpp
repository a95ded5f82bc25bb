#include "cmcsim/meeting/MeetingView.h"

#include <fmt/format.h>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/meeting/MeetingContext.h"
#include "cmcsim/meeting/MeetingDialogue.h"
#include "cmcsim/reference/MeetingBank.h"

namespace cmcsim {

MeetingView::MeetingView(const Market& market, const ReferenceData& reference,
                         const Scenario& scenario, std::uint64_t seed, const AttemptState& state,
                         int id)
    : record_(state.meetings().meeting(id)) {
    if (!record_)
        throw InputError("rdv", fmt::format("aucun rendez-vous n° {} (l'épreuve en compte {})", id,
                                            state.meetings().meetings().size()));
    const auto company = companyOf(market, record_->siret);
    if (!company) throw InputError("rdv", fmt::format("SIRET {} absent du marché", record_->siret));
    needs_ = CompanyNeeds::of(market, reference, scenario, seed, *company);
    companyName_ = market.companies[*company].name;
    std::vector<nlohmann::json> offers;
    for (const auto& o : state.offers())
        if (o.siret == record_->siret) offers.push_back(o.offer);
    context_ = std::make_unique<MeetingContext>(market, reference, needs_, seed, std::move(offers));
    transcript_ = MeetingDialogue::run(*context_, *record_);
}

MeetingView::~MeetingView() = default;

std::vector<MeetingAlternative> MeetingView::choices() const {
    if (record_->closed()) return {};
    // In bank order, without the effect, what it would reveal nor the criterion: those tell a
    // choice's quality (and the company's hidden state), which only the debrief shows.
    std::vector<MeetingAlternative> out;
    for (const auto& entry : context_->bank.entries)
        if (entry.phase >= transcript_.phase)
            out.push_back({entry.id, entry.wording, entry.phase, {}, 0, {}});
    return out;
}

MeetingDebrief MeetingView::debrief() const {
    // Its better choices would tell what the company still thinks (objections not raised yet).
    if (!record_->closed())
        throw InputError(fmt::format("rendez-vous n° {}", record_->id),
                         "le débriefing s'ouvre à la clôture du rendez-vous");
    return MeetingDebrief::of(*context_, *record_);
}

std::optional<std::uint32_t> MeetingView::companyOf(const Market& market,
                                                    const std::string& siret) {
    const auto number = siret::parse(siret, 14);
    if (!number) return std::nullopt;
    for (const auto& p : market.prospects)
        if (p.siret == *number) return market.establishments[p.establishment].company;
    return std::nullopt;
}

std::vector<MeetingTranscript> MeetingView::all(const Market& market,
                                                const ReferenceData& reference,
                                                const Scenario& scenario, std::uint64_t seed,
                                                const AttemptState& state) {
    std::vector<MeetingTranscript> out;
    for (const auto& m : state.meetings().meetings())
        out.push_back(MeetingView(market, reference, scenario, seed, state, m.id).transcript());
    return out;
}

}  // namespace cmcsim
