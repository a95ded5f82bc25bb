// Issue 12 §3 and §5, offscreen: the Appels d'offres workspace on an attempt of
// tests/fixtures/scenarios/tender.json (two competitors and the declared tender "ao-yvetot":
// published week 1, questions until week 2, submission until week 3 (23/01/2026), award week 5;
// tests/golden/tender-show.txt), from the specifications to the debrief, and a late submission.
#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

#include "StudioFixture.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/tender/TenderDesk.h"
#include "shell/MainWindow.h"
#include "tender/TenderDebriefPage.h"
#include "tender/TenderDocumentView.h"
#include "tender/TenderList.h"
#include "tender/TenderQuestionsPanel.h"
#include "tender/TenderResponseForm.h"
#include "tender/TenderSpecificationsPage.h"
#include "tender/TenderWorkspace.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

const char* kTender = "ao-yvetot";

// An answer of 26 words: more than the 20 words tests/fixtures' questions ask (ao_questions.csv).
const QString kAnswer = QStringLiteral(
    "Une réponse argumentée de plus de vingt mots sur le service rendu aux salariés de notre "
    "client avec nos engagements de qualité et nos délais de traitement mesurés.");

// The offer tests/cli/CliTenderTest.cpp saves: health, isolé / famille in euros, as requested.
nlohmann::json offerFor(const std::string& siret) {
    return {{"siret", siret}, {"offre", nlohmann::json::parse(R"({"format": "cmcsim-offre/1",
        "titre": "Réponse", "date_effet": "2026-04-01", "services": ["tiers_payant"],
        "categories": [{"categorie": "ensemble", "sante": {"produit": "sante_essentiel",
        "structure": "isole_famille", "part_employeur_pct": 50}}]})")}};
}

TenderDesk deskOf(const StudioSession& session) {
    return TenderDesk(session.reference(), session.scenario(), session.market(), session.state());
}

QString stage(const TenderWorkspace& w) {
    return w.list()->item(0, TenderList::kStage)->text();
}

// Reads the specifications if not yet read, saves the offer and fills the form completely.
void prepare(StudioSession& session, TenderWorkspace& w) {
    if (deskOf(session).readCommand(kTender)) {
        ASSERT_TRUE(w.specifications()->read());
    }
    const auto siret = deskOf(session).list().front().response->siret;
    ASSERT_TRUE(session.run(QStringLiteral("offre"), command::kSaveOffer, offerFor(siret)));
    auto* form = w.response();
    ASSERT_EQ(form->offerVersion()->currentData().toInt(), 1);
    for (const auto* id : {"tiers_payant", "portabilite"}) {
        ASSERT_NE(form->answerEdit(id), nullptr) << id;
        form->answerEdit(id)->setPlainText(kAnswer);
    }
    for (const auto* id : {"ipid", "tableau_garanties"}) form->documentBox(id)->setChecked(true);
}

}  // namespace

