#include <gtest/gtest.h>

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <filesystem>
#include <memory>

#include "StudioFixture.h"
#include "cmcsim/scenario/ScenarioLibrary.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/scenario/ScenarioPack.h"
#include "cmcsim/scenario/ScenarioWriter.h"
#include "scenario/ChoiceDelegate.h"
#include "scenario/EventsPage.h"
#include "scenario/PackPanel.h"
#include "scenario/PreviewPanel.h"
#include "scenario/RecordTable.h"
#include "scenario/ScenarioEditor.h"
#include "scenario/ScenarioEditorWindow.h"

// The "Scénarios" workspace (issue 13 §1): every field goes through the forms and back, the
// loader's errors land on their field, saving, duplicating, packs and the live preview.

using namespace cmcsim;
using cmcsim::test::studioFixture;
using cmcsim::test::studioReference;

namespace {

const ScenarioLibrary& library() {
    static const ScenarioLibrary l =
        ScenarioLibrary::load(std::filesystem::path(CMCSIM_SOURCE_ROOT) / "scenarios");
    return l;
}

Scenario fixture(const char* name) {
    return ScenarioLoader(studioReference()).fromFile(studioFixture(name));
}

std::string errorsOf(const std::vector<Problem>& problems) {
    std::string out;
    for (const auto& p : problems) out += p.where + " : " + p.what + "\n";
    return out;
}

// A scenario with the fields the bundled ones leave at defaults filled in.
Scenario everyField() {
    auto s = fixture("scenarios/tender.json");
    s.author = "Centre de formation";
    s.version = "2.0";
    s.around = {{"76540", 7.5}};
    s.divisionWeights = {{"10", 3}, {"56", 1.25}};
    s.sectionWeights.clear();
    s.sizeProfile.clear();
    s.sizeBandWeights = {60, 10, 10, 5, 5, 4, 3, 3};
    s.policy.sellerDiscountPct = 4;
    s.policy.managerDiscountPct = 9.5;
    s.policy.managerAgreementMinutes = 90;
    s.policy.excludedSegments = {{"HCR", {}, {"55", "56"}, {"0-9"}, {"1979"}}};
    s.traps.partialDiffusion = 0.25;
    s.traps.unknownSizeBand = 0.02;
    s.traps.undeclaredAgreement = 0.03;
    s.portfolio.meanAgeYears = 7.5;
    s.studies.push_back(
        {"etude-x", "donnees_branche", "Branche", "Ce que l'on reçoit", 1234.5, 0.5});
    s.tenders[0].siret.reset();
    s.tenders[0].minEmployees = 20;
    s.tenders[0].brokerOnly = true;
    s.tenders[0].awardWeek = 0;
    s.events = {{"hausse-b", "hausse_concurrent", 2, "concurrent-b", 0.045, 0, "La hausse"},
                {"seuil-11", "franchissement_seuil", 3, "", 0, 11, ""},
                {"preavis", "preavis_resiliation", 8, "", 0, 0, "{entreprise} résilie"}};
    s.sourceJson.clear();
    return ScenarioLoader(studioReference()).fromText(ScenarioWriter::toJson(s), "t.json");
}

}  // namespace

TEST(ScenarioEditor, EveryFieldRoundTripsThroughTheForms) {
    ScenarioEditor editor(studioReference(), library());
    std::vector<Scenario> scenarios = {fixture("scenarios/minimal.json"), everyField()};
    for (const auto& b : library().scenarios())
        scenarios.push_back(ScenarioLoader(studioReference()).fromFile(b.path));
    for (const auto& s : scenarios) {
        editor.load(s);
        Scenario read;
        const auto problems = editor.validate(&read);
        EXPECT_TRUE(problems.empty()) << s.id << "\n" << errorsOf(problems);
        EXPECT_TRUE(read.sameContent(s)) << s.id;
    }
}

