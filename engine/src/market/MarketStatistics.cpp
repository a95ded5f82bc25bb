#include "cmcsim/market/MarketStatistics.h"

#include <fmt/format.h>

#include <algorithm>

#include "cmcsim/market/BreakdownTally.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

MarketStatistics MarketStatistics::compute(const Market& market, const ReferenceData& ref,
                                           std::size_t top) {
    MarketStatistics s;
    s.establishments = market.establishments.size();
    s.companies = market.companies.size();
    s.prospectRecords = market.prospects.size();
    s.prescribers = market.prescribers.size();
    BreakdownTally sections, divisions, bands, departements, communes, idcc;
    for (const auto& e : market.establishments) {
        if (e.closed) ++s.closedEstablishments;
        s.employees += e.headcount;
        const auto& naf = ref.naf.codes()[e.naf];
        sections.add(std::string(1, naf.section), naf.sectionLabel, e.headcount);
        divisions.add(naf.division, naf.divisionLabel, e.headcount);
        const auto& band = ref.sizes.insee()[e.sizeBand];
        bands.add(band.code, band.label, e.headcount);
        const auto& commune = ref.geography.communes()[e.commune];
        const auto* dep = ref.geography.departement(commune.departement);
        departements.add(commune.departement, dep ? dep->name : commune.departement, e.headcount);
        communes.add(commune.code, commune.name, e.headcount);
        const auto agreement = market.companies[e.company].idcc;
        if (agreement >= 0) {
            const auto& a = ref.idcc.agreements()[static_cast<std::size_t>(agreement)];
            idcc.add(a.idcc, IdccCatalogue::shortTitle(a.title), e.headcount);
        } else {
            idcc.add("----", "Sans convention collective", e.headcount);
        }
    }
    BreakdownTally insurers, renewal, levels, provident;
    for (const auto& company : market.companies) {
        // Employees of the company on the territory, not its national headcount.
        std::uint64_t employees = 0;
        for (std::uint32_t i = 0; i < company.establishmentCount; ++i)
            employees += market.establishments[company.firstEstablishment + i].headcount;
        const auto& h = company.health;
        if (h.insurer >= 0) {
            const auto& insurer = market.competitors[static_cast<std::size_t>(h.insurer)];
            insurers.add(insurer.code, insurer.name, employees);
            renewal.add(fmt::format("{:02}", h.renewal.month()), monthName(h.renewal.month()),
                        employees);
            levels.add(std::to_string(h.level), coverageLevelLabel(h.level), employees);
        } else {
            insurers.add("~aucun", employees ? "Sans contrat collectif santé" : "Sans salarié",
                         employees);
        }
        if (company.provident.insurer >= 0) {
            const auto& insurer =
                market.competitors[static_cast<std::size_t>(company.provident.insurer)];
            provident.add(insurer.code, insurer.name, employees);
        } else {
            provident.add("~aucun", "Sans contrat de prévoyance", employees);
        }
    }
    auto& b = s.breakdowns;
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
    b[6].showKey = b[7].showKey = false;
    b.push_back(
        levels.take("niveaux_sante", "Niveau de garanties santé actuel", "entreprises", false, 0));
    b.push_back(
        renewal.take("echeances", "Mois d'échéance du contrat santé", "entreprises", false, 0));

    BreakdownTally defects;
    for (const auto& d : market.defects)
        defects.add(defectKindCode(d.kind), defectKindLabel(d.kind), 0);
    b[8].showKey = b[9].showKey = false;
    s.defects = defects.take("anomalies", "Anomalies injectées dans le fichier prospects", "lignes",
                             true, 0);
    return s;
}

}  // namespace cmcsim
