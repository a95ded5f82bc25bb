#include "cmcsim/meeting/MeetingView.h"

#include <fmt/format.h>

#include <algorithm>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/meeting/MeetingContext.h"
#include "cmcsim/meeting/MeetingDialogue.h"
#include "cmcsim/offer/Offer.h"
#include "cmcsim/offer/OfferStudy.h"
#include "cmcsim/prospects/CandidateKnowledge.h"
#include "cmcsim/reference/MeetingBank.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

namespace {
const MeetingRecord& recordOf(const AttemptState& state, int id) {
    const auto* record = state.meetings().meeting(id);
    if (!record)
        throw InputError("rdv", fmt::format("aucun rendez-vous n° {} (l'épreuve en compte {})", id,
                                            state.meetings().meetings().size()));
    return *record;
}

std::vector<nlohmann::json> offersOf(const AttemptState& state, const std::string& siret) {
    std::vector<nlohmann::json> offers;
    for (const auto& o : state.offers())
        if (o.siret == siret) offers.push_back(o.offer);
    return offers;
}
}  // namespace

MeetingView::MeetingView(const Market& market, const ReferenceData& reference,
                         const Scenario& scenario, std::uint64_t seed, const AttemptState& state,
                         int id)
    : record_(&recordOf(state, id)) {
    const auto company = companyOf(market, record_->siret);
    if (!company) throw InputError("rdv", fmt::format("SIRET {} absent du marché", record_->siret));
    build(market, reference, scenario, seed, state, *company);
}

MeetingView::MeetingView(const Market& market, const ReferenceData& reference,
                         const Scenario& scenario, std::uint64_t seed, const AttemptState& state,
                         int id, std::uint32_t company)
    : record_(&recordOf(state, id)) {
    build(market, reference, scenario, seed, state, company);
}

void MeetingView::build(const Market& market, const ReferenceData& reference,
                        const Scenario& scenario, std::uint64_t seed, const AttemptState& state,
                        std::uint32_t company) {
    needs_ = CompanyNeeds::of(market, reference, scenario, seed, company);
    companyName_ = market.companies[company].name;
    context_ = std::make_unique<MeetingContext>(market, reference, needs_, seed,
                                                offersOf(state, record_->siret), record_->siret);
    context_->negotiation = MeetingNegotiation::of(scenario.policy, reference.meetings);
    present(*context_, market, reference, scenario, state, record_->siret);
    history(market, reference, scenario, seed, state, *record_, needs_).into(*context_);
    transcript_ = MeetingDialogue::run(*context_, *record_);
    shown_ = transcript_.candidateView();
}

double MeetingView::startTrust(const Market& market, const ReferenceData& reference,
                               const Scenario& scenario, std::uint64_t seed,
                               const AttemptState& state, const MeetingRecord& record,
                               const CompanyNeeds& needs) {
    return history(market, reference, scenario, seed, state, record, needs).trust;
}

MeetingView::History MeetingView::history(const Market& market, const ReferenceData& reference,
                                          const Scenario& scenario, std::uint64_t seed,
                                          const AttemptState& state, const MeetingRecord& record,
                                          const CompanyNeeds& needs) {
    History out{reference.meetings.parameter("confiance_initiale"), false, {}};
    // The earlier meetings with the company, in order, each from where the previous one ended.
    for (const auto& m : state.meetings().meetings()) {
        if (m.id >= record.id) break;
        if (m.siren() != record.siren()) continue;
        MeetingContext context(market, reference, needs, seed, offersOf(state, m.siret), m.siret);
        context.negotiation = MeetingNegotiation::of(scenario.policy, reference.meetings);
        present(context, market, reference, scenario, state, m.siret);
        out.into(context);
        const auto ended = MeetingDialogue::run(context, m);
        out.prior.add(ended);
        out.trust = ended.trust;
        // A lost meeting leaves a reservation: the next starts from `confiance_apres_perte` at
        // most (docs/simulation.md "Qui peut être rencontré").
        if (ended.outcome == MeetingOutcome::Lost)
            out.trust = std::min(out.trust, reference.meetings.parameter("confiance_apres_perte"));
        if (ended.outcome == MeetingOutcome::Signed) out.client = true;
    }
    return out;
}

void MeetingView::History::into(MeetingContext& context) const {
    context.startTrust = trust;
    context.client = context.client || client;
    context.prior = prior;
}

void MeetingView::present(MeetingContext& context, const Market& market,
                          const ReferenceData& reference, const Scenario& scenario,
                          const AttemptState& state, const std::string& siret) {
    context.presentedPremium = [&market, &reference, &state, siret,
                                year = scenario.startDate.year()](const nlohmann::json& json,
                                                                  int version, std::int64_t entry) {
        const CandidateKnowledge knowledge(market, reference, state.knowledgeAt(entry));
        const auto offer = Offer::fromJson(json.dump(), "offre version " + std::to_string(version),
                                           reference.offers);
        return OfferStudy::quoteOf(knowledge, reference, siret, year, offer).annualPremium;
    };
}

MeetingView::~MeetingView() = default;

std::vector<MeetingAlternative> MeetingView::choices() const {
    if (record_->closed() || transcript_.outcome != MeetingOutcome::Open) return {};
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
    if (!record_->closed() && transcript_.outcome == MeetingOutcome::Open)
        throw InputError(fmt::format("rendez-vous n° {}", record_->id),
                         "le débriefing s'ouvre à la clôture du rendez-vous");
    return MeetingDebrief::of(*context_, *record_);
}

std::optional<std::uint32_t> MeetingView::companyOf(const Market& market,
                                                    const std::string& siret) {
    const auto found = companiesOf(market, {siret});
    return found.empty() ? std::nullopt : std::optional(found.begin()->second);
}

std::map<std::string, std::uint32_t> MeetingView::companiesOf(
    const Market& market, const std::vector<std::string>& sirets) {
    // One pass over the prospect file for all the SIRETs asked (MeetingView::all used to scan
    // it once per meeting).
    std::map<std::uint64_t, std::string> wanted;
    for (const auto& s : sirets)
        if (const auto number = siret::parse(s, 14)) wanted.emplace(*number, s);
    std::map<std::string, std::uint32_t> out;
    for (std::size_t i = 0; i < market.prospects.size() && out.size() < wanted.size(); ++i) {
        const auto p = market.prospects[i];
        if (const auto it = wanted.find(p.siret); it != wanted.end())
            out.try_emplace(it->second, market.establishments[p.establishment].company);
    }
    return out;
}

std::vector<MeetingTranscript> MeetingView::all(const Market& market,
                                                const ReferenceData& reference,
                                                const Scenario& scenario, std::uint64_t seed,
                                                const AttemptState& state) {
    std::vector<std::string> sirets;
    for (const auto& m : state.meetings().meetings()) sirets.push_back(m.siret);
    const auto companies = companiesOf(market, sirets);
    std::vector<MeetingTranscript> out;
    for (const auto& m : state.meetings().meetings()) {
        const auto company = companies.find(m.siret);
        if (company == companies.end())
            throw InputError("rdv", fmt::format("SIRET {} absent du marché", m.siret));
        out.push_back(MeetingView(market, reference, scenario, seed, state, m.id, company->second)
                          .fullTranscript());
    }
    return out;
}

}  // namespace cmcsim
