// B2.2.1 "Les actions de prospection ou les actions commerciales proposées sont cohérentes avec
// les analyses des résultats et de l'environnement": the plan's actions against the candidate's
// analysis. Four measures, the verdict the weakest: actions grounded in the analysis (a segment
// qualified in writing, named companies, portfolio reviews once the portfolio extract is bought,
// prescriber events once the directory is bought); channel fit (the mean real headcount and the
// real establishments of each action's segment inside the channel's ranges, a table of
// datasets/seuils_evaluation.csv); capacity and budget (PlanReview's warnings); expected yields
// written and within a factor of the response model's rate.
#include <fmt/format.h>

#include <array>
#include <string>
#include <vector>

#include "PlayedCampaign.h"
#include "TargetTruth.h"
#include "cmcsim/assess/Grading.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/plan/PlanReview.h"
#include "cmcsim/prospects/ProspectView.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace {

// The kinds whose fit to their segment the channel table of the thresholds describes.
constexpr std::array kFitKinds = {ActionKind::CallSequence, ActionKind::Mailing,
                                  ActionKind::Emailing, ActionKind::Appointment,
                                  ActionKind::TradeShow};
constexpr std::array<const char*, 4> kFitBounds = {"effectif_min", "effectif_max",
                                                   "etablissements_min", "etablissements_max"};

std::string fitName(ActionKind kind, const char* bound) {
    return std::string("canal_") + actionKindCode(kind) + "_" + bound;
}

std::vector<std::string> thresholdNames() {
    std::vector<std::string> names = {"qualification_mots_min", "part_fondees_acquis",
                                      "part_fondees_partiel",   "part_canal_acquis",
                                      "part_canal_partiel",     "avertissements_acquis",
                                      "avertissements_partiel", "rendement_facteur_max",
                                      "part_rendements_acquis", "part_rendements_partiel"};
    for (const auto kind : kFitKinds)
        for (const auto* bound : kFitBounds) names.push_back(fitName(kind, bound));
    return names;
}

bool fitted(ActionKind kind) {
    for (const auto k : kFitKinds)
        if (k == kind) return true;
    return false;
}

// Why an action is not grounded in the analysis, empty when it is.
std::string ungrounded(const AssessmentContext& context, const PlannedAction& a, double minWords) {
    const auto& state = context.state;
    if (a.kind == ActionKind::PortfolioReview)
        return state.hasStudyKind("extrait_portefeuille")
                   ? ""
                   : "revue du portefeuille sans l'extrait du portefeuille";
    if (a.kind == ActionKind::PrescriberEvent)
        return state.hasStudyKind("annuaire_prescripteurs")
                   ? ""
                   : "événement prescripteur sans l'annuaire des prescripteurs";
    if (!a.sirets.empty()) return "";
    const auto* s = played::segment(context, a.segmentId);
    if (!s) return "segment inconnu";
    if (!played::written(s->qualification, minWords))
        return fmt::format("segment « {} » sans qualification écrite", s->name);
    return "";
}

