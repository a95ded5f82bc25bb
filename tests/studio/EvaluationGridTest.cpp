// The two evaluators' grid in the studio (issue 10 §5): each fills their grid from the automatic
// pre-assessment without seeing the other's, the agreement view flags the disagreements and
// computes Cohen's kappa, both sign, the grid exports as PDF; the attempt is never modified, a
// signed grid cannot change, and a file edited outside cmcsim or of another attempt is refused.
#include <gtest/gtest.h>

#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSlider>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

#include "StudioFixture.h"
#include "cmcsim/assess/Agreement.h"
#include "cmcsim/assess/EvaluationFile.h"
#include "cmcsim/attempt/AttemptState.h"
#include "evaluation/AgreementView.h"
#include "evaluation/EvaluationGridStore.h"
#include "evaluation/EvaluatorMode.h"
#include "evaluation/GridForm.h"
#include "evaluation/GridVerdicts.h"
#include "evaluation/GridWorkspace.h"
#include "evaluation/PreAssessmentPanel.h"
#include "evaluation/TimelinePanel.h"
#include "shell/MainWindow.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

QByteArray sha256(const QString& file) {
    QFile f(file);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << file.toStdString();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// The candidate flags the first line with a defect for `reason`, then hands in; returns the
// receipt.
QString handIn(StudioFixture& fixture, const char* reason = "vu") {
    auto& s = fixture.session();
    EXPECT_TRUE(s.run(QStringLiteral("f"), command::kFlag,
                      {{"ligne", s.market().defects.front().record},
                       {"anomalie", "doublon"},
                       {"motif", reason}}));  // entry 2
    return s.seal();                          // entry 3
}

// Evaluator mode on the fixture's attempt, its grid workspace shown.
struct EvaluatorWindow {
    explicit EvaluatorWindow(StudioFixture& fixture, const QString& receipt) {
        window.resize(1366, 768);
        window.show();
        EXPECT_TRUE(
            window.openEvaluation(QString::fromStdString(fixture.file().string()), receipt));
        grid = window.evaluatorMode()->grid();
        window.workspaces()->setCurrentWidget(grid);
    }
    MainWindow window;
    GridWorkspace* grid = nullptr;
};

void choose(GridForm& form, int row, Verdict verdict) {
    GridVerdicts::select(*form.verdictBox(row), verdict);
}

// Every criterion given `verdict`, then saved with the evaluator's name.
void fillAll(GridForm& form, const QString& name, Verdict verdict) {
    form.nameEdit()->setText(name);
    for (int row = 0; row < form.table()->rowCount(); ++row) choose(form, row, verdict);
    ASSERT_TRUE(form.save());
}

// Every text a widget shows: its table cells and their tooltips, labels, line edits.
QString shownText(const QWidget& widget) {
    QString all;
    for (const auto* table : widget.findChildren<QTableWidget*>())
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 0; c < table->columnCount(); ++c)
                if (const auto* item = table->item(r, c))
                    all += item->text() + item->toolTip() + QLatin1Char('\n');
    for (const auto* label : widget.findChildren<QLabel*>()) all += label->text();
    for (const auto* edit : widget.findChildren<QLineEdit*>()) all += edit->text();
    for (const auto* browser : widget.findChildren<QTextBrowser*>()) all += browser->toPlainText();
    return all;
}

}  // namespace

