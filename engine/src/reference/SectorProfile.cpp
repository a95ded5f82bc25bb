#include "cmcsim/reference/SectorProfile.h"

#include <numeric>

#include "cmcsim/reference/CsvTable.h"
#include "cmcsim/reference/NafNomenclature.h"

namespace cmcsim {

SectorProfile SectorProfile::load(const std::filesystem::path& datasets,
                                  const NafNomenclature& naf) {
    SectorProfile p;
    p.establishments_.assign(naf.codes().size(), 0.0);
    p.employees_.assign(naf.codes().size(), 0.0);
    const auto t = CsvTable::load(
        datasets / "urssaf_ze_rouen_ape.csv", "datasets/urssaf_ze_rouen_ape.csv",
        {"code_ape", "libelle_ape", "secteur_na88", "secteur_na17", "grand_secteur",
         "nb_etablissements_2019", "nb_etablissements_2020", "nb_etablissements_2021",
         "nb_etablissements_2022", "effectifs_salaries_2019", "effectifs_salaries_2020",
         "effectifs_salaries_2021", "effectifs_salaries_2022", "nb_communes_2022"});
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        const auto index = naf.find(t.required(r, 0));
        if (!index) t.fail(r, 0, "code APE de la NAF rév. 2 attendu");
        p.establishments_[*index] += static_cast<double>(t.integer(r, 8, 0, 10'000'000));
        p.employees_[*index] += static_cast<double>(t.integer(r, 12, 0, 100'000'000));
    }
    p.supplement_.assign(naf.codes().size(), 0.0);
    const auto extra = CsvTable::load(datasets / "profil_secteurs_complement.csv",
                                      "datasets/profil_secteurs_complement.csv",
                                      {"naf", "weight", "source", "confidence"});
    for (std::size_t r = 0; r < extra.rowCount(); ++r) {
        const auto index = naf.find(extra.required(r, 0));
        if (!index) extra.fail(r, 0, "code NAF rév. 2 attendu (ex. 01.21Z)");
        p.supplement_[*index] = extra.number(r, 1, 0, 1e9);
    }
    return p;
}

double SectorProfile::totalEstablishments() const {
    return std::accumulate(establishments_.begin(), establishments_.end(), 0.0);
}

}  // namespace cmcsim
