// Evaluator mode (issue 10 §4): the attempt opens read-only (file hash unchanged whatever the
// evaluator clicks), the receipt is checked, the timeline shows the state at any entry, the
// hidden truth is shown to the evaluator and never to the candidate, and an evidence entry of the
// "Évaluation" workspace moves the timeline.
#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <iterator>
#include <set>

#include "StudioFixture.h"
#include "cmcsim/attempt/AttemptState.h"
#include "evaluation/EvaluationWorkspace.h"
#include "evaluation/EvaluatorMode.h"
#include "evaluation/ReceiptCheck.h"
#include "evaluation/TimelinePanel.h"
#include "evaluation/TruthOverlayModel.h"
#include "prospects/CompanyCard.h"
#include "prospects/ProspectTableModel.h"
#include "prospects/ProspectWorkspace.h"
#include "shell/MainWindow.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

QByteArray sha256(const std::filesystem::path& file) {
    QFile f(QString::fromStdString(file.string()));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// Closes every modal dialog or message box as soon as it opens (file dialogs, confirmations,
// refusals), so that clicking a button never waits for a user.
class CloseDialogs {
public:
    CloseDialogs() {
        timer_.setInterval(5);
        QObject::connect(&timer_, &QTimer::timeout, [] {
            if (auto* popup = QApplication::activePopupWidget()) popup->close();  // menus
            for (auto* w : QApplication::topLevelWidgets())
                if (auto* dialog = qobject_cast<QDialog*>(w); dialog && dialog->isVisible())
                    dialog->reject();
        });
        timer_.start();
    }

private:
    QTimer timer_;
};

// A line of the prospect file with and one without an injected defect.
struct Lines {
    std::uint32_t defective = 0, clean = 0, missed = 0;
};
Lines linesOf(const Market& market) {
    Lines lines;
    std::set<std::uint32_t> defective;
    for (const auto& d : market.defects) defective.insert(d.record);
    EXPECT_GE(defective.size(), 2u) << "the fixture scenario injects defects";
    lines.defective = *defective.begin();
    lines.missed = *std::next(defective.begin());
    for (std::uint32_t i = 0; i < market.prospects.size(); ++i)
        if (!defective.contains(i)) {
            lines.clean = i;
            break;
        }
    return lines;
}

// The candidate's attempt: a tag undone (a hesitation), a flag on a defective line (hit), a flag
// on a clean line (false alarm), then the hand-in. Returns the receipt.
QString playCandidate(StudioFixture& fixture, const Lines& lines) {
    auto& s = fixture.session();
    EXPECT_TRUE(s.run(QStringLiteral("t"), command::kTag,
                      {{"ligne", lines.clean}, {"etiquette", "à rappeler"}}));  // entry 2
    s.undoStack()->undo();                                                      // entry 3
    EXPECT_TRUE(s.run(QStringLiteral("f"), command::kFlag,
                      {{"ligne", lines.defective}, {"anomalie", "doublon"}, {"motif", "vu"}}));
    EXPECT_TRUE(s.run(QStringLiteral("f"), command::kFlag,
                      {{"ligne", lines.clean}, {"anomalie", "fermee"}, {"motif", "?"}}));  // 5
    return s.seal();                                                                       // 6
}

QString truthText(const QAbstractItemModel& model, std::uint32_t line,
                  const ProspectTableModel& source) {
    const int row = source.rowOfLine(line);
    const int column = static_cast<const TruthOverlayModel&>(model).truthColumn();
    return model.index(row, column).data().toString();
}

}  // namespace

