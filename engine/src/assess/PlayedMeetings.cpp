#include "PlayedMeetings.h"

#include <fmt/format.h>

#include <algorithm>

#include "OfferVersions.h"
#include "cmcsim/assess/Grading.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/meeting/MeetingDialogue.h"
#include "cmcsim/meeting/MeetingNegotiation.h"
#include "cmcsim/meeting/MeetingView.h"
#include "cmcsim/reference/MeetingBank.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim::assess {

bool JudgedMeeting::beforeConclusion(int step) const {
    const int conclusion = transcript.signatureStep;
    return step > 0 && (conclusion == 0 || step < conclusion);
}

std::string JudgedMeeting::ungrounded() const {
    if (!offered()) return {};
    const int offer = transcript.offerStep;
    int learnt = 0;  // the first step that revealed a need
    for (const auto& turn : transcript.turns)
        if (!turn.revealed.empty()) {
            learnt = turn.step;
            break;
        }
    // What earlier meetings with the company revealed is known from the start (MeetingPrior).
    if (context->prior.known.empty() && (learnt == 0 || learnt > offer))
        return fmt::format("offre présentée à l'étape {} avant toute découverte des besoins",
                           offer);
    const int written = transcript.needsStep;
    if (written == 0 || written > offer)
        return fmt::format(
            "offre présentée à l'étape {} avant les exigences et besoins écrits et signés{}", offer,
            written == 0 ? " (jamais écrits)" : fmt::format(" (écrits à l'étape {})", written));
    return {};
}

std::vector<std::string> JudgedMeeting::voiced() const {
    std::vector<std::string> out;
    for (const auto& turn : transcript.turns)
        for (const auto& code : turn.raised)
            if (std::find(out.begin(), out.end(), code) == out.end()) out.push_back(code);
    return out;
}

const JudgedStep* JudgedMeeting::at(int step) const {
    return step >= 1 && static_cast<std::size_t>(step) <= steps.size()
               ? &steps[static_cast<std::size_t>(step - 1)]
               : nullptr;
}

std::vector<std::pair<const JudgedStep*, std::string>> JudgedMeeting::unwanted() const {
    std::vector<std::pair<const JudgedStep*, std::string>> out;
    for (const auto& s : steps)
        if (s.is(MeetingMove::Complementary) && !s.effect.relevant && !s.effect.repeated)
            out.emplace_back(&s, s.entry->code);
    for (const auto& c : transcript.counters)
        if (!c.useful && (c.counterpart == "prevoyance" || c.counterpart == "services"))
            if (const auto* s = at(c.step)) out.emplace_back(s, c.counterpart);
    return out;
}

std::string JudgedMeeting::name() const {
    return fmt::format("rendez-vous n° {} ({})", record->id, company);
}

Evidence JudgedMeeting::evidence(const JudgedStep& step, const std::string& label) const {
    return {step.turn->entry, label,
            fmt::format("{}, étape {} : « {} »", name(), step.turn->step, step.turn->said)};
}

namespace {

// The transcript as the dialogue judges `act` on it: at a step of the objection phase where no
// voiced objection awaits an answer, the decision makers first voice the next
// `objections_par_tour` of theirs (MeetingDialogue, "objections one at a time").
MeetingTranscript voiced(const MeetingContext& c, const MeetingTranscript& sofar,
                         const MeetingAct& act) {
    auto t = sofar;
    if (act.phase != MeetingPhase::Objections) return t;
    for (const auto& code : t.raisedObjections)
        if (!t.addressedObjections.contains(code)) return t;
    for (const auto& [code, role] : c.nextObjections(t)) t.raisedObjections.push_back(code);
    return t;
}

// Replays `record` step by step, keeping each choice's effect before the keyed noise.
std::unique_ptr<JudgedMeeting> judged(const AssessmentContext& context, const MeetingRecord& record,
                                      std::uint32_t company) {
    auto m = std::make_unique<JudgedMeeting>();
    m->record = &record;
    m->company = context.market.companies[company].name;
    m->needs = CompanyNeeds::of(context.market, context.reference, context.scenario,
                                OfferVersions::seed(context), company);
    std::vector<nlohmann::json> offers;
    for (const auto& o : context.state.offers())
        if (o.siret == record.siret) offers.push_back(o.offer);
    m->context = std::make_unique<MeetingContext>(context.market, context.reference, m->needs,
                                                  OfferVersions::seed(context), std::move(offers),
                                                  record.siret);
    m->context->negotiation =
        MeetingNegotiation::of(context.scenario.policy, context.reference.meetings);
    MeetingView::present(*m->context, context.market, context.reference, context.scenario,
                         context.state, record.siret);
    MeetingView::history(context.market, context.reference, context.scenario,
                         OfferVersions::seed(context), context.state, record, m->needs)
        .into(*m->context);
    const auto& c = *m->context;
    MeetingDialogue dialogue(c, record);
    while (!dialogue.done()) {
        JudgedStep s;
        const auto* act = dialogue.nextAct();
        if (!act) {
            s.effect = MeetingRules::closure(c, dialogue.transcript());
        } else if (act->kind == MeetingAct::Kind::Choice) {
            s.entry = c.bank.find(act->choice);
            if (s.entry) {
                const auto sofar = voiced(c, dialogue.transcript(), *act);
                s.effect = MeetingRules::choice(c, sofar, *s.entry);
                if (s.answers()) {
                    s.addresses = c.answered(s.entry->code, sofar);
                    for (auto& code : c.answered(s.entry->code))
                        if (std::find(sofar.raisedObjections.begin(), sofar.raisedObjections.end(),
                                      code) == sofar.raisedObjections.end())
                            s.anticipates.push_back(std::move(code));
                }
            }
        } else if (act->kind == MeetingAct::Kind::Needs) {
            s.effect = MeetingRules::needs(c, dialogue.transcript());
        }
        const bool counter = act && act->kind == MeetingAct::Kind::Counter;
        const bool overBefore =
            counter && dialogue.transcript().offer && dialogue.transcript().offer->overBudget;
        if (counter) s.addresses = c.answered("prix", voiced(c, dialogue.transcript(), *act));
        dialogue.step();
        if (act && act->kind == MeetingAct::Kind::Offer) s.fit = dialogue.transcript().offer;
        if (counter && !dialogue.transcript().counters.empty()) {
            const auto& t = dialogue.transcript();
            const auto& made = t.counters.back();
            const bool intoBudget = overBefore && t.offer && !t.offer->overBudget;
            s.counterAnswers = made.applied && made.discountPct > 0 &&
                               (intoBudget || (!made.counterpart.empty() && made.useful));
        }
        m->steps.push_back(std::move(s));
    }
    m->transcript = dialogue.transcript();
    for (std::size_t i = 0; i < m->steps.size() && i < m->transcript.turns.size(); ++i)
        m->steps[i].turn = &m->transcript.turns[i];
    m->steps.resize(std::min(m->steps.size(), m->transcript.turns.size()));
    return m;
}

}  // namespace

