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

// 100 at `acquis`, 50 at `partial`, linear, clamped to 0–100 (more is better).
int score(double value, double acquis, double partial) {
    if (acquis == partial) return value >= acquis ? 100 : 0;
    const double s = 50.0 + 50.0 * (value - partial) / (acquis - partial);
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

// Less is better: the same line, read with the signs reversed.
int scoreAtMost(double value, double acquis, double partial) {
    return score(-value, -acquis, -partial);
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

std::string share(std::int64_t part, std::int64_t of) {
    if (of == 0) return "aucun";
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