TEST(TenderWorkspace, FromTheSpecificationsToTheDebrief) {
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    ASSERT_TRUE(window.createAttempt(
        QString::fromStdString(studioFixture("scenarios/tender.json").string()),
        dir.filePath(QStringLiteral("ao.cmc"))));
    auto& session = *window.session();
    auto* w = window.findChild<TenderWorkspace*>();
    ASSERT_NE(w, nullptr);
    window.workspaces()->setCurrentWidget(w);
    EXPECT_EQ(window.workspaces()->tabText(window.workspaces()->currentIndex()),
              QStringLiteral("Appels d'offres"));

    // The list: the company, the deadline as week and date (tender-show.txt), the stage.
    ASSERT_EQ(w->list()->rowCount(), 1);
    EXPECT_EQ(w->list()->item(0, TenderList::kCompany)->text(),
              QStringLiteral("Transports Gillet Frères"));
    EXPECT_EQ(w->list()->item(0, TenderList::kDeadline)->text(),
              QStringLiteral("semaine 3 (23/01/2026)"));
    EXPECT_EQ(stage(*w), QStringLiteral("à lire"));

    // Before reading: what reading costs is said, nothing else is open.
    auto* specs = w->specifications();
    EXPECT_TRUE(specs->readButton()->isVisible());
    EXPECT_TRUE(specs->notice()->text().contains(QStringLiteral("information acquise")));
    EXPECT_FALSE(specs->document()->isVisible());
    EXPECT_FALSE(w->pages()->isTabEnabled(TenderWorkspace::kResponsePage));

    // Reading: journaled, cannot be undone, the specifications shown and exported.
    const auto entries = session.journal().size();
    specs->readButton()->click();
    ASSERT_EQ(session.journal().size(), entries + 1);
    EXPECT_EQ(session.journal().back().kind, command::kTenderRead);
    EXPECT_FALSE(session.undoRefusal().isEmpty());
    EXPECT_FALSE(specs->readButton()->isVisible());
    const auto document = specs->document()->browser()->toPlainText();
    for (const auto* part : {"Date limite de dépôt des offres", "Données sur le personnel",
                             "Contrat santé actuel et sinistralité", "Critères d'évaluation",
                             "Questions auxquelles répondre", "Documents à fournir"})
        EXPECT_TRUE(document.contains(QString::fromUtf8(part))) << part;
    EXPECT_EQ(stage(*w), QStringLiteral("cahier des charges lu"));
    // At 1366×768, even after a wider window, nothing is cut: the list's headers whole, the
    // document wrapped to its view without a sideways scroll bar.
    window.resize(1920, 1080);
    QApplication::processEvents();
    window.resize(1366, 768);
    QApplication::processEvents();
    auto* header = w->list()->horizontalHeader();
    for (int c = 0; c < w->list()->columnCount(); ++c) {
        const auto title = w->list()->horizontalHeaderItem(c)->text();
        EXPECT_LE(QFontMetrics(header->font()).horizontalAdvance(title) + 8, header->sectionSize(c))
            << title.toStdString();
    }
    EXPECT_EQ(specs->document()->browser()->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    const auto pdf = specs->document()->exportPdf(dir.filePath(QStringLiteral("cdc.pdf")));
    ASSERT_FALSE(pdf.isEmpty());
    QFile written(pdf);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_EQ(written.read(4), QByteArray("%PDF"));

    // A question and the company's answer (TenderAnswers: the loss-ratio topic).
    w->pages()->setCurrentIndex(TenderWorkspace::kQuestionsPage);
    w->questions()->question()->setPlainText(QStringLiteral("Quelle est la sinistralité ?"));
    w->questions()->askButton()->click();
    EXPECT_TRUE(w->questions()->answers()->toPlainText().contains(
        QStringLiteral("rapport sinistres / cotisations")));
    EXPECT_TRUE(w->questions()->question()->toPlainText().isEmpty());
    EXPECT_EQ(w->pages()->tabText(TenderWorkspace::kQuestionsPage),
              QStringLiteral("Questions (1)"));

    // The response: without an offer, refused with the engine's reasons beside Déposer.
    w->pages()->setCurrentIndex(TenderWorkspace::kResponsePage);
    auto* form = w->response();
    EXPECT_EQ(form->offerVersion()->currentData().toInt(), 0);
    EXPECT_FALSE(form->submitButton()->isEnabled());
    EXPECT_TRUE(form->submitButton()->toolTip().contains(
        QStringLiteral("Document manquant : Tableau de garanties")))
        << form->submitButton()->toolTip().toStdString();
    EXPECT_TRUE(form->countdown()->text().contains(QStringLiteral("encore 3 semaines")))
        << form->countdown()->text().toStdString();
    ASSERT_NO_FATAL_FAILURE(prepare(session, *w));
    EXPECT_TRUE(form->refusals()->text().contains(QStringLiteral("peut être déposée")))
        << form->refusals()->text().toStdString();
    ASSERT_TRUE(form->submitButton()->isEnabled()) << form->submitButton()->toolTip().toStdString();
    ASSERT_TRUE(form->submit(true));  // saves the draft (ao.reponse), then ao.depot
    const auto& journal = session.journal();
    EXPECT_EQ(journal[journal.size() - 2].kind, command::kTenderResponse);
    EXPECT_EQ(journal.back().kind, command::kTenderSubmit);
    EXPECT_EQ(stage(*w), QStringLiteral("déposée en semaine 1"));
    EXPECT_TRUE(form->answerEdit("portabilite")->isReadOnly());
    EXPECT_FALSE(form->submitButton()->isEnabled());
    EXPECT_TRUE(form->notice()->text().contains(QStringLiteral("définitive")));

    // Before the award week is played, the debrief says when; after, the engine's debrief.
    EXPECT_FALSE(w->debrief()->awarded());
    EXPECT_TRUE(w->debrief()->pending()->text().contains(QStringLiteral("semaine 5")));
    for (int week = 1; week <= 5; ++week)
        ASSERT_TRUE(session.run(QStringLiteral("semaine"), command::kRunWeek, {{"semaine", week}}));
    ASSERT_TRUE(w->debrief()->awarded());
    const auto award = deskOf(session).award(kTender);
    ASSERT_TRUE(award.has_value());
    const auto debrief = w->debrief()->document()->browser()->toPlainText();
    // Both competitors bid (at least two do, TenderAward) beside the candidate: 3 offers. The
    // key-value list renders as a label and its value, one line each.
    EXPECT_TRUE(debrief.contains(QStringLiteral("Offres reçues\n3"))) << debrief.toStdString();
    EXPECT_TRUE(debrief.contains(QStringLiteral("Votre rang\n%1 sur 3").arg(award->candidateRank)))
        << debrief.toStdString();
    for (const auto* part :
         {"Notes par critère", "Niveau de prix de l'offre retenue", "Complétude du dossier"})
        EXPECT_TRUE(debrief.contains(QString::fromUtf8(part))) << part;
    EXPECT_EQ(stage(*w), QStringLiteral("attribué"));
    EXPECT_FALSE(w->debrief()
                     ->document()
                     ->exportPdf(dir.filePath(QStringLiteral("resultat.pdf")))
                     .isEmpty());
}

// Submitting after the deadline: Déposer disabled with the engine's sentence, the command refused.
TEST(TenderWorkspace, LateSubmissionIsRefused) {
    StudioFixture fixture("scenarios/tender.json");
    auto& session = fixture.session();
    TenderWorkspace w(session);
    w.resize(1366, 700);
    w.show();
    ASSERT_NO_FATAL_FAILURE(prepare(session, w));
    ASSERT_TRUE(w.response()->saveDraft());
    for (int week = 1; week <= 3; ++week)
        ASSERT_TRUE(session.run(QStringLiteral("semaine"), command::kRunWeek, {{"semaine", week}}));
    ASSERT_EQ(deskOf(session).week(), 4);
    auto* form = w.response();
    EXPECT_FALSE(form->submitButton()->isEnabled());
    const auto tooltip = form->submitButton()->toolTip();
    EXPECT_TRUE(tooltip.contains(QStringLiteral(
        "Hors délai : la date limite de dépôt était la fin de la semaine 3, nous sommes en "
        "semaine 4")))
        << tooltip.toStdString();
    EXPECT_TRUE(form->countdown()->text().contains(QStringLiteral("échue")));
    EXPECT_EQ(stage(w), QStringLiteral("clos sans réponse"));
    QString refusal;
    QObject::connect(&session, &StudioSession::refused,
                     [&refusal](const QString& reason) { refusal = reason; });
    EXPECT_FALSE(form->submit(true));
    EXPECT_TRUE(refusal.contains(QStringLiteral("hors délai"))) << refusal.toStdString();
    EXPECT_EQ(session.journal().back().kind, command::kRunWeek);
}
