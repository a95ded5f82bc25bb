#include <gtest/gtest.h>

#include <QApplication>
#include <QCompleter>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <fstream>
#include <sstream>

#include "../support/PricedOffer.h"
#include "DocumentHtml.h"
#include "FixtureWindow.h"
#include "MessageBoxAnswer.h"
#include "StudioFixture.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/core/TextFold.h"
#include "cmcsim/offer/ComplianceReport.h"
#include "cmcsim/offer/OfferComparison.h"
#include "cmcsim/offer/RiskModel.h"
#include "cmcsim/report/ProposalDocument.h"
#include "common/FoldingCompleter.h"
#include "offers/OfferBuilder.h"
#include "offers/OfferResultsPanel.h"
#include "offers/OfferWorkspace.h"
#include "prospects/CompanyCard.h"
#include "prospects/ProspectWorkspace.h"
#include "shell/MainWindow.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

// The largest establishment with both cadres and non-cadres: a company where every rule applies.
QString companyWithStaff(const StudioSession& session) {
    const auto& market = session.market();
    const Establishment* best = nullptr;
    for (const auto& e : market.establishments) {
        bool cadres = false, others = false;
        for (const auto& c : market.census(e)) (c.cadre ? cadres : others) |= c.headcount > 0;
        if (cadres && others && (!best || e.headcount > best->headcount)) best = &e;
    }
    if (!best) throw std::runtime_error("no establishment with cadres and non-cadres");
    return QString::fromStdString(siret::formatSiret(best->siret));
}

// Lets the form's debounce timer fire and the workspace recompute.
void settle() {
    QTest::qWait(400);
}

QStringList lines(const QTextBrowser* browser) {
    return browser->toPlainText().split(QLatin1Char('\n'));
}

}  // namespace

TEST(OfferWorkspace, ChoosingACompanyShowsItsDiagnosis) {
    StudioFixture fixture;
    OfferWorkspace workspace(fixture.session());
    EXPECT_TRUE(workspace.diagnosisView()->toPlainText().isEmpty());
    const auto siret = companyWithStaff(fixture.session());
    // What the candidate knows: an estimated census, no current cover yet.
    const auto expected = Diagnosis::of(fixture.session().view().knowledge(), studioReference(),
                                        siret.toStdString(), 2026);
    // Picked in the search field, as the completer writes it: "raison sociale (SIRET)".
    auto* picker = workspace.findChild<QLineEdit*>(QStringLiteral("offerCompany"));
    ASSERT_NE(picker, nullptr);
    picker->setText(QStringLiteral("%1 (%2)").arg(QString::fromStdString(expected.name), siret));
    Q_EMIT picker->returnPressed();
    EXPECT_EQ(workspace.siret(), siret);
    const auto text = workspace.diagnosisView()->toPlainText();
    EXPECT_TRUE(text.contains(QString::fromStdString(expected.name)));
    for (const auto& o : expected.obligations)
        EXPECT_TRUE(text.contains(QString::fromStdString(o.reference))) << o.reference;
    EXPECT_TRUE(text.contains(QString::fromStdString(expected.currentHealth)));
    EXPECT_TRUE(text.contains(QStringLiteral("non connue")));
    EXPECT_TRUE(text.contains(QStringLiteral("Effectif estimé")));
    EXPECT_TRUE(text.contains(QString::fromStdString(expected.openQuestions.front())));
    // The default offer is priced at once.
    EXPECT_TRUE(workspace.results()->priceView()->toPlainText().contains(QStringLiteral("Isolé")));
    EXPECT_FALSE(workspace.results()->complianceView()->toPlainText().isEmpty());
}

