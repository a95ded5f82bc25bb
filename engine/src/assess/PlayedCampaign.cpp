#include "PlayedCampaign.h"

#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/scenario/Scenario.h"
#include "cmcsim/sim/Campaign.h"

namespace cmcsim::played {

std::uint64_t seedOf(const AssessmentContext& context) {
    std::uint64_t seed = context.scenario.seed;
    for (const auto& entry : context.journal) {
        if (entry.kind != command::kCreated) continue;
        const auto payload = nlohmann::json::parse(entry.payload, nullptr, false);
        if (!payload.is_object() || !payload.contains("graine")) break;
        const auto& graine = payload["graine"];
        if (graine.is_number_unsigned()) {
            seed = graine.get<std::uint64_t>();
        } else if (graine.is_string()) {
            const auto text = graine.get<std::string>();
            std::from_chars(text.data(), text.data() + text.size(), seed);
        }
        break;
    }
    return seed;
}

const Campaign& campaign(const AssessmentContext& context) {
    return context.memo->get<Campaign>("campagne.rejouee", [&] {
        return Campaign::replay(context.scenario, context.reference, context.market,
                                seedOf(context), context.state);
    });
}

namespace {

// `result` becomes "à apprécier" with `reason`; returns true.
bool nothingToJudge(IndicatorResult& result, std::string reason) {
    result.verdict = Verdict::AApprecier;
    result.score = 0;
    result.explanation = std::move(reason);
    return true;
}

}  // namespace

bool withoutPlan(IndicatorResult& result, const AssessmentContext& context,
                 const std::string& what) {
    return context.state.plan().actions.empty() &&
           nothingToJudge(result,
                          "À apprécier par l'évaluateur : le plan d'actions n'a encore aucune "
                          "action, il n'y a donc pas de preuve pour juger " +
                              what +
                              " (une épreuve qui n'a pas encore construit son plan n'est pas "
                              "« non acquise »).");
}

bool withoutWeeks(IndicatorResult& result, const AssessmentContext& context,
                  const std::string& what) {
    return context.state.weekRuns().empty() &&
           nothingToJudge(result,
                          "À apprécier par l'évaluateur : aucune semaine simulée n'a encore été "
                          "jouée, il n'y a donc pas de preuve pour juger " +
                              what +
                              " (des semaines non jouées ne rendent pas l'indicateur « non "
                              "acquis »).");
}

std::int64_t actionEntry(const AssessmentContext& context, const std::string& id) {
    std::int64_t entry = 0;
    const PlannedAction* previous = nullptr;
    for (const auto& version : context.state.planVersions()) {
        const auto* a = version.plan.action(id);
        if (a && (!previous || a->toJson() != previous->toJson())) entry = version.entry;
        previous = a;
    }
    return entry;
}

const Segment* segment(const AssessmentContext& context, const std::string& id) {
    const auto& segments = context.state.segments();
    const auto it =
        std::find_if(segments.begin(), segments.end(), [&](const auto& s) { return s.id == id; });
    return it == segments.end() ? nullptr : &*it;
}

bool written(const std::string& text, double minWords) {
    std::istringstream in(text);
    double n = 0;
    for (std::string w; in >> w;) ++n;
    return n >= minWords && n > 0;
}

Adjustments adjustmentsAfterResults(const AssessmentContext& context) {
    Adjustments result;
    const auto& runs = context.state.weekRuns();
    if (runs.empty()) return result;
    for (const auto& version : context.state.planVersions()) {
        if (version.entry <= runs.front().entry) continue;
        ++result.count;
        if (result.firstEntry == 0) result.firstEntry = version.entry;
    }
    return result;
}

void appendListed(std::vector<Evidence>& evidence, const std::vector<Evidence>& items) {
    const auto shown = std::min(items.size(), kListedItems);
    evidence.insert(evidence.end(), items.begin(),
                    items.begin() + static_cast<std::ptrdiff_t>(shown));
    if (items.size() > shown)
        evidence.push_back(
            {0, "Autres éléments non listés",
             frenchCount(static_cast<double>(items.size() - shown), "autre", "autres")});
}

}  // namespace cmcsim::played
