#include <gtest/gtest.h>

#include "OfferAttempt.h"

namespace cmcsim {
namespace {

using test::healthOffer;
using test::OfferAttempt;

constexpr const char* kId = "diagnostic.situation";

TEST(DiagnosticSituation, NoOfferIsLeftToTheEvaluator) {
    OfferAttempt a;
    a.requestCensus(a.line(2));
    const auto r = a.assess(kId);
    EXPECT_EQ(r.verdict, Verdict::AApprecier);
    EXPECT_EQ(r.score, 0);
    EXPECT_TRUE(test::contains(r.explanation, "Aucune offre enregistrée"));
}

TEST(DiagnosticSituation, CensusVerificationAndCoverBeforeTheOfferAreAcquis) {
    OfferAttempt a;
    const auto line = a.line(2);
    const auto census = a.requestCensus(line);
    const auto verification = a.verify(line);
    const auto study = a.buyIntelligence();
    const auto saved = a.save(line, healthOffer("sante_essentiel"));
    const auto r = a.assess(kId);
    // Three elements of three, each before the first version: 100.
    EXPECT_EQ(r.score, 100);
    EXPECT_EQ(r.verdict, Verdict::Acquis);
    EXPECT_EQ(r.criterion, "B4.3");
    ASSERT_FALSE(r.evidence.empty());
    EXPECT_EQ(r.evidence.front().entry, saved);
    const auto hasEntry = [&](std::int64_t entry) {
        return std::any_of(r.evidence.begin(), r.evidence.end(),
                           [&](const Evidence& e) { return e.entry == entry; });
    };
    EXPECT_TRUE(hasEntry(census));
    EXPECT_TRUE(hasEntry(verification));
    EXPECT_TRUE(hasEntry(study));
}

TEST(DiagnosticSituation, WhatCameAfterTheFirstVersionCountsHalf) {
    OfferAttempt a;
    const auto line = a.line(2);
    a.save(line, healthOffer("sante_essentiel"));
    a.diagnose(line);
    a.save(line, healthOffer("sante_essentiel"));
    // Each element only before v2: 3 × ½ of 3 = 50, partiellement acquis at 50.
    const auto r = a.assess(kId);
    EXPECT_EQ(r.score, 50);
    EXPECT_EQ(r.verdict, Verdict::PartiellementAcquis);
    EXPECT_NE(test::evidenceWith(r, "seulement avant la dernière version (v2)"), nullptr);
    EXPECT_EQ(a.assess(kId, {{"score_partiel", 51}}).verdict, Verdict::NonAcquis);
    EXPECT_EQ(a.assess(kId, {{"score_acquis", 50}}).verdict, Verdict::Acquis);
}

TEST(DiagnosticSituation, ADiagnosisAfterTheLastVersionCountsNothing) {
    OfferAttempt a;
    const auto line = a.line(2);
    a.save(line, healthOffer("sante_essentiel"));
    a.diagnose(line);  // the journal's order: after the offer
    const auto r = a.assess(kId);
    EXPECT_EQ(r.score, 0);
    EXPECT_EQ(r.verdict, Verdict::NonAcquis);
    EXPECT_NE(test::evidenceWith(r, "jamais avant d'enregistrer l'offre"), nullptr);
    // One element of three before the offer: 33, non acquis; partiellement acquis from 30.
    OfferAttempt b;
    const auto other = b.line(2);
    b.requestCensus(other);
    b.save(other, healthOffer("sante_essentiel"));
    EXPECT_EQ(b.assess(kId).score, 33);
    EXPECT_EQ(b.assess(kId).verdict, Verdict::NonAcquis);
    EXPECT_EQ(b.assess(kId, {{"score_partiel", 30}}).verdict, Verdict::PartiellementAcquis);
}

TEST(DiagnosticSituation, AnUndoneOfferIsNotJudged) {
    OfferAttempt a;
    const auto saved = a.save(a.line(2), healthOffer("sante_essentiel"));
    a.session().undo(saved);
    EXPECT_EQ(a.assess(kId).verdict, Verdict::AApprecier);
}

}  // namespace
}  // namespace cmcsim