TEST(ScenarioEditor, SetFieldsSaveReloadCompare) {
    QTemporaryDir dir;
    ScenarioEditor editor(studioReference(), library());
    editor.newFromTemplate(QStringLiteral("rouen-ze"));
    editor.findChild<QLineEdit*>(QStringLiteral("$.title"))
        ->setText(QStringLiteral("Rouen modifié"));
    editor.findChild<QLineEdit*>(QStringLiteral("$.author"))->setText(QStringLiteral("Formatrice"));
    editor.findChild<QLineEdit*>(QStringLiteral("$.mutuelle.policy.budget_eur"))
        ->setText(QStringLiteral("12 500,5"));
    Scenario expected;
    ASSERT_TRUE(editor.validate(&expected).empty());
    EXPECT_EQ(expected.title, "Rouen modifié");
    EXPECT_EQ(expected.author, "Formatrice");
    EXPECT_DOUBLE_EQ(expected.policy.budgetEur, 12500.5);
    const auto file = dir.filePath(QStringLiteral("rouen-modifie.json"));
    ASSERT_TRUE(editor.saveFile(file, true));
    const auto reread = ScenarioLoader(studioReference()).fromFile(file.toStdString());
    EXPECT_TRUE(reread.sameContent(expected));
    EXPECT_NE(reread.sourceJson.find("\"format\": \"cmcsim-scenario/2\""), std::string::npos);
    ScenarioEditor other(studioReference(), library());
    ASSERT_TRUE(other.openFile(file));
    Scenario again;
    ASSERT_TRUE(other.validate(&again).empty());
    EXPECT_TRUE(again.sameContent(expected));
}

TEST(ScenarioEditor, ErrorsAreShownAtTheirFieldAndSavingIsRefused) {
    QTemporaryDir dir;
    ScenarioEditor editor(studioReference(), library());
    editor.load(fixture("scenarios/minimal.json"));
    auto* share = editor.findChild<QLineEdit*>(QStringLiteral("$.mutuelle.market_share"));
    share->setText(QStringLiteral("0,5"));  // the shares now sum to 1.4
    auto* seed = editor.findChild<QLineEdit*>(QStringLiteral("$.seed"));
    seed->setText(QStringLiteral("douze"));
    const auto problems = editor.validate();
    ASSERT_EQ(problems.size(), 2u) << errorsOf(problems);
    EXPECT_EQ(problems[0].where, "$.seed");
    EXPECT_EQ(problems[1].where, "$.competitors");
    EXPECT_NE(problems[1].what.find("elle vaut 1,400"), std::string::npos);
    EXPECT_EQ(editor.errors()->count(), 2);
    EXPECT_FALSE(seed->toolTip().isEmpty());  // marked at the field
    RecordTable* competitors = nullptr;
    for (auto* t : editor.findChildren<RecordTable*>())
        if (t->path() == QStringLiteral("$.competitors")) competitors = t;
    ASSERT_NE(competitors, nullptr);
    EXPECT_FALSE(competitors->table()->toolTip().isEmpty());
    EXPECT_FALSE(editor.saveFile(dir.filePath(QStringLiteral("x.json")), true));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.json"))));
    // A cell of a table: its own cell is marked; clicking the error shows its page.
    seed->setText(QStringLiteral("1"));
    share->setText(QStringLiteral("0,1"));
    competitors->table()->item(0, 6)->setText(QStringLiteral("7"));
    const auto cell = editor.validate();
    ASSERT_EQ(cell.size(), 1u) << errorsOf(cell);
    EXPECT_EQ(cell[0].where, "$.competitors[0].guarantee_level");
    EXPECT_FALSE(competitors->table()->item(0, 6)->toolTip().isEmpty());
    EXPECT_TRUE(competitors->table()->item(0, 1)->toolTip().isEmpty());
    editor.errors()->setCurrentRow(0);
    EXPECT_EQ(editor.pages()->currentIndex(), 3);  // Acteurs
}

