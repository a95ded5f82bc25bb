#include <gtest/gtest.h>

#include <QAction>
#include <QChartView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <algorithm>
#include <fstream>
#include <sstream>

#include "../support/PricedOffer.h"
#include "DocumentHtml.h"
#include "FixtureWindow.h"
#include "StudioFixture.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/offer/ComplianceReport.h"
#include "cmcsim/offer/OfferComparison.h"
#include "cmcsim/offer/RiskModel.h"
#include "cmcsim/report/ProposalDocument.h"
#include "offers/OfferWorkspace.h"
#include "prospects/CompanyCard.h"
#include "shell/MainWindow.h"

// The studio shows only what the candidate earned (issue 7 §1; ../shared/cases E1 and E2).
using namespace cmcsim;
using namespace cmcsim::test;

namespace {

// A stale-headcount line whose company has this line only (so its card and diagnosis are the
// line's own), with a real census of at least 3 people.
std::uint32_t staleLine(const Market& market) {
    for (const auto& d : market.defects) {
        if (d.kind != DefectKind::StaleHeadcount) continue;
        const auto& e = market.establishments[market.prospects[d.record].establishment];
        const auto& c = market.companies[e.company];
        int lines = 0;
        for (const auto& p : market.prospects) lines += p.siret / 100000 == c.siren;
        if (lines == 1 && c.establishmentCount == 1 && !e.closed && e.headcount >= 3)
            return d.record;
    }
    throw std::runtime_error("no stale line");
}

// "N salarié(s)" as a whole count: 3 salariés is not found inside 13 salariés.
QRegularExpression people(std::uint32_t n) {
    return QRegularExpression(QStringLiteral("(^|[^0-9\\x{202F}\\x{A0}])%1 salarié").arg(n));
}

}  // namespace

TEST(CandidateKnowledgeStudio, CaseE1TheCardShowsNoCensusUntilTheCompanySendsIt) {
    StudioFixture fixture;
    auto& session = fixture.session();
    const auto& market = session.market();
    const auto line = staleLine(market);
    const auto listed = market.prospects[line].headcount;
    const auto real = market.establishments[market.prospects[line].establishment].headcount;
    CompanyCard card(session);
    card.showLine(line);
    auto* chart = card.findChild<QChartView*>(QStringLiteral("cardCensus"));
    auto* summary = card.findChild<QLabel*>(QStringLiteral("cardCensusSummary"));
    auto* details = card.findChild<QTextBrowser*>(QStringLiteral("cardDetails"));
    auto* request = card.findChild<QPushButton*>(QStringLiteral("requestCensus"));
    ASSERT_TRUE(chart && summary && details && request);
    EXPECT_TRUE(chart->isHidden());  // no pyramid of the real workforce
    EXPECT_TRUE(summary->text().contains(QStringLiteral("État du personnel non connu")));
    EXPECT_TRUE(details->toPlainText().contains(people(listed)))
        << details->toPlainText().toStdString();
    EXPECT_FALSE(details->toPlainText().contains(people(real)));
    EXPECT_TRUE(request->isEnabled());

    // The request is a journal command that costs analysis days.
    const auto days = session.state().daysLeft();
    ASSERT_TRUE(card.requestCensus());
    EXPECT_EQ(session.engine().attempt().journal().back().kind, command::kCensusRequest);
    EXPECT_NEAR(session.state().daysLeft(), days - AttemptState::kCensusRequestDays, 1e-9);
    card.refresh();
    EXPECT_FALSE(chart->isHidden());
    EXPECT_TRUE(summary->text().contains(people(real))) << summary->text().toStdString();
    EXPECT_FALSE(request->isEnabled());
    // The headcount line still says the listed value until the record is verified.
    EXPECT_TRUE(details->toPlainText().contains(people(listed)));
    ASSERT_TRUE(card.verify());
    card.refresh();
    EXPECT_TRUE(details->toPlainText().contains(people(real)));
}

TEST(CandidateKnowledgeStudio, OffresDiagnosisAndProposalSayTheCensusIsEstimated) {
    StudioFixture fixture;
    auto& session = fixture.session();
    const auto line = staleLine(session.market());
    const auto listed = session.market().prospects[line].headcount;
    const auto siret =
        QString::fromStdString(siret::formatSiret(session.market().prospects[line].siret));
    OfferWorkspace workspace(session);
    workspace.showCompany(siret);
    auto text = workspace.diagnosisView()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Effectif estimé")));
    EXPECT_TRUE(text.contains(QStringLiteral("estimation sur l'effectif déclaré (%1").arg(listed)))
        << text.toStdString();
    ASSERT_TRUE(workspace.censusButton()->isEnabled());

    // The proposal renders the same knowledge.
    const auto& ref = studioReference();
    const auto d = Diagnosis::of(session.view().knowledge(), ref, siret.toStdString(), 2026);
    const auto offer =
        Offer::fromJson(confortEnsembleJson().dump(), "confort-ensemble.json", ref.offers);
    const auto study = pricedOffer(ref, d, offer, 200);
    const auto document = ProposalDocument::build(ref, study, "Mutuelle", "05/01/2026");
    EXPECT_TRUE(DocumentHtml::render(document).contains(QStringLiteral("estimation sur l")));

    // Asked from the Offres tab, the census replaces the estimate.
    ASSERT_TRUE(workspace.requestCensus());
    text = workspace.diagnosisView()->toPlainText();
    EXPECT_FALSE(text.contains(QStringLiteral("Effectif estimé")));
    EXPECT_FALSE(workspace.censusButton()->isEnabled());
}

