#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "cmcsim/core/AliasTable.h"

namespace cmcsim {

class NafNomenclature;

// A contact's job title and the establishment sizes it fits.
struct ContactRole {
    std::string title;
    std::uint32_t minHeadcount = 0;
    std::uint32_t maxHeadcount = 0;
    double weight = 1;
};

// The name parts of one region that name places (a pays, a river, a coast, the region itself) or
// are surnames frequent mostly there: a company of that region may take them, no other one.
struct RegionalNameParts {
    std::vector<std::string> names, suffixes;
};

// The parts fictitious names are made of: sector words, name parts and suffixes that fit any
// region, those of each region (datasets/noms_regionaux.csv), people's first and last names,
// contact roles, and the phone blocks ARCEP reserves for fiction, with the one of each
// département's numbering zone.
class NamingParts {
public:
    static NamingParts load(const std::filesystem::path& datasets, const NafNomenclature& naf);

    // Activity words that fit the NAF sous-classe at `nafIndex` (the rows of the longest NAF
    // prefix of datasets/noms_entreprises.csv matching its code: "10.71C" before "10.7", "10").
    const std::vector<std::string>& activities(std::uint16_t nafIndex) const;
    const std::vector<std::string>& names() const { return names_; }
    const std::vector<std::string>& suffixes() const { return suffixes_; }
    // The place names and regional surnames of a region (INSEE code, « 28 »); nullptr for a region
    // datasets/noms_regionaux.csv does not list.
    const RegionalNameParts* regional(const std::string& region) const;
    const std::vector<std::string>& firstNames() const { return firstNames_; }
    const std::vector<char>& firstNameSexes() const { return firstNameSexes_; }
    const AliasTable& firstNameTable() const { return firstNameTable_; }
    const std::vector<std::string>& surnames() const { return surnames_; }
    const AliasTable& surnameTable() const { return surnameTable_; }
    const std::vector<ContactRole>& roles() const { return roles_; }
    const std::vector<std::string>& fictionPhoneBlocks() const { return phoneBlocks_; }
    // The fiction block of a département's geographic numbering zone (datasets/
    // zones_telephone.csv: « 76 » → « 026191 »); nullptr for a département the table lacks.
    const std::string* landlineBlock(const std::string& departement) const;

private:
    // Reads datasets/noms_regionaux.csv; throws InputError naming the row of a bad code or kind.
    void loadRegional(const std::filesystem::path& datasets);

    std::vector<std::vector<std::string>> activities_;  // per NAF sous-classe
    std::vector<std::string> names_, suffixes_, firstNames_, surnames_, phoneBlocks_;
    std::map<std::string, std::string> landlineBlocks_;  // département → fiction block
    std::map<std::string, RegionalNameParts> regional_;  // region code → its name parts
    std::vector<char> firstNameSexes_;
    AliasTable firstNameTable_, surnameTable_;
    std::vector<ContactRole> roles_;
};

}  // namespace cmcsim
