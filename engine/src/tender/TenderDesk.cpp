#include "cmcsim/tender/TenderDesk.h"

#include <fmt/format.h>

#include <algorithm>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/offer/Offer.h"
#include "cmcsim/offer/OfferQuote.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/reference/TenderReference.h"
#include "cmcsim/scenario/Scenario.h"
#include "cmcsim/tender/TenderAnswers.h"
#include "cmcsim/tender/TenderCompliance.h"

namespace cmcsim {

TenderDesk::TenderDesk(const ReferenceData& reference, const Scenario& scenario,
                       const Market& market, const AttemptState& state)
    : reference_(reference),
      scenario_(scenario),
      market_(market),
      state_(state),
      book_(TenderBook::of(scenario, reference, market)),
      week_(Tender::weekOf(scenario, state.simulatedDate())),
      weeksRun_(state.weekRuns().empty() ? 0 : state.weekRuns().back().week) {}

std::vector<TenderStatus> TenderDesk::list() const {
    std::vector<TenderStatus> out;
    for (const auto* t : book_.visible(week_)) {
        TenderStatus s;
        s.tender = t;
        if (const auto line = TenderBook::lineOf(market_, t->siret))
            s.company = market_.prospects[*line].name;
        s.response = state_.tenders().find(t->id);
        const auto* r = s.response;
        if (t->awarded(weeksRun_))
            s.stage = r && r->submittedBy ? "attribué" : "attribué (sans réponse du candidat)";
        else if (r && r->submittedBy)
            s.stage = fmt::format("déposée en semaine {}", r->submittedWeek);
        else if (!t->submissionOpen(week_))
            s.stage = "clos sans réponse";
        else if (r && r->draft)
            s.stage = fmt::format("réponse préparée (offre v{})", r->draft->offerVersion);
        else
            s.stage = r ? "cahier des charges lu" : "à lire";
        out.push_back(std::move(s));
    }
    return out;
}

const Tender& TenderDesk::visible(const std::string& id) const {
    const auto* t = book_.find(id);
    if (t && t->published(week_)) return *t;
    std::string ids;
    for (const auto* v : book_.visible(week_)) ids += (ids.empty() ? "" : ", ") + v->id;
    throw InputError(fmt::format("appel « {} »", id),
                     fmt::format("aucun appel d'offres publié sous cet identifiant en semaine {} "
                                 "(publiés : {})",
                                 week_, ids.empty() ? "aucun" : ids));
}

const TenderTruth& TenderDesk::truth(const Tender& tender) const {
    auto it = truths_.find(tender.id);
    if (it == truths_.end())
        it = truths_.emplace(tender.id, TenderTruth::of(reference_, scenario_, market_, tender))
                 .first;
    return it->second;
}

std::optional<nlohmann::json> TenderDesk::readCommand(const std::string& id) const {
    const auto& t = visible(id);
    if (state_.tenders().find(id)) return std::nullopt;
    const auto line = TenderBook::lineOf(market_, t.siret);
    const auto staff = TenderCompliance::factsOf(truth(t));
    return nlohmann::json{
        {"ao", id},
        {"siret", siret::formatSiret(t.siret)},
        {"ligne", line.value_or(0)},
        {"effectifs", {{"cadres", staff.cadres}, {"non_cadres", staff.nonCadres}}},
        {"prevoyance_en_cours", staff.providentInForce}};
}

nlohmann::json TenderDesk::questionCommand(const std::string& id, const std::string& text) {
    return {{"ao", id}, {"texte", text}};
}

nlohmann::json TenderDesk::responseCommand(const std::string& id, int offerVersion,
                                           const std::map<std::string, std::string>& answers,
                                           const std::vector<std::string>& documents) {
    return {{"ao", id}, {"version", offerVersion}, {"reponses", answers}, {"documents", documents}};
}

nlohmann::json TenderDesk::submitCommand(const std::string& id) {
    return {{"ao", id}};
}

std::vector<std::string> TenderDesk::submissionRefusals(const std::string& id) const {
    const auto* r = state_.tenders().find(id);
    return submissionRefusals(id, r ? r->draft : std::nullopt);
}

std::vector<std::string> TenderDesk::submissionRefusals(
    const std::string& id, const std::optional<TenderDraft>& draft) const {
    const auto& t = visible(id);
    const auto* r = state_.tenders().find(id);
    if (!r) return {"lisez d'abord le cahier des charges"};
    if (r->submittedBy) return {"la réponse est déjà déposée"};
    auto response = *r;
    response.draft = draft;
    const auto* saved = draftOffer(response);
    auto reasons =
        TenderCompliance::submissionRefusals(t, response, week_, saved ? &saved->offer : nullptr);
    if (!saved) return reasons;
    for (const auto& breach : breachesOf(t, *saved))
        reasons.push_back(fmt::format("offre v{} non conforme : {}", saved->version, breach));
    return reasons;
}

const std::vector<std::string>& TenderDesk::breachesOf(const Tender& tender,
                                                       const SavedOffer& saved) const {
    const auto key = std::make_tuple(tender.id, saved.siret, saved.version);
    auto it = breaches_.find(key);
    if (it == breaches_.end()) {
        const auto& offer = offerOf(saved);
        const auto& truth = this->truth(tender);
        const OfferPricer pricer(reference_.offers, reference_.regulation);
        it =
            breaches_
                .emplace(key, TenderAward::breaches(reference_, truth, offer,
                                                    pricer.quote(offer, truth.diagnosis.workforce)))
                .first;
    }
    return it->second;
}

Date TenderDesk::weekEnd(int week) const {
    return Tender::weekEnd(scenario_, week);
}

std::vector<std::pair<TenderQuestionAsked, std::string>> TenderDesk::questions(
    const std::string& id) const {
    std::vector<std::pair<TenderQuestionAsked, std::string>> out;
    const auto* r = state_.tenders().find(id);
    if (!r || r->questions.empty()) return out;
    const auto& truth = this->truth(visible(id));
    for (const auto& q : r->questions)
        out.emplace_back(q, TenderAnswers::answer(TenderReference::installed(), truth, q.text));
    return out;
}

std::optional<TenderAward> TenderDesk::award(const std::string& id) const {
    const auto& t = visible(id);
    if (!t.awarded(weeksRun_)) return std::nullopt;
    const auto& truth = this->truth(t);
    std::optional<TenderBid> candidate;
    const auto* r = state_.tenders().find(id);
    if (r && r->submittedBy && r->draft)
        if (const auto* saved = draftOffer(*r))
            candidate =
                TenderAward::candidateBid(reference_, scenario_, truth, offerOf(*saved), *r->draft);
    return TenderAward::of(scenario_, truth, std::move(candidate));
}

const SavedOffer* TenderDesk::draftOffer(const TenderResponse& response) const {
    return response.draft ? state_.savedOffers().find(response.siret, response.draft->offerVersion)
                          : nullptr;
}

const Offer& TenderDesk::offerOf(const SavedOffer& saved) const {
    const auto key = std::make_pair(saved.siret, saved.version);
    auto it = offers_.find(key);
    if (it == offers_.end())
        it = offers_
                 .emplace(key, Offer::fromJson(
                                   saved.offer.dump(),
                                   fmt::format("offre v{} du SIRET {}", saved.version, saved.siret),
                                   reference_.offers))
                 .first;
    return it->second;
}

std::vector<TenderWin> TenderDesk::wins() const {
    std::vector<TenderWin> out;
    for (const auto& [id, r] : state_.tenders().responses()) {
        if (!r.submittedBy) continue;
        const auto* t = book_.find(id);
        if (!t || !t->awarded(weeksRun_)) continue;
        const auto award = this->award(id);
        const auto* saved = draftOffer(r);
        if (!award || !award->candidateWon() || !saved) continue;
        TenderWin win;
        win.tenderId = id;
        win.siret = t->siret;
        win.week = t->awardWeek;
        win.annualPremium = award->candidate()->annualPremium;
        win.company = truth(*t).company;
        const auto& offer = offerOf(*saved);
        // The first day after the award week.
        const auto awarded = scenario_.startDate.plusDays(7 * t->awardWeek);
        win.effective = offer.effectiveDate < awarded ? awarded : offer.effectiveDate;
        for (const auto& category : offer.categories)
            if (win.product.empty() && category.health) win.product = category.health->product;
        for (const auto& category : offer.categories)
            if (win.product.empty() && category.provident)
                win.product = category.provident->product;
        out.push_back(std::move(win));
    }
    std::sort(out.begin(), out.end(),
              [](const TenderWin& a, const TenderWin& b) { return a.week < b.week; });
    return out;
}

}  // namespace cmcsim