TEST(CandidateKnowledgeStudio, CaseE2UndoSaysWhyABoughtStudyStaysBought) {
    FixtureWindow fixture;
    ASSERT_TRUE(fixture.createAttempt(QStringLiteral("epreuve.cmc"), QStringLiteral("Camille")));
    auto& window = fixture.window();
    auto* session = window.session();
    auto* undo = window.findChild<QAction*>(QStringLiteral("undoAction"));
    ASSERT_NE(undo, nullptr);
    ASSERT_TRUE(session->run(QStringLiteral("Achat"), command::kBuyStudy, {{"etude", "veille"}}));
    const auto budget = session->state().budgetLeft();
    EXPECT_FALSE(undo->isEnabled());
    EXPECT_TRUE(undo->text().startsWith(QStringLiteral(
        "Annuler — impossible : l'achat de l'étude « Veille concurrentielle » est définitif")))
        << undo->text().toStdString();
    // Undo stays for everything else.
    ASSERT_TRUE(session->run(QStringLiteral("Étiquette"), command::kTag,
                             {{"ligne", 3}, {"etiquette", "chaud"}}));
    EXPECT_TRUE(undo->isEnabled());
    undo->trigger();
    EXPECT_TRUE(session->state().notesFor(3) == nullptr ||
                session->state().notesFor(3)->tags.empty());
    EXPECT_FALSE(undo->isEnabled());  // the study again
    undo->trigger();                  // a disabled action does nothing
    EXPECT_EQ(session->state().budgetLeft(), budget);
    EXPECT_TRUE(session->state().studies().contains("veille"));
}

TEST(CandidateKnowledgeStudio, TheCardShowsEachHiddenTruthOnlyOnceEarned) {
    StudioFixture fixture;
    auto& session = fixture.session();
    const auto& market = session.market();
    CompanyCard card(session);
    auto* details = card.findChild<QTextBrowser*>(QStringLiteral("cardDetails"));
    ASSERT_NE(details, nullptr);
    for (const auto kind : {DefectKind::Duplicate, DefectKind::Closed, DefectKind::WrongNaf,
                            DefectKind::WrongContact, DefectKind::StaleHeadcount}) {
        SCOPED_TRACE(defectKindCode(kind));
        // A line with this defect only, not verified yet.
        const auto defect =
            std::find_if(market.defects.begin(), market.defects.end(), [&](const Defect& d) {
                const auto same =
                    std::count_if(market.defects.begin(), market.defects.end(),
                                  [&](const Defect& other) { return other.record == d.record; });
                return d.kind == kind && same == 1 &&
                       !session.view().knowledge().verified(d.record);
            });
        ASSERT_NE(defect, market.defects.end());
        card.showLine(defect->record);
        const auto truth = QString::fromStdString(defect->truth);
        EXPECT_FALSE(details->toPlainText().contains(truth));
        EXPECT_FALSE(details->toPlainText().contains(QStringLiteral("établissement fermé")));
        ASSERT_TRUE(card.verify());
        card.refresh();
        EXPECT_TRUE(details->toPlainText().contains(truth)) << truth.toStdString();
        if (kind == DefectKind::Closed) {
            EXPECT_TRUE(details->toPlainText().contains(QStringLiteral("établissement fermé")));
        }
    }
    // Current cover: unknown until the competitor study.
    std::uint32_t covered = 0;
    for (std::uint32_t i = 0; i < market.prospects.size(); ++i)
        if (market.companies[market.establishments[market.prospects[i].establishment].company]
                .health.insurer > 0) {
            covered = i;
            break;
        }
    const auto& company =
        market.companies[market.establishments[market.prospects[covered].establishment].company];
    const auto insurer = QString::fromStdString(
        market.competitors[static_cast<std::size_t>(company.health.insurer)].name);
    card.showLine(covered);
    EXPECT_FALSE(details->toPlainText().contains(insurer));
    EXPECT_TRUE(details->toPlainText().contains(QStringLiteral("non connu")));
    ASSERT_TRUE(session.run(QStringLiteral("Achat"), command::kBuyStudy, {{"etude", "veille"}}));
    card.refresh();
    EXPECT_TRUE(details->toPlainText().contains(insurer));
    // The competitor study gives the insurer, not the premium it charges.
    EXPECT_FALSE(details->toPlainText().contains(
        QString::fromStdString(company.health.monthlyPremium.french())));
}
