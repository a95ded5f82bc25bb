#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include "cmcsim/assess/Assessment.h"

namespace cmcsim {

// How assessors turn a measure into a verdict and a score with two thresholds of
// datasets/seuils_evaluation.csv (docs/assessment.md, "Du chiffre au verdict").
namespace grading {

// An empty result of `indicator` (verdict AApprecier, score 0) for an assessor to fill.
IndicatorResult start(const std::string& criterion, const std::string& indicator);

// A measure where more is better: acquis from `acquis` up, partiellement acquis from `partial`
// up, non acquis below.
Verdict atLeast(double value, double acquis, double partial);
// A measure where less is better (a gap, a share of excluded targets): acquis up to `acquis`,
// partiellement acquis up to `partial`, non acquis above.
Verdict atMost(double value, double acquis, double partial);
// The score of such a measure, 0–100: 100 at the acquis threshold and beyond, 50 at the partial
// threshold, linear in between; beyond the partial threshold linear down to 0, reached at 0
// (more is better) or at twice the partial threshold (less is better).
int scoreAtLeast(double value, double acquis, double partial);
int scoreAtMost(double value, double acquis, double partial);
// The weakest of several verdicts (non acquis < partiellement acquis < acquis); AApprecier is
// ignored unless all are.
Verdict weakest(std::initializer_list<Verdict> verdicts);
Verdict weakest(const std::vector<Verdict>& verdicts);
// The rounded mean of sub-scores.
int meanScore(const std::vector<int>& scores);

// A score kept inside its verdict's band, so that the two never contradict each other
// (docs/assessment.md, « Du chiffre au verdict »): acquis 100, partiellement acquis 50 to 99,
// non acquis 0 to 49, AApprecier 0.
int scoreWithin(Verdict verdict, int score);

// One measure of an indicator: its verdict and its sub-score.
struct Measure {
    Verdict verdict = Verdict::AApprecier;
    int score = 0;
};
// A measure where more is better (atLeast, scoreAtLeast), or less (atMost, scoreAtMost).
Measure measureAtLeast(double value, double acquis, double partial);
Measure measureAtMost(double value, double acquis, double partial);
// An indicator of several measures: the weakest verdict, and the score of the weakest measure
// (the lowest sub-score, within the verdict's band). AApprecier with 0 when there is none.
Measure weakestOf(const std::vector<Measure>& measures);

// "80 % (8 sur 10)"; "0 sur 0" when `of` is 0.
std::string share(std::int64_t part, std::int64_t of);
// A ratio in French with `decimals` decimals ("0,85").
std::string number(double value, int decimals = 2);
// "80 %" from 0.8.
std::string percent(double value);

}  // namespace grading

}  // namespace cmcsim
