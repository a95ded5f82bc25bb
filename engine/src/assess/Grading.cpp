#include "cmcsim/assess/Grading.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "cmcsim/core/FrenchFormat.h"

namespace cmcsim::grading {

namespace {

int rank(Verdict v) {
    switch (v) {
        case Verdict::NonAcquis:
            return 0;
        case Verdict::PartiellementAcquis:
            return 1;
        case Verdict::Acquis:
            return 2;
        case Verdict::AApprecier:
            return 3;
    }
    return 3;
}

// 100 from `acquis` on, 50 at `partial`, linear in between, and below `partial` linear down to 0
// at 0 (more is better, values from 0).
int score(double value, double acquis, double partial) {
    double s = 0;
    if (value >= acquis)
        s = 100;
    else if (value >= partial)
        s = acquis > partial ? 50.0 + 50.0 * (value - partial) / (acquis - partial) : 100.0;
    else
        s = partial > 0 ? 50.0 * std::max(0.0, value) / partial : 0.0;
    return static_cast<int>(std::lround(std::clamp(s, 0.0, 100.0)));
}

}  // namespace

IndicatorResult start(const std::string& criterion, const std::string& indicator) {
    IndicatorResult result;
    result.criterion = criterion;
    result.indicator = indicator;
    return result;
}

Verdict atLeast(double value, double acquis, double partial) {
    if (value >= acquis) return Verdict::Acquis;
    if (value >= partial) return Verdict::PartiellementAcquis;
    return Verdict::NonAcquis;
}

Verdict atMost(double value, double acquis, double partial) {
    if (value <= acquis) return Verdict::Acquis;
    if (value <= partial) return Verdict::PartiellementAcquis;
    return Verdict::NonAcquis;
}

int scoreAtLeast(double value, double acquis, double partial) {
    return score(value, acquis, partial);
}

// Less is better: the same rule on the distance below twice the partial threshold, where the
// score reaches 0.
int scoreAtMost(double value, double acquis, double partial) {
    const double zero = 2 * partial;
    return score(zero - value, zero - acquis, zero - partial);
}

Verdict weakest(const std::vector<Verdict>& verdicts) {
    Verdict result = Verdict::AApprecier;
    for (const auto v : verdicts)
        if (rank(v) < rank(result)) result = v;
    return result;
}

Verdict weakest(std::initializer_list<Verdict> verdicts) {
    return weakest(std::vector<Verdict>(verdicts));
}

int meanScore(const std::vector<int>& scores) {
    if (scores.empty()) return 0;
    double sum = 0;
    for (const int s : scores) sum += s;
    return static_cast<int>(std::lround(sum / static_cast<double>(scores.size())));
}

int scoreWithin(Verdict verdict, int score) {
    switch (verdict) {
        case Verdict::Acquis:
            return 100;
        case Verdict::PartiellementAcquis:
            return std::clamp(score, 50, 99);
        case Verdict::NonAcquis:
            return std::clamp(score, 0, 49);
        case Verdict::AApprecier:
            return 0;
    }
    return 0;
}

Measure measureAtLeast(double value, double acquis, double partial) {
    return {atLeast(value, acquis, partial), scoreAtLeast(value, acquis, partial)};
}

Measure measureAtMost(double value, double acquis, double partial) {
    return {atMost(value, acquis, partial), scoreAtMost(value, acquis, partial)};
}

Measure weakestOf(const std::vector<Measure>& measures) {
    std::vector<Verdict> verdicts;
    int lowest = 100;
    for (const auto& m : measures) {
        verdicts.push_back(m.verdict);
        if (m.verdict != Verdict::AApprecier) lowest = std::min(lowest, m.score);
    }
    const auto verdict = weakest(verdicts);
    return {verdict, scoreWithin(verdict, lowest)};
}

std::string share(std::int64_t part, std::int64_t of) {
    if (of == 0) return "0 sur 0";
    return fmt::format("{} ({} sur {})",
                       percent(static_cast<double>(part) / static_cast<double>(of)), part, of);
}

std::string number(double value, int decimals) {
    return frenchNumber(value, decimals);
}

std::string percent(double value) {
    return frenchNumber(value * 100.0, 0) + " %";
}

}  // namespace cmcsim::grading