TEST(EvaluationGrid, TwoEvaluatorsFillDisagreeAgreeSignAndExportThePdf) {
    StudioFixture fixture;
    const auto receipt = handIn(fixture);
    const auto attempt = QString::fromStdString(fixture.file().string());
    const auto attemptHash = sha256(attempt);
    EvaluatorWindow w(fixture, receipt);
    auto& store = *w.grid->store();
    auto& first = *w.grid->form(1);
    auto& second = *w.grid->form(2);
    auto& agreement = *w.grid->agreement();
    EXPECT_FALSE(agreement.unlocked());

    // Created beside the attempt (epreuve.cmceval), bound to its receipt.
    // Another receipt than the hand-in's is refused; the one checked when evaluator mode opened
    // is used without asking again.
    QString other = receipt;
    other[0] = other[0] == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
    EXPECT_FALSE(store.createOrOpen(other));
    EXPECT_FALSE(QFile::exists(EvaluationGridStore::besideAttempt(attempt)));
    EXPECT_TRUE(
        w.grid->message()->text().contains(QStringLiteral("ne correspond pas à ce fichier")))
        << w.grid->message()->text().toStdString();
    w.grid->createOrOpen();
    ASSERT_TRUE(store.isOpen()) << store.lastError().toStdString();
    EXPECT_EQ(store.file(), EvaluationGridStore::besideAttempt(attempt));
    EXPECT_TRUE(store.file().endsWith(QStringLiteral("epreuve.cmceval")));
    EXPECT_EQ(QString::fromStdString(store.evaluation().binding().receipt), receipt);
    const int rows = first.table()->rowCount();
    ASSERT_EQ(rows, 12);  // B2.1–B2.2, B3.1–B3.4, B4.1–B4.6 (datasets/referentiel_cmc.csv)

    // Evaluator 1 starts from the pre-assessment: every row gets the automatic verdict of its
    // criterion; the pre-assessment of the chosen criterion stays visible beside the form.
    first.startFromPreAssessment();
    for (int row = 0; row < rows; ++row)
        EXPECT_EQ(
            GridVerdicts::selected(*first.verdictBox(row)),
            automaticVerdict(store.evaluation().preAssessment(),
                             store.evaluation().criteria()[static_cast<std::size_t>(row)].id));
    first.table()->setCurrentCell(0, GridForm::kCommentColumn);
    EXPECT_TRUE(first.preAssessment()->explanation()->toPlainText().contains(
        QStringLiteral("Verdict automatique du critère")));
    // An evidence entry of the pre-assessment moves the timeline, as in "Évaluation": the flag
    // (entry 2) is evidence of the reliability of information.
    bool followed = false;
    for (int row = 0; row < rows && !followed; ++row) {
        first.table()->setCurrentCell(row, GridForm::kCommentColumn);
        auto* evidence = first.preAssessment()->evidence();
        for (int e = 0; e < evidence->rowCount() && !followed; ++e)
            if (evidence->item(e, 2)->text() == QStringLiteral("entrée 2 ▸")) {
                Q_EMIT evidence->cellClicked(e, 2);
                followed = true;
            }
    }
    EXPECT_TRUE(followed);
    EXPECT_EQ(w.window.session()->shownEntry(), 2);
    EXPECT_EQ(w.window.evaluatorMode()->timeline()->slider()->value(), 2);
    // Then judges: B2.1–B3.3 (rows 0–5) acquis, B3.4–B4.6 (rows 6–11) non acquis.
    first.nameEdit()->setText(QStringLiteral("Claire Dubois"));
    first.roleEdit()->setText(QStringLiteral("Formatrice"));
    for (int row = 0; row < rows; ++row)
        choose(first, row, row < 6 ? Verdict::Acquis : Verdict::NonAcquis);
    first.table()->item(0, GridForm::kCommentColumn)->setText(QStringLiteral("Sources variées"));
    ASSERT_TRUE(first.save()) << store.lastError().toStdString();
    EXPECT_TRUE(EvaluationGridStore::finished(store.evaluation(), 1));
    EXPECT_FALSE(agreement.unlocked());  // evaluator 2 has not finished

    // Evaluator 2 records one criterion: it disagrees on B2.1; evaluator 1's form and the
    // agreement page show nothing of it.
    second.nameEdit()->setText(QStringLiteral("Marc Leroy"));
    second.roleEdit()->setText(QStringLiteral("Professionnel du métier"));
    choose(second, 0, Verdict::NonAcquis);
    second.table()->item(0, GridForm::kCommentColumn)->setText(QStringLiteral("Avis de Marc"));
    ASSERT_TRUE(second.save());
    EXPECT_EQ(EvaluationGridStore::judgedCount(store.evaluation(), 2), 1);
    EXPECT_FALSE(agreement.unlocked());
    EXPECT_FALSE(shownText(first).contains(QStringLiteral("Avis de Marc")));
    EXPECT_FALSE(shownText(agreement).contains(QStringLiteral("Avis de Marc")));
    EXPECT_EQ(GridVerdicts::selected(*first.verdictBox(0)), Verdict::Acquis);
    EXPECT_TRUE(shownText(agreement).contains(QStringLiteral("Marc Leroy : 1 sur 12")));

    // Evaluator 2 finishes like evaluator 1 but for B2.1 (non acquis).
    for (int row = 1; row < rows; ++row)
        choose(second, row, row < 6 ? Verdict::Acquis : Verdict::NonAcquis);
    ASSERT_TRUE(second.save());
    ASSERT_TRUE(agreement.unlocked());
    // Both grids are finished: they stay as they are, so that the agreement compares
    // independent judgements.
    EXPECT_FALSE(first.verdictBox(0)->isEnabled());
    choose(second, 0, Verdict::Acquis);
    EXPECT_FALSE(second.save());
    EXPECT_EQ(store.evaluation().evaluator(2).criteria.at("B2.1").verdict, Verdict::NonAcquis);
    auto* table = agreement.table();
    ASSERT_EQ(table->rowCount(), rows);
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("≠ désaccord"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("acquis"));
    EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("non acquis"));
    EXPECT_EQ(table->item(0, 3)->toolTip(), QStringLiteral("Commentaire : Avis de Marc"));
    for (int row = 1; row < rows; ++row)
        EXPECT_EQ(table->item(row, 4)->text(), QStringLiteral("= accord")) << row;
    // κ between the evaluators, by hand: 12 criteria judged by both, 11 the same: po = 11/12;
    // evaluator 1 gave 6 acquis and 6 non acquis, evaluator 2 5 and 7: pe = 6/12·5/12 +
    // 6/12·7/12 = 72/144 = 1/2; κ = (11/12 − 1/2) / (1 − 1/2) = 5/6 = 0,83.
    const auto stats = AgreementStatistics::of(store.evaluation());
    EXPECT_EQ(stats.disagreements, 1);
    ASSERT_TRUE(stats.evaluators.kappa.has_value());
    EXPECT_NEAR(*stats.evaluators.kappa, 5.0 / 6.0, 1e-12);
    const auto statistics = agreement.statistics()->text();
    EXPECT_TRUE(
        statistics.contains(QStringLiteral("1 désaccord</b> sur 12 critères jugés par les deux")))
        << statistics.toStdString();
    EXPECT_TRUE(
        statistics.contains(QStringLiteral("Claire Dubois / Marc Leroy : <b>0,83 (sur 12 "
                                           "critères, accord observé 92 %)")))
        << statistics.toStdString();
    EXPECT_TRUE(statistics.contains(QStringLiteral("Claire Dubois / automatique : ")));
    EXPECT_TRUE(statistics.contains(QStringLiteral("Marc Leroy / automatique : ")));

    // The common verdicts are taken; signing before B2.1 is agreed is refused, in French.
    agreement.takeCommonVerdicts();
    EXPECT_FALSE(GridVerdicts::selected(*agreement.agreedBox(0)).has_value());
    EXPECT_EQ(GridVerdicts::selected(*agreement.agreedBox(11)), Verdict::NonAcquis);
    ASSERT_TRUE(agreement.save());
    EXPECT_FALSE(agreement.sign(1));
    EXPECT_TRUE(w.grid->message()->isVisibleTo(w.grid));
    EXPECT_TRUE(w.grid->message()->text().contains(
        QStringLiteral("pas de verdict convenu pour 1 critère (B2.1)")))
        << w.grid->message()->text().toStdString();
    GridVerdicts::select(*agreement.agreedBox(0), Verdict::PartiellementAcquis);
    table->item(0, AgreementView::kCommentColumn)
        ->setText(QStringLiteral("Sources variées, vérifications partielles"));
    agreement.blocComment(0)->setPlainText(QStringLiteral("Bloc 2 : analyse solide."));
    const auto today = QDate::currentDate().toString(Qt::ISODate);      // the date proposed
    ASSERT_TRUE(agreement.sign(1)) << store.lastError().toStdString();  // saves, then signs
    EXPECT_FALSE(w.grid->message()->isVisibleTo(w.grid));
    ASSERT_TRUE(agreement.sign(2)) << store.lastError().toStdString();
    EXPECT_TRUE(store.evaluation().complete());
    EXPECT_TRUE(
        agreement.signatures()->text().contains(QString::fromStdString(store.evaluation().code())));
    EXPECT_TRUE(agreement.signatures()->text().contains(
        QStringLiteral("Claire Dubois (Formatrice) : signé le %1").arg(today)));

    // What the file holds, read back by the engine as the CLI reads it.
    const auto saved = EvaluationFile::load(store.file().toStdString());
    EXPECT_TRUE(saved.complete());
    EXPECT_EQ(saved.evaluator(2).role, "Professionnel du métier");
    EXPECT_EQ(saved.agreed().at("B2.1").verdict, Verdict::PartiellementAcquis);
    EXPECT_EQ(saved.agreed().at("B2.1").comment, "Sources variées, vérifications partielles");
    EXPECT_EQ(saved.blocComments().at(2), "Bloc 2 : analyse solide.");
    EXPECT_EQ(saved.evaluator(1).criteria.at("B2.1").comment, "Sources variées");

    // The PDF: never over the attempt or the evaluation file, else written with its pages.
    const auto evaluationHash = sha256(store.file());
    EXPECT_FALSE(store.exportPdf(attempt));
    EXPECT_FALSE(store.exportPdf(store.file()));
    EXPECT_FALSE(w.grid->message()->text().isEmpty());
    const QTemporaryDir out;
    const auto pdf = out.filePath(QStringLiteral("grille.pdf"));
    ASSERT_TRUE(store.exportPdf(pdf)) << store.lastError().toStdString();
    EXPECT_EQ(w.grid->message()->text(), QStringLiteral("Grille écrite dans %1.").arg(pdf));
    QFile written(pdf);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const auto bytes = written.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF"));
    int pages = 0;
    for (auto match = QRegularExpression(QStringLiteral("/Type\\s*/Page\\b"))
                          .globalMatch(QString::fromLatin1(bytes));
         match.hasNext(); match.next())
        ++pages;
    EXPECT_GE(pages, 4);  // one page per bloc, the agreement, the annex
    EXPECT_EQ(sha256(store.file()), evaluationHash);
    w.window.closeAttempt();
    EXPECT_EQ(sha256(attempt), attemptHash);
}