// The Événements page (issue 13 §1, "evenements"): rows typed in the table are saved as the
// scenario's events and read back; the competitor column offers the Acteurs page's ids; an
// unknown competitor and a week beyond the scenario are marked on their cells.
TEST(ScenarioEditor, EventsPageSetSaveReloadCompare) {
    QTemporaryDir dir;
    ScenarioEditor editor(studioReference(), library());
    editor.load(fixture("scenarios/tender.json"));
    auto* page = editor.findChild<EventsPage*>();
    ASSERT_NE(page, nullptr);
    auto* table = page->table();
    EXPECT_EQ(editor.pages()->tabText(7), QStringLiteral("Événements"));
    const auto* competitors =
        qobject_cast<ChoiceDelegate*>(table->table()->itemDelegateForColumn(3));
    ASSERT_NE(competitors, nullptr);
    EXPECT_EQ(competitors->choices(), (QStringList{QString(), QStringLiteral("concurrent-a"),
                                                   QStringLiteral("concurrent-b")}));
    table->addRow({QStringLiteral("hausse-b"), QStringLiteral("Hausse tarifaire d'un concurrent"),
                   QStringLiteral("3"), QStringLiteral("concurrent-b"), QStringLiteral("0,06"),
                   QString(), QStringLiteral("Concurrent B augmente ses tarifs de 6 %")});
    table->addRow({QStringLiteral("preavis-5"), QStringLiteral("Lettre de résiliation d'un client"),
                   QStringLiteral("5"), QStringLiteral("concurrent-a"), QString(), QString(),
                   QString()});
    table->addRow({QStringLiteral("seuil"), QStringLiteral("Franchissement de seuil d'effectif"),
                   QStringLiteral("2"), QString(), QString(), QStringLiteral("50"), QString()});
    Scenario expected;
    ASSERT_TRUE(editor.validate(&expected).empty()) << errorsOf(editor.validate());
    ASSERT_EQ(expected.events.size(), 3u);
    EXPECT_EQ(expected.events[0],
              (ScriptedEvent{"hausse-b", "hausse_concurrent", 3, "concurrent-b", 0.06, 0,
                             "Concurrent B augmente ses tarifs de 6 %"}));
    EXPECT_EQ(expected.events[1], (ScriptedEvent{"preavis-5", "preavis_resiliation", 5, "", 0, 0,
                                                 ""}));  // the competitor of a notice is dropped
    EXPECT_EQ(expected.events[2].threshold, 50);
    const auto file = dir.filePath(QStringLiteral("avec-evenements.json"));
    ASSERT_TRUE(editor.saveFile(file, true));
    const auto reread = ScenarioLoader(studioReference()).fromFile(file.toStdString());
    EXPECT_TRUE(reread.sameContent(expected));
    ScenarioEditor other(studioReference(), library());
    ASSERT_TRUE(other.openFile(file));
    Scenario again;
    ASSERT_TRUE(other.validate(&again).empty());
    EXPECT_TRUE(again.sameContent(expected));
    auto* otherTable = other.findChild<EventsPage*>()->table();
    EXPECT_EQ(otherTable->row(0)[1], QStringLiteral("Hausse tarifaire d'un concurrent"));
    // The type is picked in a drop-down of the four French labels, the competitor in the ids.
    auto* types = qobject_cast<ChoiceDelegate*>(otherTable->table()->itemDelegateForColumn(1));
    ASSERT_NE(types, nullptr);
    EXPECT_EQ(types->choices().size(), 4);
    const auto cell = otherTable->table()->model()->index(0, 3);
    auto* otherCompetitors =
        qobject_cast<ChoiceDelegate*>(otherTable->table()->itemDelegateForColumn(3));
    std::unique_ptr<QWidget> widget(otherCompetitors->createEditor(nullptr, {}, cell));
    auto* combo = qobject_cast<QComboBox*>(widget.get());
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->count(), 3);  // none, concurrent-a, concurrent-b
    otherCompetitors->setEditorData(combo, cell);
    EXPECT_EQ(combo->currentText(), QStringLiteral("concurrent-b"));
    combo->setCurrentText(QStringLiteral("concurrent-a"));
    otherCompetitors->setModelData(combo, otherTable->table()->model(), cell);
    EXPECT_EQ(otherTable->row(0)[3], QStringLiteral("concurrent-a"));
    // Errors at their cells: an unknown competitor, a week beyond the 8 of the scenario.
    otherTable->table()->item(0, 3)->setText(QStringLiteral("inconnu"));
    otherTable->table()->item(1, 2)->setText(QStringLiteral("9"));
    const auto problems = other.validate();
    ASSERT_EQ(problems.size(), 2u) << errorsOf(problems);
    EXPECT_EQ(problems[0].where, "$.evenements[0].concurrent");
    EXPECT_EQ(problems[1].where, "$.evenements[1].semaine");
    EXPECT_FALSE(otherTable->table()->item(0, 3)->toolTip().isEmpty());
    EXPECT_FALSE(otherTable->table()->item(1, 2)->toolTip().isEmpty());
    EXPECT_TRUE(otherTable->table()->item(0, 2)->toolTip().isEmpty());
    other.errors()->setCurrentRow(0);
    EXPECT_EQ(other.pages()->currentIndex(), 7);
}

