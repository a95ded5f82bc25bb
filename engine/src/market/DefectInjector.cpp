#include "cmcsim/market/DefectInjector.h"

#include <fmt/format.h>

#include "cmcsim/core/KeyedRandom.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/market/NameFactory.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace {
constexpr Purpose kDefect{"defect"};
}

DefectInjector::DefectInjector(const ReferenceData& reference, const DataQualityTraps& traps,
                               const NameFactory& names, std::uint64_t seed, Date start)
    : reference_(reference), traps_(traps), names_(names), seed_(seed), start_(start) {}

void DefectInjector::inject(Market& chunk, std::size_t local, std::uint32_t global,
                            std::size_t record, std::uint32_t recordBase) const {
    KeyedRandom random(seed_, kDefect, global);
    auto& listed = chunk.prospects[record];
    auto add = [&](DefectKind kind, std::string truth, std::size_t at) {
        chunk.defects.push_back(
            {recordBase + static_cast<std::uint32_t>(at), kind, std::move(truth)});
    };
    const auto& sizes = reference_.sizes;
    const auto& naf = reference_.naf.codes();

    if (random.chance(traps_.staleHeadcount)) {
        const auto real = listed.headcount;
        const double factor =
            random.chance(0.5) ? 0.4 + 0.3 * random.uniform() : 1.6 + random.uniform();
        auto old =
            static_cast<std::uint32_t>(static_cast<double>(real) * factor) + (real < 3 ? 2u : 0u);
        if (old == real) old = real + 3;
        listed.headcount = old;
        listed.sizeBand = sizes.inseeBandFor(old);
        add(DefectKind::StaleHeadcount,
            fmt::format("effectif réel {} ({}) ; le fichier indique {}", real,
                        sizes.insee()[sizes.inseeBandFor(real)].label, old),
            record);
    }
    if (random.chance(traps_.closed)) {
        auto& establishment = chunk.establishments[local];
        establishment.closed = true;
        const Date closedOn = start_.plusDays(-static_cast<std::int32_t>(30 + random.below(540)));
        add(DefectKind::Closed, fmt::format("établissement fermé le {}", closedOn.french()),
            record);
    }
    if (random.chance(traps_.wrongNaf)) {
        const auto real = listed.naf;
        auto other =
            static_cast<std::uint16_t>(random.below(static_cast<std::uint32_t>(naf.size())));
        if (other == real) other = static_cast<std::uint16_t>((other + 1) % naf.size());
        listed.naf = other;
        add(DefectKind::WrongNaf,
            fmt::format("code NAF réel {} ({})", naf[real].code, naf[real].label), record);
    }
    if (random.chance(traps_.missingContact)) {
        add(DefectKind::MissingContact,
            fmt::format("contact réel : {}, {}, {}", listed.contact.name, listed.contact.phone,
                        listed.contact.email),
            record);
        listed.contact = Contact{};
    } else if (random.chance(traps_.wrongContact)) {
        const auto realPhone = listed.contact.phone;
        listed.contact.phone = names_.fictionPhone(random);
        add(DefectKind::WrongContact,
            fmt::format("le numéro listé n'est plus attribué ; numéro réel {}", realPhone), record);
    }
    if (random.chance(traps_.duplicates)) {
        ProspectRecord copy = listed;
        if (random.chance(0.5))
            copy.siret = siret::siretFor(copy.siret / 100000, 9000 + random.below(999));
        copy.name = NameFactory::duplicateVariant(copy.name, random);
        const auto original = siret::formatSiret(listed.siret);
        chunk.prospects.push_back(std::move(copy));
        add(DefectKind::Duplicate, fmt::format("doublon de l'établissement SIRET {}", original),
            chunk.prospects.size() - 1);
    }
}

}  // namespace cmcsim
