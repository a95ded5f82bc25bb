#include "cmcsim/market/DefectInjector.h"

#include <fmt/format.h>

#include "cmcsim/core/KeyedRandom.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/market/NameFactory.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace {
constexpr Purpose kDefect{"defect"};
constexpr Purpose kExtractQuirk{"extract-quirk"};
}  // namespace

DefectInjector::DefectInjector(const ReferenceData& reference, const DataQualityTraps& traps,
                               const NameFactory& names, std::uint64_t seed, Date start)
    : reference_(reference), traps_(traps), names_(names), seed_(seed), start_(start) {}

std::optional<Date> DefectInjector::inject(Market& chunk, const Company& company, std::size_t local,
                                           std::uint32_t global, std::size_t record,
                                           std::uint32_t recordBase) const {
    std::optional<Date> closing;
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
        closing = closedOn;
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
        listed.contact.phone = names_.fictionPhone(listed.commune, random);
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
    injectExtractQuirks(chunk, company, record, recordBase);
    return closing;
}

void DefectInjector::injectExtractQuirks(Market& chunk, const Company& company, std::size_t record,
                                         std::uint32_t recordBase) const {
    // Their own stream, keyed by the record's global index: the other defects do not move.
    KeyedRandom random(seed_, kExtractQuirk, recordBase + record);
    auto& listed = chunk.prospects[record];
    auto add = [&](DefectKind kind, std::string truth) {
        chunk.defects.push_back(
            {recordBase + static_cast<std::uint32_t>(record), kind, std::move(truth)});
    };
    const auto& sizes = reference_.sizes;
    // Partial diffusion: only sole traders (catégorie juridique 1000) have their name masked.
    if (reference_.legalForms[company.legalForm].code == "1000" &&
        random.chance(traps_.partialDiffusion) && listed.name != kMaskedField) {
        add(DefectKind::PartialDiffusion,
            fmt::format("diffusion partielle ; raison sociale réelle : {}, contact : {}",
                        listed.name, listed.contact.name.empty() ? "aucun" : listed.contact.name));
        listed.name = kMaskedField;
        if (!listed.contact.name.empty()) listed.contact.name = kMaskedField;
        if (!listed.contact.email.empty()) listed.contact.email = kMaskedField;
    }
    if (random.chance(traps_.unknownSizeBand) && listed.sizeBand != sizes.unknownBand()) {
        add(DefectKind::UnknownSizeBand,
            fmt::format("tranche NN dans l'extrait ; effectif listé avant : {} ({})",
                        listed.headcount, sizes.insee()[listed.sizeBand].label));
        listed.sizeBand = sizes.unknownBand();
        listed.headcount = 0;
    }
    if (company.idcc >= 0 && random.chance(traps_.undeclaredAgreement)) {
        if (const auto none = reference_.idcc.find("9999")) {
            const auto& real = reference_.idcc.agreements()[static_cast<std::size_t>(company.idcc)];
            add(DefectKind::UndeclaredAgreement,
                fmt::format("convention réelle : IDCC {} ({})", real.idcc,
                            IdccCatalogue::shortTitle(real.title)));
            listed.idcc = static_cast<std::int16_t>(*none);
        }
    }
}

}  // namespace cmcsim
