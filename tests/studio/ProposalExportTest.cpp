#include <gtest/gtest.h>

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <optional>
#include <stdexcept>

#include "../cli/CliRunner.h"
#include "../support/PricedOffer.h"
#include "MessageBoxAnswer.h"
#include "StudioFixture.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/report/DocumentText.h"
#include "cmcsim/report/ProposalDocument.h"
#include "offers/OfferBuilder.h"
#include "offers/OfferResultsPanel.h"
#include "offers/OfferWorkspace.h"

// The proposal from the studio: the same document as `cmcsim proposal`, the confirmation of a
// non-compliant export, the refusal of a closed establishment, the companies with saved offers.
using namespace cmcsim;
using namespace cmcsim::test;

namespace {

// The largest line of the prospect file whose establishment is open.
QString largestOpenLine(const StudioSession& session) {
    const auto& market = session.market();
    // By index: the studio's compact lines are read by value (ProspectLines).
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < market.prospects.size(); ++i) {
        const auto& e = market.establishments[market.prospects[i].establishment];
        if (!e.closed &&
            (!best ||
             e.headcount > market.establishments[market.prospects[*best].establishment].headcount))
            best = i;
    }
    if (!best) throw std::runtime_error("no open establishment in the fixture market");
    return QString::fromStdString(siret::formatSiret(market.prospects[*best].siret));
}

void settle() {
    QTest::qWait(400);
}

TEST(ProposalExport, TheStudioAndTheCliPrintTheSameDocument) {
    StudioFixture fixture;
    OfferWorkspace workspace(fixture.session());
    const auto siret = largestOpenLine(fixture.session());
    workspace.showCompany(siret);
    workspace.builder()->load(confortEnsembleJson());
    settle();
    ASSERT_NE(workspace.study(), nullptr);
    ASSERT_TRUE(workspace.saveOffer());
    const auto studio = DocumentText::render(workspace.proposal());
    const auto cli = runCli("proposal " + fixture.file().string() + " --siret " +
                            siret.toStdString() + " --text --non-conforme");
    ASSERT_EQ(cli.exitCode, 0) << cli.err;
    EXPECT_EQ(cli.out, studio);
    EXPECT_NE(studio.find("Réclamations et médiation"), std::string::npos);
}

TEST(ProposalExport, ANonCompliantOfferIsExportedOnlyOnceConfirmedAndMarked) {
    StudioFixture fixture;
    QTemporaryDir dir;
    OfferWorkspace workspace(fixture.session());
    workspace.showCompany(largestOpenLine(fixture.session()));
    workspace.builder()->load(confortEnsembleJson());
    workspace.builder()->healthEmployerShare(0)->setValue(30);  // below half: CSS L911-7
    settle();
    ASSERT_FALSE(workspace.isCompliant());
    ASSERT_EQ(workspace.proposal().watermark,
              std::optional<std::string>(ProposalDocument::kNonCompliantMark));
    const auto file = dir.filePath(QStringLiteral("proposition.pdf"));
    {
        const MessageBoxAnswer no(QMessageBox::NoRole);
        EXPECT_TRUE(workspace.exportPdf(file).isEmpty());
        EXPECT_TRUE(no.answered());
        EXPECT_TRUE(no.text().contains(QStringLiteral("document de travail")));
    }
    EXPECT_FALSE(QFile::exists(file));
    const MessageBoxAnswer yes(QMessageBox::YesRole);
    ASSERT_EQ(workspace.exportPdf(file), file);
    EXPECT_TRUE(yes.answered());
    QFile pdf(file);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_EQ(pdf.read(4), QByteArray("%PDF"));
}

TEST(ProposalExport, AClosedEstablishmentVerifiedGetsNoOffer) {
    StudioFixture fixture;
    auto& session = fixture.session();
    const auto& market = session.market();
    std::optional<std::uint32_t> closed;
    for (std::uint32_t line = 0; line < market.prospects.size() && !closed; ++line)
        if (market.establishments[market.prospects[line].establishment].closed) closed = line;
    ASSERT_TRUE(closed.has_value()) << "the fixture market has a closed establishment";
    ASSERT_TRUE(
        session.run(QStringLiteral("vérification"), command::kVerify, {{"ligne", *closed}}));
    OfferWorkspace workspace(session);
    workspace.showCompany(
        QString::fromStdString(siret::formatSiret(market.prospects[*closed].siret)));
    workspace.builder()->load(confortEnsembleJson());
    settle();
    EXPECT_EQ(workspace.study(), nullptr);
    // The reason is shown where the results would be.
    EXPECT_TRUE(workspace.results()->riskSummary()->text().contains(
        QStringLiteral("fermé (fiche vérifiée)")))
        << workspace.results()->riskSummary()->text().toStdString();
    EXPECT_TRUE(workspace.proposal().sections.empty());
    QTemporaryDir dir;
    EXPECT_TRUE(workspace.exportPdf(dir.filePath(QStringLiteral("p.pdf"))).isEmpty());
}

TEST(ProposalExport, ReopeningListsTheCompaniesWithSavedOffers) {
    StudioFixture fixture;
    const auto siret = largestOpenLine(fixture.session());
    {
        OfferWorkspace workspace(fixture.session());
        EXPECT_EQ(workspace.savedCompanies()->count(), 0);
        workspace.showCompany(siret);
        workspace.builder()->load(confortEnsembleJson());
        settle();
        ASSERT_TRUE(workspace.saveOffer());
        ASSERT_TRUE(workspace.saveOffer());
    }
    fixture.reopen();
    OfferWorkspace workspace(fixture.session());
    ASSERT_EQ(workspace.savedCompanies()->count(), 1);
    auto* item = workspace.savedCompanies()->item(0);
    EXPECT_TRUE(item->text().contains(siret)) << item->text().toStdString();
    EXPECT_TRUE(item->text().contains(QStringLiteral("2 versions"))) << item->text().toStdString();
    EXPECT_TRUE(workspace.siret().isEmpty());
    Q_EMIT workspace.savedCompanies()->itemClicked(item);
    EXPECT_EQ(workspace.siret(), siret);
    EXPECT_EQ(workspace.versions()->count(), 2);
}

}  // namespace
