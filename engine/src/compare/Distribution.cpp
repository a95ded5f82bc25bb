#include "cmcsim/compare/Distribution.h"

#include <algorithm>
#include <cmath>

namespace cmcsim {

double Distribution::quantile(const std::vector<double>& sorted, double p) {
    const double rank = p * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(rank));
    const auto above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (rank - static_cast<double>(below)) * (sorted[above] - sorted[below]);
}

std::optional<Distribution> Distribution::of(const std::vector<std::optional<double>>& values) {
    std::vector<double> sorted;
    for (const auto& v : values)
        if (v) sorted.push_back(*v);
    if (sorted.empty()) return std::nullopt;
    std::sort(sorted.begin(), sorted.end());
    Distribution d;
    d.count = sorted.size();
    d.min = sorted.front();
    d.max = sorted.back();
    d.q1 = quantile(sorted, 0.25);
    d.median = quantile(sorted, 0.5);
    d.q3 = quantile(sorted, 0.75);
    double sum = 0;
    for (const auto v : sorted) sum += v;
    d.mean = sum / static_cast<double>(sorted.size());
    const double iqr = d.q3 - d.q1;
    d.lowFence = d.q1 - 1.5 * iqr;
    d.highFence = d.q3 + 1.5 * iqr;
    for (std::size_t i = 0; i < values.size(); ++i)
        if (values[i] && d.isOutlier(*values[i])) d.outliers.push_back(i);
    return d;
}

}  // namespace cmcsim