TEST(EvaluationGrid, SignedGridCannotBeChanged) {
    StudioFixture fixture;
    const auto receipt = handIn(fixture);
    QString evaluationFile;
    QByteArray signedHash;
    {
        EvaluatorWindow w(fixture, receipt);
        auto& store = *w.grid->store();
        ASSERT_TRUE(store.createOrOpen(receipt));
        fillAll(*w.grid->form(1), QStringLiteral("Claire Dubois"), Verdict::Acquis);
        fillAll(*w.grid->form(2), QStringLiteral("Marc Leroy"), Verdict::Acquis);
        auto& agreement = *w.grid->agreement();
        ASSERT_TRUE(agreement.unlocked());
        agreement.takeCommonVerdicts();
        ASSERT_TRUE(agreement.sign(1)) << store.lastError().toStdString();
        evaluationFile = store.file();
        signedHash = sha256(evaluationFile);
        // Every editor is read-only; a change through the store is refused and writes nothing.
        for (int n = 1; n <= 2; ++n) {
            auto& form = *w.grid->form(n);
            EXPECT_TRUE(form.nameEdit()->isReadOnly());
            EXPECT_FALSE(form.verdictBox(0)->isEnabled());
            EXPECT_FALSE(form.table()
                             ->item(0, GridForm::kCommentColumn)
                             ->flags()
                             .testFlag(Qt::ItemIsEditable));
            EXPECT_FALSE(form.findChild<QPushButton*>(QStringLiteral("gridFormSave"))->isEnabled());
        }
        EXPECT_FALSE(agreement.agreedBox(0)->isEnabled());
        EXPECT_TRUE(agreement.blocComment(0)->isReadOnly());
        EXPECT_FALSE(agreement.signButton(1)->isEnabled());
        EXPECT_TRUE(agreement.signButton(2)->isEnabled());  // the other evaluator still signs
        choose(*w.grid->form(2), 0, Verdict::NonAcquis);
        EXPECT_FALSE(w.grid->form(2)->save());
        EXPECT_FALSE(agreement.save());  // the engine refuses it
        EXPECT_TRUE(w.grid->message()->text().contains(
            QStringLiteral("la grille est signée (Claire Dubois) : elle ne peut plus changer")))
            << w.grid->message()->text().toStdString();
        EXPECT_FALSE(store.update([](Evaluation& e) {
            e.agree("B2.1", {Verdict::NonAcquis, "après coup"});
        }));
        EXPECT_EQ(store.evaluation().agreed().at("B2.1").verdict, Verdict::Acquis);
        EXPECT_FALSE(agreement.sign(1));  // twice
        EXPECT_EQ(sha256(evaluationFile), signedHash);
    }
    // Opened again, the grid is still signed and read-only.
    EvaluatorWindow again(fixture, receipt);
    again.grid->createOrOpen();  // the file beside the attempt exists: opened
    ASSERT_TRUE(again.grid->store()->isOpen());
    EXPECT_EQ(again.grid->store()->file(), evaluationFile);
    EXPECT_TRUE(again.grid->store()->evaluation().signedByAny());
    EXPECT_FALSE(again.grid->agreement()->agreedBox(0)->isEnabled());
    EXPECT_FALSE(again.grid->form(1)->save());
    EXPECT_EQ(sha256(evaluationFile), signedHash);
}

