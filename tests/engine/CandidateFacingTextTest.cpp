#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "../support/PricedOffer.h"
#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/report/OfferReport.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

// Notes meant for the project's authors, never for a candidate: references must be to the law
// and to public documents (issue 8, §3).
const std::vector<std::string> kInternalMarkers = {
    "domain-facts", "domain facts", "d'après un courtier",
    "confiance",    "confidence",   "(L-M)",
    "(M-H)",        "(L)",          "(M)",
    "NOT VERIFIED"};

std::string internalMarkerIn(const std::string& text) {
    for (const auto& marker : kInternalMarkers)
        if (const auto at = text.find(marker); at != std::string::npos)
            return marker + " in « " + text.substr(at > 120 ? at - 120 : 0, 240) + " »";
    return {};
}

// One company of the Rouen market per collective agreement that has branch rows, and a few
// without: the diagnosis and the quote of each, as `cmcsim diagnose` and `cmcsim quote` print
// them.
std::vector<std::string> candidateTexts(bool diagnosis) {
    const auto& ref = reference();
    const auto& market = rouenMarket();
    std::set<std::string> branchAgreements;
    for (const auto& b : ref.offers.branches.rules()) branchAgreements.insert(b.idcc);
    std::set<std::string> seen;
    std::vector<std::string> out;
    int without = 0;
    const auto offer =
        Offer::fromJson(confortEnsembleJson().dump(), "confort-ensemble.json", ref.offers);
    for (const auto& c : market.companies) {
        if (c.headcount < 3 || c.establishmentCount != 1) continue;
        const std::string idcc =
            c.idcc < 0 ? "" : ref.idcc.agreements()[static_cast<std::size_t>(c.idcc)].idcc;
        const bool branch = branchAgreements.contains(idcc);
        if (branch ? !seen.insert(idcc).second : without >= 3) continue;
        without += branch ? 0 : 1;
        const auto d = Diagnosis::of(market, ref, siret::formatSiren(c.siren), 2026);
        if (d.employees <= 0) continue;
        if (diagnosis) {
            out.push_back(OfferReport::diagnosisText(d));
        } else {
            const auto study = pricedOffer(ref, d, offer, 20);
            out.push_back(OfferReport::quoteText(study, ref.offers.careItems));
        }
    }
    return out;
}

TEST(CandidateFacingText, QuotesCarryNoInternalNotes) {
    const auto texts = candidateTexts(false);
    ASSERT_GE(texts.size(), 3u);
    for (const auto& text : texts) EXPECT_EQ(internalMarkerIn(text), "");
}

TEST(CandidateFacingText, DiagnosesCarryNoInternalNotes) {
    const auto texts = candidateTexts(true);
    ASSERT_GE(texts.size(), 3u);
    for (const auto& text : texts) EXPECT_EQ(internalMarkerIn(text), "");
}

}  // namespace
