#include "cmcsim/plan/ProspectBreakdown.h"

#include <algorithm>
#include <fmt/format.h>
#include <map>

#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace {
const char* kMonths[] = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                         "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
const char* kLevels[] = {"Panier ANI", "Intermédiaire", "Confort", "Haut de gamme"};

// Sums lines and employees by key; `ordered` keeps key order, otherwise largest first.
class Counter {
public:
    void add(const std::string& key, const std::string& label, std::uint64_t employees) {
        auto& row = rows_[key];
        row.key = key;
        if (row.label.empty()) row.label = label;
        ++row.count;
        row.employees += employees;
    }
    Breakdown take(const char* id, const char* title, bool ordered) {
        Breakdown b{id, title, "lignes", true, 0, 0, {}};
        for (auto& [_, row] : rows_) {
            b.totalCount += row.count;
            b.totalEmployees += row.employees;
            b.rows.push_back(std::move(row));
        }
        if (!ordered)
            std::stable_sort(b.rows.begin(), b.rows.end(), [](const auto& x, const auto& y) { return x.count > y.count; });
        return b;
    }

private:
    std::map<std::string, BreakdownRow> rows_;
};
}  // namespace

ProspectBreakdown ProspectBreakdown::compute(const ProspectView& view, const std::vector<std::uint32_t>& lines,
                                             const Market& market, const ReferenceData& ref) {
    Counter sections, divisions, bands, idcc, communes, insurers, months, levels;
    ProspectBreakdown out;
    for (const auto i : lines) {
        const auto& r = view.rows()[i];
        const auto employees = r.headcount;
        ++out.lines;
        out.employees += employees;
        const auto& naf = ref.naf.codes()[r.naf];
        sections.add(std::string(1, naf.section), naf.sectionLabel, employees);
        divisions.add(naf.division, naf.divisionLabel, employees);
        bands.add(ref.sizes.insee()[r.sizeBand].code, ref.sizes.insee()[r.sizeBand].label, employees);
        if (r.idcc >= 0) {
            const auto& a = ref.idcc.agreements()[static_cast<std::size_t>(r.idcc)];
            idcc.add(a.idcc, IdccCatalogue::shortTitle(a.title), employees);
        } else {
            idcc.add("0000", "Sans convention collective", employees);
        }
        const auto& commune = ref.geography.communes()[r.commune];
        communes.add(commune.code, commune.name, employees);
        if (r.insurer == -1) insurers.add("aucun", "Sans contrat collectif santé", employees);
        if (r.insurer >= 0) {
            const auto& c = market.competitors[static_cast<std::size_t>(r.insurer)];
            insurers.add(c.code, c.name, employees);
            months.add(fmt::format("{:02}", r.renewal.month()), kMonths[r.renewal.month() - 1], employees);
            levels.add(std::to_string(r.coverageLevel), kLevels[r.coverageLevel - 1], employees);
        }
    }
    out.sections = sections.take("sections", "Secteur (section NAF)", false);
    out.divisions = divisions.take("divisions", "Division NAF", false);
    out.sizeBands = bands.take("tranches", "Tranche d'effectif", true);
    out.idcc = idcc.take("idcc", "Convention collective", false);
    out.communes = communes.take("communes", "Commune", false);
    out.insurers = insurers.take("assureurs", "Assureur santé actuel", false);
    out.renewalMonths = months.take("echeances", "Mois d'échéance", true);
    out.levels = levels.take("niveaux", "Niveau de garanties", true);
    return out;
}

}  // namespace cmcsim
