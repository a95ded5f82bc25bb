#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "MeetingTestKit.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/meeting/MeetingOfferFit.h"
#include "cmcsim/meeting/MeetingView.h"
#include "cmcsim/reference/MeetingBank.h"
#include "cmcsim/sim/Campaign.h"

using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

namespace {
// A meeting with the first test company run to its signature against its generated needs
// (CompanyNeeds::of): the offer at the wanted level with the largest employer share within the
// budget, each objection raised answered well, every obligation given.
struct SignedMeeting : MeetingJournal {
    SignedMeeting() {
        const auto seed = minimalScenario().seed;
        const auto needs =
            CompanyNeeds::of(minimalMarket(), reference(), minimalScenario(), seed, company);
        static const char* products[] = {"sante_socle", "sante_essentiel", "sante_confort",
                                         "sante_excellence"};
        const std::string product = products[std::clamp(needs.wantedLevel, 1, 4) - 1];
        for (int pct = 100; pct >= 10; pct -= 10) {
            offer = healthOffer(product, pct);
            const auto fit = MeetingOfferFit::of(minimalMarket(), reference(), reference().meetings,
                                                 needs, siret, 1, offer, Date());
            if (fit.fits()) break;
        }
        ok(cmd::kSaveOffer, {{"siret", siret}, {"offre", offer}});
        meet(1, needs);
    }
    // Meeting `rdv` (the next one opened) run to its signature.
    void meet(int rdv, const CompanyNeeds& needs) {
        ok(cmd::kMeetingOpen, {{"siret", siret}});
        choose(rdv, {"prep_fiche", "ouv_presentation", "ouv_interlocuteurs", "dec_effectif",
                     "dec_garanties", "dec_budget", "dec_niveau", "dec_priorites", "ref_synthese"});
        ok(cmd::kMeetingNeeds, {{"rdv", rdv}, {"besoins", kNeedsWritten}});
        ok(cmd::kMeetingOffer, {{"rdv", rdv}, {"version", 1}});
        choose(rdv, {"pres_besoins"});
        const auto context = this->context(rdv, needs, minimalScenario().seed);
        // A good answer to each objection (by its code or its topic), each answer once.
        std::set<std::string> chosen;
        for (const auto& [code, role] : context->objections)
            for (const auto& e : reference().meetings.entries) {
                const auto answers = context->answered(e.code);
                if (e.move != MeetingMove::GoodAnswer ||
                    std::find(answers.begin(), answers.end(), code) == answers.end())
                    continue;
                if (chosen.insert(e.id).second) choose(rdv, {e.id});
                break;
            }
        choose(rdv, {"info_identite", "info_ipid", "info_reclamations", "info_conseil",
                     "clo_signature"});
        ok(cmd::kMeetingClose, {{"rdv", rdv}});
    }
    std::uint32_t company = companyOf(line());
    std::string siret = siretOf(line());
    nlohmann::json offer;
};
}  // namespace

// A meeting signed in week 1 makes the company a client: Signed in the funnel with the offer's
// annual premium, its contract in the portfolio from the offer's effective date.
TEST(MeetingCampaign, ASignedMeetingMakesTheCompanyAClient) {
    SignedMeeting j;
    const auto seed = minimalScenario().seed;
    const MeetingView view(minimalMarket(), reference(), minimalScenario(), seed, j.state(), 1);
    const auto& t = view.transcript();
    ASSERT_EQ(t.outcome, MeetingOutcome::Signed) << (t.reasons.empty() ? "" : t.reasons.front());
    const auto campaign =
        Campaign::replay(minimalScenario(), reference(), minimalMarket(), seed, j.state());
    ASSERT_TRUE(campaign.progress().contains(j.company));
    const auto& p = campaign.progress().at(j.company);
    EXPECT_EQ(p.stage, FunnelStage::Signed);
    EXPECT_EQ(p.since, 1);
    EXPECT_DOUBLE_EQ(p.annualPremiumEur, t.offer->annualPremium);
    EXPECT_TRUE(campaign.isClient(j.company));
    const auto contracts = campaign.portfolio().of(j.company);
    ASSERT_FALSE(contracts.empty());
    EXPECT_EQ(contracts.back()->effective, Date::fromCivil(2026, 4, 1));  // healthOffer's date
    EXPECT_EQ(contracts.back()->annualPremium, Money::euros(t.offer->annualPremium));

    // Once week 1 is run, the signature counts in its results.
    j.ok(cmd::kRunWeek, {{"semaine", 1}});
    const auto played =
        Campaign::replay(minimalScenario(), reference(), minimalMarket(), seed, j.state());
    ASSERT_EQ(played.weeks().size(), 1u);
    EXPECT_GE(played.weeks()[0].signatures, 1);
    EXPECT_GE(played.weeks()[0].premiumsSignedEur, t.offer->annualPremium - 0.01);
}

