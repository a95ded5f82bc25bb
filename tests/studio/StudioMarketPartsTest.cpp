// The studio does not read the prospect lines' contacts into memory (StudioSession::marketParts,
// issue 9 "peak ≤ 800 MB"): the table and the card show what the whole market holds, read from the
// file for the line shown; the census a company sent is the real one.
#include <gtest/gtest.h>

#include <QTextBrowser>
#include <algorithm>

#include "StudioFixture.h"
#include "cmcsim/attempt/AttemptState.h"
#include "prospects/CompanyCard.h"
#include "prospects/ProspectTableModel.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {
// The fixture's attempt opened as the studio's windows open it.
std::unique_ptr<StudioSession> studioOpen(const std::filesystem::path& file) {
    const auto access = AttemptSession::Access::Work;
    return std::make_unique<StudioSession>(
        studioReference(),
        std::make_unique<AttemptSession>(file, studioReference(), LoadProgress{}, access,
                                         AttemptSession::Check::BeforeReady,
                                         StudioSession::marketParts(access)));
}
}  // namespace

TEST(StudioMarketParts, TheTableAndTheCardShowTheContactsReadFromTheFile) {
    StudioFixture fixture;
    const auto whole = AttemptFile::open(fixture.file(), studioReference());
    const auto& listed = whole.market().prospects;
    const auto session = studioOpen(fixture.file());
    EXPECT_FALSE(StudioSession::marketParts(AttemptSession::Access::Work).contacts);
    ASSERT_EQ(session->market().prospects.size(), listed.size());
    ProspectTableModel model(*session);
    ASSERT_EQ(model.rowCount(), static_cast<int>(listed.size()));
    std::size_t withContact = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const auto& contact = listed[model.lineAt(r)].contact;
        EXPECT_TRUE(session->market().prospects[model.lineAt(r)].contact.name.empty());
        EXPECT_EQ(model.data(model.index(r, ProspectTableModel::Contact)).toString(),
                  QString::fromStdString(contact.name));
        EXPECT_EQ(model.data(model.index(r, ProspectTableModel::Phone)).toString(),
                  QString::fromStdString(contact.phone));
        withContact += !contact.name.empty();
    }
    ASSERT_GT(withContact, 0u);
    const auto line = static_cast<std::uint32_t>(
        std::find_if(listed.begin(), listed.end(),
                     [](const ProspectRecord& p) { return !p.contact.email.empty(); }) -
        listed.begin());
    CompanyCard card(*session);
    card.showLine(line);
    const auto text = card.findChild<QTextBrowser*>(QStringLiteral("cardDetails"))->toPlainText();
    EXPECT_TRUE(text.contains(QString::fromStdString(listed[line].contact.email)))
        << text.toStdString();
}

TEST(StudioMarketParts, TheCensusACompanySentIsTheRealOne) {
    StudioFixture fixture;
    const auto whole = AttemptFile::open(fixture.file(), studioReference());
    const auto& m = whole.market();
    const auto session = studioOpen(fixture.file());
    std::uint32_t line = 0;  // the first line whose establishment has a census
    while (m.census(m.establishments[m.prospects[line].establishment]).empty()) ++line;
    EXPECT_FALSE(session->view().knowledge().census(line).has_value());
    ASSERT_TRUE(session->requestCensus(line));
    const auto census = session->view().knowledge().census(line);
    ASSERT_TRUE(census.has_value());
    const auto real = m.census(m.establishments[m.prospects[line].establishment]);
    ASSERT_EQ(census->size(), real.size());
    ASSERT_FALSE(real.empty());
    for (std::size_t i = 0; i < real.size(); ++i)
        EXPECT_EQ(std::tie((*census)[i].headcount, (*census)[i].meanAnnualPayEur),
                  std::tie(real[i].headcount, real[i].meanAnnualPayEur));
}
