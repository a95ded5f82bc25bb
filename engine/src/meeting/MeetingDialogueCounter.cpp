// MeetingDialogue's counter-proposal step (rdv.contreproposition): the mutuelle's policy, the
// company's concern and the trust it earns or costs (docs/simulation.md "La négociation").
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/KeyedRandom.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/meeting/MeetingDialogue.h"
#include "cmcsim/meeting/MeetingNegotiation.h"
#include "cmcsim/needs/CompanyNeeds.h"

namespace cmcsim {

void MeetingDialogue::playCounter(MeetingTurn turn, const MeetingAct& act) {
    auto& t = transcript_;
    const auto& n = context_.negotiation;
    const auto points = [](double d) { return frenchShort(d, 1); };
    MeetingCounter counter;
    counter.version = t.offer->version;
    counter.discountPct = act.discountPct;
    counter.counterpart = act.counterpart;
    counter.priceObjection = !context_.answered("prix", t).empty();
    const auto level = n.levelOf(act.discountPct);
    counter.level = MeetingNegotiation::levelCode(level);
    const auto pct = frenchShort(act.discountPct, 2);
    turn.said = fmt::format(
        "Contre-proposition sur la version {} : remise de {} %{}", counter.version, pct,
        act.counterpart.empty() ? "" : " " + MeetingNegotiation::counterpartLabel(act.counterpart));
    turn.criterion = "B4.5.5";
    double minutes = context_.parameter("minutes_contreproposition");
    MeetingEffect e;
    if (level != MeetingNegotiation::Level::Seller) minutes += n.managerMinutes;
    if (level == MeetingNegotiation::Level::Manager)
        turn.said += fmt::format(" (avec l'accord de la direction, obtenu en {})",
                                 frenchCount(n.managerMinutes, "minute", "minutes"));
    if (level == MeetingNegotiation::Level::Refused) {
        e.delta = context_.parameter("contreproposition_refusee");
        e.flags.push_back(fmt::format(
            "remise de {} % hors délégation : la politique commerciale la plafonne à {} % avec "
            "l'accord de la direction (seul : {} %)",
            pct, frenchShort(n.managerPct, 2), frenchShort(n.sellerPct, 2)));
        e.effects.push_back(
            fmt::format("la direction refuse, le conseiller se dédit ({})", points(e.delta)));
        turn.answer =
            "Vous nous proposez une remise que votre direction refuse ? Ce n'est pas "
            "très sérieux.";
    } else {
        if (level == MeetingNegotiation::Level::Manager)
            e.effects.push_back(fmt::format("accord de la direction obtenu ({})",
                                            frenchCount(n.managerMinutes, "minute", "minutes")));
        counter.applied = true;
        const bool wasOver = t.offer->overBudget;
        const double before = t.offer->discountPct;
        t.offer->discount(act.discountPct, context_.parameter("tolerance_budget"));
        const bool intoBudget = wasOver && !t.offer->overBudget;
        // A counter-proposal earns trust only when it moves toward the concern the company
        // stated (a price objection voiced, the offer over its budget) and only the first
        // time; any later one is insistence (docs/simulation.md "La négociation").
        const bool concern = counter.priceObjection || wasOver;
        // A token step (less than `remise_significative` points more) is no move at all.
        const bool token = act.discountPct < before + context_.parameter("remise_significative");
        const bool toward = concern && !token;
        const bool again = std::any_of(t.counters.begin(), t.counters.end(),
                                       [](const MeetingCounter& c) { return c.applied; });
        counter.toward = toward;
        // The company weighs the discount by its hidden price sensitivity (keyed draw).
        KeyedRandom random(context_.seed, Purpose("rdv.contreproposition"),
                           mixKey(mixKey(market().companies.at(t.company).siren,
                                         static_cast<std::uint64_t>(record_.ordinal)),
                                  static_cast<std::uint64_t>(std::lround(act.discountPct * 100))),
                           t.turns.size() + 1);
        counter.welcomed =
            toward && (intoBudget || random.uniform() < context_.needs.priceSensitivity);
        if (again) {
            e.delta = context_.parameter("insistance");
            e.effects.push_back(
                fmt::format("insistance : une contre-proposition de plus dans ce rendez-vous ({})",
                            points(e.delta)));
            turn.answer = toward ? "Vous revenez encore sur le prix ? Nous en avons déjà parlé."
                                 : "Encore une proposition ? Cela ne répond pas à notre question.";
        } else if (!concern) {
            e.effects.push_back(
                "remise sans préoccupation exprimée : l'entreprise n'a parlé ni de prix ni de "
                "budget (0)");
            turn.answer =
                "Nous ne vous avons rien demandé sur le prix : ce sont les garanties qui "
                "comptent.";
        } else if (token) {
            e.effects.push_back(
                fmt::format("remise symbolique : moins de {} % de plus que la précédente (0)",
                            frenchNumber(context_.parameter("remise_significative"), 0)));
            turn.answer = "C'est symbolique : cela ne change rien pour nous.";
        } else if (intoBudget) {
            e.delta = context_.parameter("contreproposition_budget");
            e.effects.push_back(fmt::format(
                "la remise ramène la part employeur dans le budget ({})", points(e.delta)));
            turn.answer = "Là, nous rentrons dans notre budget.";
        } else if (counter.welcomed) {
            e.delta = context_.parameter("contreproposition_accueillie");
            e.effects.push_back(fmt::format("contre-proposition accueillie ({})", points(e.delta)));
            turn.answer = "C'est un geste que nous apprécions.";
        } else {
            turn.answer = t.offer->overBudget
                              ? "Même avec cette remise, c'est au-delà de notre budget."
                              : "La remise ne change pas grand-chose pour nous : ce sont les "
                                "garanties qui comptent.";
        }
        // A welcomed discount answers the price objections voiced; well when it is argued (a
        // counterpart) or brings the offer into the budget.
        if (counter.welcomed)
            for (const auto& code : context_.answered("prix", t)) {
                t.addressedObjections.insert(code);
                if (intoBudget || !act.counterpart.empty()) t.answeredObjections.insert(code);
            }
    }
    // A refused proposal commits nothing: its counterpart is not offered either (journals
    // written before MeetingLog refused a discount beyond the policy).
    if (!act.counterpart.empty() && counter.applied) {
        const auto& needs = context_.needs;
        const bool useful = act.counterpart == "engagement" ||
                            (act.counterpart == "prevoyance" && needs.providentWanted) ||
                            (act.counterpart == "services" &&
                             needs.priorities.services >= context_.parameter("seuil_attente"));
        counter.useful = useful;
        // A useful counterpart earns trust once: offered again, it brings nothing new.
        const bool offered = std::any_of(
            t.counters.begin(), t.counters.end(),
            [&](const MeetingCounter& c) { return c.applied && c.counterpart == act.counterpart; });
        if (act.counterpart != "engagement") t.complementary.insert(act.counterpart);
        const double d = useful && offered ? 0.0
                                           : context_.parameter(useful ? "contrepartie_utile"
                                                                       : "contrepartie_inutile");
        e.delta += d;
        e.effects.push_back(fmt::format("contrepartie {} ({})",
                                        !useful   ? "sans besoin"
                                        : offered ? "utile, déjà proposée"
                                                  : "utile à l'entreprise",
                                        points(d)));
        if (!useful)
            e.flags.push_back(
                "survente : contrepartie sans besoin de l'entreprise (L521-1 C. "
                "assur.)");
    }
    apply(std::move(turn), e, minutes, "contreproposition");
    counter.step = t.turns.back().step;
    t.counters.push_back(std::move(counter));
    voiceNextObjection();
}

}  // namespace cmcsim