TEST(MeetingCampaign, AMeetingNotSignedChangesNothing) {
    MeetingJournal j;
    j.ok(cmd::kMeetingOpen, {{"siret", MeetingJournal::siretOf(MeetingJournal::line())}});
    j.choose(1, {"ouv_presentation"});
    j.ok(cmd::kMeetingClose, {{"rdv", 1}});
    const auto seed = minimalScenario().seed;
    const auto campaign =
        Campaign::replay(minimalScenario(), reference(), minimalMarket(), seed, j.state());
    EXPECT_FALSE(campaign.progress().contains(MeetingJournal::companyOf(MeetingJournal::line())));
}

// A company signs once (found by a fresh tester: a second signed meeting added a second contract
// and counted twice on the dashboard): a later signed meeting adds nothing.
TEST(MeetingCampaign, ACompanySignsOnceWhateverTheMeetingsAfter) {
    SignedMeeting j;
    const auto seed = minimalScenario().seed;
    j.meet(2, CompanyNeeds::of(minimalMarket(), reference(), minimalScenario(), seed, j.company));
    const MeetingView second(minimalMarket(), reference(), minimalScenario(), seed, j.state(), 2);
    // A client's meeting is a follow-up (docs/simulation.md "A client's follow-up"): the
    // signature it agreed to is no second contract.
    ASSERT_EQ(second.transcript().outcome, MeetingOutcome::FollowUp);
    j.ok(cmd::kRunWeek, {{"semaine", 1}});
    const auto campaign =
        Campaign::replay(minimalScenario(), reference(), minimalMarket(), seed, j.state());
    const auto before = Campaign::replay(minimalScenario(), reference(), minimalMarket(), seed,
                                         SignedMeeting().state());
    EXPECT_EQ(campaign.portfolio().of(j.company).size(), before.portfolio().of(j.company).size());
    EXPECT_EQ(campaign.weeks()[0].signatures, 1);
}

// The debrief tells what the company still thinks: it opens at the closure (found by a fresh
// tester: called after each step it gave the hidden objections away).
TEST(MeetingCampaign, TheDebriefOfAnOpenMeetingIsRefused) {
    MeetingJournal j;
    j.ok(cmd::kMeetingOpen, {{"siret", MeetingJournal::siretOf(MeetingJournal::line())}});
    j.choose(1, {"ouv_presentation"});
    const auto seed = minimalScenario().seed;
    const MeetingView view(minimalMarket(), reference(), minimalScenario(), seed, j.state(), 1);
    EXPECT_THROW(view.debrief(), InputError);
    j.ok(cmd::kMeetingClose, {{"rdv", 1}});
    const MeetingView closed(minimalMarket(), reference(), minimalScenario(), seed, j.state(), 1);
    EXPECT_NO_THROW(closed.debrief());
}

// Texts carry no control characters (README), in meetings as elsewhere.
TEST(MeetingCampaign, ControlCharactersAreRefusedInMeetingTexts) {
    MeetingJournal j;
    const auto siret = MeetingJournal::siretOf(MeetingJournal::line());
    EXPECT_FALSE(j.run(cmd::kMeetingOpen, {{"siret", siret}, {"objet", "Objet\x1b[31m"}}).empty());
    j.ok(cmd::kMeetingOpen, {{"siret", siret}, {"objet", "Santé"}});
    EXPECT_FALSE(j.run(cmd::kMeetingNeeds, {{"rdv", 1}, {"besoins", "xx\x01yy"}}).empty());
    j.ok(cmd::kMeetingNeeds, {{"rdv", 1}, {"besoins", "Ligne 1\nLigne 2"}});
}
