#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "cmcsim/market/Market.h"

namespace cmcsim {

struct ReferenceData;
struct RegionalNameParts;
class KeyedRandom;

// Makes fictitious company names, contacts and prescribers from the naming datasets.
class NameFactory {
public:
    explicit NameFactory(const ReferenceData& reference);

    // A name whose activity word fits the NAF sous-classe at `nafIndex` (or no activity word);
    // its place name or suffix, if any, is one of the region of the commune of index `commune`
    // (datasets/noms_regionaux.csv), never one of another region.
    std::string companyName(std::uint16_t nafIndex, std::uint32_t commune,
                            KeyedRandom& random) const;
    // A contact at the commune of index `commune` (Geography::communes).
    Contact contact(const std::string& companyName, std::uint32_t headcount, std::uint32_t commune,
                    KeyedRandom& random) const;
    // A number of ARCEP's fiction blocks: a landline in the numbering zone of the commune's
    // département (datasets/zones_telephone.csv), or a mobile.
    std::string fictionPhone(std::uint32_t commune, KeyedRandom& random) const;
    // A prescriber's name, of the name parts that fit any region (no place name).
    std::string prescriberName(const std::string& kind, KeyedRandom& random) const;
    // A name variant as a second listing of the same establishment would spell it.
    static std::string duplicateVariant(const std::string& name, KeyedRandom& random);
    static std::string slug(const std::string& text);

private:
    const ReferenceData& reference_;
    // What e-mail addresses take of each first name (its slug's first letter) and surname (its
    // slug), made once.
    std::vector<std::string> firstNameInitials_, surnameSlugs_;
    // Each commune's landline block (NamingParts::landlineBlock of its département), made once.
    std::vector<const std::string*> landlines_;
    // Each commune's regional name parts (NamingParts::regional of its region), made once.
    std::vector<const RegionalNameParts*> regional_;
};

}  // namespace cmcsim