const PlayedMeetings& PlayedMeetings::of(const AssessmentContext& context) {
    return context.memo->get<PlayedMeetings>("rendez_vous.rejoues", [&] {
        PlayedMeetings out;
        for (const auto& record : context.state.meetings().meetings()) {
            if (!record.closed()) {
                ++out.open;
                continue;
            }
            if (const auto company = MeetingView::companyOf(context.market, record.siret))
                out.closed.push_back(judged(context, record, *company));
        }
        return out;
    });
}

MeetingRule shareRule(std::string what, std::string concerned, std::string text) {
    return {"part_acquis",   "part_partiel",       false,
            std::move(what), std::move(concerned), std::move(text)};
}

IndicatorResult judgeMeetings(const AssessmentContext& context,
                              const AssessorThresholds& thresholds, const std::string& criterion,
                              const std::string& indicator, const MeetingRule& rule,
                              const std::function<MeetingTally(const JudgedMeeting&)>& tally) {
    auto result = grading::start(criterion, indicator);
    const auto& played = PlayedMeetings::of(context);
    const double acquis = thresholds.at(rule.acquis), partial = thresholds.at(rule.partial);
    const auto verdicts =
        rule.breaches
            ? fmt::format(
                  "Verdict : « acquis » jusqu'à {}, « partiellement acquis » jusqu'à {}, "
                  "sinon « non acquis ».",
                  frenchCount(acquis, "manquement", "manquements"),
                  frenchCount(partial, "manquement", "manquements"))
            : fmt::format(
                  "Verdict : « acquis » à partir de {}, « partiellement acquis » à partir "
                  "de {}, sinon « non acquis ».",
                  grading::percent(acquis), grading::percent(partial));
    const auto where = rule.concerned.empty() ? std::string() : " " + rule.concerned;
    double met = 0, of = 0;
    std::int64_t concerned = 0;
    std::vector<Evidence> meetings, steps;
    for (const auto& m : played.closed) {
        auto t = tally(*m);
        if (t.of <= 0) continue;
        ++concerned;
        met += t.met;
        of += t.of;
        auto name = m->name();
        name[0] = 'R';
        meetings.push_back({m->record->closedBy, name, t.summary});
        steps.insert(steps.end(), t.steps.begin(), t.steps.end());
    }
    if (concerned == 0) {
        result.explanation = fmt::format(
            "À apprécier par l'évaluateur : aucun rendez-vous clos{} ne le montre ({}, {} en "
            "cours), le simulateur n'a donc rien à mesurer. Quand un rendez-vous le montre : {} "
            "{}",
            where,
            frenchCount(static_cast<double>(played.closed.size()), "rendez-vous clos",
                        "rendez-vous clos"),
            played.open, rule.text, verdicts);
        return result;
    }
    std::string figure;
    grading::Measure measure;
    if (rule.breaches) {
        measure = grading::measureAtMost(met, acquis, partial);
        figure = frenchCount(met, "manquement", "manquements");
    } else {
        const double share = met / of;
        measure = grading::measureAtLeast(share, acquis, partial);
        figure = fmt::format("{} ({} sur {})", grading::percent(share), frenchNumber(met, 0),
                             frenchNumber(of, 0));
    }
    result.verdict = measure.verdict;
    result.score = measure.score;
    result.evidence.push_back({0, rule.what, figure});
    result.evidence.insert(result.evidence.end(), meetings.begin(), meetings.end());
    result.evidence.insert(result.evidence.end(), steps.begin(), steps.end());
    const auto open = played.open > 0 ? fmt::format(" ({} en cours, non jugé{})", played.open,
                                                    played.open > 1 ? "s" : "")
                                      : std::string();
    result.explanation = fmt::format(
        "{}{}{}. {} : {}. {} {}",
        frenchCount(static_cast<double>(concerned), "rendez-vous clos", "rendez-vous clos"), where,
        open, rule.what, figure, rule.text, verdicts);
    return result;
}

}  // namespace cmcsim::assess
