#include "cmcsim/market/BreakdownTally.h"

#include <fmt/format.h>

#include <algorithm>

#include "cmcsim/reference/ReferenceData.h"

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

void MarketTallies::addEstablishment(const ReferenceData& ref, std::uint16_t nafIndex,
                                     std::uint8_t sizeBand, std::uint32_t commune,
                                     std::int16_t agreement, std::uint64_t employees) {
    const auto& naf = ref.naf.codes()[nafIndex];
    sections.add(std::string(1, naf.section), naf.sectionLabel, employees);
    divisions.add(naf.division, naf.divisionLabel, employees);
    const auto& band = ref.sizes.insee()[sizeBand];
    bands.add(band.code, band.label, employees);
    const auto& place = ref.geography.communes()[commune];
    const auto* dep = ref.geography.departement(place.departement);
    departements.add(place.departement, dep ? dep->name : place.departement, employees);
    communes.add(place.code, place.name, employees);
    if (agreement >= 0) {
        const auto& a = ref.idcc.agreements()[static_cast<std::size_t>(agreement)];
        idcc.add(a.idcc, IdccCatalogue::shortTitle(a.title), employees);
    } else {
        idcc.add("----", "Sans convention collective", employees);
    }
}

void MarketTallies::addCover(const Market& market, std::int16_t health, int level, Date renewalDate,
                             std::int16_t providentInsurer, std::uint64_t employees) {
    const char* unknown = "Non connu (veille concurrentielle)";
    if (health >= 0) {
        const auto& insurer = market.competitors[static_cast<std::size_t>(health)];
        insurers.add(insurer.code, insurer.name, employees);
        renewal.add(fmt::format("{:02}", renewalDate.month()), monthName(renewalDate.month()),
                    employees);
        levels.add(std::to_string(level), coverageLevelLabel(level), employees);
    } else if (health == -1) {
        insurers.add("~aucun", employees ? "Sans contrat collectif santé" : "Sans salarié",
                     employees);
    } else {
        insurers.add("~inconnu", unknown, employees);
    }
    if (providentInsurer >= 0) {
        const auto& insurer = market.competitors[static_cast<std::size_t>(providentInsurer)];
        provident.add(insurer.code, insurer.name, employees);
    } else if (providentInsurer == -1) {
        provident.add("~aucun", "Sans contrat de prévoyance", employees);
    } else {
        provident.add("~inconnu", unknown, employees);
    }
}

std::vector<Breakdown> MarketTallies::take(std::size_t top) {
    std::vector<Breakdown> b;
    b.push_back(sections.take("sections", "Par section NAF", "établissements", true, 0));
    b.push_back(
        divisions.take("divisions", "Par division NAF (principales)", "établissements", true, top));
    b.push_back(bands.take("tranches", "Par tranche d'effectif de l'établissement (INSEE)",
                           "établissements", false, 0));
    b.push_back(departements.take("departements", "Par département", "établissements", true, 0));
    b.push_back(
        communes.take("communes", "Par commune (principales)", "établissements", true, top));
    b.push_back(
        idcc.take("idcc", "Par convention collective (principales)", "établissements", true, top));
    b.push_back(insurers.take("assureurs_sante", "Assureur santé actuel (parts de marché)",
                              "entreprises", true, 0));
    b.push_back(provident.take("assureurs_prevoyance", "Assureur prévoyance actuel", "entreprises",
                               true, 0));
    b.push_back(
        levels.take("niveaux_sante", "Niveau de garanties santé actuel", "entreprises", false, 0));
    b.push_back(
        renewal.take("echeances", "Mois d'échéance du contrat santé", "entreprises", false, 0));
    for (std::size_t i = 6; i < b.size(); ++i) b[i].showKey = false;  // internal codes
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
