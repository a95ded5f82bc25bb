#include "cmcsim/reference/LegalForms.h"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <unordered_map>

#include "cmcsim/reference/CsvTable.h"

namespace cmcsim {

std::vector<LegalForm> LegalForm::load(const std::filesystem::path& datasets) {
    const auto categories =
        CsvTable::load(datasets / "categories_juridiques.csv", "datasets/categories_juridiques.csv",
                       {"code_niveau3", "libelle_niveau3", "code_niveau2", "libelle_niveau2",
                        "code_niveau1", "libelle_niveau1"});
    std::unordered_map<std::string, std::string> labels;
    for (std::size_t r = 0; r < categories.rowCount(); ++r)
        labels.emplace(categories.required(r, 0), categories.required(r, 1));

    const auto t = CsvTable::load(datasets / "formes_juridiques_frequence.csv",
                                  "datasets/formes_juridiques_frequence.csv",
                                  {"code", "weight_0_9", "weight_10_49", "weight_50_plus",
                                   "divisions_naf", "source", "confidence"});
    std::vector<LegalForm> forms;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        LegalForm f;
        f.code = t.required(r, 0);
        const auto label = labels.find(f.code);
        if (label == labels.end())
            t.fail(r, 0, "code de datasets/categories_juridiques.csv attendu");
        f.label = label->second;
        for (std::size_t i = 0; i < 3; ++i) f.weights[i] = t.number(r, 1 + i, 0, 1e9);
        std::istringstream divisions(t.text(r, 4));
        for (std::string d; divisions >> d;) {
            if (d.size() != 2 || !std::isdigit(static_cast<unsigned char>(d[0])) ||
                !std::isdigit(static_cast<unsigned char>(d[1])))
                t.fail(r, 4, "divisions NAF à deux chiffres séparées par des espaces attendues");
            f.divisions.push_back(d);
        }
        forms.push_back(std::move(f));
    }
    return forms;
}

bool LegalForm::allowedIn(const std::string& division) const {
    return divisions.empty() ||
           std::find(divisions.begin(), divisions.end(), division) != divisions.end();
}

}  // namespace cmcsim
