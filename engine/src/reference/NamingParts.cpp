#include "cmcsim/reference/NamingParts.h"

#include <algorithm>
#include <limits>
#include <map>

#include "NafPrefixes.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/reference/CsvTable.h"
#include "cmcsim/reference/NafNomenclature.h"

namespace cmcsim {

NamingParts NamingParts::load(const std::filesystem::path& datasets, const NafNomenclature& naf) {
    NamingParts n;
    const auto parts =
        CsvTable::load(datasets / "noms_entreprises.csv", "datasets/noms_entreprises.csv",
                       {"naf", "kind", "text", "source", "confidence"});
    std::map<std::string, std::vector<std::string>> byPrefix;
    const NafPrefixes prefixes(naf);
    for (std::size_t r = 0; r < parts.rowCount(); ++r) {
        const auto& prefix = parts.required(r, 0);
        const auto& kind = parts.required(r, 1);
        const auto& text = parts.required(r, 2);
        if (kind == "activite") {
            if (prefix.size() < 2 || !prefixes.startsACode(prefix))
                parts.fail(r, 0, "préfixe de code NAF existant attendu (10, 10.7, 10.71C)");
            byPrefix[prefix].push_back(text);
        } else if (prefix != "*") {
            parts.fail(r, 0, "* attendu pour un nom ou un suffixe");
        } else if (kind == "nom") {
            n.names_.push_back(text);
        } else if (kind == "suffixe") {
            n.suffixes_.push_back(text);
        } else {
            parts.fail(r, 1, "activite, nom ou suffixe attendu");
        }
    }
    if (n.names_.empty() || n.suffixes_.empty())
        throw InputError("datasets/noms_entreprises.csv", "au moins un nom et un suffixe attendus");
    // Each code takes the words of its longest prefix listed.
    for (const auto& code : naf.codes()) {
        const auto words = NafPrefixes::longest(byPrefix, code.code);
        if (words == byPrefix.end())
            throw InputError("datasets/noms_entreprises.csv",
                             "aucun mot d'activité pour le code NAF " + code.code);
        n.activities_.push_back(words->second);
    }

    n.loadRegional(datasets);

    const auto first = CsvTable::load(datasets / "prenoms.csv", "datasets/prenoms.csv",
                                      {"prenom", "sexe", "weight", "source", "confidence"});
    std::vector<double> weights;
    for (std::size_t r = 0; r < first.rowCount(); ++r) {
        n.firstNames_.push_back(first.required(r, 0));
        const auto& sex = first.required(r, 1);
        if (sex != "F" && sex != "H") first.fail(r, 1, "F ou H attendu");
        n.firstNameSexes_.push_back(sex[0]);
        weights.push_back(first.number(r, 2, 1e-9, 1e12));
    }
    if (weights.empty()) throw InputError("datasets/prenoms.csv", "au moins un prénom attendu");
    n.firstNameTable_ = AliasTable(weights);

    const auto last = CsvTable::load(datasets / "noms_famille.csv", "datasets/noms_famille.csv",
                                     {"nom", "weight", "source", "confidence"});
    weights.clear();
    for (std::size_t r = 0; r < last.rowCount(); ++r) {
        n.surnames_.push_back(last.required(r, 0));
        weights.push_back(last.number(r, 1, 1e-9, 1e12));
    }
    if (weights.empty()) throw InputError("datasets/noms_famille.csv", "au moins un nom attendu");
    n.surnameTable_ = AliasTable(weights);

    const auto roles = CsvTable::load(
        datasets / "fonctions_contact.csv", "datasets/fonctions_contact.csv",
        {"fonction", "min_effectif", "max_effectif", "weight", "source", "confidence"});
    for (std::size_t r = 0; r < roles.rowCount(); ++r) {
        ContactRole role;
        role.title = roles.required(r, 0);
        role.minHeadcount = static_cast<std::uint32_t>(roles.integer(r, 1, 0, 1'000'000));
        role.maxHeadcount =
            roles.text(r, 2).empty()
                ? std::numeric_limits<std::uint32_t>::max()
                : static_cast<std::uint32_t>(roles.integer(r, 2, role.minHeadcount, 1'000'000));
        role.weight = roles.number(r, 3, 1e-9, 1e9);
        n.roles_.push_back(std::move(role));
    }

    const auto phones =
        CsvTable::load(datasets / "numeros_fiction.csv", "datasets/numeros_fiction.csv",
                       {"prefixe", "source", "confidence"});
    for (std::size_t r = 0; r < phones.rowCount(); ++r) {
        const auto& prefix = phones.required(r, 0);
        if (prefix.size() != 6 || prefix[0] != '0')
            phones.fail(r, 0, "préfixe à 6 chiffres commençant par 0 attendu");
        n.phoneBlocks_.push_back(prefix);
    }
    if (n.phoneBlocks_.empty())
        throw InputError("datasets/numeros_fiction.csv", "au moins un bloc attendu");

    const auto zones =
        CsvTable::load(datasets / "zones_telephone.csv", "datasets/zones_telephone.csv",
                       {"dep", "zone", "source", "confidence"});
    for (std::size_t r = 0; r < zones.rowCount(); ++r) {
        const auto& zone = zones.required(r, 1);
        const auto block = std::find_if(
            n.phoneBlocks_.begin(), n.phoneBlocks_.end(),
            [&](const std::string& b) { return zone.size() == 2 && b.starts_with(zone); });
        if (zone < "01" || zone > "05" || block == n.phoneBlocks_.end())
            zones.fail(r, 1, "zone géographique 01 à 05 attendue, avec son bloc de fiction");
        if (!n.landlineBlocks_.emplace(zones.required(r, 0), *block).second)
            zones.fail(r, 0, "département déjà listé");
    }
    return n;
}

void NamingParts::loadRegional(const std::filesystem::path& datasets) {
    const auto parts =
        CsvTable::load(datasets / "noms_regionaux.csv", "datasets/noms_regionaux.csv",
                       {"reg", "kind", "text", "source", "confidence"});
    for (std::size_t r = 0; r < parts.rowCount(); ++r) {
        const auto& region = parts.required(r, 0);
        const auto& kind = parts.required(r, 1);
        if (region.size() != 2) parts.fail(r, 0, "code de région INSEE à deux caractères attendu");
        auto& into = regional_[region];
        if (kind == "nom")
            into.names.push_back(parts.required(r, 2));
        else if (kind == "suffixe")
            into.suffixes.push_back(parts.required(r, 2));
        else
            parts.fail(r, 1, "nom ou suffixe attendu");
    }
}

const RegionalNameParts* NamingParts::regional(const std::string& region) const {
    const auto found = regional_.find(region);
    return found == regional_.end() ? nullptr : &found->second;
}

const std::string* NamingParts::landlineBlock(const std::string& departement) const {
    const auto found = landlineBlocks_.find(departement);
    return found == landlineBlocks_.end() ? nullptr : &found->second;
}

const std::vector<std::string>& NamingParts::activities(std::uint16_t nafIndex) const {
    return activities_.at(nafIndex);
}

}  // namespace cmcsim
