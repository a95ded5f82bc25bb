#include "cmcsim/market/NameFactory.h"

#include <fmt/format.h>

#include <vector>

#include "cmcsim/core/KeyedRandom.h"
#include "cmcsim/core/TextFold.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace {
template <typename T>
const T& pick(const std::vector<T>& items, KeyedRandom& random) {
    return items[random.below(static_cast<std::uint32_t>(items.size()))];
}

}  // namespace

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

std::string NameFactory::companyName(std::uint16_t nafIndex, KeyedRandom& random) const {
    const auto& n = reference_.naming;
    const auto& activity = pick(n.activities(nafIndex), random);
    const auto& name = pick(n.names(), random);
    switch (random.below(4)) {
        case 0:
            return fmt::format("{} {}", activity, name);
        case 1:
            return fmt::format("{} {}", name, pick(n.suffixes(), random));
        case 2:
            return fmt::format("{} {} {}", activity, name, pick(n.suffixes(), random));
        default:
            return fmt::format("{} {}", name, activity);
    }
}

std::string NameFactory::fictionPhone(KeyedRandom& random) const {
    const auto& block = pick(reference_.naming.fictionPhoneBlocks(), random);
    const auto digits = random.below(10000);
    return fmt::format("{} {} {} {:02} {:02}", block.substr(0, 2), block.substr(2, 2),
                       block.substr(4, 2), digits / 100, digits % 100);
}

Contact NameFactory::contact(const std::string& companyName, std::uint32_t headcount,
                             KeyedRandom& random) const {
    const auto& n = reference_.naming;
    const auto first = n.firstNameTable().draw(random);
    const auto& firstName = n.firstNames()[first];
    const auto& surname = n.surnames()[n.surnameTable().draw(random)];
    Contact c;
    c.name = fmt::format("{} {} {}", n.firstNameSexes()[first] == 'F' ? "Mme" : "M.", firstName,
                         surname);
    std::vector<double> weights;
    for (const auto& role : n.roles())
        weights.push_back(
            headcount >= role.minHeadcount && headcount <= role.maxHeadcount ? role.weight : 0.0);
    double total = 0;
    for (double w : weights) total += w;
    if (total > 0) {
        double u = random.uniform() * total;
        std::size_t i = 0;
        while (i + 1 < weights.size() && u >= weights[i]) u -= weights[i++];
        c.role = n.roles()[i].title;
    }
    c.phone = fictionPhone(random);
    c.email = fmt::format("{}.{}@{}.example", slug(firstName).substr(0, 1), slug(surname),
                          slug(companyName));
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
