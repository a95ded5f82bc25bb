#include "cmcsim/reference/RegulatoryParameters.h"

#include <stdexcept>

#include "cmcsim/reference/CsvTable.h"

namespace cmcsim {

RegulatoryParameters RegulatoryParameters::load(const std::filesystem::path& datasets) {
    RegulatoryParameters p;
    const auto t = CsvTable::load(
        datasets / "parametres_reglementaires.csv", "datasets/parametres_reglementaires.csv",
        {"annee", "parametre", "valeur", "unite", "reference", "confidence"});
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        const int year = static_cast<int>(t.integer(r, 0, 2000, 2100));
        RegulatoryValue v{t.number(r, 2, 0, 1e9), t.text(r, 3), t.required(r, 4), t.required(r, 5)};
        if (!p.byYear_[year].emplace(t.required(r, 1), std::move(v)).second)
            t.fail(r, 1, "un seul paramètre de ce nom par année attendu");
    }
    return p;
}

bool RegulatoryParameters::hasYear(int year) const {
    return byYear_.contains(year);
}

const RegulatoryValue& RegulatoryParameters::get(int year, const std::string& parameter) const {
    const auto y = byYear_.find(year);
    if (y == byYear_.end())
        throw std::out_of_range("no regulatory parameters for " + std::to_string(year));
    const auto it = y->second.find(parameter);
    if (it == y->second.end()) throw std::out_of_range("no regulatory parameter " + parameter);
    return it->second;
}

}  // namespace cmcsim
