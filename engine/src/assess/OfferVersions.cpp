#include "OfferVersions.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

#include "cmcsim/assess/Grading.h"
#include "cmcsim/attempt/AttemptTimeline.h"
#include "cmcsim/attempt/ProspectDirectory.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/market/Market.h"
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

// The company of `siret` as it really is (Diagnosis::of the market, with the evaluator's
// knowledge), once per company.
const Diagnosis& truthOf(const AssessmentContext& context, const std::string& siret, int year) {
    return context.memo->get<Diagnosis>("OfferVersions.truth." + siret, [&] {
        CandidateKnowledge evaluator(context.market, context.reference,
                                     Knowledge::everything(context.market));
        evaluator.useIndex(&OfferVersions::sirenLines(context));
        return Diagnosis::of(evaluator, context.reference, siret, year);
    });
}

// The prospect file as replaying the journal asks about it (AttemptState validates that an offer's
// SIRET is listed): the SIRETs of the journal's offers answered from their companies' lines
// (SirenLines), not by a scan of the file for each saved offer.
class IndexedDirectory final : public ProspectDirectory {
public:
    IndexedDirectory(const Market& market, const SirenLines& index)
        : market_(market), index_(index) {}
    std::uint32_t lines() const override {
        return static_cast<std::uint32_t>(market_.prospects.size());
    }
    bool listsSiret(std::uint64_t siret) const override {
        const auto listed = [&](std::uint32_t line) {
            return market_.prospects[line].siret == siret;
        };
        if (const auto found = index_.lines.find(siret / 100000); found != index_.lines.end())
            return std::any_of(found->second.begin(), found->second.end(), listed);
        return ProspectDirectory::over(market_)->listsSiret(siret);
    }
    std::string lineName(std::uint32_t line) const override { return market_.prospects[line].name; }

private:
    const Market& market_;
    const SirenLines& index_;
};

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
    const auto& timeline = context.memo->get<AttemptTimeline>("AttemptTimeline", [&] {
        return AttemptTimeline(
            context.scenario,
            std::make_shared<IndexedDirectory>(context.market, sirenLines(context)),
            context.journal, context.reference.planRules);
    });
    const auto end = std::find_if(context.journal.begin(), context.journal.end(),
                                  [entry](const JournalEntry& e) { return e.sequence > entry; });
    return timeline.stateAt(end - context.journal.begin());
}

const SirenLines& OfferVersions::sirenLines(const AssessmentContext& context) {
    return context.memo->get<SirenLines>("OfferVersions.sirens", [&] {
        // Every offer of the journal, undone ones included (replaying validates them too).
        std::vector<std::uint64_t> sirens;
        for (const auto& e : context.journal) {
            if (e.kind != command::kSaveOffer) continue;
            const auto payload = nlohmann::json::parse(e.payload, nullptr, false);
            if (!payload.is_object() || !payload.contains("siret") || !payload["siret"].is_string())
                continue;
            const auto text = payload["siret"].get<std::string>();
            if (const auto siret = siret::parse(text, 14))
                sirens.push_back(*siret / 100000);
            else if (const auto siren = siret::parse(text, 9))
                sirens.push_back(*siren);
        }
        return SirenLines::of(context.market, sirens);
    });
}

std::optional<std::uint32_t> OfferVersions::lineOf(const AssessmentContext& context,
                                                   const std::string& siretText) {
    const auto number = siret::parse(siretText, 14);
    if (!number) return std::nullopt;
    CandidateKnowledge directory(context.market, context.reference);
    directory.useIndex(&sirenLines(context));
    return directory.lineOfSiret(*number);
}

