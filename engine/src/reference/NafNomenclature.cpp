#include "cmcsim/reference/NafNomenclature.h"

#include "cmcsim/reference/CsvTable.h"

namespace cmcsim {

NafNomenclature NafNomenclature::load(const std::filesystem::path& datasets) {
    NafNomenclature n;
    const auto t =
        CsvTable::load(datasets / "naf.csv", "datasets/naf.csv",
                       {"sous_classe", "sous_classe_code_sirene", "sous_classe_libelle", "classe",
                        "classe_libelle", "groupe", "groupe_libelle", "division",
                        "division_libelle", "section", "section_libelle", "section_libelle_court"});
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        NafCode c;
        c.code = t.required(r, 0);
        if (c.code.size() != 6 || c.code[2] != '.') t.fail(r, 0, "code de la forme 56.10A attendu");
        c.sirene = t.required(r, 1);
        c.label = t.required(r, 2);
        c.division = t.required(r, 7);
        c.divisionLabel = t.required(r, 8);
        const auto& section = t.required(r, 9);
        if (section.size() != 1 || section[0] < 'A' || section[0] > 'U')
            t.fail(r, 9, "lettre de section A à U attendue");
        c.section = section[0];
        c.sectionLabel = t.required(r, 11);
        const auto index = static_cast<std::uint16_t>(n.codes_.size());
        if (!n.byCode_.emplace(c.code, index).second) t.fail(r, 0, "code unique attendu");
        n.byCode_.emplace(c.sirene, index);
        n.codes_.push_back(std::move(c));
    }
    return n;
}

std::optional<std::uint16_t> NafNomenclature::find(std::string_view code) const {
    const auto it = byCode_.find(std::string(code));
    if (it == byCode_.end()) return std::nullopt;
    return it->second;
}

bool NafNomenclature::hasSection(char section) const {
    for (const auto& c : codes_)
        if (c.section == section) return true;
    return false;
}

bool NafNomenclature::hasDivision(std::string_view division) const {
    for (const auto& c : codes_)
        if (c.division == division) return true;
    return false;
}

std::string NafNomenclature::sectionLabel(char section) const {
    for (const auto& c : codes_)
        if (c.section == section) return c.sectionLabel;
    return {};
}

}  // namespace cmcsim
