// B2.2.2 "Les cibles sont identifiées, qualifiées et quantifiées à partir des résultats de
// l'analyse du portefeuille de clients/adhérents et des fichiers de prospects": the plan's
// targets (segments with a priority), each qualified in writing and quantified close to what its
// filter really gives (TargetTruth), and the portfolio used (its extract bought, its clients
// reviewed by an action of the plan). The verdict is the weaker of the two measures.
#include <fmt/format.h>

#include <cmath>

#include "PlayedCampaign.h"
#include "TargetTruth.h"
#include "cmcsim/assess/Grading.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"

namespace cmcsim {

namespace {

IndicatorResult assessPlanTargets(const AssessmentContext& context, const AssessorThresholds& t,
                                  const std::string& criterion, const std::string& indicator) {
    auto result = grading::start(criterion, indicator);
    if (played::withoutPlan(result, context, "les cibles du plan")) return result;
    const auto& plan = context.state.plan();
    const auto& truth = TargetTruth::of(context);
    const double minWords = t.at("qualification_mots_min"), maxGap = t.at("ecart_max");

    std::int64_t good = 0;
    for (const auto& target : plan.targets) {
        const SegmentTruth* s = nullptr;
        for (const auto& st : truth.segments)
            if (st.segment->id == target.segmentId) s = &st;
        if (!s) continue;
        const auto real = static_cast<double>(s->establishments);
        const auto announced = static_cast<double>(s->segment->establishments);
        const double gap = real > 0 ? std::abs(announced - real) / real : (announced > 0 ? 1 : 0);
        const bool qualified = played::written(s->segment->qualification, minWords);
        const bool quantified = announced > 0 && gap <= maxGap;
        if (qualified && quantified) ++good;
        result.evidence.push_back(
            {s->segment->entry,
             fmt::format("Cible « {} » (priorité {})", s->segment->name, target.priority),
             fmt::format("{} ; {} établissements annoncés, {} réels (écart {})",
                         qualified ? "qualifiée par écrit" : "sans qualification écrite",
                         s->segment->establishments, s->establishments, grading::percent(gap))});
    }
    const auto targets = static_cast<std::int64_t>(plan.targets.size());

    const bool extract = context.state.hasStudyKind("extrait_portefeuille");
    std::int64_t reviews = 0;
    for (const auto& a : plan.actions)
        if (a.kind == ActionKind::PortfolioReview) {
            ++reviews;
            result.evidence.push_back({played::actionEntry(context, a.id),
                                       fmt::format("Revue du portefeuille « {} »", a.id),
                                       fmt::format("semaines {} à {}", a.firstWeek, a.lastWeek)});
        }
    const std::int64_t uses = (extract ? 1 : 0) + (reviews > 0 ? 1 : 0);

    const auto combined = grading::weakestOf(
        {grading::measureAtLeast(
             targets > 0 ? static_cast<double>(good) / static_cast<double>(targets) : 0.0,
             t.at("part_cibles_acquis"), t.at("part_cibles_partiel")),
         grading::measureAtLeast(static_cast<double>(uses), t.at("usages_portefeuille_acquis"),
                                 t.at("usages_portefeuille_partiel"))});
    result.verdict = combined.verdict;
    result.score = combined.score;
    result.evidence.insert(result.evidence.begin(),
                           {{0, "Cibles qualifiées et quantifiées", grading::share(good, targets)},
                            {0, "Extrait du portefeuille acheté", extract ? "oui" : "non"},
                            {0, "Actions de revue du portefeuille", std::to_string(reviews)}});
    result.explanation = fmt::format(
        "{} au plan. Qualifiées par écrit (au moins {} mots) et quantifiées à moins de {} "
        "du nombre réel d'établissements : {} (« acquis » à partir de {}, « partiellement » à "
        "partir de {}). Portefeuille utilisé (extrait acheté : {} ; revue du portefeuille au "
        "plan : {}) : {} sur 2 (« acquis » à partir de {}, « partiellement » à partir de "
        "{}). Le verdict est le plus faible des deux. Les cibles tirées du seul fichier de "
        "prospects sont aussi évaluées en B2.1.5.",
        frenchCount(static_cast<double>(targets), "cible", "cibles"), minWords,
        grading::percent(maxGap), grading::share(good, targets),
        grading::percent(t.at("part_cibles_acquis")), grading::percent(t.at("part_cibles_partiel")),
        extract ? "oui" : "non", reviews > 0 ? "oui" : "non",
        frenchCount(static_cast<double>(uses), "usage", "usages"),
        frenchShort(t.at("usages_portefeuille_acquis"), 2),
        frenchShort(t.at("usages_portefeuille_partiel"), 2));
    return result;
}

const AssessorRegistration kRegistration{
    {"plan.cibles",
     {"qualification_mots_min", "ecart_max", "part_cibles_acquis", "part_cibles_partiel",
      "usages_portefeuille_acquis", "usages_portefeuille_partiel"},
     assessPlanTargets}};

}  // namespace

}  // namespace cmcsim