TEST(EvaluatorMode, ClickingEverywhereLeavesTheAttemptFileUnchanged) {
    StudioFixture fixture;
    const auto lines = linesOf(fixture.session().market());
    const auto receipt = playCandidate(fixture, lines);
    const auto before = sha256(fixture.file());
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        ASSERT_TRUE(
            window.openEvaluation(QString::fromStdString(fixture.file().string()), receipt));
        auto& session = *window.session();
        ASSERT_TRUE(session.evaluator());
        ASSERT_NE(window.evaluatorMode(), nullptr);
        EXPECT_TRUE(window.evaluatorMode()->receiptMatches());
        CloseDialogs closer;
        // Every command the UI could send is refused by the read-only session.
        EXPECT_FALSE(session.run(QStringLiteral("t"), command::kTag,
                                 {{"ligne", lines.clean}, {"etiquette", "x"}}));
        window.prospectWorkspace()->selectLine(lines.defective);
        EXPECT_FALSE(window.prospectWorkspace()->card()->requestCensus());
        // Every button of every workspace, at two entries of the timeline, and every menu action
        // but closing and quitting.
        int guarded = 0;
        for (const std::int64_t entry : {2, 6}) {
            window.evaluatorMode()->timeline()->setEntry(entry);
            for (int tab = 0; tab < window.workspaces()->count(); ++tab) {
                window.workspaces()->setCurrentIndex(tab);
                // A click may rebuild a panel (a load finishing): a button deleted since the
                // list was taken is skipped, not dereferenced.
                QList<QPointer<QAbstractButton>> buttons;
                for (auto* b : window.workspaces()->widget(tab)->findChildren<QAbstractButton*>())
                    buttons.append(b);
                for (const auto& guard : buttons) {
                    QAbstractButton* const button = guard.data();
                    if (button == nullptr) continue;
                    if (button->toolTip().contains(QStringLiteral("Mode évaluateur"))) {
                        EXPECT_FALSE(button->isEnabled()) << button->text().toStdString();
                        ++guarded;
                    }
                    button->click();
                    QApplication::processEvents();
                }
            }
            QList<QPointer<QAction>> actions;
            for (auto* a : window.findChildren<QAction*>()) actions.append(a);
            for (const auto& guard : actions) {
                QAction* const action = guard.data();
                if (action == nullptr) continue;
                const auto text = action->text();
                if (text.contains(QStringLiteral("Fermer")) ||
                    text.contains(QStringLiteral("Quitter")) ||
                    text.contains(QStringLiteral("Ouvrir")) ||
                    text.contains(QStringLiteral("Nouvelle")) || action->menu())
                    continue;
                action->trigger();
                QApplication::processEvents();
            }
        }
        EXPECT_GT(guarded,
                  10);  // verify, census, flag, tag, note, studies, filters, segments, offers
        EXPECT_EQ(session.journal().size(), 6u);
    }
    EXPECT_EQ(sha256(fixture.file()), before);
}

