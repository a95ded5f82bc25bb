#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "cmcsim/offer/ComplianceReport.h"
#include "cmcsim/offer/Diagnosis.h"
#include "cmcsim/offer/Offer.h"
#include "cmcsim/offer/OfferComparison.h"
#include "cmcsim/offer/OfferQuote.h"
#include "cmcsim/offer/RiskModel.h"

namespace cmcsim {

struct ReferenceData;
class CandidateKnowledge;

// Everything the engine says about an offer to a company, owned in one piece: the diagnosis,
// the offer, its quote, compliance, risk and the comparison with the current contract. The one
// place that assembles them, for the CLI (`quote`, `proposal`), the studio's Offres and the tests.
struct OfferStudy {
    Diagnosis diagnosis;
    Offer offer;
    OfferQuote quote;
    ComplianceReport compliance;
    RiskReport risk;
    OfferComparison comparison;

    // Simulated years of risk where the answer must come at once: the studio's live tabs (each
    // keystroke) and the proposal, whose content does not depend on them.
    static constexpr std::uint32_t kInteractiveYears = 20'000;

    // The study of `offer` for the company of this SIRET (or SIREN) as the candidate knows it,
    // at the parameters of `year`, with `years` simulated years of risk drawn with `seed`.
    // With `simulatedDate` (the attempt's simulated date when it quotes), the compliance also
    // says whether the offer's effective date is past (ComplianceReport::effectiveDate).
    // InputError: no line lists the SIRET; the establishment is known to be closed (verified:
    // no offer can be made to it, and the error says so); the offer cannot be priced.
    static OfferStudy of(const CandidateKnowledge& knowledge, const ReferenceData& reference,
                         const std::string& siretOrSiren, int year, Offer offer,
                         std::uint32_t years, std::uint64_t seed,
                         std::optional<Date> simulatedDate = std::nullopt);
    // The same for a diagnosis already made (it decides nothing about closure).
    static OfferStudy of(const ReferenceData& reference, Diagnosis diagnosis, Offer offer,
                         std::uint32_t years, std::uint64_t seed,
                         std::optional<Date> simulatedDate = std::nullopt);
    // The quote of `offer` for the company of `siretOrSiren` as the candidate knows it, at the
    // parameters of `year`: the one source of an offer's premium, for the study (`quote`, the
    // written proposal) and for the meeting that presents it (MeetingView::present, issue 12
    // §2). InputError as Diagnosis::of and the pricer give it.
    static OfferQuote quoteOf(const CandidateKnowledge& knowledge, const ReferenceData& reference,
                              const std::string& siretOrSiren, int year, const Offer& offer);
    static OfferQuote quoteOf(const ReferenceData& reference, const Diagnosis& diagnosis,
                              const Offer& offer);
};

}  // namespace cmcsim
