#include "cmcsim/meeting/MeetingDialogue.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "cmcsim/core/KeyedRandom.h"
#include "cmcsim/market/Market.h"
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
    transcript_.trust = context.parameter("confiance_initiale");
}

MeetingTranscript MeetingDialogue::run(const MeetingContext& context, const MeetingRecord& record) {
    MeetingDialogue dialogue(context, record);
    while (!dialogue.done()) dialogue.step();
    return dialogue.transcript_;
}

const MeetingAct* MeetingDialogue::nextAct() const {
    return next_ < record_.acts.size() ? &record_.acts[next_] : nullptr;
}

bool MeetingDialogue::done() const {
    return next_ >= record_.acts.size() && (closed_ || !record_.closed());
}

void MeetingDialogue::step() {
    if (const auto* act = nextAct()) {
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
    // A step that changes nothing (0) is not blurred by the noise.
    const double delta = effect.delta == 0 ? 0 : effect.delta + noise;
    t.trust = std::clamp(t.trust + delta, 0.0, 100.0);
    turn.trustAfter = t.trust;
    turn.minutes = std::round(std::max(0.0, minutes * (1 + spread)));
    t.minutes += turn.minutes;
    turn.revealed = effect.revealed;
    for (const auto& r : effect.revealed) t.known[r] = context_.facts.statement(r);
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
        turn.said = "Exigences et besoins rédigés et signés : « " + act.needs + " »";
        turn.answer = "Je relis… C'est bien ce que nous vous avons dit, je signe.";
        turn.criterion = "B3.2.11";
        const auto effect = MeetingRules::needs(context_, t);
        apply(std::move(turn), effect, context_.parameter("minutes_besoins"), "besoins");
        if (t.needsStep == 0) t.needsStep = t.turns.back().step;
        return;
    }
    if (act.kind == MeetingAct::Kind::Offer) {
        auto fit = MeetingOfferFit::of(
            context_.market, context_.reference, context_.bank, context_.needs, record_.siret,
            act.version, context_.offers.at(static_cast<std::size_t>(act.version - 1)),
            record_.date);
        turn.said = fmt::format("Présentation de la version {} de l'offre", act.version);
        turn.answer = fit.fits() ? "Cela correspond à ce que nous cherchons.|Voilà une proposition "
                                   "qui tient compte de ce que nous vous avons dit."
                      : fit.overBudget ? "C'est au-delà de ce que nous pouvons payer.|Le coût "
                                         "pour l'entreprise dépasse notre budget."
                      : fit.overLevel()
                          ? "C'est beaucoup plus que ce dont nous avons besoin.|Ces garanties "
                            "vont au-delà de nos attentes."
                          : "C'est un peu juste par rapport à ce que nous attendions.|Nos "
                            "salariés attendront mieux.";
        turn.criterion = "B4.3.1";
        const auto effect = MeetingRules::offer(context_, t, fit);
        t.offer = std::move(fit);
        apply(std::move(turn), effect, context_.parameter("minutes_offre"),
              "offre" + std::to_string(act.version));
        t.offerStep = t.turns.back().step;
        return;
    }
    const auto& entry = *context_.bank.find(act.choice);
    turn.choice = entry.id;
    turn.said = entry.wording;
    turn.criterion = entry.criterion;
    turn.answer = entry.answer;
    // The decision makers raise their objections as the meeting reaches its objection phase.
    std::string prefix;
    if (t.phase < MeetingPhase::Objections && entry.phase >= MeetingPhase::Objections &&
        t.raisedObjections.empty())
        for (const auto& [code, role] : context_.objections) {
            turn.raised.push_back(code);
            t.raisedObjections.push_back(code);
            auto who = MeetingFacts::roleLabel(role);
            if (!who.empty()) who[0] = static_cast<char>(std::toupper(who[0]));
            prefix += fmt::format("{} objecte : « {} » ", who, context_.wording(code));
        }
    const auto effect = MeetingRules::choice(context_, t, entry);
    if (effect.repeated) turn.answer = "Je vous l'ai déjà dit. " + turn.answer;
    auto& done = apply(std::move(turn), effect, entry.minutes, entry.id);
    if (!prefix.empty()) done.answer = prefix + done.answer;
    if (effect.repeated || !effect.relevant) return;
    const int step = done.step;
    switch (entry.move) {
        case MeetingMove::GoodAnswer:
            for (auto& code : context_.answered(entry.code)) t.answeredObjections.insert(code);
            break;
        case MeetingMove::Obligation:
            t.obligations.try_emplace(entry.code, step);
            break;
        case MeetingMove::Signature:
            if (t.signatureStep == 0) t.signatureStep = step;
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

void MeetingDialogue::close() {
    auto& t = transcript_;
    if (t.offer && t.raisedObjections.empty())
        for (const auto& o : context_.objections) t.raisedObjections.push_back(o.first);
    MeetingTurn turn;
    turn.entry = record_.closedBy;
    turn.phase = t.phase;
    turn.said = "Clôture du rendez-vous";
    const auto effect = MeetingRules::closure(context_, t);
    apply(std::move(turn), effect, 0, "cloture");
    const double trust = t.trust;
    auto& reasons = t.reasons;
    if (t.signatureStep == 0) reasons.push_back("la signature n'a pas été proposée");
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
    const double needed = context_.parameter("seuil_signature");
    if (trust < needed)
        reasons.push_back(fmt::format("confiance insuffisante ({:.0f} sur 100 pour {:.0f} requis)",
                                      trust, needed));
    if (reasons.empty())
        t.outcome = MeetingOutcome::Signed;
    else if ((t.signatureStep > 0 || t.nextStepStep > 0) &&
             trust >= context_.parameter("seuil_prochaine_etape"))
        t.outcome = MeetingOutcome::NextStep;
    else
        t.outcome = MeetingOutcome::Lost;
    auto& last = t.turns.back();
    last.answer = t.outcome == MeetingOutcome::Signed ? "Nous signons. Merci pour votre conseil."
                  : t.outcome == MeetingOutcome::NextStep
                      ? "Nous allons réfléchir ; revoyons-nous comme convenu."
                      : "Nous n'allons pas donner suite pour le moment.";
}

}  // namespace cmcsim