// Found by a tester: the studio only looked for <attempt>.cmceval and silently created a second
// grid beside one saved under another name.
TEST(EvaluationGrid, TheGridSavedUnderAnotherNameIsOpenedNotDoubled) {
    StudioFixture fixture;
    const auto receipt = handIn(fixture);
    QString renamed;
    {
        EvaluatorWindow w(fixture, receipt);
        ASSERT_TRUE(w.grid->store()->createOrOpen(receipt));
        const auto first = w.grid->store()->file();
        renamed = QFileInfo(first).dir().filePath(QStringLiteral("grille-jury.cmceval"));
        ASSERT_TRUE(QFile::rename(first, renamed));
    }
    EvaluatorWindow again(fixture, receipt);
    ASSERT_TRUE(again.grid->store()->createOrOpen(receipt))
        << again.grid->store()->lastError().toStdString();
    EXPECT_EQ(again.grid->store()->file(), renamed);
    EXPECT_FALSE(QFile::exists(
        EvaluationGridStore::besideAttempt(QString::fromStdString(fixture.file().string()))));
}

TEST(EvaluationGrid, AnAttemptNotHandedInHasNoGrid) {
    StudioFixture fixture;
    MainWindow window;
    ASSERT_TRUE(window.openEvaluation(QString::fromStdString(fixture.file().string())));
    auto* grid = window.evaluatorMode()->grid();
    EXPECT_FALSE(grid->store()->createOrOpen(QStringLiteral("ABCD-EFGH-JKMN-PQRS")));
    EXPECT_TRUE(grid->message()->text().contains(
        QStringLiteral("le journal ne se termine pas par la remise du reçu ABCD-EFGH-JKMN-PQRS")))
        << grid->message()->text().toStdString();
    EXPECT_FALSE(QFile::exists(
        EvaluationGridStore::besideAttempt(QString::fromStdString(fixture.file().string()))));
    EXPECT_FALSE(grid->agreement()->unlocked());
}