IndicatorResult assessPlanConsistency(const AssessmentContext& context, const AssessorThresholds& t,
                                      const std::string& criterion, const std::string& indicator) {
    auto result = grading::start(criterion, indicator);
    if (played::withoutPlan(result, context, "la cohérence du plan avec l'analyse")) return result;
    const auto& plan = context.state.plan();
    const double minWords = t.at("qualification_mots_min");

    // 1. Actions grounded in the analysis.
    std::int64_t grounded = 0;
    for (const auto& a : plan.actions) {
        const auto why = ungrounded(context, a, minWords);
        if (why.empty())
            ++grounded;
        else
            result.evidence.push_back({played::actionEntry(context, a.id),
                                       fmt::format("Action « {} » non fondée", a.id), why});
    }
    const auto actions = static_cast<std::int64_t>(plan.actions.size());

    // 2. Channel fit of the segment actions, on the segments' real establishments.
    const auto& truth = TargetTruth::of(context);
    std::int64_t fitting = 0, judged = 0;
    for (const auto& a : plan.actions) {
        if (!fitted(a.kind) || !a.sirets.empty()) continue;
        const SegmentTruth* s = nullptr;
        for (const auto& st : truth.segments)
            if (st.segment->id == a.segmentId) s = &st;
        if (!s) continue;
        ++judged;
        const double mean = s->establishments > 0 ? static_cast<double>(s->employees) /
                                                        static_cast<double>(s->establishments)
                                                  : 0.0;
        const auto count = static_cast<double>(s->establishments);
        const bool fits = mean >= t.at(fitName(a.kind, kFitBounds[0])) &&
                          mean <= t.at(fitName(a.kind, kFitBounds[1])) &&
                          count >= t.at(fitName(a.kind, kFitBounds[2])) &&
                          count <= t.at(fitName(a.kind, kFitBounds[3]));
        if (fits)
            ++fitting;
        else
            result.evidence.push_back(
                {played::actionEntry(context, a.id),
                 fmt::format("Canal de l'action « {} » ({}) inadapté au segment « {} »", a.id,
                             actionKindLabel(a.kind), s->segment->name),
                 fmt::format(
                     "{} établissements réels, {} salariés en moyenne (canal : {} à {} "
                     "salariés, {} à {} établissements)",
                     s->establishments, grading::number(mean, 1),
                     t.at(fitName(a.kind, kFitBounds[0])), t.at(fitName(a.kind, kFitBounds[1])),
                     t.at(fitName(a.kind, kFitBounds[2])), t.at(fitName(a.kind, kFitBounds[3])))});
    }

    // 3. Capacity and budget: the plan checks' warnings.
    ProspectView view(context.market, context.reference, context.state.knowledge());
    view.setMarks(context.state.marks());
    const auto review = PlanReview::of(context.reference, context.scenario, view, context.state);
    std::int64_t overruns = 0;
    for (const auto& w : review.warnings)
        if (w.rule == "capacite_semaine" || w.rule == "budget") {
            ++overruns;
            result.evidence.push_back({0, "Contrôle du plan", w.message});
        }

    // 4. Expected yields against the response model (meetings per contact).
    const double factor = t.at("rendement_facteur_max");
    std::int64_t credible = 0, yields = 0;
    for (const auto& a : plan.actions) {
        const auto& rates = context.reference.response.channel(static_cast<std::size_t>(a.kind));
        const double model = rates.reach * rates.interest * rates.meeting;
        if (model <= 0) continue;
        ++yields;
        if (a.expectedYield > 0 && a.expectedYield <= model * factor &&
            a.expectedYield >= model / factor) {
            ++credible;
        } else {
            result.evidence.push_back(
                {played::actionEntry(context, a.id),
                 fmt::format("Rendement attendu de l'action « {} »", a.id),
                 fmt::format("{} rendez-vous par contact pour {} dans le modèle de réponse",
                             grading::number(a.expectedYield, 3), grading::number(model, 3))});
        }
    }

    std::vector<grading::Measure> measures = {
        grading::measureAtLeast(static_cast<double>(grounded) / static_cast<double>(actions),
                                t.at("part_fondees_acquis"), t.at("part_fondees_partiel"))};
    if (judged > 0)
        measures.push_back(
            grading::measureAtLeast(static_cast<double>(fitting) / static_cast<double>(judged),
                                    t.at("part_canal_acquis"), t.at("part_canal_partiel")));
    measures.push_back(grading::measureAtMost(static_cast<double>(overruns),
                                              t.at("avertissements_acquis"),
                                              t.at("avertissements_partiel")));
    if (yields > 0)
        measures.push_back(grading::measureAtLeast(
            static_cast<double>(credible) / static_cast<double>(yields),
            t.at("part_rendements_acquis"), t.at("part_rendements_partiel")));
    const auto combined = grading::weakestOf(measures);
    result.verdict = combined.verdict;
    result.score = combined.score;
    result.evidence.insert(
        result.evidence.begin(),
        {{0, "Actions fondées sur l'analyse", grading::share(grounded, actions)},
         {0, "Actions sur segment au canal adapté", grading::share(fitting, judged)},
         {0, "Avertissements de capacité et de budget", std::to_string(overruns)},
         {0, "Rendements attendus vraisemblables", grading::share(credible, yields)}});
    result.explanation = fmt::format(
        "{} au plan. Fondées sur l'analyse (segment qualifié par écrit en au moins {} "
        "mots, entreprises nommées, revues avec l'extrait du portefeuille, événements avec "
        "l'annuaire des prescripteurs) : {} (« acquis » à partir de {}, « partiellement » à partir "
        "de {}). Canal adapté au segment réel (table des canaux des seuils) : {} (« acquis » à "
        "partir de {}, « partiellement » à partir de {}). Avertissements de capacité et de budget "
        "du plan : {} (« acquis » jusqu'à {}, « partiellement » jusqu'à {}). Rendements attendus "
        "écrits et à moins d'un facteur {} du modèle de réponse : {} (« acquis » à partir de {}, "
        "« partiellement » à partir de {}). Le verdict est le plus faible des mesures.",
        frenchCount(static_cast<double>(actions), "action", "actions"), minWords,
        grading::share(grounded, actions), grading::percent(t.at("part_fondees_acquis")),
        grading::percent(t.at("part_fondees_partiel")), grading::share(fitting, judged),
        grading::percent(t.at("part_canal_acquis")), grading::percent(t.at("part_canal_partiel")),
        overruns, frenchShort(t.at("avertissements_acquis"), 2),
        frenchShort(t.at("avertissements_partiel"), 2), frenchShort(factor, 2),
        grading::share(credible, yields), grading::percent(t.at("part_rendements_acquis")),
        grading::percent(t.at("part_rendements_partiel")));
    return result;
}

const AssessorRegistration kRegistration{
    {"plan.coherence", thresholdNames(), assessPlanConsistency}};

}  // namespace

}  // namespace cmcsim
