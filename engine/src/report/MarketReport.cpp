#include "cmcsim/report/MarketReport.h"

#include <fmt/format.h>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/OneLine.h"

namespace cmcsim {

namespace {
std::string percent(std::uint64_t part, std::uint64_t whole) {
    return whole ? frenchNumber(100.0 * static_cast<double>(part) / static_cast<double>(whole), 1)
                 : "–";
}

void table(std::string& out, const Breakdown& b) {
    const auto count = b.totalCount, employees = b.totalEmployees;
    out += fmt::format("\n{}\n", b.title);
    out += fmt::format("  {}{:>10} {:>6} {:>10} {:>6}\n", fitColumn("", 54),
                       b.unit == "entreprises" ? "Entrepr." : "Établ.", "%", "Salariés", "%");
    for (const auto& r : b.rows) {
        const auto name =
            b.showKey ? fitColumn(r.key, 6) + " " + fitColumn(r.label, 47) : fitColumn(r.label, 54);
        out += fmt::format("  {}{:>10} {:>6} {:>10} {:>6}\n", name,
                           frenchNumber(static_cast<double>(r.count), 0), percent(r.count, count),
                           frenchNumber(static_cast<double>(r.employees), 0),
                           percent(r.employees, employees));
    }
}
}  // namespace

std::string MarketReport::text(const std::string& heading) const {
    const auto& s = stats_;
    std::string out = heading + "\n";
    out += fmt::format("Établissements : {} dans {}, {}\n",
                       frenchNumber(static_cast<double>(s.establishments), 0),
                       frenchCount(static_cast<double>(s.companies), "entreprise", "entreprises"),
                       frenchCount(static_cast<double>(s.employees), "salarié", "salariés"));
    out += fmt::format("Fichier prospects : {} ; prescripteurs : {}\n",
                       frenchCount(static_cast<double>(s.prospectRecords), "ligne", "lignes"),
                       s.prescribersKnown ? frenchNumber(static_cast<double>(s.prescribers), 0)
                                          : std::string("non connus (annuaire des prescripteurs)"));
    for (const auto& b : s.breakdowns) table(out, b);
    if (withTruth_) {
        out += fmt::format("\nVérité cachée — établissements réellement fermés : {}\n",
                           frenchNumber(static_cast<double>(s.closedEstablishments), 0));
        out += fmt::format("{}\n", s.defects.title);
        for (const auto& r : s.defects.rows)
            out += fmt::format("  {} {:>8} {:>6} % des lignes\n", fitColumn(r.label, 30),
                               frenchNumber(static_cast<double>(r.count), 0),
                               percent(r.count, s.prospectRecords));
    }
    return out;
}

nlohmann::json MarketReport::json() const {
    const auto& s = stats_;
    nlohmann::json j = {{"etablissements", s.establishments},
                        {"entreprises", s.companies},
                        {"salaries", s.employees},
                        {"lignes_fichier_prospects", s.prospectRecords},
                        {"prescripteurs", s.prescribersKnown ? nlohmann::json(s.prescribers)
                                                             : nlohmann::json(nullptr)}};
    auto rows = [](const Breakdown& b) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& r : b.rows)
            out.push_back({{"code", r.key},
                           {"libelle", r.label},
                           {"nombre", r.count},
                           {"salaries", r.employees}});
        return out;
    };
    for (const auto& b : s.breakdowns)
        j[b.id] = {{"titre", b.title},
                   {"unite", b.unit},
                   {"total", b.totalCount},
                   {"total_salaries", b.totalEmployees},
                   {"lignes", rows(b)}};
    if (withTruth_) {
        j["verite"] = {{"etablissements_fermes", s.closedEstablishments},
                       {"anomalies", rows(s.defects)}};
    }
    return j;
}

}  // namespace cmcsim