TEST(EvaluationGrid, AFileEditedOutsideOrOfAnotherAttemptIsRefusedInFrench) {
    StudioFixture fixture;
    const auto receipt = handIn(fixture);
    StudioFixture other;
    const auto otherReceipt = handIn(other, "même établissement");  // another journal
    QString edited;
    {
        EvaluatorWindow w(other, otherReceipt);
        ASSERT_TRUE(w.grid->store()->createOrOpen(otherReceipt));
        edited = w.grid->store()->file();
    }
    EvaluatorWindow w(fixture, receipt);
    auto& store = *w.grid->store();
    // The other attempt's evaluation: another receipt.
    EXPECT_FALSE(store.open(edited));
    EXPECT_FALSE(store.isOpen());
    EXPECT_TRUE(w.grid->message()->text().contains(QStringLiteral("ce n'est pas la même épreuve")))
        << w.grid->message()->text().toStdString();
    // Its own evaluation, then edited with a text editor: the digest no longer matches.
    ASSERT_TRUE(store.createOrOpen(receipt));
    const auto own = store.file();
    QFile file(own);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    auto text = QString::fromUtf8(file.readAll());
    file.close();
    ASSERT_TRUE(text.contains(QStringLiteral("\"nom\": \"\"")));
    text.replace(QStringLiteral("\"nom\": \"\""), QStringLiteral("\"nom\": \"Intrus\""));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
    file.close();
    EXPECT_FALSE(store.open(own));
    EXPECT_TRUE(w.grid->message()->text().contains(QStringLiteral("modifié hors de cmcsim")))
        << w.grid->message()->text().toStdString();
}
