#include <gtest/gtest.h>

#include "TestCampaigns.h"
#include "cmcsim/sim/WeekReport.h"

// A tester read a client's name in `cmcsim week` before buying the portfolio extract: a client's
// letter of resignation and a portfolio contract's drift name a client of the mutuelle, so the
// week's report shows them only once the extract is bought (PortfolioSight), like the renewals.
using namespace cmcsim;
using namespace cmcsim::test;

TEST(WeekReport, ClientLettersShowOnlyOnceThePortfolioExtractIsBought) {
    const auto campaign = rouenCampaign();
    WeekResult r;
    r.week = 1;
    r.start = rouenScenario().startDate;
    for (const auto kind : {MarketEventKind::ResignationNotice, MarketEventKind::ClaimsDrift}) {
        MarketEvent e;
        e.kind = kind;
        e.company = 0;
        e.reached = true;
        e.threat = true;
        e.date = r.start;
        e.text = std::string(marketEventLabel(kind)) + " de Client Secret";
        e.source = "Courrier du client";
        r.events.push_back(e);
    }
    MarketEvent pass;
    pass.kind = MarketEventKind::NextYearPass;
    pass.reached = true;
    pass.date = r.start;
    pass.text = "Publication du PASS";
    pass.source = "Journal officiel";
    r.events.push_back(pass);
    const auto text = [&] {
        std::string out;
        for (const auto& line : WeekReport::lines(r, campaign)) out += line + "\n";
        return out;
    };
    r.portfolioKnown = false;
    EXPECT_EQ(text().find("Client Secret"), std::string::npos) << text();
    EXPECT_EQ(text().find("non reçu"), std::string::npos) << "not even counted";
    EXPECT_NE(text().find("Publication du PASS"), std::string::npos);
    r.portfolioKnown = true;
    EXPECT_NE(text().find("Lettre de résiliation d'un client de Client Secret"), std::string::npos)
        << text();
}
