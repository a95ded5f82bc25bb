#include "cmcsim/reference/RegulatoryParameters.h"

#include <stdexcept>

#include "cmcsim/reference/CsvTable.h"

namespace cmcsim {

RegulatoryParameters RegulatoryParameters::load(const std::filesystem::path& datasets) {
    RegulatoryParameters p;
    const auto t = CsvTable::load(
        datasets / "parametres_reglementaires.csv", "datasets/parametres_reglementaires.csv",
        {"annee", "parametre", "valeur", "unite", "reference", "confidence", "reconduit"});
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        const int year = static_cast<int>(t.integer(r, 0, 2000, 2100));
        const auto& carried = t.required(r, 6);
        if (carried != "oui" && carried != "non") t.fail(r, 6, "oui ou non attendu");
        RegulatoryValue v{t.number(r, 2, 0, 1e9), t.text(r, 3), t.required(r, 4), t.required(r, 5),
                          carried == "oui"};
        if (!p.byYear_[year].emplace(t.required(r, 1), std::move(v)).second)
            t.fail(r, 1, "un seul paramètre de ce nom par année attendu");
    }
    return p;
}

bool RegulatoryParameters::hasYear(int year) const {
    return byYear_.contains(year);
}

int RegulatoryParameters::lastYear() const {
    if (byYear_.empty()) throw std::out_of_range("no regulatory parameters");
    return byYear_.rbegin()->first;
}

double RegulatoryParameters::inForce(int year, const std::string& parameter) const {
    const int last = lastYear();
    if (year <= last) return value(year, parameter);
    const auto& v = get(last, parameter);
    return v.carriedForward ? v.value : 0.0;
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