// "guerin" finds "Guérin Hôtel": the company search ignores case and accents, as every search.
TEST(OfferWorkspace, CompanySearchIgnoresCaseAndAccents) {
    StudioFixture fixture;
    OfferWorkspace workspace(fixture.session());
    auto* picker = workspace.findChild<QLineEdit*>(QStringLiteral("offerCompany"));
    ASSERT_NE(picker, nullptr);
    auto* completer = dynamic_cast<FoldingCompleter*>(picker->completer());
    ASSERT_NE(completer, nullptr);
    // A company whose name carries an accent, typed without accents and in capitals.
    const auto& rows = fixture.session().view().rows();
    const auto accented = std::find_if(rows.begin(), rows.end(), [](const ProspectRow& r) {
        return std::any_of(r.name->begin(), r.name->end(),
                           [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    });
    ASSERT_NE(accented, rows.end());
    const auto typed = QString::fromStdString(foldText(*accented->name)).toUpper();
    completer->update(typed);
    const auto* model = completer->model();
    const auto entry =
        QStringLiteral("%1 (%2)").arg(QString::fromStdString(*accented->name),
                                      QString::fromStdString(siret::formatSiret(accented->siret)));
    bool proposed = false;
    for (int r = 0; r < model->rowCount(); ++r)
        proposed = proposed || model->index(r, 0).data().toString() == entry;
    EXPECT_TRUE(proposed) << typed.toStdString();
    completer->update(QStringLiteral("zzzz introuvable"));
    EXPECT_EQ(model->rowCount(), 0);
}

// The form's right column was cut at 1366 pixels: the four contractual rates on one row and the
// labels beside their fields made the form wider than its column, which does not scroll sideways.
TEST(OfferWorkspace, FormFitsItsColumnAt1366By768) {
    FixtureWindow fixture;
    auto& window = fixture.window();
    window.resize(1366, 768);
    window.show();
    ASSERT_TRUE(fixture.createAttempt(QStringLiteral("largeur.cmc")));
    auto* workspace = window.offerWorkspace();
    window.workspaces()->setCurrentWidget(workspace);
    workspace->showCompany(companyWithStaff(*window.session()));
    workspace->builder()->setMode(OfferBuilder::Mode::CadresNonCadres);
    QApplication::processEvents();
    auto* area = qobject_cast<QScrollArea*>(workspace->builder()->parentWidget()->parentWidget());
    ASSERT_NE(area, nullptr);
    EXPECT_LE(workspace->builder()->minimumSizeHint().width(), area->viewport()->width());
    // The company field, narrower than "raison sociale (SIRET)", shows the name's start.
    EXPECT_EQ(workspace->findChild<QLineEdit*>(QStringLiteral("offerCompany"))->cursorPosition(),
              0);
}

TEST(OfferWorkspace, EmployerShareBelowHalfFailsCompliance) {
    StudioFixture fixture;
    OfferWorkspace workspace(fixture.session());
    workspace.showCompany(companyWithStaff(fixture.session()));
    workspace.builder()->load(confortEnsembleJson());
    settle();
    const auto failure = QStringLiteral("✘  Part patronale santé d'au moins 50 %");
    const auto met = QStringLiteral("✔  Part patronale santé d'au moins 50 %");
    const auto startsWith = [](const QStringList& all, const QString& prefix) {
        return std::any_of(all.begin(), all.end(), [&](const QString& l) {
            return l.simplified().startsWith(prefix.simplified());
        });
    };
    ASSERT_TRUE(startsWith(lines(workspace.results()->complianceView()),
                           met));  // 60 % in the Confort offer

    workspace.builder()->healthEmployerShare(0)->setValue(40);
    settle();
    const auto shown = lines(workspace.results()->complianceView());
    EXPECT_TRUE(startsWith(shown, failure));
    EXPECT_FALSE(startsWith(shown, met));
    EXPECT_TRUE(workspace.results()->complianceView()->toPlainText().contains(
        QStringLiteral("40,0 % de la cotisation")));
    EXPECT_FALSE(workspace.isCompliant());
    EXPECT_FALSE(workspace.banner()->isHidden());
    EXPECT_TRUE(workspace.banner()->text().contains(QStringLiteral("Offre non conforme")));
    // The failure is the first rule under the verdict, not below the dozens of rules met.
    const auto firstRule = std::find_if(shown.begin() + 1, shown.end(), [](const QString& l) {
        return l.startsWith(QStringLiteral("✔")) || l.startsWith(QStringLiteral("✘")) ||
               l.startsWith(QStringLiteral("?"));
    });
    ASSERT_NE(firstRule, shown.end());
    EXPECT_TRUE(firstRule->startsWith(QStringLiteral("✘"))) << firstRule->toStdString();
}

TEST(OfferWorkspace, SavingJournalsAVersionThatUndoRemoves) {
    StudioFixture fixture;
    auto& session = fixture.session();
    OfferWorkspace workspace(session);
    const auto siret = companyWithStaff(session);
    workspace.showCompany(siret);
    workspace.builder()->load(confortEnsembleJson());
    workspace.builder()->healthEmployerShare(0)->setValue(
        40);  // a non-compliant offer can still be saved
    settle();
    ASSERT_TRUE(workspace.saveOffer());
    const auto& entry = session.engine().attempt().journal().back();
    EXPECT_EQ(entry.kind, command::kSaveOffer);
    const auto payload = nlohmann::json::parse(entry.payload);
    EXPECT_EQ(payload["siret"], siret.toStdString());
    EXPECT_EQ(payload["offre"]["categories"][0]["sante"]["part_employeur_pct"], 40);
    EXPECT_EQ(payload["offre"], workspace.builder()->toJson());
    ASSERT_EQ(workspace.versions()->count(), 1);
    EXPECT_TRUE(workspace.versions()->item(0)->text().startsWith(QStringLiteral("v1")));
    EXPECT_EQ(session.undoStack()->undoText(),
              QStringLiteral("Offre v1 pour « %1 »")
                  .arg(QString::fromStdString(
                      Diagnosis::of(session.market(), studioReference(), siret.toStdString(), 2026)
                          .name)));

    workspace.builder()->healthEmployerShare(0)->setValue(60);
    ASSERT_TRUE(workspace.saveOffer());
    ASSERT_EQ(workspace.versions()->count(), 2);
    EXPECT_TRUE(workspace.versions()->item(0)->text().startsWith(
        QStringLiteral("v2")));  // the latest first
    EXPECT_EQ(session.state().offers().size(), 2u);

    session.undoStack()->undo();
    EXPECT_EQ(session.state().offers().size(), 1u);
    ASSERT_EQ(workspace.versions()->count(), 1);
    EXPECT_TRUE(workspace.versions()->item(0)->text().startsWith(QStringLiteral("v1")));
    EXPECT_EQ(session.engine().attempt().journal().back().kind, command::kUndo);

    // A saved version reloads into the form.
    Q_EMIT workspace.versions()->itemDoubleClicked(workspace.versions()->item(0));
    EXPECT_EQ(workspace.builder()->healthEmployerShare(0)->value(), 40);
}

TEST(OfferWorkspace, ExportsTheProposalAsPdf) {
    StudioFixture fixture;
    QTemporaryDir dir;
    OfferWorkspace workspace(fixture.session());
    EXPECT_TRUE(
        workspace.exportPdf(dir.filePath(QStringLiteral("vide.pdf"))).isEmpty());  // no company yet
    workspace.showCompany(companyWithStaff(fixture.session()));
    workspace.builder()->load(confortEnsembleJson());
    const auto file = dir.filePath(QStringLiteral("proposition.pdf"));
    const MessageBoxAnswer confirm(QMessageBox::YesRole);  // if the offer is not compliant
    ASSERT_EQ(workspace.exportPdf(file), file);
    QFile pdf(file);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(4) == "%PDF");
    EXPECT_GT(pdf.size(), 10'000);
}

TEST(ProposalDocument, PrintsTheNeedsAsWrittenAndTheRegulatedSections) {
    StudioFixture fixture;
    const auto& ref = studioReference();
    auto json = confortEnsembleJson();
    json["besoins_exigences"] = "Budget < 60 € & optique \"renforcée\"\nDeuxième ligne";
    const auto offer = Offer::fromJson(json.dump(), "offre", ref.offers);
    const auto diagnosis = Diagnosis::of(fixture.session().market(), ref,
                                         companyWithStaff(fixture.session()).toStdString(), 2026);
    const auto study = pricedOffer(ref, diagnosis, offer, 1000);
    const auto html =
        DocumentHtml::render(ProposalDocument::build(ref, study, "Mutuelle <Test>", "05/01/2026"));
    EXPECT_TRUE(html.contains(
        QStringLiteral("Budget &lt; 60 € &amp; optique &quot;renforcée&quot;<br>Deuxième ligne")));
    EXPECT_TRUE(html.contains(QStringLiteral("Mutuelle &lt;Test&gt;")));
    EXPECT_FALSE(html.contains(QStringLiteral("Mutuelle <Test>")));
    for (const char* section :
         {"Vos besoins et exigences", "Tableau de garanties", "Cotisations",
          "Traitement social et fiscal", "Conformité", "De quel type d'assurance s'agit-il ?",
          "Qu'est-ce qui est assuré ?", "Qu'est-ce qui n'est pas assuré ?",
          "Y a-t-il des exclusions à la couverture ?", "Où suis-je couvert ?",
          "Quelles sont mes obligations ?", "Quand et comment effectuer les paiements ?",
          "Quand commence et se termine la couverture ?", "Comment puis-je résilier le contrat ?",
          "Réclamations et médiation"})
        EXPECT_TRUE(html.contains(QString::fromUtf8(section))) << section;
    for (const char* reference : {"L521-4", "L116-6", "2017/1469", "L221-10-2", "2022-R-01",
                                  "Médiateur de la Mutualité française"})
        EXPECT_TRUE(html.contains(QString::fromUtf8(reference))) << reference;
    // Every care item of the guarantee table, described by the engine.
    for (const auto& item : ref.offers.careItems)
        EXPECT_TRUE(html.contains(QString::fromStdString(item.label).toHtmlEscaped())) << item.id;
}

TEST(OfferWorkspace, CompanyCardOpensTheOffersTab) {
    FixtureWindow fixture;
    ASSERT_TRUE(fixture.createAttempt(QStringLiteral("e.cmc")));
    auto& window = fixture.window();
    ASSERT_NE(window.offerWorkspace(), nullptr);
    // Marché, Fichier prospects, Note de synthèse, Offres, Plan d'actions, Semaine, Rendez-vous,
    // Pilotage, Appels d'offres.
    EXPECT_EQ(window.workspaces()->count(), 9);
    EXPECT_EQ(window.workspaces()->tabText(3), QStringLiteral("Offres"));
    auto* prospects = window.prospectWorkspace();
    prospects->selectLine(0);
    QPushButton* build = nullptr;
    for (auto* button : prospects->card()->findChildren<QPushButton*>())
        if (button->text() == QStringLiteral("Construire une offre…")) build = button;
    ASSERT_NE(build, nullptr);
    build->click();
    EXPECT_EQ(window.workspaces()->currentWidget(), window.offerWorkspace());
    EXPECT_EQ(window.offerWorkspace()->siret(),
              QString::fromStdString(siret::formatSiret(window.session()->view().rows()[0].siret)));
}