TEST(ScenarioEditor, DuplicateAndPacks) {
    QTemporaryDir dir;
    ScenarioEditor editor(studioReference(), library());
    editor.load(fixture("scenarios/minimal.json"));
    editor.packPanel()->put(fixture("scenarios/minimal.json"));
    editor.duplicate();
    Scenario copy;
    ASSERT_TRUE(editor.validate(&copy).empty());
    EXPECT_EQ(copy.id, "minimal-copie");
    EXPECT_EQ(copy.title, "Scénario minimal de test (copie)");
    editor.packPanel()->put(copy);
    const auto zip = dir.filePath(QStringLiteral("paquet.zip"));
    EXPECT_FALSE(editor.savePack(zip, true));  // no title, author nor version yet
    auto pack = editor.packPanel()->pack();
    pack.title = "Paquet";
    pack.author = "Formateur";
    pack.version = "1";
    editor.packPanel()->setPack(pack);
    ASSERT_TRUE(editor.savePack(zip, true));
    const auto read = ScenarioPack::read(zip.toStdString(), ScenarioLoader(studioReference()));
    ASSERT_EQ(read.scenarios.size(), 2u);
    EXPECT_EQ(read.scenarios[1].file, "minimal-copie.json");
    EXPECT_TRUE(read.scenarios[1].scenario.sameContent(copy));
    ScenarioEditor other(studioReference(), library());
    ASSERT_TRUE(other.openPack(zip, true));
    EXPECT_EQ(other.packPanel()->list()->count(), 2);
}

TEST(ScenarioEditor, PreviewRunsInTheBackgroundAndCancels) {
    ScenarioEditor editor(studioReference(), library());
    QSignalSpy done(editor.preview(), &PreviewPanel::finished);
    editor.newFromTemplate(QStringLiteral("rouen-ze"));
    // An edit before the preview ends cancels it: only the last one completes.
    editor.findChild<QLineEdit*>(QStringLiteral("$.title"))->setText(QStringLiteral("Autre"));
    editor.validate();
    ASSERT_TRUE(done.wait(60000));
    EXPECT_EQ(editor.preview()->runs(), 1);
    const auto text = editor.preview()->figuresText();
    EXPECT_TRUE(
        text.contains(QStringLiteral("échelle réduite : 3 000 établissements générés sur "
                                     "14 978")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Difficulté estimée"))) << text.toStdString();
    // Rouen scores 1 point (docs/guide-utilisateur.md): « 1 point », not « 1 points ».
    EXPECT_TRUE(text.contains(QStringLiteral("(1 point sur 4)"))) << text.toStdString();
    editor.preview()->request(fixture("scenarios/minimal.json"));
    editor.preview()->cancel();
    EXPECT_FALSE(done.wait(1500));
    EXPECT_EQ(editor.preview()->runs(), 1);
}

// Found by a fresh tester: the window was at least 1 417 pixels wide, wider than a 1366×768
// screen (the forms side by side of a tab decided it).
TEST(ScenarioEditor, TheWindowFitsA1366PixelScreen) {
    ScenarioEditorWindow window(studioReference(), library());
    EXPECT_LE(window.minimumSizeHint().width(), 1366);
    EXPECT_LE(window.minimumSizeHint().height(), 768);
    window.resize(1366, 768);
    window.show();
    QCoreApplication::processEvents();
    EXPECT_LE(window.width(), 1366);
}

// The user guide (Aide ▸ Guide d'utilisation, embedded) shows every screenshot it links, the
// trainers' comparison and scenario editor among them: each is bundled with it.
TEST(ScenarioEditor, TheGuideBundlesEveryScreenshotItLinks) {
    QFile guide(QStringLiteral(":/aide/guide-utilisateur.md"));
    ASSERT_TRUE(guide.open(QIODevice::ReadOnly));
    const auto text = QString::fromUtf8(guide.readAll());
    const QRegularExpression link(QStringLiteral("\\]\\((screenshots/[^)]+\\.png)\\)"));
    QStringList linked;
    for (auto it = link.globalMatch(text); it.hasNext();) linked << it.next().captured(1);
    for (const auto* trainer :
         {"screenshots/comparer-epreuves.png", "screenshots/scenarios-apercu.png"})
        EXPECT_TRUE(linked.contains(QString::fromLatin1(trainer))) << trainer;
    for (const auto& file : linked)
        EXPECT_TRUE(QFile::exists(QStringLiteral(":/aide/") + file)) << file.toStdString();
}
