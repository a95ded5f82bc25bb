#include "cmcsim/reference/WorkforceProfile.h"

#include <cmath>
#include <numeric>

#include "cmcsim/reference/CsvTable.h"

namespace cmcsim {

std::vector<WorkforceProfile> WorkforceProfile::load(const std::filesystem::path& datasets) {
    const auto t =
        CsvTable::load(datasets / "profils_effectifs.csv", "datasets/profils_effectifs.csv",
                       {"section", "part_femmes", "part_cadres", "age_16_24", "age_25_34",
                        "age_35_44", "age_45_54", "age_55_64", "age_65_plus", "fam_isole",
                        "fam_couple", "fam_monoparental", "fam_famille", "enfants_par_famille",
                        "salaire_non_cadre_smic", "salaire_cadre_pass", "source", "confidence"});
    std::vector<WorkforceProfile> profiles;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        WorkforceProfile p;
        const auto& section = t.required(r, 0);
        if (section.size() != 1 || section[0] != static_cast<char>('A' + profiles.size()))
            t.fail(r, 0,
                   std::string("section ") + static_cast<char>('A' + profiles.size()) +
                       " attendue (sections A à U dans l'ordre)");
        p.section = section[0];
        p.womenShare = t.number(r, 1, 0, 1);
        p.cadreShare = t.number(r, 2, 0, 1);
        for (std::size_t i = 0; i < 6; ++i) p.ageShares[i] = t.number(r, 3 + i, 0, 1);
        for (std::size_t i = 0; i < 4; ++i) p.familyShares[i] = t.number(r, 9 + i, 0, 1);
        if (std::abs(std::accumulate(p.ageShares.begin(), p.ageShares.end(), 0.0) - 1) > 0.002)
            t.fail(r, 3, "parts d'âge de somme 1 attendues");
        if (std::abs(std::accumulate(p.familyShares.begin(), p.familyShares.end(), 0.0) - 1) >
            0.002)
            t.fail(r, 9, "parts de situation familiale de somme 1 attendues");
        p.childrenPerFamily = t.number(r, 13, 1, 5);
        p.nonCadrePayInSmic = t.number(r, 14, 0.5, 5);
        p.cadrePayInPass = t.number(r, 15, 0.3, 10);
        profiles.push_back(p);
    }
    if (profiles.size() != 21) t.fail(t.rowCount() - 1, 0, "21 sections (A à U) attendues");
    return profiles;
}

}  // namespace cmcsim