TEST(EvaluatorMode, ReceiptIsCheckedAgainstTheFile) {
    StudioFixture fixture;
    const auto lines = linesOf(fixture.session().market());
    const auto journalBefore = fixture.session().journal();
    EXPECT_FALSE(ReceiptCheck::check(QStringLiteral("ABCD-EFGH-JKMN-PQRS"), journalBefore).matches);
    EXPECT_TRUE(ReceiptCheck::check(QStringLiteral("ABCD-EFGH-JKMN-PQRS"), journalBefore)
                    .message.contains(QStringLiteral("n'a pas été remise")));
    const auto receipt = playCandidate(fixture, lines);
    const auto& journal = fixture.session().journal();
    const auto right = ReceiptCheck::check(receipt, journal);
    EXPECT_TRUE(right.matches) << right.message.toStdString();
    // Typed by hand: lower case, spaces instead of dashes (Journal::normaliseReceipt).
    EXPECT_TRUE(
        ReceiptCheck::check(receipt.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')), journal)
            .matches);
    // Another valid receipt: its first character changed to another Crockford digit.
    QString other = receipt;
    other[0] = other[0] == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
    const auto wrong = ReceiptCheck::check(other, journal);
    EXPECT_FALSE(wrong.matches);
    EXPECT_TRUE(wrong.message.contains(QStringLiteral("ne correspond pas à ce fichier")))
        << wrong.message.toStdString();
    const auto garbage = ReceiptCheck::check(QStringLiteral("12"), journal);
    EXPECT_FALSE(garbage.matches);
    EXPECT_TRUE(garbage.message.contains(QStringLiteral("n'est pas un reçu")));

    MainWindow window;
    ASSERT_TRUE(window.openEvaluation(QString::fromStdString(fixture.file().string()), other));
    EXPECT_FALSE(window.evaluatorMode()->receiptMatches());
    EXPECT_TRUE(window.evaluatorMode()->timeline()->receipt()->text().contains(
        QStringLiteral("ne correspond pas")));
}

TEST(EvaluatorMode, TimelineShowsEveryEntryAndTheStateAtTheChosenOne) {
    StudioFixture fixture;
    const auto lines = linesOf(fixture.session().market());
    const auto receipt = playCandidate(fixture, lines);
    MainWindow window;
    ASSERT_TRUE(window.openEvaluation(QString::fromStdString(fixture.file().string())));
    auto& session = *window.session();
    auto* timeline = window.evaluatorMode()->timeline();
    // Entries 1 (creation) to 6 (hand-in); no receipt typed, so no check shown.
    EXPECT_EQ(timeline->table()->rowCount(), 6);
    EXPECT_EQ(timeline->slider()->value(), 6);
    EXPECT_TRUE(timeline->receipt()->isHidden());
    EXPECT_EQ(timeline->table()->item(1, 3)->text(), QStringLiteral("Étiquette"));
    EXPECT_EQ(timeline->table()->item(1, 5)->text(), QStringLiteral("annulée (entrée 3)"));
    EXPECT_EQ(timeline->table()->item(3, 3)->text(), QStringLiteral("Signalement d'anomalie"));
    EXPECT_EQ(timeline->table()->item(5, 3)->text(), QStringLiteral("Remise de l'épreuve"));
    // At entry 2 the tag is there (not yet undone), no flag; at 4 one flag; at 6 two flags.
    timeline->setEntry(2);
    EXPECT_EQ(session.shownEntry(), 2);
    ASSERT_NE(session.state().notesFor(lines.clean), nullptr);
    EXPECT_TRUE(session.state().notesFor(lines.clean)->tags.contains("à rappeler"));
    EXPECT_FALSE(session.state().sealed());
    EXPECT_TRUE(timeline->changes()->text().startsWith(QStringLiteral("<b>L'entrée 2 a changé")));
    EXPECT_FALSE(timeline->changes()->text().contains(QStringLiteral("Aucun changement")))
        << timeline->changes()->text().toStdString();
    // Entries after the one shown are greyed.
    EXPECT_FALSE(timeline->table()->item(1, 0)->data(Qt::BackgroundRole).isValid());
    EXPECT_EQ(timeline->table()->item(2, 0)->background().color(), QColor(0xdd, 0xdd, 0xdd));
    EXPECT_EQ(timeline->table()->item(5, 4)->background().color(), QColor(0xdd, 0xdd, 0xdd));
    timeline->slider()->setValue(4);  // a slider move is applied once the events are processed
    QApplication::processEvents();
    EXPECT_EQ(session.shownEntry(), 4);
    EXPECT_EQ(session.state().notesFor(lines.clean), nullptr);  // the tag undone, no flag yet
    ASSERT_NE(session.state().notesFor(lines.defective), nullptr);
    EXPECT_EQ(session.state().notesFor(lines.defective)->flags.size(), 1u);
    timeline->setEntry(99);  // clamped to the last entry
    EXPECT_EQ(session.shownEntry(), 6);
    EXPECT_TRUE(session.state().sealed());
    EXPECT_EQ(session.state().notesFor(lines.clean)->flags.size(), 1u);
    EXPECT_FALSE(timeline->table()->item(5, 4)->data(Qt::BackgroundRole).isValid());
    (void)receipt;
}

TEST(EvaluatorMode, HiddenTruthIsShownToTheEvaluatorAndNeverToTheCandidate) {
    StudioFixture fixture;
    const auto lines = linesOf(fixture.session().market());
    playCandidate(fixture, lines);
    const auto file = QString::fromStdString(fixture.file().string());
    {
        MainWindow candidate;  // the candidate reopens the handed-in attempt
        ASSERT_TRUE(candidate.openAttempt(file));
        EXPECT_FALSE(candidate.session()->evaluator());
        EXPECT_EQ(candidate.evaluatorMode(), nullptr);
        auto* workspace = candidate.prospectWorkspace();
        EXPECT_EQ(workspace->table()->model(), workspace->model());
        for (int c = 0; c < workspace->table()->model()->columnCount(); ++c)
            EXPECT_FALSE(workspace->table()
                             ->model()
                             ->headerData(c, Qt::Horizontal)
                             .toString()
                             .contains(QStringLiteral("Vérité")));
        workspace->selectLine(lines.defective);
        const auto card = workspace->card()->findChild<QTextBrowser*>()->toPlainText();
        EXPECT_FALSE(card.contains(QStringLiteral("Vérité cachée"))) << card.toStdString();
        EXPECT_FALSE(card.contains(QStringLiteral("Anomalies injectées")));
        for (int tab = 0; tab < candidate.workspaces()->count(); ++tab)
            EXPECT_NE(candidate.workspaces()->tabText(tab), QStringLiteral("Évaluation"));
    }
    MainWindow evaluator;
    ASSERT_TRUE(evaluator.openEvaluation(file));
    auto* workspace = evaluator.prospectWorkspace();
    const auto* overlay = qobject_cast<TruthOverlayModel*>(workspace->table()->model());
    ASSERT_NE(overlay, nullptr);
    EXPECT_EQ(overlay->headerData(overlay->truthColumn(), Qt::Horizontal).toString(),
              QStringLiteral("Vérité (évaluateur)"));
    const auto& model = *workspace->model();
    EXPECT_TRUE(
        truthText(*overlay, lines.defective, model).startsWith(QStringLiteral("Repéré : ")));
    EXPECT_TRUE(truthText(*overlay, lines.missed, model).startsWith(QStringLiteral("Manqué : ")));
    EXPECT_EQ(truthText(*overlay, lines.clean, model), QStringLiteral("Fausse alerte"));
    // At entry 3, before any flag, the defective line is missed and the clean one is clean.
    evaluator.evaluatorMode()->timeline()->setEntry(3);
    EXPECT_TRUE(
        truthText(*overlay, lines.defective, model).startsWith(QStringLiteral("Manqué : ")));
    EXPECT_EQ(truthText(*overlay, lines.clean, model), QString());
    workspace->selectLine(lines.defective);
    const auto card = workspace->card()->findChild<QTextBrowser*>()->toPlainText();
    EXPECT_TRUE(card.contains(QStringLiteral("Vérité cachée (évaluateur)"))) << card.toStdString();
    EXPECT_TRUE(card.contains(QStringLiteral("Contrat santé actuel")));
    EXPECT_TRUE(card.contains(QStringLiteral("État du personnel réel")));
}

// A candidate opening their own attempt in evaluator mode before handing it in sees no truth:
// the studio follows the CLI's --truth rule (TruthAccess), for the table, the card, the meetings'
// hidden needs and the pre-assessment that reads them.
TEST(EvaluatorMode, NoHiddenTruthBeforeTheHandIn) {
    StudioFixture fixture;
    const auto lines = linesOf(fixture.session().market());
    const auto file = QString::fromStdString(fixture.file().string());
    MainWindow evaluator;
    evaluator.resize(1366, 768);
    evaluator.show();
    ASSERT_TRUE(evaluator.openEvaluation(file));
    ASSERT_TRUE(evaluator.session()->evaluator());
    EXPECT_FALSE(evaluator.session()->truthOpen());
    auto* workspace = evaluator.prospectWorkspace();
    EXPECT_EQ(qobject_cast<TruthOverlayModel*>(workspace->table()->model()), nullptr);
    workspace->selectLine(lines.defective);
    const auto card = workspace->card()->findChild<QTextBrowser*>()->toPlainText();
    EXPECT_FALSE(card.contains(QStringLiteral("Vérité cachée"))) << card.toStdString();
    EXPECT_FALSE(card.contains(QStringLiteral("État du personnel réel")));
    auto* evaluation = evaluator.evaluatorMode()->evaluation();
    evaluator.workspaces()->setCurrentWidget(evaluation);
    evaluation->refresh();
    const auto heading =
        evaluation->findChild<QLabel*>(QStringLiteral("evaluationHeading"))->text();
    EXPECT_TRUE(heading.contains(QStringLiteral("cette épreuve n'est pas remise")))
        << heading.toStdString();
    EXPECT_EQ(evaluation->findChild<QTreeWidget*>(QStringLiteral("evaluationCriteria"))
                  ->topLevelItemCount(),
              0);
}

TEST(EvaluatorMode, EndToEndOpenMoveTheTimelineAndFollowAnEvidenceEntry) {
    StudioFixture fixture;
    const auto lines = linesOf(fixture.session().market());
    const auto receipt = playCandidate(fixture, lines);
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    window.beginEvaluation(QString::fromStdString(fixture.file().string()), receipt);
    bool finished = false, opened = false;
    QObject::connect(&window, &MainWindow::openFinished, [&](bool ok) {
        finished = true;
        opened = ok;
    });
    // processEvents returns at once when no event is pending: wait on the clock instead.
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished; }, 30000));
    ASSERT_TRUE(opened);
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("mode évaluateur")));
    auto* mode = window.evaluatorMode();
    EXPECT_TRUE(mode->receiptMatches());
    EXPECT_TRUE(mode->timeline()->receipt()->text().contains(QStringLiteral("vérifié")));
    // Step back with the timeline's buttons.
    mode->timeline()->findChild<QAbstractButton*>(QStringLiteral("timelinePrevious"))->click();
    EXPECT_EQ(window.session()->shownEntry(), 5);
    // The "Évaluation" workspace assesses the attempt at the entry shown: one result per
    // indicator of the framework; an evidence row naming a journal entry moves the timeline.
    mode->timeline()->setEntry(6);
    window.workspaces()->setCurrentWidget(mode->evaluation());
    const auto& framework = window.session()->reference().framework;
    std::size_t indicators = 0;
    for (const auto& c : framework.criteria()) indicators += c.indicators.size();
    const auto& results = mode->evaluation()->results();
    ASSERT_EQ(results.size(), indicators);
    const IndicatorResult* cited = nullptr;
    int citedRow = -1;
    for (const auto& r : results)
        for (std::size_t i = 0; i < r.evidence.size() && !cited; ++i)
            if (r.evidence[i].entry > 1 && r.evidence[i].entry < 6) {
                cited = &r;
                citedRow = static_cast<int>(i);
            }
    ASSERT_NE(cited, nullptr) << "the flags (entries 4 and 5) are evidence of reliability";
    const auto citedEntry = cited->evidence[static_cast<std::size_t>(citedRow)].entry;
    for (QTreeWidgetItemIterator it(mode->evaluation()->criteria()); *it; ++it)
        if ((*it)->childCount() == 0 &&
            (*it)->text(0).startsWith(QString::fromStdString(cited->indicator)))
            mode->evaluation()->criteria()->setCurrentItem(*it);
    ASSERT_EQ(mode->evaluation()->evidence()->rowCount(), static_cast<int>(cited->evidence.size()));
    Q_EMIT mode->evaluation()->evidence()->cellClicked(citedRow, 2);
    EXPECT_EQ(window.session()->shownEntry(), citedEntry);
    mode->timeline()->setEntry(5);
    // Hand-made results: the tree per bloc, criterion and indicator; a figure without an entry
    // leaves the timeline where it is.
    IndicatorResult result;
    result.criterion = "B2.2";
    result.indicator = "B2.2.1";
    result.verdict = Verdict::PartiellementAcquis;
    result.score = 50;
    result.explanation = "1 signalement juste sur 2.";
    result.evidence = {{4, "Signalement juste", "doublon"}, {0, "Précision", "50 %"}};
    mode->evaluation()->showResults({result});
    auto* tree = mode->evaluation()->criteria();
    ASSERT_EQ(tree->topLevelItemCount(), 1);
    auto* bloc = tree->topLevelItem(0);
    ASSERT_NE(bloc, nullptr);
    EXPECT_EQ(bloc->text(0), QStringLiteral("Bloc 2"));
    auto* criterion = bloc->child(0);
    ASSERT_NE(criterion, nullptr);
    auto* indicator = criterion->child(0);
    ASSERT_NE(indicator, nullptr);
    EXPECT_EQ(indicator->text(1), QStringLiteral("partiellement acquis"));
    tree->setCurrentItem(indicator);
    auto* evidence = mode->evaluation()->evidence();
    ASSERT_EQ(evidence->rowCount(), 2);
    Q_EMIT evidence->cellClicked(1, 2);  // a figure without an entry: the timeline stays
    EXPECT_EQ(window.session()->shownEntry(), 5);
    Q_EMIT evidence->cellClicked(0, 2);
    EXPECT_EQ(window.session()->shownEntry(), 4);
    EXPECT_EQ(mode->timeline()->slider()->value(), 4);
    window.closeAttempt();
    EXPECT_EQ(window.evaluatorMode(), nullptr);
}
