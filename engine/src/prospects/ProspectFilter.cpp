#include "cmcsim/prospects/ProspectFilter.h"

#include "cmcsim/core/JsonReader.h"

namespace cmcsim {

namespace {
// A list criterion: an array of strings, or one string as single-choice filters may hold.
std::vector<std::string> texts(const JsonReader& r, const std::string& key) {
    if (r.has(key) && r.value().at(key).is_string()) return {r.value().at(key).get<std::string>()};
    return r.textArray(key);
}

std::optional<bool> flag(const JsonReader& r, const std::string& key) {
    if (!r.has(key)) return std::nullopt;
    if (!r.value().at(key).is_boolean()) {
        r.problemAt(key, "true ou false attendu");
        return std::nullopt;
    }
    return r.value().at(key).get<bool>();
}
}  // namespace

bool ProspectFilter::empty() const {
    return sections.empty() && divisions.empty() && sizeBands.empty() && departements.empty() &&
           communes.empty() && aroundCommune.empty() && idcc.empty() && insurers.empty() &&
           !renewalFrom && !renewalTo && coverageLevels.empty() && text.empty() && !verified &&
           !flagged && !noted && tags.empty();
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
    if (verified) j["verifiee"] = *verified;
    if (flagged) j["signalee"] = *flagged;
    if (noted) j["annotee"] = *noted;
    list("etiquettes", tags);
    return j;
}

ProspectFilter ProspectFilter::fromJson(const nlohmann::json& json, std::vector<Problem>& problems,
                                        const std::string& path) {
    ProspectFilter f;
    JsonReader r(json, problems, path);
    if (!r.expectObject()) return f;
    r.allowOnly({"sections", "divisions", "tranches", "departements", "communes", "autour", "idcc",
                 "assureurs", "echeance_du", "echeance_au", "niveaux", "texte", "verifiee",
                 "signalee", "annotee", "etiquettes"});
    f.sections = texts(r, "sections");
    f.divisions = texts(r, "divisions");
    f.sizeBands = texts(r, "tranches");
    f.departements = texts(r, "departements");
    f.communes = texts(r, "communes");
    if (r.has("autour")) {
        const auto around = r.child("autour");
        if (around.expectObject()) {
            around.allowOnly({"commune", "rayon_km"});
            f.aroundCommune = around.text("commune", 5, 5).value_or("");
            f.radiusKm = around.number("rayon_km", 0, 1000).value_or(0);
        }
    }
    f.idcc = texts(r, "idcc");
    f.insurers = texts(r, "assureurs");
    for (const auto& [key, target] :
         {std::pair{"echeance_du", &f.renewalFrom}, std::pair{"echeance_au", &f.renewalTo}}) {
        if (auto d = r.text(key, 10, 10, false)) {
            if (auto date = Date::parseIso(*d))
                *target = *date;
            else
                r.problemAt(key, Date::isoProblem(*d));
        }
    }
    const bool oneLevel = r.has("niveaux") && r.value().at("niveaux").is_number();
    for (const auto& level :
         oneLevel ? std::vector{r.child("niveaux")} : r.array("niveaux", 0, 4, false)) {
        if (!level.value().is_number_integer() || level.value().get<int>() < 1 ||
            level.value().get<int>() > 4)
            level.problem("niveau de 1 à 4 attendu");
        else
            f.coverageLevels.push_back(level.value().get<int>());
    }
    f.text = r.text("texte", 0, 200, false).value_or("");
    f.verified = flag(r, "verifiee");
    f.flagged = flag(r, "signalee");
    f.noted = flag(r, "annotee");
    f.tags = texts(r, "etiquettes");
    return f;
}

}  // namespace cmcsim
