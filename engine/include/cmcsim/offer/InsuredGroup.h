#pragma once

#include <Eigen/Dense>
#include <array>
#include <cstdint>
#include <span>

#include "cmcsim/market/Market.h"

namespace cmcsim {

struct WorkforceProfile;

// The people a health contract covers, built from a workforce census: employees by age band and
// sex, and their dependants (spouses, children) by family situation.
struct InsuredGroup {
    // Care-item age bands: 0-17, 18-29, 30-39, 40-49, 50-59, 60-69, 70-79, 80+; index = band*2+sex.
    static constexpr int kCells = 16;
    using Counts = Eigen::Matrix<double, kCells, 1>;

    Counts employees = Counts::Zero();
    Counts spouses = Counts::Zero();   // of employees living in a couple (couple, famille)
    Counts children = Counts::Zero();  // of employees with children (monoparental, famille)
    double employeeCount = 0;
    double withSpouse = 0, withChildren = 0, withBoth = 0;  // employees by family situation
    double childrenCount = 0;

    // `childrenPerFamily` from the sector's workforce profile.
    static InsuredGroup fromCensus(std::span<const CensusCell> cells, double childrenPerFamily);
    double people() const { return employees.sum() + spouses.sum() + children.sum(); }
};

}  // namespace cmcsim
