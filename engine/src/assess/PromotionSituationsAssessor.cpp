// B4.1.2 "Le candidat identifie toutes les situations et circonstances qui lui permettent de
// promouvoir la mutuelle": the kinds of occasions the weeks played used to meet people on the
// mutuelle's behalf: trade shows, prescriber events and portfolio reviews run with someone
// reached. The number of kinds used against the thresholds.
#include <fmt/format.h>

#include <map>

#include "PlayedCampaign.h"
#include "cmcsim/assess/Grading.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/sim/Campaign.h"

namespace cmcsim {

namespace {

IndicatorResult assessSituations(const AssessmentContext& context, const AssessorThresholds& t,
                                 const std::string& criterion, const std::string& indicator) {
    auto result = grading::start(criterion, indicator);
    if (played::withoutWeeks(result, context, "les occasions de promouvoir la mutuelle"))
        return result;
    const auto& campaign = played::campaign(context);
    const auto& runs = context.state.weekRuns();
    std::map<ActionKind, std::int64_t> reached = {{ActionKind::TradeShow, 0},
                                                  {ActionKind::PrescriberEvent, 0},
                                                  {ActionKind::PortfolioReview, 0}};
    std::map<ActionKind, std::int64_t> entries;
    for (std::size_t i = 0; i < campaign.weeks().size() && i < runs.size(); ++i)
        for (const auto& e : campaign.weeks()[i].executions) {
            const auto* a = runs[i].plan.action(e.action);
            if (!a || !reached.contains(a->kind)) continue;
            reached[a->kind] += e.reached;
            if (e.reached > 0 && !entries.contains(a->kind))
                entries[a->kind] = played::actionEntry(context, a->id);
        }
    std::int64_t used = 0;
    for (const auto& [kind, count] : reached) {
        if (count > 0) ++used;
        result.evidence.push_back(
            {entries.contains(kind) ? entries[kind] : 0, actionKindLabel(kind),
             fmt::format("{} ou entreprise{} rencontrée{}",
                         frenchCount(static_cast<double>(count), "personne", "personnes"),
                         count > 1 ? "s" : "", count > 1 ? "s" : "")});
    }
    const auto m = grading::measureAtLeast(static_cast<double>(used), t.at("situations_acquis"),
                                           t.at("situations_partiel"));
    result.verdict = m.verdict;
    result.score = m.score;
    result.explanation = fmt::format(
        "Occasions de promouvoir la mutuelle utilisées dans les semaines jouées (salon, événement "
        "prescripteur, revue du portefeuille, chacune avec au moins une personne rencontrée) : {} "
        "sur 3 (« acquis » à partir de {}, « partiellement » à partir de {}). Les autres occasions "
        "(réseaux personnels, interventions) se jugent à l'entretien.",
        used, t.at("situations_acquis"), t.at("situations_partiel"));
    return result;
}

const AssessorRegistration kRegistration{
    {"reseaux.situations", {"situations_acquis", "situations_partiel"}, assessSituations}};

}  // namespace

}  // namespace cmcsim
