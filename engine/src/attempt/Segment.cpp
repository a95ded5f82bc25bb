#include "cmcsim/attempt/Segment.h"

#include "cmcsim/core/JsonReader.h"

namespace cmcsim {

nlohmann::json Segment::toJson() const {
    return {{"id", id},
            {"nom", name},
            {"filtre", filter.toJson()},
            {"qualification", qualification},
            {"etablissements", establishments},
            {"salaries", employees},
            {"potentiel_eur", premiumPotentialEur},
            {"conversion", expectedConversion}};
}

Segment Segment::fromJson(const nlohmann::json& json, std::vector<Problem>& problems) {
    Segment s;
    JsonReader r(json, problems);
    if (!r.expectObject()) return s;
    r.allowOnly({"id", "nom", "filtre", "qualification", "etablissements", "salaries",
                 "potentiel_eur", "conversion"});
    s.id = r.text("id", 1, 60).value_or("");
    s.name = r.text("nom", 1, 120).value_or("");
    if (r.has("filtre"))
        s.filter = ProspectFilter::fromJson(json.at("filtre"), problems, "$.filtre");
    else
        r.problemAt("filtre", "champ obligatoire manquant");
    s.qualification = r.text("qualification", 0, 8000).value_or("");
    s.establishments = r.integer("etablissements", 0, 10'000'000).value_or(0);
    s.employees = r.integer("salaries", 0, 100'000'000).value_or(0);
    s.premiumPotentialEur = r.number("potentiel_eur", 0, 1e12).value_or(0);
    s.expectedConversion = r.number("conversion", 0, 1).value_or(0);
    return s;
}

}  // namespace cmcsim
