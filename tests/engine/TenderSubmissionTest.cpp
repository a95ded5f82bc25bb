#include <gtest/gtest.h>

#include "TenderTestKit.h"
#include "TestFiles.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/offer/Offer.h"
#include "cmcsim/store/AttemptFile.h"
#include "cmcsim/store/AttemptSession.h"
#include "cmcsim/tender/TenderAward.h"

using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

// A fresh tester's finding: an offer below the branch's provident minimum (the quote said « OFFRE
// NON CONFORME ») was deposited without a word, then scored 0 on the guarantees. The fixture
// tests/fixtures/scenarios/tender-ccn.json declares "ao-ccn", health and provident, on a company
// of the Alisfa agreement (IDCC 1261: provident of the non-cadres at least 1,44 % of tranche 1,
// datasets/exigences_branches.csv); the offer gives them prev_essentiel (0,944 % on its census).
namespace {

const Scenario& ccnScenario() {
    static const Scenario scenario =
        ScenarioLoader(reference()).fromFile(fixturePath("scenarios/tender-ccn.json"));
    return scenario;
}

const char* const kProvidentBreach =
    "offre v1 non conforme : Convention collective IDCC 1261, prévoyance (non-cadres) : "
    "cotisation d'au moins 1,44 % de la tranche 1";

// Health and provident for the cadres and the non-cadres, in the requested structure and
// expression; the non-cadres' provident is the essential product, below the branch's minimum.
nlohmann::json belowTheBranch() {
    auto offer = tenderOffer();
    auto cadres = offer["categories"][0];
    cadres["categorie"] = "cadres";
    cadres["prevoyance"] = {{"produit", "prev_cadres_150"}, {"part_employeur_pct", 100}};
    auto others = offer["categories"][0];
    others["categorie"] = "non_cadres";
    others["prevoyance"] = {{"produit", "prev_essentiel"}, {"part_employeur_pct", 50}};
    offer["categories"] = nlohmann::json::array({cadres, others});
    return offer;
}

// A complete draft for "ao-ccn" with the offer version 1.
nlohmann::json ccnDraft() {
    auto draft = completeDraft(1);
    draft["ao"] = "ao-ccn";
    return draft;
}

class TenderSubmission : public ::testing::Test {
protected:
    void SetUp() override {
        AttemptFile::create(reference(), ccnScenario(), {file(), std::nullopt, "Camille", false});
        AttemptSession session(file(), reference());
        const auto& a = session.attempt();
        const TenderDesk desk(reference(), a.scenario(), a.market(), session.state());
        const auto read = *desk.readCommand("ao-ccn");
        session.execute(cmd::kTenderRead, read);
        session.execute(cmd::kSaveOffer, {{"siret", read["siret"]}, {"offre", belowTheBranch()}});
        session.execute(cmd::kTenderResponse, ccnDraft());
    }
    std::filesystem::path file() const { return dir_ / "epreuve.cmc"; }
    TempDir dir_;
};

}  // namespace

// The submission is refused before it is written, naming the branch's rule and its figures; the
// desk gives the same reason before *Déposer* (the studio greys it, the CLI's respond warns).
TEST_F(TenderSubmission, AnOfferBelowTheBranchMinimumIsNotDeposited) {
    AttemptSession session(file(), reference());
    const auto entries = session.attempt().journal().size();
    const auto& a = session.attempt();
    const auto reasons = TenderDesk(reference(), a.scenario(), a.market(), session.state())
                             .submissionRefusals("ao-ccn");
    bool named = false;
    for (const auto& r : reasons) named = named || r.starts_with(kProvidentBreach);
    EXPECT_TRUE(named) << ::testing::PrintToString(reasons);
    try {
        session.execute(cmd::kTenderSubmit, TenderDesk::submitCommand("ao-ccn"));
        FAIL() << "deposited";
    } catch (const InputError& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("dépôt refusé :"), std::string::npos) << what;
        EXPECT_NE(what.find(kProvidentBreach), std::string::npos) << what;
        EXPECT_NE(what.find("0,944 % de la tranche 1 pour un minimum de 1,44 %"), std::string::npos)
            << what;
    }
    EXPECT_EQ(session.attempt().journal().size(), entries);
    EXPECT_EQ(session.state().tenders().find("ao-ccn")->submittedBy, 0);
}

// A journal that deposited such an offer before the check (written by an earlier version) still
// replays: the check is made when the command is written, not by the journal's fold; the award
// then gives 0 on the guarantees, naming the same rule.
TEST(TenderSubmissionReplay, AJournalThatDepositedANonCompliantOfferStillLoads) {
    const auto market = MarketGenerator(reference(), ccnScenario()).generate();
    JournalBuilder b(ccnScenario(), market);
    const TenderDesk reader(reference(), ccnScenario(), market, b.state());
    const auto read = *reader.readCommand("ao-ccn");
    ASSERT_TRUE(b.add(cmd::kTenderRead, read).empty());
    ASSERT_TRUE(
        b.add(cmd::kSaveOffer, {{"siret", read["siret"]}, {"offre", belowTheBranch()}}).empty());
    ASSERT_TRUE(b.add(cmd::kTenderResponse, ccnDraft()).empty());
    ASSERT_TRUE(b.add(cmd::kTenderSubmit, TenderDesk::submitCommand("ao-ccn")).empty());
    EXPECT_NE(b.state().tenders().find("ao-ccn")->submittedBy, 0);
    const TenderDesk desk(reference(), ccnScenario(), market, b.state());
    const auto& tender = desk.visible("ao-ccn");
    TenderDraft draft = *b.state().tenders().find("ao-ccn")->draft;
    const auto offer = Offer::fromJson(belowTheBranch().dump(), "offre", reference().offers);
    const auto bid =
        TenderAward::candidateBid(reference(), ccnScenario(), desk.truth(tender), offer, draft);
    bool named = false;
    for (const auto& breach : bid.breaches)
        named = named || breach.starts_with(
                             "Convention collective IDCC 1261, prévoyance "
                             "(non-cadres) : cotisation d'au moins 1,44 %");
    EXPECT_TRUE(named) << ::testing::PrintToString(bid.breaches);
}

// The limits added after journals were written (questions_max: 5 questions per tender) are
// checked when a command is written: the sixth question is refused, named after its command,
// and nothing is written (a journal that holds 6 still replays: TenderJournal,
// AnOldJournalWithSixQuestionsReplays).
TEST_F(TenderSubmission, TheSixthQuestionIsRefusedWhenWritten) {
    AttemptSession session(file(), reference());
    for (const char* text :
         {"Quel est l'effectif ?", "Quelle est la sinistralité ?", "Qui est l'assureur actuel ?",
          "Quel taux de commission ?", "Quels documents fournir ?"})
        session.execute(cmd::kTenderQuestion, TenderDesk::questionCommand("ao-ccn", text));
    const auto entries = session.attempt().journal().size();
    try {
        session.execute(cmd::kTenderQuestion,
                        TenderDesk::questionCommand("ao-ccn", "Quel est le calendrier ?"));
        FAIL() << "written";
    } catch (const InputError& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("question sur l'appel d'offres refusée (rien n'est écrit au journal)"),
                  std::string::npos)
            << what;
        EXPECT_NE(what.find("5 questions déjà posées"), std::string::npos) << what;
    }
    EXPECT_EQ(session.attempt().journal().size(), entries);
}
