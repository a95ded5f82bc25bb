// B4.5.5 "Le candidat développe ses argumentaires et reformule les propositions commerciales",
// judged on the negotiation of the client meetings (issue 12 §4, "negotiation within
// delegation"): every counter-proposal ("rdv.contreproposition") of the meetings, recomputed from
// the journal (MeetingView), is within the mutuelle's commercial policy (the seller's own limit
// or the manager's agreement: MeetingNegotiation) and argued (it answers a price objection the
// company voiced, or trades the discount for a counterpart the company needs: provident cover it
// wants, services it expects, a commitment). The verdict is the weaker of the two shares. Without
// any counter-proposal the data cannot show a negotiation: "à apprécier" with the meetings held as
// evidence.
#include <fmt/format.h>

#include "PlayedCampaign.h"
#include "cmcsim/assess/Grading.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/meeting/MeetingView.h"

namespace cmcsim {

namespace {

IndicatorResult assessNegotiation(const AssessmentContext& context, const AssessorThresholds& t,
                                  const std::string& criterion, const std::string& indicator) {
    auto result = grading::start(criterion, indicator);
    const auto& transcripts =
        context.memo->get<std::vector<MeetingTranscript>>("rdv.negociation.transcriptions", [&] {
            return MeetingView::all(context.market, context.reference, context.scenario,
                                    played::seedOf(context), context.state);
        });
    std::int64_t counters = 0, within = 0, argued = 0;
    std::vector<Evidence> listed;
    for (const auto& tr : transcripts) {
        const auto* record = context.state.meetings().meeting(tr.meeting);
        for (const auto& c : tr.counters) {
            ++counters;
            const bool inPolicy = c.level != "refusee";
            // A counterpart the company has no need for is over-selling, not an argument.
            const bool isArgued = c.priceObjection || (!c.counterpart.empty() && c.useful);
            within += inPolicy;
            argued += isArgued;
            std::int64_t entry = 0;
            if (record && c.step >= 1 && c.step <= static_cast<int>(tr.turns.size()))
                entry = tr.turns[static_cast<std::size_t>(c.step - 1)].entry;
            listed.push_back({entry, fmt::format("Rendez-vous n° {}, étape {}", tr.meeting, c.step),
                              fmt::format("remise de {} % ({}){}{}", frenchShort(c.discountPct, 1),
                                          c.level == "conseiller"  ? "délégation du conseiller"
                                          : c.level == "direction" ? "accord de la direction"
                                                                   : "hors politique, refusée",
                                          c.counterpart.empty() ? ""
                                          : c.useful ? ", contrepartie : " + c.counterpart
                                                     : ", contrepartie sans besoin (survente) : " +
                                                           c.counterpart,
                                          isArgued ? ", argumentée" : ", sans argument")});
        }
    }
    if (counters == 0) {
        result.explanation = fmt::format(
            "À apprécier par l'évaluateur : aucune contre-proposition dans les rendez-vous ({}) ; "
            "la négociation, si elle a eu lieu, se juge à l'entretien.",
            frenchCount(static_cast<double>(transcripts.size()), "rendez-vous", "rendez-vous"));
        result.evidence.push_back({0, "Rendez-vous tenus", std::to_string(transcripts.size())});
        return result;
    }
    const auto inPolicy =
        grading::measureAtLeast(static_cast<double>(within) / static_cast<double>(counters),
                                t.at("delegation_acquis"), t.at("delegation_partiel"));
    const auto withArguments =
        grading::measureAtLeast(static_cast<double>(argued) / static_cast<double>(counters),
                                t.at("argumentees_acquis"), t.at("argumentees_partiel"));
    const auto m = grading::weakestOf({inPolicy, withArguments});
    result.verdict = m.verdict;
    result.score = m.score;
    result.evidence.push_back(
        {0, "Contre-propositions dans la délégation", grading::share(within, counters)});
    result.evidence.push_back(
        {0, "Contre-propositions argumentées", grading::share(argued, counters)});
    played::appendListed(result.evidence, listed);
    result.explanation = fmt::format(
        "{} dans les rendez-vous. Dans la politique commerciale (délégation du conseiller ou "
        "accord de la direction) : {} (« acquis » à partir de {}, « partiellement » à partir de "
        "{}). Argumentées (en réponse à une objection de prix soulevée, ou contre une "
        "contrepartie dont l'entreprise a besoin : la prévoyance qu'elle veut, les services "
        "qu'elle attend, un engagement ; une contrepartie sans besoin est de la survente) : {} (« "
        "acquis » à partir de {}, "
        "« partiellement » à partir de {}). Le verdict est le plus faible des deux.",
        frenchCount(static_cast<double>(counters), "contre-proposition", "contre-propositions"),
        grading::share(within, counters), grading::percent(t.at("delegation_acquis")),
        grading::percent(t.at("delegation_partiel")), grading::share(argued, counters),
        grading::percent(t.at("argumentees_acquis")),
        grading::percent(t.at("argumentees_partiel")));
    return result;
}

const AssessorRegistration kRegistration{
    {"rdv.negociation",
     {"delegation_acquis", "delegation_partiel", "argumentees_acquis", "argumentees_partiel"},
     assessNegotiation}};

}  // namespace

}  // namespace cmcsim
