#include "cmcsim/market/BreakdownTally.h"

#include <algorithm>

namespace cmcsim {

void BreakdownTally::add(const std::string& key, const std::string& label,
                         std::uint64_t employees) {
    auto& row = rows_[key];
    if (row.key.empty()) {
        row.key = key;
        row.label = label;
    }
    ++row.count;
    row.employees += employees;
}

Breakdown BreakdownTally::take(std::string id, std::string title, std::string unit, bool bySize,
                               std::size_t top) {
    Breakdown b{std::move(id), std::move(title), std::move(unit), true, 0, 0, {}};
    for (auto& [_, row] : rows_) {
        b.totalCount += row.count;
        b.totalEmployees += row.employees;
        b.rows.push_back(std::move(row));
    }
    rows_.clear();
    if (bySize)
        std::stable_sort(b.rows.begin(), b.rows.end(),
                         [](const auto& x, const auto& y) { return x.count > y.count; });
    if (top && b.rows.size() > top) b.rows.resize(top);
    return b;
}

const char* monthName(unsigned month) {
    static const char* names[] = {"janvier",   "février", "mars",     "avril",
                                  "mai",       "juin",    "juillet",  "août",
                                  "septembre", "octobre", "novembre", "décembre"};
    return month >= 1 && month <= 12 ? names[month - 1] : "";
}

const char* coverageLevelLabel(int level) {
    static const char* names[] = {"Panier ANI", "Intermédiaire", "Confort", "Haut de gamme"};
    return level >= 1 && level <= 4 ? names[level - 1] : "";
}

}  // namespace cmcsim
