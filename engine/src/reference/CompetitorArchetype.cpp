#include "cmcsim/reference/CompetitorArchetype.h"

#include "cmcsim/reference/CsvTable.h"

namespace cmcsim {

std::vector<CompetitorArchetype> CompetitorArchetype::load(const std::filesystem::path& datasets) {
    const auto t = CsvTable::load(
        datasets / "archetypes_concurrents.csv", "datasets/archetypes_concurrents.csv",
        {"id", "libelle", "kind", "price_level", "guarantee_level", "service_quality",
         "part_prevoyance", "description", "source", "confidence"});
    std::vector<CompetitorArchetype> archetypes;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        CompetitorArchetype a;
        a.id = t.required(r, 0);
        a.label = t.required(r, 1);
        a.kind = t.required(r, 2);
        if (a.kind != "mutuelle" && a.kind != "institution_prevoyance" &&
            a.kind != "compagnie_assurance")
            t.fail(r, 2, "mutuelle, institution_prevoyance ou compagnie_assurance attendu");
        a.priceLevel = t.number(r, 3, 0.5, 2.0);
        a.guaranteeLevel = static_cast<int>(t.integer(r, 4, 1, 4));
        a.serviceQuality = t.number(r, 5, 0, 1);
        a.providentShare = t.number(r, 6, 0, 1);
        a.description = t.text(r, 7);
        archetypes.push_back(std::move(a));
    }
    return archetypes;
}

}  // namespace cmcsim
