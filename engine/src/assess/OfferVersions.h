#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cmcsim/assess/Assessment.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/offer/Diagnosis.h"
#include "cmcsim/offer/OfferStudy.h"
#include "cmcsim/prospects/CandidateKnowledge.h"

namespace cmcsim::assess {

// A saved offer version as the Bloc 4 assessors read it: the version, the offer the engine
// studied as the candidate could when saving it (their census, cover and branch knowledge at that
// journal entry) and the same offer studied on the hidden truth (real census and current cover).
struct OfferVersion {
    const SavedOffer* saved = nullptr;
    std::string label;  // "v2 pour Boulangerie X (SIRET 123 456 789 00012)", in French
    std::string error;  // why the offer cannot be read or studied, in French; empty otherwise
    std::optional<OfferStudy> candidate;  // the study the candidate saw when saving it
    std::optional<OfferStudy> truth;      // the evaluator's study: Diagnosis::of(market)
    bool studied() const { return candidate && truth; }
};

// What the candidate knew of a company when saving an offer: the engine's diagnosis on their
// knowledge at that journal entry (Diagnosis::of), or why no offer can be studied for it.
struct KnownDiagnosis {
    std::optional<Diagnosis> diagnosis;  // absent when no line lists the SIRET
    std::string error;      // why no offer can be studied (unknown SIRET, closed), in French
    bool verified = false;  // the line of the SIRET was verified
};

// What the Bloc 4 assessors share: the saved versions of the context studied once each with the
// engine's OfferStudy, and the rule turning a mean score into a verdict. Pure functions of the
// context (the studies use the attempt's seed, so the same attempt gives the same figures), each
// made once per context (AssessmentMemo) however many assessors ask.
class OfferVersions {
public:
    // Every saved version not undone, in journal order; the truth's study with `riskYears`
    // simulated years of risk (0: the analytic mean and deviation only, which every assessor but
    // the risk one needs), the candidate's with the analytic risk only.
    static const std::vector<OfferVersion>& of(const AssessmentContext& context,
                                               std::uint32_t riskYears);
    // The same versions without their studies (for an assessor that reads only the offer's JSON).
    static const std::vector<OfferVersion>& listed(const AssessmentContext& context);
    // The state of the attempt just after `entry` (the journal's fold up to it, from the
    // checkpoints of one AttemptTimeline per context): what the candidate had earned when they
    // saved an offer.
    static AttemptState stateAt(const AssessmentContext& context, std::int64_t entry);
    // What the candidate knew of the company of `siret` just after `entry`. Their knowledge only
    // grows with acquisitions (studies, verifications, census requests), which cannot be undone:
    // the diagnosis is made once per company and number of acquisitions.
    static const KnownDiagnosis& diagnosisAt(const AssessmentContext& context,
                                             const std::string& siret, std::int64_t entry);
    // The lines of the saved offers' companies, found in one pass over the prospect file
    // (CandidateKnowledge::useIndex): the diagnoses of the offers then read only their lines.
    static const SirenLines& sirenLines(const AssessmentContext& context);
    // The line of the prospect file listing `siret` (CandidateKnowledge::lineOfSiret).
    static std::optional<std::uint32_t> lineOf(const AssessmentContext& context,
                                               const std::string& siret);
    // The attempt's seed: the creation entry's "graine", else the scenario's.
    static std::uint64_t seed(const AssessmentContext& context);
};

// One version's judgement by an assessor: its score 0–100 and what the evaluator reads of it.
struct VersionScore {
    double score = 0;
    std::string value;  // the figures, in French
};

// Controls of one version, each ✔ or ✘ with its figures: the version's score is the share passed.
struct VersionChecks {
    int passed = 0, applicable = 0;
    std::string figures;  // "✔ … ; ✘ …"
    void note(bool ok, const std::string& text);
    // The share of the controls passed, on 100, with the figures (0 without control).
    VersionScore score() const;
};

// The result of an assessor that scores each saved version: the mean score, the verdict from the
// thresholds `score_acquis` and `score_partiel`, one evidence per version (its journal entry) and
// an explanation made of `rule` and the figures. No version saved: AApprecier, "aucune offre
// enregistrée". A version the engine cannot study scores 0 unless `scoreUnstudied`.
IndicatorResult scoreVersions(const std::string& criterion, const std::string& indicator,
                              const std::vector<OfferVersion>& versions,
                              const AssessorThresholds& thresholds, const std::string& rule,
                              const std::function<VersionScore(const OfferVersion&)>& score,
                              bool scoreUnstudied = false);

// The verdict of a mean score against `score_acquis` and `score_partiel` (grading::atLeast).
Verdict verdictOfScore(double score, const AssessorThresholds& thresholds);

// Sets the verdict of `result` from the mean `sum / count` and its score to the mean rounded,
// but never across a threshold (79.6 shows 79, not 80, when score_acquis is 80): the score
// shown always gives the verdict.
void setMeanScore(IndicatorResult& result, double sum, std::size_t count,
                  const AssessorThresholds& thresholds);

// The result when the attempt has no saved offer: nothing to judge yet.
IndicatorResult noOffer(const std::string& criterion, const std::string& indicator);

// "80 %" the French way, `decimals` after the comma.
std::string percent(double fraction, int decimals = 0);

}  // namespace cmcsim::assess
