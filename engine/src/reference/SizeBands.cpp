#include "cmcsim/reference/SizeBands.h"

#include <limits>
#include <optional>

#include "cmcsim/core/InputError.h"
#include "cmcsim/reference/CsvTable.h"

namespace cmcsim {

const std::array<std::string, 8>& SizeBands::companyBandKeys() {
    static const std::array<std::string, 8> keys = {"0-9",     "10-19",   "20-49",    "50-99",
                                                    "100-249", "250-499", "500-1999", "2000+"};
    return keys;
}

SizeBands SizeBands::load(const std::filesystem::path& datasets) {
    SizeBands s;
    constexpr auto open = std::numeric_limits<std::uint32_t>::max();
    const auto t =
        CsvTable::load(datasets / "tranches_effectif.csv", "datasets/tranches_effectif.csv",
                       {"code", "libelle", "effectif_min", "effectif_max"});
    std::optional<InseeSizeBand> unknown;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        if (t.text(r, 0) == "NN") {
            // Kept last, never chosen by a headcount: an extract's band when it is not known.
            unknown = InseeSizeBand{"NN", t.required(r, 1), 0, 0};
            continue;
        }
        InseeSizeBand b{t.required(r, 0), t.required(r, 1),
                        static_cast<std::uint32_t>(t.integer(r, 2, 0, 1'000'000)), open};
        if (!t.text(r, 3).empty())
            b.max = static_cast<std::uint32_t>(t.integer(r, 3, b.min, 1'000'000));
        s.insee_.push_back(std::move(b));
    }
    if (!unknown) throw InputError("datasets/tranches_effectif.csv", "la tranche NN est attendue");
    s.insee_.push_back(std::move(*unknown));

    const auto n = CsvTable::load(
        datasets / "urssaf_france_tranche_entreprise_2024.csv",
        "datasets/urssaf_france_tranche_entreprise_2024.csv",
        {"annee", "tranche_effectif_entreprise", "effectif_min", "effectif_max",
         "nombre_entreprises", "nombre_etablissements", "effectifs_salaries_moyens"});
    if (n.rowCount() != companyBandKeys().size())
        n.fail(0, 1, "8 tranches d'entreprise attendues (0-9 … 2000+)");
    for (std::size_t r = 0; r < n.rowCount(); ++r) {
        CompanySizeBand b;
        b.key = companyBandKeys()[r];
        b.label = n.required(r, 1);
        b.min = static_cast<std::uint32_t>(n.integer(r, 2, 0, 1'000'000));
        b.max = n.text(r, 3).empty()
                    ? open
                    : static_cast<std::uint32_t>(n.integer(r, 3, b.min, 1'000'000));
        b.enterprises = static_cast<double>(n.integer(r, 4, 1, 100'000'000));
        b.establishments = static_cast<double>(n.integer(r, 5, 1, 100'000'000));
        b.employees = static_cast<double>(n.integer(r, 6, 0, 100'000'000));
        s.companyBands_.push_back(std::move(b));
    }
    return s;
}

std::uint8_t SizeBands::inseeBandFor(std::uint32_t headcount) const {
    for (std::size_t i = 0; i < unknownBand(); ++i)
        if (headcount >= insee_[i].min && headcount <= insee_[i].max)
            return static_cast<std::uint8_t>(i);
    return static_cast<std::uint8_t>(unknownBand() - 1);
}

int SizeBands::companyBandIndex(const std::string& key) const {
    for (std::size_t i = 0; i < companyBandKeys().size(); ++i)
        if (companyBandKeys()[i] == key) return static_cast<int>(i);
    return -1;
}

}  // namespace cmcsim
