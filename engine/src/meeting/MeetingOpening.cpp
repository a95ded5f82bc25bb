#include "cmcsim/meeting/MeetingOpening.h"

#include <fmt/format.h>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/meeting/MeetingView.h"
#include "cmcsim/reference/MeetingBank.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/Scenario.h"
#include "cmcsim/sim/Campaign.h"
#include "cmcsim/sim/MarketWatch.h"
#include "cmcsim/sim/WeekReport.h"
#include "cmcsim/tender/TenderBook.h"

namespace cmcsim {

namespace {
std::string tenderRefusal(const Scenario& scenario, const Tender& t, const std::string& name) {
    const int week = t.questionWeek;
    return fmt::format(
        "rendez-vous refusé : l'appel d'offres « {} » de {} est en cours (publié en semaine {}, "
        "réponses à déposer au plus tard le {}, attribution en semaine {}) ; pendant la "
        "consultation, l'acheteur ne reçoit pas les candidats en privé et ne répond que par le "
        "canal officiel des questions, le même pour tous : cmcsim tender question FICHIER {} "
        "« votre question » (jusqu'au {}) ; un rendez-vous reste possible après l'attribution",
        t.id, name, t.publicationWeek, Tender::weekEnd(scenario, t.submissionWeek).french(),
        t.awardWeek, t.id, Tender::weekEnd(scenario, week).french());
}
}  // namespace

int MeetingOpening::acceptsFromWeek(int lostWeek, const MeetingBank& bank) {
    return lostWeek + static_cast<int>(bank.parameter("delai_apres_perte"));
}

const Tender* MeetingOpening::openTender(const TenderBook& book, std::uint64_t siren, int week,
                                         int weeksRun) {
    for (const auto& t : book.tenders)
        if (t.siret / 100000 == siren && t.published(week) && !t.awarded(weeksRun)) return &t;
    return nullptr;
}

std::optional<std::string> MeetingOpening::refusal(const Market& market,
                                                   const ReferenceData& reference,
                                                   const Scenario& scenario, std::uint64_t seed,
                                                   const AttemptState& state,
                                                   const std::string& siret) {
    const auto number = siret::parse(siret, 14);
    const auto company = MeetingView::companyOf(market, siret);
    if (!number || !company) return std::nullopt;  // the state's own checks answer
    const auto& name = market.companies[*company].name;
    // A closed establishment (a trap of the prospect file) has no one to meet: the refusal does
    // not name the closure, which only a verified record establishes (cmcsim verify).
    for (const auto& e : market.establishments)
        if (e.siret == *number && e.closed)
            return fmt::format(
                "rendez-vous impossible : personne ne répond à l'établissement SIRET {} de {} (ni "
                "au téléphone ni au courrier) ; vérifiez sa fiche avant de le relancer",
                siret::formatSiret(e.siret), name);
    const int weeksRun = state.weekRuns().empty() ? 0 : state.weekRuns().back().week;
    const auto book = TenderBook::of(scenario, reference, market);
    if (const auto* t = openTender(book, *number / 100000,
                                   Tender::weekOf(scenario, state.simulatedDate()), weeksRun))
        return tenderRefusal(scenario, *t, name);
    // A company the simulated weeks lost (a refusal, a proposal declined: Campaign) keeps its
    // distance as after a lost meeting (found by a fresh tester: met the next week at trust 50).
    if (weeksRun > 0) {
        const auto campaign = Campaign::replay(scenario, reference, market, seed, state);
        const auto p = campaign.progress().find(*company);
        if (p != campaign.progress().end() && p->second.stage == FunnelStage::Lost) {
            const int from = acceptsFromWeek(p->second.since, reference.meetings);
            if (weeksRun + 1 < from)
                return fmt::format(
                    "rendez-vous refusé : {} a décliné en semaine {} (« {} ») et ne reprend pas "
                    "rendez-vous avant le {} (semaine {}) ; il faut jouer les semaines d'ici là "
                    "(cmcsim week FICHIER)",
                    name, p->second.since, WeekReport::reasonLabel(campaign, p->second.reason),
                    weekStart(scenario, from).french(), from);
        }
    }
    // The last meeting with the company decides: lost, the company keeps its distance.
    const MeetingRecord* last = nullptr;
    for (const auto& m : state.meetings().meetings())
        if (m.siren() == siret.substr(0, 9)) last = &m;
    if (!last || !last->closed()) return std::nullopt;
    const int from = acceptsFromWeek(last->week, reference.meetings);
    if (weeksRun + 1 < from) {
        const MeetingView view(market, reference, scenario, seed, state, last->id, *company);
        if (view.fullTranscript().outcome == MeetingOutcome::Lost)
            return fmt::format(
                "rendez-vous refusé : {} n'a pas donné suite au rendez-vous n° {} (semaine {}) et "
                "ne reprend pas rendez-vous avant le {} (semaine {}, {} semaines après) ; il faut "
                "jouer les semaines d'ici là (cmcsim week FICHIER) : un rendez-vous perdu ne se "
                "rejoue pas aussitôt",
                name, last->id, last->week, weekStart(scenario, from).french(), from,
                from - last->week);
    }
    // One meeting a week with a company: closing and reopening the same day does not pile up
    // the trust a "next step" brings (found by a tester: 12 meetings, trust 50 → 91).
    if (last->week >= weeksRun + 1)
        return fmt::format(
            "rendez-vous refusé : {} vous a déjà reçu cette semaine (rendez-vous n° {}, semaine "
            "{}) ; un nouveau rendez-vous est possible à partir du {} (semaine {}), une fois la "
            "semaine jouée (cmcsim week FICHIER)",
            name, last->id, last->week, weekStart(scenario, last->week + 1).french(),
            last->week + 1);
    return std::nullopt;
}

}  // namespace cmcsim
