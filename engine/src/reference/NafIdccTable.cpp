#include "cmcsim/reference/NafIdccTable.h"

#include <map>

#include "NafPrefixes.h"
#include "cmcsim/reference/CsvTable.h"
#include "cmcsim/reference/IdccCatalogue.h"
#include "cmcsim/reference/NafNomenclature.h"

namespace cmcsim {

NafIdccTable NafIdccTable::load(const std::filesystem::path& datasets, const NafNomenclature& naf,
                                const IdccCatalogue& idcc) {
    const auto t = CsvTable::load(
        datasets / "naf_idcc.csv", "datasets/naf_idcc.csv",
        {"naf_prefix", "idcc", "weight", "min_effectif", "max_effectif", "source", "confidence"});
    std::map<std::string, std::vector<IdccAlternative>> byPrefix;
    const NafPrefixes prefixes(naf);
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        const auto& prefix = t.required(r, 0);
        if (prefix.size() < 2 || !prefixes.startsACode(prefix))
            t.fail(r, 0, "préfixe de code NAF existant attendu (56, 56.1, 56.10A)");
        IdccAlternative alternative;
        const auto& code = t.required(r, 1);
        if (code != "0000") {
            alternative.idcc = idcc.find(code);
            if (!alternative.idcc) t.fail(r, 1, "code IDCC de datasets/idcc.csv ou 0000 attendu");
        }
        alternative.weight = t.number(r, 2, 1e-9, 1e9);
        if (!t.text(r, 3).empty())
            alternative.minHeadcount = static_cast<std::uint32_t>(t.integer(r, 3, 0, 1'000'000));
        if (!t.text(r, 4).empty())
            alternative.maxHeadcount =
                static_cast<std::uint32_t>(t.integer(r, 4, alternative.minHeadcount, 1'000'000));
        byPrefix[prefix].push_back(alternative);
    }
    NafIdccTable table;
    table.bySubclass_.resize(naf.codes().size());
    // Each subclass takes the alternatives of its longest prefix listed.
    for (std::size_t i = 0; i < naf.codes().size(); ++i)
        if (const auto it = NafPrefixes::longest(byPrefix, naf.codes()[i].code);
            it != byPrefix.end())
            table.bySubclass_[i] = it->second;
    return table;
}

std::span<const IdccAlternative> NafIdccTable::alternatives(std::uint16_t nafIndex) const {
    return bySubclass_.at(nafIndex);
}

}  // namespace cmcsim
