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

void BreakdownTally::addCount(const std::string& key, const std::string& label, std::uint64_t count,
                              std::uint64_t employees) {
    auto& row = rows_[key];
    if (row.key.empty()) {
        row.key = key;
        row.label = label;
    }
    row.count += count;
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

MarketTallies::MarketTallies(const ReferenceData& reference,
                             const std::vector<Competitor>& competitors)
    : reference_(reference),
      competitors_(competitors),
      naf_(reference.naf.codes().size()),
      bands_(reference.sizes.insee().size()),
      communes_(reference.geography.communes().size()),
      idcc_(reference.idcc.agreements().size() + 1),
      health_(competitors.size() + 2),
      provident_(competitors.size() + 2),
      months_(13),
      levels_(256) {}

void MarketTallies::addEstablishment(std::uint16_t naf, std::uint8_t sizeBand,
                                     std::uint32_t commune, std::int16_t agreement,
                                     std::uint64_t employees) {
    naf_[naf].add(employees);
    bands_[sizeBand].add(employees);
    communes_[commune].add(employees);
    idcc_[static_cast<std::size_t>(agreement + 1)].add(employees);
}

void MarketTallies::addCover(std::int16_t health, int level, Date renewalDate,
                             std::int16_t providentInsurer, std::uint64_t employees) {
    health_[static_cast<std::size_t>(health + 2)].add(employees);
    if (health >= 0) {
        months_[renewalDate.month() % 13].add(employees);
        levels_[static_cast<std::size_t>(level) & 0xff].add(employees);
    } else if (health == -1 && noContract_.empty()) {
        noContract_ = employees ? "Sans contrat collectif santé" : "Sans salarié";
    }
    provident_[static_cast<std::size_t>(providentInsurer + 2)].add(employees);
}

std::vector<Breakdown> MarketTallies::take(std::size_t top) {
    const auto& ref = reference_;
    BreakdownTally sections, divisions, bands, departements, communes, idcc;
    BreakdownTally insurers, renewal, levels, provident;
    for (std::size_t i = 0; i < naf_.size(); ++i) {
        if (!naf_[i].count) continue;
        const auto& naf = ref.naf.codes()[i];
        sections.addCount(std::string(1, naf.section), naf.sectionLabel, naf_[i].count,
                          naf_[i].employees);
        divisions.addCount(naf.division, naf.divisionLabel, naf_[i].count, naf_[i].employees);
    }
    for (std::size_t i = 0; i < bands_.size(); ++i)
        if (bands_[i].count)
            bands.addCount(ref.sizes.insee()[i].code, ref.sizes.insee()[i].label, bands_[i].count,
                           bands_[i].employees);
    for (std::size_t i = 0; i < communes_.size(); ++i) {
        const auto& cell = communes_[i];
        if (!cell.count) continue;
        const auto& place = ref.geography.communes()[i];
        const auto* dep = ref.geography.departement(place.departement);
        departements.addCount(place.departement, dep ? dep->name : place.departement, cell.count,
                              cell.employees);
        communes.addCount(place.code, place.name, cell.count, cell.employees);
    }
    if (idcc_[0].count)
        idcc.addCount("----", "Sans convention collective", idcc_[0].count, idcc_[0].employees);
    for (std::size_t i = 1; i < idcc_.size(); ++i) {
        if (!idcc_[i].count) continue;
        const auto& a = ref.idcc.agreements()[i - 1];
        idcc.addCount(a.idcc, IdccCatalogue::shortTitle(a.title), idcc_[i].count,
                      idcc_[i].employees);
    }
    const char* unknown = "Non connu (veille concurrentielle)";
    const auto insurerRows = [&](BreakdownTally& tally, const std::vector<Cell>& cells,
                                 const std::string& none) {
        if (cells[0].count) tally.addCount("~inconnu", unknown, cells[0].count, cells[0].employees);
        if (cells[1].count) tally.addCount("~aucun", none, cells[1].count, cells[1].employees);
        for (std::size_t i = 2; i < cells.size(); ++i)
            if (cells[i].count)
                tally.addCount(competitors_[i - 2].code, competitors_[i - 2].name, cells[i].count,
                               cells[i].employees);
    };
    insurerRows(insurers, health_, noContract_);
    insurerRows(provident, provident_, "Sans contrat de prévoyance");
    for (unsigned m = 0; m < months_.size(); ++m)
        if (months_[m].count)
            renewal.addCount(fmt::format("{:02}", m), monthName(m), months_[m].count,
                             months_[m].employees);
    for (std::size_t l = 0; l < levels_.size(); ++l)
        if (levels_[l].count)
            levels.addCount(std::to_string(l), coverageLevelLabel(static_cast<int>(l)),
                            levels_[l].count, levels_[l].employees);

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
