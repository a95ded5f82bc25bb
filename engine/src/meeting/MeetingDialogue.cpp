#include "cmcsim/meeting/MeetingDialogue.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "MeetingReplies.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/KeyedRandom.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/meeting/MeetingNeedsCheck.h"
#include "cmcsim/needs/CompanyNeeds.h"
#include "cmcsim/reference/MeetingBank.h"

namespace cmcsim {

namespace {
std::vector<std::string> variants(const std::string& answer) {
    std::vector<std::string> out;
    std::size_t at = 0;
    for (auto bar = answer.find('|'); bar != std::string::npos; bar = answer.find('|', at)) {
        out.push_back(answer.substr(at, bar - at));
        at = bar + 1;
    }
    out.push_back(answer.substr(at));
    return out;
}
}  // namespace

MeetingDialogue::MeetingDialogue(const MeetingContext& context, const MeetingRecord& record)
    : context_(context), record_(record) {
    transcript_.meeting = record.id;
    transcript_.siret = record.siret;
    transcript_.company = context.needs.company;
    transcript_.trust = context.startTrust;
    // The candidate's notes of the earlier meetings with the company (MeetingPrior).
    transcript_.known = context.prior.known;
    transcript_.restated = context.prior.restated;
    transcript_.raisedObjections = context.prior.raised;
    transcript_.addressedObjections = context.prior.addressed;
    transcript_.answeredObjections = context.prior.answered;
}

MeetingTranscript MeetingDialogue::run(const MeetingContext& context, const MeetingRecord& record) {
    MeetingDialogue dialogue(context, record);
    while (!dialogue.done()) dialogue.step();
    return dialogue.transcript_;
}

const MeetingAct* MeetingDialogue::nextAct() const {
    return !closed_ && !overrun() && next_ < record_.acts.size() ? &record_.acts[next_] : nullptr;
}

bool MeetingDialogue::done() const {
    return closed_ || (next_ >= record_.acts.size() && !record_.closed() && !overrun());
}

double MeetingDialogue::plannedMinutes() const {
    return record_.plannedMinutes > 0 ? record_.plannedMinutes : context_.parameter("duree_rdv");
}

bool MeetingDialogue::overrun() const {
    return transcript_.minutes >
           plannedMinutes() * (1 + context_.parameter("tolerance_duree")) + 1e-9;
}

void MeetingDialogue::step() {
    // The company ends a meeting that runs beyond its planned duration (and the tolerance)
    // after the step that overran it: the acts recorded after are not played.
    if (!closed_ && overrun()) {
        closed_ = true;
        close();
    } else if (const auto* act = nextAct()) {
        ++next_;
        play(*act);
    } else if (record_.closed() && !closed_) {
        closed_ = true;
        close();
    }
}

MeetingTurn& MeetingDialogue::apply(MeetingTurn turn, const MeetingEffect& effect, double minutes,
                                    const std::string& noiseKey) {
    auto& t = transcript_;
    turn.step = static_cast<int>(t.turns.size()) + 1;
    const auto siren = market().companies.at(t.company).siren;
    KeyedRandom random(context_.seed, Purpose("rdv"),
                       mixKey(mixKey(siren, static_cast<std::uint64_t>(record_.ordinal)),
                              Purpose(noiseKey).hash()),
                       static_cast<std::uint64_t>(turn.step));
    const double noise = (2 * random.uniform() - 1) * context_.parameter("bruit_confiance");
    const double spread = (2 * random.uniform() - 1) * context_.parameter("bruit_minutes");
    if (!turn.answer.empty()) {
        const auto options = variants(turn.answer);
        turn.answer =
            context_.facts.fill(options[random.below(static_cast<std::uint32_t>(options.size()))]);
    }
    turn.trustBefore = t.trust;
    // A step that changes nothing (0) is not blurred by the noise. Diminishing returns: above
    // the initial trust a gain shrinks as trust nears 100 (`rendement_confiance`).
    double delta = effect.delta == 0 ? 0 : effect.delta + noise;
    const double initial = context_.parameter("confiance_initiale");
    turn.nominal = effect.delta;
    turn.diminished = delta > 0 && t.trust > initial && initial < 100;
    if (turn.diminished)
        delta *=
            std::pow((100 - t.trust) / (100 - initial), context_.parameter("rendement_confiance"));
    t.trust = std::clamp(t.trust + delta, 0.0, 100.0);
    turn.trustAfter = t.trust;
    turn.minutes = std::round(std::max(0.0, minutes * (1 + spread)));
    t.minutes += turn.minutes;
    turn.revealed = effect.revealed;
    for (const auto& r : effect.revealed) {
        t.known[r] = context_.facts.statement(r);
        if (auto sentence = context_.facts.restatement(r); !sentence.empty())
            t.restated[r] = std::move(sentence);
    }
    turn.effects = effect.effects;
    turn.flags = effect.flags;
    t.flags.insert(t.flags.end(), effect.flags.begin(), effect.flags.end());
    t.phase = std::max(t.phase, turn.phase);
    t.turns.push_back(std::move(turn));
    return t.turns.back();
}

const Market& MeetingDialogue::market() const {
    return context_.market;
}

void MeetingDialogue::play(const MeetingAct& act) {
    auto& t = transcript_;
    MeetingTurn turn;
    turn.entry = act.entry;
    turn.kind = act.kind;
    turn.phase = act.phase;
    if (act.kind == MeetingAct::Kind::Needs) {
        turn.said =
            "Exigences et besoins rédigés, présentés à la signature : « " + act.needs + " »";
        turn.criterion = "B3.2.11";
        // The company signs only a statement of what it said (MeetingNeedsCheck).
        const auto problems = MeetingNeedsCheck::problems(context_, t, act.needs);
        MeetingEffect effect;
        if (problems.empty()) {
            turn.answer = "Je relis… C'est bien ce que nous vous avons dit, je signe.";
            effect = MeetingRules::needs(context_, t);
        } else {
            std::string why;
            for (const auto& p : problems) why.append(why.empty() ? "" : " ; ").append(p);
            turn.answer = "Je relis… Je ne peux pas signer cela : " + why + ".";
            effect = MeetingNeedsCheck::refused(context_);
        }
        apply(std::move(turn), effect, context_.parameter("minutes_besoins"), "besoins");
        if (problems.empty() && t.needsStep == 0) t.needsStep = t.turns.back().step;
        return;
    }
    if (act.kind == MeetingAct::Kind::Offer) {
        auto fit = MeetingOfferFit::of(
            context_.market, context_.reference, context_.bank, context_.needs, record_.siret,
            act.version, context_.offers.at(static_cast<std::size_t>(act.version - 1)),
            record_.date);
        if (context_.presentedPremium) {
            fit.annualPremium = context_.presentedPremium(
                context_.offers.at(static_cast<std::size_t>(act.version - 1)), act.version,
                act.entry);
            fit.listAnnualPremium = fit.annualPremium;
        }
        turn.said = fmt::format("Présentation de la version {} de l'offre", act.version);
        turn.answer = fit.fits() ? "Cela correspond à ce que nous cherchons.|Voilà une proposition "
                                   "qui tient compte de ce que nous vous avons dit."
                      : fit.overBudget ? "C'est au-delà de ce que nous pouvons payer.|Le coût "
                                         "pour l'entreprise dépasse notre budget."
                      : !fit.compliant()
                          ? "Ce contrat respecte-t-il bien nos obligations ? Il nous faut une "
                            "couverture conforme.|Notre expert-comptable vérifiera : il nous faut "
                            "un contrat conforme à nos obligations."
                      : fit.overLevel()
                          ? "C'est beaucoup plus que ce dont nous avons besoin.|Ces garanties "
                            "vont au-delà de nos attentes."
                          : "C'est insuffisant par rapport à ce que nous attendions.|Nos "
                            "salariés attendent mieux : ces garanties ne suffisent pas.";
        turn.criterion = "B4.3.1";
        const auto effect = MeetingRules::offer(context_, t, fit);
        if (!MeetingRules::needsDiscovered(t))
            turn.answer =
                "Vous ne connaissez pas encore nos besoins : comment pouvez-vous déjà nous "
                "proposer quelque chose ?";
        t.offer = std::move(fit);
        apply(std::move(turn), effect, context_.parameter("minutes_offre"),
              "offre" + std::to_string(act.version));
        t.offerStep = t.turns.back().step;
        return;
    }
    // The decision makers raise their objections one or two at a time, by influence: at a step
    // of the objection phase when none awaits an answer, and after each answer.
    std::vector<std::pair<std::string, std::string>> raised;
    if (act.phase == MeetingPhase::Objections && !objectionPending()) raised = raiseNext(turn);
    if (act.kind == MeetingAct::Kind::Counter) {
        playCounter(std::move(turn), act);
        compose(raised);
        return;
    }
    const auto& entry = *context_.bank.find(act.choice);
    turn.choice = entry.id;
    turn.said = entry.wording;
    turn.criterion = entry.criterion;
    turn.answer = entry.answer;
    const auto effect = MeetingRules::choice(context_, t, entry);
    const bool answer =
        entry.move == MeetingMove::GoodAnswer || entry.move == MeetingMove::PoorAnswer;
    // Answers follow the state: what is not relevant now is answered as such.
    if (!effect.repeated && !effect.relevant)
        if (auto reply = MeetingReplies::irrelevant(entry, answer); !reply.empty())
            turn.answer = std::move(reply);
    if (effect.repeated) turn.answer = "Je vous l'ai déjà dit. " + turn.answer;
    // Answered at an earlier meeting: the notes answer it, the company is not asked again.
    if (effect.notedAt > 0)
        turn.answer = fmt::format("(Déjà répondu au rendez-vous n° {}, d'après vos notes : {})",
                                  effect.notedAt, t.known.at(entry.reveals));
    auto& done = apply(std::move(turn), effect, effect.notedAt > 0 ? 0 : entry.minutes, entry.id);
    if (effect.repeated || !effect.relevant) {
        compose(raised);
        return;
    }
    const int step = done.step;
    // The signature is decided at this step, once: "pas encore" leaves the meeting unsigned
    // (the closure says why), a yes signs it at closure.
    if (entry.move == MeetingMove::Signature) {
        if (t.signatureStep == 0) t.signatureStep = step;
        if (auto why = MeetingReplies::notReadyToSign(context_, t); !why.empty()) {
            t.turns.back().answer = "Pas encore : " + why + ".";
            t.refusedStep = step;
            t.refusal = std::move(why);
        } else if (t.signedStep == 0) {
            t.signedStep = step;
        }
    }
    if (answer) {
        for (const auto& code : effect.anticipated)
            if (std::find(t.raisedObjections.begin(), t.raisedObjections.end(), code) ==
                t.raisedObjections.end())
                t.raisedObjections.push_back(code);
        for (auto& code : context_.answered(entry.code, t)) {
            t.addressedObjections.insert(code);
            if (entry.move == MeetingMove::GoodAnswer) t.answeredObjections.insert(code);
        }
    }
    compose(raised);
    if (answer) voiceNextObjection();
    switch (entry.move) {
        case MeetingMove::Obligation:
            t.obligations.try_emplace(entry.code, step);
            break;
        case MeetingMove::NextStep:
            if (t.nextStepStep == 0) t.nextStepStep = step;
            break;
        case MeetingMove::Complementary:
            t.complementary.insert(entry.code);
            break;
        default:
            break;
    }
}

std::vector<std::pair<std::string, std::string>> MeetingDialogue::raiseNext(MeetingTurn& turn) {
    auto& t = transcript_;
    auto next = context_.nextObjections(t);
    for (const auto& [code, role] : next) {
        turn.raised.push_back(code);
        t.raisedObjections.push_back(code);
    }
    return next;
}

std::string MeetingDialogue::objectionWords(const std::string& code, const std::string& role,
                                            bool met) const {
    auto who = MeetingFacts::roleLabel(role);
    if (!who.empty()) who[0] = static_cast<char>(std::toupper(who[0]));
    return fmt::format("{} {} : « {} »", who, met ? "avait cette réserve" : "objecte",
                       context_.wording(code));
}

void MeetingDialogue::compose(const std::vector<std::pair<std::string, std::string>>& raised) {
    // The reply follows the exchange (found by a fresh tester: "… objecte : « … » Vu comme
    // cela, l'écart de prix se justifie."): the company reacts to the act, then voices what it
    // raises; an objection the act met at once is quoted first, as the reserve it answers.
    auto& last = transcript_.turns.back();
    std::string before, after;
    for (const auto& [code, role] : raised) {
        const bool met = transcript_.addressedObjections.contains(code);
        auto& part = met ? before : after;
        part.append(part.empty() ? "" : " ").append(objectionWords(code, role, met));
    }
    if (!before.empty()) last.answer = before.append(" ").append(last.answer);
    if (!after.empty()) last.answer.append(" ").append(after);
}

void MeetingDialogue::voiceNextObjection() {
    if (objectionPending()) return;
    auto& last = transcript_.turns.back();
    for (const auto& [code, role] : raiseNext(last))
        last.answer.append(" ").append(objectionWords(code, role, false));
}

bool MeetingDialogue::objectionPending() const {
    const auto& t = transcript_;
    return std::any_of(t.raisedObjections.begin(), t.raisedObjections.end(),
                       [&](const auto& code) { return !t.addressedObjections.contains(code); });
}

void MeetingDialogue::close() {
    auto& t = transcript_;
    // Objections never voiced stay unvoiced (the closure weighs them without citing them).
    MeetingTurn turn;
    turn.entry = record_.closedBy;
    turn.phase = t.phase;
    // Why and when it was closed: by the candidate, or by the run of its week (a meeting takes
    // place in the week it is opened).
    const bool stopped = overrun();
    if (stopped) turn.entry = t.turns.empty() ? record_.entry : t.turns.back().entry;
    const auto when = fmt::format("entrée {} du journal", record_.closedBy);
    t.stoppedByCompany = stopped;
    t.closure =
        stopped
            ? fmt::format(
                  "arrêté par l'entreprise après l'étape {} : {} prévues ({} "
                  "tolérées), {} passées",
                  t.turns.size(), frenchCount(plannedMinutes(), "minute", "minutes"),
                  frenchShort(plannedMinutes() * (1 + context_.parameter("tolerance_duree")), 2),
                  frenchNumber(t.minutes, 0))
        : !record_.lapsed  ? fmt::format("clos par le candidat ({})", when)
        : t.signedStep > 0 ? fmt::format(
                                 "clos à l'exécution de la semaine {} ({}) : la signature "
                                 "était acquise à l'étape {}",
                                 record_.week, when, t.signedStep)
                           : fmt::format(
                                 "clos sans suite à l'exécution de la semaine {} ({}) : le "
                                 "rendez-vous était encore ouvert à la fin de sa semaine, où il "
                                 "devait se tenir",
                                 record_.week, when);
    turn.said = stopped           ? std::string("L'entreprise met fin au rendez-vous")
                : !record_.lapsed ? std::string("Clôture du rendez-vous")
                                  : fmt::format("Semaine {} jouée : rendez-vous {}", record_.week,
                                                t.signedStep > 0 ? "clos" : "clos sans suite");
    const auto effect = MeetingRules::closure(context_, t);
    apply(std::move(turn), effect, 0, "cloture");
    const double trust = t.trust;
    auto& reasons = t.reasons;
    if (record_.lapsed || stopped) reasons.push_back(t.closure);
    if (t.signatureStep == 0)
        reasons.push_back("la signature n'a pas été proposée");
    else if (t.signedStep == 0)
        reasons.push_back(fmt::format(
            "à la demande de signature (étape {}), l'entreprise a répondu « pas encore » : {}",
            t.refusedStep, t.refusal));
    if (!t.offer) reasons.push_back("aucune offre n'a été présentée");
    if (t.signatureStep > 0) {
        if (t.needsStep == 0 || t.needsStep > t.signatureStep)
            reasons.push_back(
                "les exigences et besoins n'étaient pas écrits et signés avant la "
                "signature (L521-4 C. assur.)");
        std::string missing;
        for (const auto& code : MeetingBank::obligations()) {
            const auto it = t.obligations.find(code);
            if (it == t.obligations.end() || it->second > t.signatureStep)
                missing += (missing.empty() ? "" : ", ") + MeetingBank::obligationLabel(code);
        }
        if (!missing.empty())
            reasons.push_back("informations obligatoires non données avant la signature : " +
                              missing);
    }
    if (t.offer && t.offer->overLevel())
        reasons.push_back("l'offre dépasse le niveau souhaité (survente)");
    if (t.offer && t.offer->underLevel)
        reasons.push_back("l'offre est en dessous du niveau attendu");
    if (t.offer && t.offer->overBudget) reasons.push_back("la part employeur dépasse le budget");
    if (t.offer && !t.offer->compliant())
        reasons.push_back("l'offre n'est pas conforme : " + t.offer->breaches.front());
    const double needed = context_.parameter("seuil_signature");
    if (trust < needed)
        reasons.push_back(fmt::format("confiance insuffisante ({:.0f} sur 100 pour {:.0f} requis)",
                                      trust, needed));
    // One outcome: signed when the company agreed at the signature step (its conditions are
    // those of the closure; what follows the agreement does not undo it).
    if (context_.client) {
        // A meeting with a client is a follow-up: a complementary product it needs, agreed at
        // the signature step, is signed; otherwise the relationship is reviewed, or lost when
        // trust fell below `seuil_prochaine_etape`.
        const auto& needs = context_.needs;
        const bool wanted = (t.complementary.contains("prevoyance") && needs.providentWanted) ||
                            (t.complementary.contains("services") &&
                             needs.priorities.services >= context_.parameter("seuil_attente"));
        if (t.signedStep > 0 && wanted) {
            reasons.clear();
            t.outcome = MeetingOutcome::Complement;
        } else if (trust >= context_.parameter("seuil_prochaine_etape")) {
            reasons.clear();
            t.outcome = MeetingOutcome::FollowUp;
        } else {
            t.outcome = MeetingOutcome::Lost;
        }
    } else if (t.signedStep > 0) {
        reasons.clear();
        t.outcome = MeetingOutcome::Signed;
    } else if ((!record_.lapsed || stopped) && (t.signatureStep > 0 || t.nextStepStep > 0) &&
               trust >= context_.parameter("seuil_prochaine_etape"))
        t.outcome = MeetingOutcome::NextStep;
    else
        t.outcome = MeetingOutcome::Lost;
    auto& last = t.turns.back();
    last.answer = MeetingReplies::closing(t.outcome, stopped);
}

}  // namespace cmcsim
