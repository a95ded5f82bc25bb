#include "cmcsim/offer/OfferStudy.h"

#include <fmt/format.h>

#include "cmcsim/core/InputError.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/prospects/CandidateKnowledge.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

OfferStudy OfferStudy::of(const CandidateKnowledge& knowledge, const ReferenceData& reference,
                          const std::string& siretOrSiren, int year, Offer offer,
                          std::uint32_t years, std::uint64_t seed,
                          std::optional<Date> simulatedDate) {
    auto diagnosis = Diagnosis::of(knowledge, reference, siretOrSiren, year);
    // A closed establishment has no employees to cover: no offer is made to it once the
    // candidate verified it (before, the candidate cannot know, and the listing is all there is).
    if (const auto number = siret::parse(diagnosis.siret, 14))
        if (const auto line = knowledge.lineOfSiret(*number); line && knowledge.knownClosed(*line))
            throw InputError(
                diagnosis.siret,
                fmt::format("l'établissement {} ({}) est fermé (fiche vérifiée) : aucune offre ne "
                            "peut lui être faite ; choisissez un établissement en activité",
                            diagnosis.name, diagnosis.siret));
    return of(reference, std::move(diagnosis), std::move(offer), years, seed, simulatedDate);
}

OfferStudy OfferStudy::of(const ReferenceData& reference, Diagnosis diagnosis, Offer offer,
                          std::uint32_t years, std::uint64_t seed,
                          std::optional<Date> simulatedDate) {
    const OfferPricer pricer(reference.offers, reference.regulation);
    auto quote = OfferStudy::quoteOf(reference, diagnosis, offer);
    auto compliance =
        ComplianceReport::check(offer, quote, reference.offers, reference.regulation,
                                diagnosis.workforce, diagnosis.idcc, diagnosis.providentInsurer);
    if (simulatedDate)
        compliance.rules.push_back(ComplianceReport::effectiveDate(offer, *simulatedDate));
    auto risk = RiskModel::simulate(quote, years, seed);
    auto comparison =
        OfferComparison::compare(diagnosis, offer, quote, reference.offers, pricer.assumptions());
    return {std::move(diagnosis),  std::move(offer), std::move(quote),
            std::move(compliance), std::move(risk),  std::move(comparison)};
}

OfferQuote OfferStudy::quoteOf(const CandidateKnowledge& knowledge, const ReferenceData& reference,
                               const std::string& siretOrSiren, int year, const Offer& offer) {
    return quoteOf(reference, Diagnosis::of(knowledge, reference, siretOrSiren, year), offer);
}

OfferQuote OfferStudy::quoteOf(const ReferenceData& reference, const Diagnosis& diagnosis,
                               const Offer& offer) {
    return OfferPricer(reference.offers, reference.regulation).quote(offer, diagnosis.workforce);
}

}  // namespace cmcsim
