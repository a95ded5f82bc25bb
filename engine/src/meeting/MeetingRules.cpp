#include "cmcsim/meeting/MeetingRules.h"

#include <fmt/format.h>

#include <algorithm>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/market/BreakdownTally.h"
#include "cmcsim/meeting/MeetingContext.h"
#include "cmcsim/meeting/MeetingTranscript.h"
#include "cmcsim/reference/MeetingBank.h"

namespace cmcsim {

namespace {
std::string points(double delta) {
    return frenchShort(delta, 1);
}
}  // namespace

MeetingEffect MeetingRules::choice(const MeetingContext& c, const MeetingTranscript& sofar,
                                   const MeetingEntry& entry) {
    MeetingEffect e;
    // Asking again for the signature the company answered "pas encore", or giving again an
    // obligation it found premature, is no repetition.
    const bool askAgain =
        (entry.move == MeetingMove::Signature && sofar.signedStep == 0) ||
        (entry.move == MeetingMove::Obligation && !sofar.obligations.contains(entry.code));
    if (sofar.chose(entry.id) && !askAgain) {
        e.repeated = true;
        e.delta = c.parameter("repetition");
        e.effects.push_back(
            fmt::format("choix déjà fait dans ce rendez-vous ({})", points(e.delta)));
        return e;
    }
    e.relevant = entry.relevance == "toujours" ||
                 (entry.relevance.starts_with("si:") && c.holds(entry.relevance.substr(3), sofar));
    const bool answer =
        entry.move == MeetingMove::GoodAnswer || entry.move == MeetingMove::PoorAnswer;
    // An answer to an objection the company holds but has not voiced yet anticipates it.
    if (e.relevant && answer && c.answered(entry.code, sofar).empty() && c.raises(entry.code))
        e.anticipated = c.answered(entry.code);
    if (e.relevant && answer && c.answered(entry.code, sofar).empty() && e.anticipated.empty()) {
        e.delta = c.parameter("objection_non_soulevee");
        e.effects.push_back(
            fmt::format("réponse à une objection que l'entreprise n'a pas "
                        "soulevée ({})",
                        points(e.delta)));
        e.relevant = false;
        return e;
    }
    if (!e.relevant) {
        e.delta = c.parameter("question_hors_sujet");
        e.effects.push_back(
            fmt::format("hors sujet pour cette entreprise à ce moment ({})", points(e.delta)));
        if (entry.move == MeetingMove::Complementary)
            e.flags.push_back(
                "survente : produit complémentaire sans besoin de l'entreprise (L521-1 C. "
                "assur.)");
        return e;
    }
    e.delta = entry.trust;
    if (entry.reveals != "aucun") {
        const bool revealedHere =
            std::any_of(sofar.turns.begin(), sofar.turns.end(), [&](const MeetingTurn& t) {
                return std::find(t.revealed.begin(), t.revealed.end(), entry.reveals) !=
                       t.revealed.end();
            });
        if (sofar.known.contains(entry.reveals) && !revealedHere &&
            c.prior.revealedAt(entry.reveals) > 0) {
            e.delta = 0;
            e.notedAt = c.prior.revealedAt(entry.reveals);
            e.effects.push_back(fmt::format(
                "déjà appris au rendez-vous n° {} : répondu par vos notes, sans reprendre le "
                "temps de l'entreprise (0)",
                e.notedAt));
        } else if (sofar.known.contains(entry.reveals)) {
            e.delta = 0;
            e.effects.push_back("déjà connu : la question n'apprend rien de plus (0)");
        } else {
            e.revealed.push_back(entry.reveals);
        }
    }
    if (!e.anticipated.empty() && entry.move == MeetingMove::GoodAnswer) {
        e.delta = c.parameter("objection_anticipee");
        e.effects.push_back(
            fmt::format("objection anticipée : l'entreprise l'avait en tête sans l'avoir dite ({})",
                        points(e.delta)));
    }
    switch (entry.move) {
        case MeetingMove::Misleading:
            e.flags.push_back(
                "allégation trompeuse : l'information doit être exacte et non "
                "trompeuse (L521-1 C. assur.)");
            break;
        case MeetingMove::OverSelling:
            e.flags.push_back("survente : agir au mieux des intérêts du client (L521-1 C. assur.)");
            break;
        case MeetingMove::PoorAnswer:
            e.flags.push_back(
                fmt::format("objection « {} » mal traitée", MeetingFacts::codeLabel(entry.code)));
            break;
        default:
            break;
    }
    if (e.delta != 0 && e.effects.empty())
        e.effects.push_back(fmt::format(
            "{} ({})", e.delta > 0 ? "choix pertinent" : "choix maladroit", points(e.delta)));
    return e;
}

MeetingEffect MeetingRules::needs(const MeetingContext& c, const MeetingTranscript& sofar) {
    MeetingEffect e;
    if (sofar.signatureStep > 0) {
        e.flags.push_back(fmt::format(
            "exigences et besoins rédigés après la signature (étape {}) : ils doivent l'être "
            "avant toute conclusion (L521-4 C. assur.)",
            sofar.signatureStep));
        return e;
    }
    if (sofar.needsStep > 0) {
        e.effects.push_back("exigences et besoins mis à jour (0)");
        return e;
    }
    e.delta = c.parameter("besoins_ecrits");
    e.effects.push_back(fmt::format(
        "exigences et besoins écrits et signés avant la conclusion ({})", points(e.delta)));
    return e;
}

bool MeetingRules::needsDiscovered(const MeetingTranscript& sofar) {
    return sofar.known.contains("niveau_souhaite") || sofar.known.contains("priorites") ||
           sofar.known.contains("budget");
}

MeetingEffect MeetingRules::offer(const MeetingContext& c, const MeetingTranscript& sofar,
                                  const MeetingOfferFit& fit) {
    MeetingEffect e;
    if (!needsDiscovered(sofar)) {
        e.delta = c.parameter("offre_sans_decouverte");
        e.flags.push_back(
            "offre présentée avant la découverte des besoins : le conseil repose sur les "
            "exigences et besoins recueillis (L521-4 C. assur.)");
        e.effects.push_back(fmt::format("offre sans découverte des besoins ({})", points(e.delta)));
        return e;
    }
    // The wanted level and the budget are cited only once the company said them: the candidate
    // reads these words (the evaluator has the hidden needs).
    const bool levelKnown = sofar.known.contains("niveau_souhaite");
    const auto wanted = levelKnown ? "niveau " + std::string(coverageLevelLabel(fit.wantedLevel))
                                   : std::string("niveau souhaité, non découvert");
    if (fit.overLevel()) {
        const double d = c.parameter("survente_niveau") * (fit.level - fit.wantedLevel);
        e.delta += d;
        e.flags.push_back(fmt::format("survente : offre de niveau {} pour un besoin de {}",
                                      coverageLevelLabel(fit.level), wanted));
        e.effects.push_back(fmt::format("niveau au-dessus du besoin ({})", points(d)));
    }
    if (fit.overBudget) {
        const double d = c.parameter("depassement_budget");
        e.delta += d;
        e.flags.push_back(fmt::format(
            "dépassement du budget : {} € de part employeur par salarié et par mois pour {}",
            frenchNumber(fit.employerMonthly, 2),
            sofar.known.contains("budget") ? "un budget de " + frenchNumber(fit.budget, 2) + " €"
                                           : std::string("un budget non découvert")));
        e.effects.push_back(fmt::format("au-delà du budget ({})", points(d)));
    }
    // Under the level the needs call for, the offer is insufficient: trust falls per level.
    if (fit.underLevel) {
        const double d = c.parameter("sous_niveau") * (fit.wantedLevel - fit.level);
        e.delta += d;
        e.flags.push_back(fmt::format("offre insuffisante : niveau {} pour un besoin de {}",
                                      coverageLevelLabel(fit.level), wanted));
        e.effects.push_back(fmt::format("niveau {} en dessous des attentes ({}) ({})",
                                        coverageLevelLabel(fit.level), wanted, points(d)));
    }
    // A non-compliant offer is never adapted, whatever its level (MeetingOfferFit::fits).
    for (const auto& breach : fit.breaches) e.flags.push_back("offre non conforme : " + breach);
    if (fit.fits()) {
        e.delta = c.parameter("offre_adaptee");
        e.effects.push_back(
            fmt::format("offre adaptée au besoin et dans le budget ({})", points(e.delta)));
    }
    return e;
}

MeetingEffect MeetingRules::closure(const MeetingContext& c, const MeetingTranscript& sofar) {
    MeetingEffect e;
    if (!sofar.offer) return e;
    for (const auto& [code, role] : c.objections) {
        if (sofar.answeredObjections.contains(code)) continue;
        const double d = c.parameter("objection_non_traitee");
        e.delta += d;
        // Only an objection the company voiced is cited; one it keeps to itself still weighs.
        const auto& voiced = sofar.raisedObjections;
        if (std::find(voiced.begin(), voiced.end(), code) == voiced.end()) {
            e.effects.push_back(
                fmt::format("réserve que l'échange n'a pas fait exprimer ({})", points(d)));
            continue;
        }
        e.flags.push_back(fmt::format("objection non traitée, soulevée par {} : « {} »",
                                      MeetingFacts::roleLabel(role), c.wording(code)));
        e.effects.push_back(fmt::format("objection non traitée ({})", points(d)));
    }
    for (const auto& code : MeetingBank::obligations()) {
        if (sofar.obligations.contains(code)) continue;
        const double d = c.parameter("obligation_omise");
        e.delta += d;
        e.flags.push_back(fmt::format("information obligatoire non donnée : {}",
                                      MeetingBank::obligationLabel(code)));
        e.effects.push_back(
            fmt::format("{} omis ({})", MeetingBank::obligationLabel(code), points(d)));
    }
    return e;
}

}  // namespace cmcsim
