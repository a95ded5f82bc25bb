// B3.4.2 "Le candidat met en œuvre des actions ciblées et suivies adaptées aux profils des
// interlocuteurs (mailing, campagne téléphonique)": the campaigns (call sequences, mailings,
// e-mailings) the weeks played ran, the share of them aimed at a segment qualified in writing or
// at named companies (ciblées), and the plan changes to campaigns after the first week played
// (suivies: the dashboard viewed is not recorded, the plan changed after results is). The
// verdict is the weaker measure.
#include <fmt/format.h>

#include <map>
#include <set>

#include "PlayedCampaign.h"
#include "cmcsim/assess/Grading.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/sim/Campaign.h"

namespace cmcsim {

namespace {

bool isCampaign(ActionKind kind) {
    return kind == ActionKind::CallSequence || kind == ActionKind::Mailing ||
           kind == ActionKind::Emailing;
}

// The campaign actions of a plan, as JSON by id.
std::map<std::string, nlohmann::json> campaigns(const ActionPlan& plan) {
    std::map<std::string, nlohmann::json> result;
    for (const auto& a : plan.actions)
        if (isCampaign(a.kind)) result.emplace(a.id, a.toJson());
    return result;
}

IndicatorResult assessTargetedCampaigns(const AssessmentContext& context,
                                        const AssessorThresholds& t, const std::string& criterion,
                                        const std::string& indicator) {
    auto result = grading::start(criterion, indicator);
    if (played::withoutWeeks(result, context, "les campagnes ciblées et suivies")) return result;
    const auto& campaign = played::campaign(context);
    const auto& runs = context.state.weekRuns();
    const double minWords = t.at("qualification_mots_min");
    std::set<std::string> ran, targeted;
    for (std::size_t i = 0; i < campaign.weeks().size() && i < runs.size(); ++i)
        for (const auto& e : campaign.weeks()[i].executions) {
            const auto* a = runs[i].plan.action(e.action);
            if (!a || !isCampaign(a->kind) || e.contacts <= 0 || !ran.insert(a->id).second)
                continue;
            const auto* s = played::segment(context, a->segmentId);
            const bool aimed =
                !a->sirets.empty() || (s && played::written(s->qualification, minWords));
            if (aimed) targeted.insert(a->id);
            result.evidence.push_back(
                {played::actionEntry(context, a->id),
                 fmt::format("{} « {} »", actionKindLabel(a->kind), a->id),
                 aimed ? "ciblée (segment qualifié par écrit ou entreprises nommées)"
                       : "sans segment qualifié par écrit"});
        }
    std::int64_t followed = 0, firstEntry = 0;
    const auto& versions = context.state.planVersions();
    for (std::size_t v = 1; v < versions.size(); ++v) {
        if (versions[v].entry <= runs.front().entry) continue;
        if (campaigns(versions[v].plan) == campaigns(versions[v - 1].plan)) continue;
        ++followed;
        if (firstEntry == 0) firstEntry = versions[v].entry;
    }
    const auto count = static_cast<std::int64_t>(ran.size());
    const auto aimed = static_cast<std::int64_t>(targeted.size());
    const auto weeks = static_cast<std::int64_t>(campaign.weeks().size());
    std::vector<grading::Measure> measures = {grading::measureAtLeast(
        count > 0 ? static_cast<double>(aimed) / static_cast<double>(count) : 0.0,
        t.at("part_ciblees_acquis"), t.at("part_ciblees_partiel"))};
    const bool followable = static_cast<double>(weeks) >= t.at("semaines_avant_suivi");
    if (followable)
        measures.push_back(grading::measureAtLeast(static_cast<double>(followed),
                                                   t.at("changements_acquis"),
                                                   t.at("changements_partiel")));
    const auto combined = grading::weakestOf(measures);
    result.verdict = combined.verdict;
    result.score = combined.score;
    result.evidence.insert(
        result.evidence.begin(),
        {{0, "Campagnes menées ciblées", grading::share(aimed, count)},
         {firstEntry, "Changements des campagnes après des résultats", std::to_string(followed)}});
    result.explanation = fmt::format(
        "{}, {} (appels, courriers, courriels). "
        "Ciblées sur un segment qualifié par écrit (au moins {} mots) ou des entreprises nommées : "
        "{} (« acquis » à partir de {}, « partiellement » à partir de {} ; aucune campagne menée "
        "est « non acquis »). Suivies : {} des campagnes du plan après la première "
        "semaine jouée (« acquis » à partir de {}, « partiellement » à partir de {} ; {}). Le "
        "verdict est le plus faible des deux.",
        frenchCount(static_cast<double>(weeks), "semaine jouée", "semaines jouées"),
        frenchCount(static_cast<double>(count), "campagne menée", "campagnes menées"), minWords,
        grading::share(aimed, count), grading::percent(t.at("part_ciblees_acquis")),
        grading::percent(t.at("part_ciblees_partiel")),
        frenchCount(static_cast<double>(followed), "changement", "changements"),
        frenchShort(t.at("changements_acquis"), 2), frenchShort(t.at("changements_partiel"), 2),
        followable ? "compté"
                   : fmt::format("non compté avant {} semaines jouées",
                                 frenchShort(t.at("semaines_avant_suivi"), 2)));
    return result;
}

const AssessorRegistration kRegistration{
    {"semaines.campagnes_ciblees",
     {"qualification_mots_min", "part_ciblees_acquis", "part_ciblees_partiel",
      "semaines_avant_suivi", "changements_acquis", "changements_partiel"},
     assessTargetedCampaigns}};

}  // namespace

}  // namespace cmcsim
