#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace cmcsim {

// The distribution of one figure over a group of attempts (docs/assessment.md, « Comparer des
// épreuves »): the five-number summary, the mean, and the outliers.
//
// Quartiles are interpolated linearly between the sorted values (the rank (n − 1) × p from 0,
// as Excel's QUARTILE.INC and R's default type 7): for 1, 2, 3, 4, 100 the quartiles are 2, 3
// and 4. An outlier is a value beyond 1.5 interquartile ranges (IQR = Q3 − Q1) below Q1 or above
// Q3 (Tukey's fences, the whiskers of a box plot): here 100 > 4 + 1.5 × 2 = 7.
struct Distribution {
    std::size_t count = 0;  // values summarised (missing ones left out)
    double min = 0, q1 = 0, median = 0, q3 = 0, max = 0, mean = 0;
    double lowFence = 0, highFence = 0;  // Q1 − 1.5 IQR and Q3 + 1.5 IQR
    std::vector<std::size_t> outliers;   // indices in the input of the values beyond the fences

    // The distribution of the present values of `values` (an absent value is a figure without
    // object for that attempt, e.g. a precision without any flag); nothing when none is present.
    static std::optional<Distribution> of(const std::vector<std::optional<double>>& values);
    // The quantile p (0..1) of sorted, non-empty `sorted`, interpolated as above.
    static double quantile(const std::vector<double>& sorted, double p);
    bool isOutlier(double value) const { return value < lowFence || value > highFence; }
};

}  // namespace cmcsim