const KnownDiagnosis& OfferVersions::diagnosisAt(const AssessmentContext& context,
                                                 const std::string& siretText, std::int64_t entry) {
    // The acquisitions up to `entry`, which alone decide what the candidate knows.
    const auto& acquisitions =
        context.memo->get<std::vector<std::int64_t>>("OfferVersions.acquisitions", [&] {
            std::vector<std::int64_t> entries;
            for (const auto& e : context.journal)
                if (e.kind == command::kBuyStudy || e.kind == command::kVerify ||
                    e.kind == command::kCensusRequest)
                    entries.push_back(e.sequence);
            return entries;
        });
    const auto acquired =
        std::upper_bound(acquisitions.begin(), acquisitions.end(), entry) - acquisitions.begin();
    return context.memo->get<KnownDiagnosis>(
        fmt::format("OfferVersions.diagnosis.{}.{}", siretText, acquired), [&] {
            KnownDiagnosis known;
            const auto state = stateAt(context, entry);
            CandidateKnowledge knowledge(context.market, context.reference, state.knowledge());
            knowledge.useIndex(&sirenLines(context));
            try {
                known.diagnosis = Diagnosis::of(knowledge, context.reference, siretText,
                                                context.scenario.startDate.year());
            } catch (const InputError& e) {
                known.error = problemText(e);
                return known;
            }
            const auto line = lineOf(context, siretText);
            known.verified = line && knowledge.verified(*line);
            // OfferStudy::of refuses the establishment of the diagnosis when it is known to be
            // closed: its message, from OfferStudy::of itself.
            const auto studied = lineOf(context, known.diagnosis->siret);
            if (studied && knowledge.knownClosed(*studied)) try {
                    OfferStudy::of(knowledge, context.reference, siretText,
                                   context.scenario.startDate.year(), Offer{}, 0, 0);
                } catch (const InputError& e) {
                    known.error = problemText(e);
                }
            return known;
        });
}

const std::vector<OfferVersion>& OfferVersions::listed(const AssessmentContext& context) {
    return context.memo->get<std::vector<OfferVersion>>("OfferVersions.listed", [&] {
        const auto& market = context.market;
        std::vector<OfferVersion> versions;
        for (const auto& saved : context.state.offers()) {
            OfferVersion v;
            v.saved = &saved;
            // The company's public name (SIRENE) beside the SIRET the candidate typed.
            const auto line = lineOf(context, saved.siret);
            v.label =
                line ? fmt::format(
                           "v{} pour {} (SIRET {})", saved.version,
                           market
                               .companies[market
                                              .establishments[market.prospects[*line].establishment]
                                              .company]
                               .name,
                           saved.siret)
                     : fmt::format("v{} pour SIRET {}", saved.version, saved.siret);
            versions.push_back(std::move(v));
        }
        return versions;
    });
}

const std::vector<OfferVersion>& OfferVersions::of(const AssessmentContext& context,
                                                   std::uint32_t riskYears) {
    return context.memo->get<std::vector<OfferVersion>>(
        fmt::format("OfferVersions.of.{}", riskYears), [&] {
            const auto& ref = context.reference;
            const int year = context.scenario.startDate.year();
            const auto attemptSeed = seed(context);
            auto versions = listed(context);
            for (auto& v : versions) {
                const auto& saved = *v.saved;
                try {
                    const auto source =
                        fmt::format("offre v{} (entrée n° {})", saved.version, saved.entry);
                    const auto offer = Offer::fromJson(saved.offer.dump(), source, ref.offers);
                    const auto& seen = diagnosisAt(context, saved.siret, saved.entry);
                    if (!seen.error.empty()) {
                        v.error = seen.error;
                        continue;
                    }
                    v.candidate = OfferStudy::of(ref, *seen.diagnosis, offer, 0, attemptSeed);
                    v.truth = OfferStudy::of(ref, truthOf(context, saved.siret, year), offer,
                                             riskYears, attemptSeed);
                } catch (const InputError& e) {
                    v.error = problemText(e);
                    v.candidate.reset();
                    v.truth.reset();
                }
            }
            return versions;
        });
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
    // A mean next to a threshold is not rounded across it: the score shown gives the verdict.
    const auto shown = verdictOfScore(result.score, thresholds);
    if (shown != result.verdict) {
        const auto acquis = static_cast<int>(std::ceil(thresholds.at("score_acquis")));
        const auto partial = static_cast<int>(std::ceil(thresholds.at("score_partiel")));
        if (result.verdict == Verdict::Acquis)
            result.score = acquis;
        else if (result.verdict == Verdict::NonAcquis)
            result.score = partial - 1;
        else
            result.score = shown == Verdict::Acquis ? acquis - 1 : partial;
    }
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
