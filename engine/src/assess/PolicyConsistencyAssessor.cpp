// B2.2.3 "La politique de développement commercial définie par la mutuelle est connue et prise en
// compte dans le plan d'action": the real establishments of the candidate's segments against the
// mutuelle's priority and excluded segments (scenario, policy): the share of them in a priority
// segment, the share in an excluded one. Until the action plan exists, the segments are the plan's
// targets.
#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "TargetTruth.h"
#include "cmcsim/assess/Grading.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/market/PolicySegments.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

namespace {

// inPolicySegments of a list of policy segments, decided once per NAF code, company size band and
// collective agreement (all it reads): a national target holds hundreds of thousands of
// establishments.
class Membership {
public:
    Membership(const std::vector<SegmentCriteria>& segments, const Market& market,
               const ReferenceData& reference)
        : segments_(segments), market_(market), reference_(reference) {}
    bool operator()(std::uint32_t establishment) {
        const auto& e = market_.establishments[establishment];
        const auto& c = market_.companies[e.company];
        const auto key = static_cast<std::uint64_t>(e.naf) |
                         static_cast<std::uint64_t>(c.sizeBand) << 16 |
                         static_cast<std::uint64_t>(static_cast<std::uint16_t>(c.idcc)) << 24;
        const auto [it, added] = known_.try_emplace(key, false);
        if (added) it->second = inPolicySegments(segments_, e, c, reference_);
        return it->second;
    }

private:
    const std::vector<SegmentCriteria>& segments_;
    const Market& market_;
    const ReferenceData& reference_;
    std::unordered_map<std::uint64_t, bool> known_;
};

std::string labels(const std::vector<SegmentCriteria>& segments) {
    std::string text;
    for (const auto& s : segments) text += (text.empty() ? "« " : ", « ") + s.label + " »";
    return text.empty() ? "aucun" : text;
}

IndicatorResult assessPolicy(const AssessmentContext& context, const AssessorThresholds& t,
                             const std::string& criterion, const std::string& indicator) {
    auto result = grading::start(criterion, indicator);
    const auto& policy = context.scenario.policy;
    const auto& market = context.market;
    if (context.state.segments().empty()) {
        result.verdict = Verdict::NonAcquis;
        result.explanation = fmt::format(
            "Aucun segment enregistré : rien ne montre que la politique de la mutuelle (segments "
            "prioritaires : {} ; exclus : {}) est prise en compte.",
            labels(policy.prioritySegments), labels(policy.excludedSegments));
        return result;
    }
    const auto& truth = TargetTruth::of(context);
    Membership isPriority(policy.prioritySegments, market, context.reference);
    Membership isExcluded(policy.excludedSegments, market, context.reference);
    std::int64_t priority = 0, excluded = 0;
    for (const auto id : truth.establishments) {
        if (isPriority(id)) ++priority;
        if (isExcluded(id)) ++excluded;
    }
    // Segments of the candidate that reach into an excluded segment.
    for (const auto& s : truth.segments) {
        std::int64_t in = 0;
        for (const auto r : s.records) {
            const auto id = market.prospects[r].establishment;
            if (!market.establishments[id].closed && isExcluded(id)) ++in;
        }
        if (in > 0)
            result.evidence.push_back(
                {s.segment->entry,
                 fmt::format("Segment « {} » dans un segment exclu", s.segment->name),
                 frenchCount(static_cast<double>(in), "ligne", "lignes")});
    }
    const auto total = static_cast<std::int64_t>(truth.establishments.size());
    const double priorityShare =
        total > 0 ? static_cast<double>(priority) / static_cast<double>(total) : 0.0;
    const double excludedShare =
        total > 0 ? static_cast<double>(excluded) / static_cast<double>(total) : 0.0;
    const double prA = t.at("part_prioritaire_acquis"), prP = t.at("part_prioritaire_partiel");
    const double exA = t.at("part_exclue_acquis"), exP = t.at("part_exclue_partiel");
    std::vector<grading::Measure> measures;
    if (!policy.prioritySegments.empty())
        measures.push_back(grading::measureAtLeast(priorityShare, prA, prP));
    if (!policy.excludedSegments.empty())
        measures.push_back(grading::measureAtMost(excludedShare, exA, exP));
    if (measures.empty()) {
        result.verdict = Verdict::AApprecier;
        result.explanation =
            "À apprécier par l'évaluateur : la politique commerciale du scénario ne fixe ni "
            "segment prioritaire ni segment exclu.";
        return result;
    }
    const auto combined = grading::weakestOf(measures);
    result.verdict = combined.verdict;
    result.score = combined.score;
    result.evidence.insert(result.evidence.begin(),
                           {{0, "Établissements des segments dans un segment prioritaire",
                             grading::share(priority, total)},
                            {0, "Établissements des segments dans un segment exclu",
                             grading::share(excluded, total)}});
    result.explanation = fmt::format(
        "Établissements réels des segments du candidat (doublons et fermés exclus) : {}. Dans un "
        "segment prioritaire de la mutuelle ({}) : {} (« acquis » à partir de {}, "
        "« partiellement » à partir de {}). Dans un segment exclu ({}) : {} (« acquis » jusqu'à "
        "{}, « partiellement » jusqu'à {}). Le verdict est le plus faible des deux, le score celui "
        "de "
        "la mesure la plus faible ; un critère que la politique ne fixe pas n'est pas compté.",
        total, labels(policy.prioritySegments), grading::share(priority, total),
        grading::percent(prA), grading::percent(prP), labels(policy.excludedSegments),
        grading::share(excluded, total), grading::percent(exA), grading::percent(exP));
    return result;
}

const AssessorRegistration kRegistration{{"politique.segments",
                                          {"part_prioritaire_acquis", "part_prioritaire_partiel",
                                           "part_exclue_acquis", "part_exclue_partiel"},
                                          assessPolicy}};

}  // namespace

}  // namespace cmcsim
