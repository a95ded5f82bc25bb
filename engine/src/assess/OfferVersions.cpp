#include "OfferVersions.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

#include "cmcsim/assess/Grading.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/prospects/CandidateKnowledge.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim::assess {

namespace {
std::string problemText(const InputError& e) {
    std::string text;
    for (const auto& p : e.problems()) text += (text.empty() ? "" : " ; ") + p.what;
    return text;
}
}  // namespace

std::uint64_t OfferVersions::seed(const AssessmentContext& context) {
    for (const auto& e : context.journal) {
        if (e.kind != command::kCreated) continue;
        const auto payload = nlohmann::json::parse(e.payload, nullptr, false);
        if (payload.is_object() && payload.contains("graine") &&
            payload["graine"].is_number_unsigned())
            return payload["graine"].get<std::uint64_t>();
        break;
    }
    return context.scenario.seed;
}

AttemptState OfferVersions::stateAt(const AssessmentContext& context, std::int64_t entry) {
    const auto end = std::find_if(context.journal.begin(), context.journal.end(),
                                  [entry](const JournalEntry& e) { return e.sequence > entry; });
    const std::vector<JournalEntry> prefix(context.journal.begin(), end);
    return AttemptState::replay(context.scenario, context.market, prefix);
}

std::vector<OfferVersion> OfferVersions::listed(const AssessmentContext& context) {
    const CandidateKnowledge directory(context.market, context.reference);
    std::vector<OfferVersion> versions;
    for (const auto& saved : context.state.offers()) {
        OfferVersion v;
        v.saved = &saved;
        // The company's public name (SIRENE) beside the SIRET the candidate typed.
        const auto number = siret::parse(saved.siret, 14);
        const auto line = number ? directory.lineOfSiret(*number) : std::nullopt;
        v.label = line ? fmt::format("v{} pour {} (SIRET {})", saved.version,
                                     directory.company(*line).directory->name, saved.siret)
                       : fmt::format("v{} pour SIRET {}", saved.version, saved.siret);
        versions.push_back(std::move(v));
    }
    return versions;
}

std::vector<OfferVersion> OfferVersions::of(const AssessmentContext& context,
                                            std::uint32_t riskYears) {
    const auto& ref = context.reference;
    const int year = context.scenario.startDate.year();
    const auto attemptSeed = seed(context);
    auto versions = listed(context);
    for (auto& v : versions) {
        const auto& saved = *v.saved;
        try {
            const auto source = fmt::format("offre v{} (entrée n° {})", saved.version, saved.entry);
            const auto offer = Offer::fromJson(saved.offer.dump(), source, ref.offers);
            const auto state = stateAt(context, saved.entry);
            const CandidateKnowledge knowledge(context.market, ref, state.knowledge());
            v.candidate = OfferStudy::of(knowledge, ref, saved.siret, year, offer, 0, attemptSeed);
            v.truth = OfferStudy::of(ref, Diagnosis::of(context.market, ref, saved.siret, year),
                                     offer, riskYears, attemptSeed);
        } catch (const InputError& e) {
            v.error = problemText(e);
            v.candidate.reset();
            v.truth.reset();
        }
    }
    return versions;
}

void VersionChecks::note(bool ok, const std::string& text) {
    ++applicable;
    passed += ok ? 1 : 0;
    figures += (figures.empty() ? "" : " ; ") + std::string(ok ? "✔ " : "✘ ") + text;
}

VersionScore VersionChecks::score() const {
    const double score = applicable > 0 ? 100.0 * passed / applicable : 0.0;
    return {score, fmt::format("{} ; {}/100", figures, frenchNumber(score, 0))};
}

Verdict verdictOfScore(double score, const AssessorThresholds& thresholds) {
    return grading::atLeast(score, thresholds.at("score_acquis"), thresholds.at("score_partiel"));
}

void setMeanScore(IndicatorResult& result, double sum, std::size_t count,
                  const AssessorThresholds& thresholds) {
    const double mean = count > 0 ? sum / static_cast<double>(count) : 0.0;
    result.score = static_cast<int>(std::lround(mean));
    result.verdict = verdictOfScore(mean, thresholds);
}

IndicatorResult noOffer(const std::string& criterion, const std::string& indicator) {
    auto r = grading::start(criterion, indicator);
    r.explanation =
        "Aucune offre enregistrée : rien à juger pour l'instant (une version d'offre est "
        "enregistrée par la commande « offre.enregistrement »).";
    return r;
}

std::string percent(double fraction, int decimals) {
    return frenchNumber(100.0 * fraction, decimals) + " %";
}

IndicatorResult scoreVersions(const std::string& criterion, const std::string& indicator,
                              const std::vector<OfferVersion>& versions,
                              const AssessorThresholds& thresholds, const std::string& rule,
                              const std::function<VersionScore(const OfferVersion&)>& score,
                              bool scoreUnstudied) {
    if (versions.empty()) return noOffer(criterion, indicator);
    auto r = grading::start(criterion, indicator);
    double sum = 0;
    for (const auto& v : versions) {
        const auto s = v.error.empty() || scoreUnstudied
                           ? score(v)
                           : VersionScore{0, "offre non tarifiable : " + v.error + " (0/100)"};
        sum += s.score;
        r.evidence.push_back({v.saved->entry, "Offre " + v.label, s.value});
    }
    setMeanScore(r, sum, versions.size(), thresholds);
    r.explanation = fmt::format(
        "{} Chaque version enregistrée est notée sur 100, le score est leur moyenne : {} pour "
        "{} ; acquis à partir de {}, partiellement acquis à partir de {}.",
        rule, r.score, frenchCount(static_cast<double>(versions.size()), "version", "versions"),
        frenchNumber(thresholds.at("score_acquis"), 0),
        frenchNumber(thresholds.at("score_partiel"), 0));
    return r;
}

}  // namespace cmcsim::assess
