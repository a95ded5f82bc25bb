#include "cmcsim/market/NameFactory.h"

#include <fmt/format.h>

#include <vector>

#include "cmcsim/core/KeyedRandom.h"
#include "cmcsim/core/TextFold.h"
#include "cmcsim/reference/NamingParts.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace {
template <typename T>
const T& pick(const std::vector<T>& items, KeyedRandom& random) {
    return items[random.below(static_cast<std::uint32_t>(items.size()))];
}

// One of `common` followed by `own`, drawn with a single draw whatever `own` holds.
const std::string& pickOf(const std::vector<std::string>& common,
                          const std::vector<std::string>& own, KeyedRandom& random) {
    const auto i = random.below(static_cast<std::uint32_t>(common.size() + own.size()));
    return i < common.size() ? common[i] : own[i - common.size()];
}

// Appends `value` (0 to 99) as two digits.
void twoDigits(std::string& out, std::uint32_t value) {
    out += static_cast<char>('0' + value / 10);
    out += static_cast<char>('0' + value % 10);
}
}  // namespace

NameFactory::NameFactory(const ReferenceData& reference) : reference_(reference) {
    const auto& n = reference_.naming;
    firstNameInitials_.reserve(n.firstNames().size());
    for (const auto& name : n.firstNames()) firstNameInitials_.push_back(slug(name).substr(0, 1));
    surnameSlugs_.reserve(n.surnames().size());
    for (const auto& name : n.surnames()) surnameSlugs_.push_back(slug(name));
    const auto& communes = reference_.geography.communes();
    landlines_.reserve(communes.size());
    for (const auto& c : communes) landlines_.push_back(n.landlineBlock(c.departement));
    const auto& geography = reference_.geography;
    std::vector<const RegionalNameParts*> byDepartement;
    for (const auto& d : geography.departements()) byDepartement.push_back(n.regional(d.region));
    regional_.reserve(communes.size());
    for (std::uint32_t c = 0; c < geography.communeCount(); ++c)
        regional_.push_back(byDepartement[geography.departementIndex(c)]);
}

std::string NameFactory::slug(const std::string& text) {
    std::string out;
    for (char c : foldText(text)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out += c;
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "entreprise" : out;
}

std::string NameFactory::companyName(std::uint16_t nafIndex, std::uint32_t commune,
                                     KeyedRandom& random) const {
    const auto& n = reference_.naming;
    static const RegionalNameParts kNone;
    const auto* own = regional_.at(commune);
    const auto& region = own ? *own : kNone;
    const auto& activity = pick(n.activities(nafIndex), random);
    const auto& name = pickOf(n.names(), region.names, random);
    switch (random.below(4)) {
        case 0:
            return fmt::format("{} {}", activity, name);
        case 1:
            return fmt::format("{} {}", name, pickOf(n.suffixes(), region.suffixes, random));
        case 2:
            return fmt::format("{} {} {}", activity, name,
                               pickOf(n.suffixes(), region.suffixes, random));
        default:
            return fmt::format("{} {}", name, activity);
    }
}

std::string NameFactory::fictionPhone(std::uint32_t commune, KeyedRandom& random) const {
    // The draw picks a landline or a mobile as before; a landline takes the zone's block.
    const auto* block = &pick(reference_.naming.fictionPhoneBlocks(), random);
    if ((*block)[1] >= '1' && (*block)[1] <= '5' && landlines_.at(commune))
        block = landlines_[commune];
    const auto digits = random.below(10000);
    // "{} {} {} {:02} {:02}" of the block's three pairs and the two pairs drawn, without fmt.
    std::string phone;
    phone.reserve(14);
    phone.append(*block, 0, 2).append(1, ' ');
    phone.append(*block, 2, 2).append(1, ' ');
    phone.append(*block, 4, 2).append(1, ' ');
    twoDigits(phone, digits / 100);
    phone += ' ';
    twoDigits(phone, digits % 100);
    return phone;
}

Contact NameFactory::contact(const std::string& companyName, std::uint32_t headcount,
                             std::uint32_t commune, KeyedRandom& random) const {
    const auto& n = reference_.naming;
    const auto first = n.firstNameTable().draw(random);
    const auto& firstName = n.firstNames()[first];
    const auto surnameIndex = n.surnameTable().draw(random);
    const auto& surname = n.surnames()[surnameIndex];
    Contact c;
    const std::string_view civility = n.firstNameSexes()[first] == 'F' ? "Mme" : "M.";
    c.name.reserve(civility.size() + firstName.size() + surname.size() + 2);
    c.name.append(civility).append(1, ' ').append(firstName).append(1, ' ').append(surname);
    const auto& roles = n.roles();
    const auto weight = [&](std::size_t i) {
        const auto& role = roles[i];
        return headcount >= role.minHeadcount && headcount <= role.maxHeadcount ? role.weight : 0.0;
    };
    double total = 0;
    for (std::size_t i = 0; i < roles.size(); ++i) total += weight(i);
    if (total > 0) {
        double u = random.uniform() * total;
        std::size_t i = 0;
        while (i + 1 < roles.size() && u >= weight(i)) u -= weight(i++);
        c.role = roles[i].title;
    }
    c.phone = fictionPhone(commune, random);
    const auto& initial = firstNameInitials_[first];
    const auto& surnameSlug = surnameSlugs_[surnameIndex];
    const auto companySlug = slug(companyName);
    c.email.reserve(initial.size() + surnameSlug.size() + companySlug.size() + 10);
    c.email.append(initial).append(1, '.').append(surnameSlug).append(1, '@');
    c.email.append(companySlug).append(".example");
    return c;
}

std::string NameFactory::prescriberName(const std::string& kind, KeyedRandom& random) const {
    const auto& name = pick(reference_.naming.names(), random);
    if (kind == "courtier") {
        static const std::vector<std::string> forms = {"{} Courtage", "Cabinet {} Assurances",
                                                       "{} Conseil & Courtage"};
        return fmt::format(fmt::runtime(pick(forms, random)), name);
    }
    static const std::vector<std::string> forms = {"Cabinet {}", "{} Expertise Comptable",
                                                   "{} & Associés, experts-comptables",
                                                   "Fiduciaire {}"};
    return fmt::format(fmt::runtime(pick(forms, random)), name);
}

std::string NameFactory::duplicateVariant(const std::string& name, KeyedRandom& random) {
    switch (random.below(3)) {
        case 0: {
            std::string upper;
            for (char c : foldText(name))
                upper += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
            return upper;
        }
        case 1:
            return name + " (SARL)";
        default: {
            const auto space = name.find(' ');
            return space == std::string::npos
                       ? name + "."
                       : name.substr(space + 1) + " " + name.substr(0, space);
        }
    }
}

}  // namespace cmcsim
