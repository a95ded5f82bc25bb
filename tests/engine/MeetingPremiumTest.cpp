#include <gtest/gtest.h>

#include "../support/HealthOffer.h"
#include "MeetingTestKit.h"
#include "cmcsim/meeting/MeetingOfferFit.h"
#include "cmcsim/meeting/MeetingView.h"
#include "cmcsim/offer/OfferStudy.h"
#include "cmcsim/prospects/CandidateKnowledge.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/report/ProposalDocument.h"

// Issue 12 §2 (meetingpolish): the premium a meeting presents an offer version at and the
// written proposal's come from one engine function, OfferStudy::quoteOf (the quote of that offer
// for that company with what the candidate knows).
using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

namespace {
// Saves a Santé Essentiel offer for `siret` and presents it in meeting 1, after the discovery.
void presentOffer(MeetingJournal& j, const std::string& siret) {
    j.ok(cmd::kSaveOffer, {{"siret", siret}, {"offre", healthOffer("sante_essentiel")}});
    j.ok(cmd::kMeetingOpen, {{"siret", siret}});
    j.choose(1, {"prep_fiche", "ouv_presentation", "dec_budget", "dec_niveau"});
    j.ok(cmd::kMeetingOffer, {{"rdv", 1}, {"version", 1}});
}
}  // namespace

TEST(MeetingPremium, TheMeetingPresentsTheWrittenProposalsPremium) {
    MeetingJournal j;
    const auto line = MeetingJournal::line();
    const auto siret = MeetingJournal::siretOf(line);
    presentOffer(j, siret);
    const MeetingView view(minimalMarket(), reference(), minimalScenario(), minimalScenario().seed,
                           j.state(), 1);
    const auto& presented = view.transcript().offer;
    ASSERT_TRUE(presented);

    // The written proposal's study, as `cmcsim proposal` builds it (ProposalCommand).
    const auto& saved = ProposalDocument::savedVersion(j.state().offers(), siret, 1);
    const CandidateKnowledge knowledge(minimalMarket(), reference(), j.state().knowledge());
    const auto study =
        OfferStudy::of(knowledge, reference(), saved.siret, minimalScenario().startDate.year(),
                       Offer::fromJson(saved.offer.dump(), "v1", reference().offers), 100, 1);
    EXPECT_GT(study.quote.annualPremium, 0);
    EXPECT_DOUBLE_EQ(presented->annualPremium, study.quote.annualPremium);
    EXPECT_DOUBLE_EQ(presented->listAnnualPremium, study.quote.annualPremium);

    // Without the census, the candidate's quote rests on an estimate, which the real census
    // (what the meeting used to price on) does not give: the two sources did differ.
    const auto truth = MeetingOfferFit::of(minimalMarket(), reference(), reference().meetings,
                                           view.needs(), siret, 1, saved.offer, Date());
    EXPECT_NE(truth.annualPremium, study.quote.annualPremium)
        << "the company's real census and the candidate's estimate give the same premium";
}

// A presentation is priced on what the candidate knew when it was made (AttemptState::
// knowledgeAt): the census requested after it re-prices neither the presentation nor the premium
// a signature would take, while a new quote does use it.
TEST(MeetingPremium, ACensusLearntLaterDoesNotRepriceAPastPresentation) {
    MeetingJournal j;
    const auto line = MeetingJournal::line();
    const auto siret = MeetingJournal::siretOf(line);
    presentOffer(j, siret);
    const auto presentedAt = [&] {
        const MeetingView view(minimalMarket(), reference(), minimalScenario(),
                               minimalScenario().seed, j.state(), 1);
        return view.transcript().offer->annualPremium;
    };
    const double before = presentedAt();
    j.ok(cmd::kCensusRequest, {{"ligne", line}});
    EXPECT_DOUBLE_EQ(presentedAt(), before);
    // The census changes the candidate's quote today: the test would see a re-pricing.
    const auto& saved = ProposalDocument::savedVersion(j.state().offers(), siret, 1);
    const auto offer = Offer::fromJson(saved.offer.dump(), "v1", reference().offers);
    const CandidateKnowledge now(minimalMarket(), reference(), j.state().knowledge());
    EXPECT_NE(
        OfferStudy::quoteOf(now, reference(), siret, minimalScenario().startDate.year(), offer)
            .annualPremium,
        before);
}
