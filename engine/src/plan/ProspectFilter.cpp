#include "cmcsim/plan/ProspectFilter.h"

#include "cmcsim/core/JsonReader.h"

namespace cmcsim {

bool ProspectFilter::empty() const {
    return sections.empty() && divisions.empty() && sizeBands.empty() && departements.empty() &&
           communes.empty() && aroundCommune.empty() && idcc.empty() && insurers.empty() &&
           !renewalFrom && !renewalTo && coverageLevels.empty() && text.empty();
}

nlohmann::json ProspectFilter::toJson() const {
    nlohmann::json j = nlohmann::json::object();
    auto list = [&j](const char* key, const auto& values) {
        if (!values.empty()) j[key] = values;
    };
    list("sections", sections);
    list("divisions", divisions);
    list("tranches", sizeBands);
    list("departements", departements);
    list("communes", communes);
    if (!aroundCommune.empty()) j["autour"] = {{"commune", aroundCommune}, {"rayon_km", radiusKm}};
    list("idcc", idcc);
    list("assureurs", insurers);
    if (renewalFrom) j["echeance_du"] = renewalFrom->iso();
    if (renewalTo) j["echeance_au"] = renewalTo->iso();
    list("niveaux", coverageLevels);
    if (!text.empty()) j["texte"] = text;
    return j;
}

ProspectFilter ProspectFilter::fromJson(const nlohmann::json& json, std::vector<Problem>& problems,
                                        const std::string& path) {
    ProspectFilter f;
    JsonReader r(json, problems, path);
    if (!r.expectObject()) return f;
    r.allowOnly({"sections", "divisions", "tranches", "departements", "communes", "autour", "idcc",
                 "assureurs", "echeance_du", "echeance_au", "niveaux", "texte"});
    f.sections = r.textArray("sections");
    f.divisions = r.textArray("divisions");
    f.sizeBands = r.textArray("tranches");
    f.departements = r.textArray("departements");
    f.communes = r.textArray("communes");
    if (r.has("autour")) {
        const auto around = r.child("autour");
        if (around.expectObject()) {
            around.allowOnly({"commune", "rayon_km"});
            f.aroundCommune = around.text("commune", 5, 5).value_or("");
            f.radiusKm = around.number("rayon_km", 0, 1000).value_or(0);
        }
    }
    f.idcc = r.textArray("idcc");
    f.insurers = r.textArray("assureurs");
    for (const auto& [key, target] :
         {std::pair{"echeance_du", &f.renewalFrom}, std::pair{"echeance_au", &f.renewalTo}}) {
        if (auto d = r.text(key, 10, 10, false)) {
            if (auto date = Date::parseIso(*d))
                *target = *date;
            else
                r.problemAt(key, "date AAAA-MM-JJ attendue");
        }
    }
    for (const auto& level : r.array("niveaux", 0, 4, false)) {
        if (!level.value().is_number_integer() || level.value().get<int>() < 1 ||
            level.value().get<int>() > 4)
            level.problem("niveau de 1 à 4 attendu");
        else
            f.coverageLevels.push_back(level.value().get<int>());
    }
    f.text = r.text("texte", 0, 200, false).value_or("");
    return f;
}

}  // namespace cmcsim
