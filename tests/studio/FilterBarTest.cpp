#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QLabel>
#include <QTemporaryDir>
#include <QTimer>

#include "../engine/XlsxReader.h"
#include "StudioFixture.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/Siret.h"
#include "common/FoldingCompleter.h"
#include "common/MultiSelectButton.h"
#include "prospects/FilterBar.h"
#include "prospects/ProspectTableModel.h"
#include "prospects/ProspectWorkspace.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

// Saves a picture of `widget` to $CMCSIM_SCREENSHOT_DIR/name when that variable is set (to look
// at the layout at 1366 × 768; not part of the documentation's screenshots).
void shoot(QWidget* widget, const char* name) {
    const auto dir = qEnvironmentVariable("CMCSIM_SCREENSHOT_DIR");
    if (!dir.isEmpty()) widget->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

}  // namespace

// "HCR de 10 à 49 salariés": one agreement, two size bands, chosen in the bar's checklists.
TEST(FilterBar, SeveralValuesPerCriterion) {
    StudioFixture fixture;
    ProspectWorkspace workspace(fixture.session());
    auto* bar = workspace.filterBar();
    ProspectFilter hcr;
    hcr.idcc = {"1979"};  // listed even if no line of this small file has it
    hcr.sizeBands = {"11", "12"};
    bar->setFilter(hcr);
    auto f = bar->filter();
    EXPECT_EQ(f.idcc, (std::vector<std::string>{"1979"}));
    EXPECT_EQ(f.sizeBands, (std::vector<std::string>{"11", "12"}));
    EXPECT_EQ(workspace.model()->rowCount(),
              static_cast<int>(fixture.session().view().filter(hcr).size()));
    EXPECT_TRUE(bar->sizeBands()->toolTip().contains(QStringLiteral("10 à 19 salariés")))
        << bar->sizeBands()->toolTip().toStdString();
    EXPECT_TRUE(bar->agreements()->toolTip().contains(QStringLiteral("1979")));
    // Whole sections stay sections; a section with a division of another: the divisions.
    bar->sectors()->setChecked({QStringLiteral("F"), QStringLiteral("I")});
    EXPECT_EQ(bar->filter().sections, (std::vector<std::string>{"F", "I"}));
    bar->sectors()->setChecked({QStringLiteral("I"), QStringLiteral("43")});
    f = bar->filter();
    EXPECT_TRUE(f.sections.empty());
    EXPECT_EQ(f.divisions, (std::vector<std::string>{"43", "55", "56"}));  // F's 43; I is 55, 56
    // What setFilter shows, filter() gives back (a saved filter reloads as it was saved).
    ProspectFilter saved;
    saved.divisions = {"10", "56"};
    saved.sizeBands = {"11", "12"};
    saved.idcc = {"1979"};
    saved.departements = {"76"};
    saved.verified = false;
    saved.text = "hôtel";
    bar->setFilter(saved);
    EXPECT_EQ(bar->filter().toJson(), saved.toJson());
    // A filter of the Marché workspace (section AND division) shows as its divisions.
    ProspectFilter both;
    both.sections = {"C"};
    both.divisions = {"10", "56"};
    bar->setFilter(both);
    EXPECT_EQ(bar->filter().divisions, (std::vector<std::string>{"10"}));
    EXPECT_EQ(fixture.session().view().filter(bar->filter()),
              fixture.session().view().filter(both));
}

TEST(FilterBar, SelectsOnTheCandidatesMarks) {
    StudioFixture fixture;
    ProspectWorkspace workspace(fixture.session());
    auto& session = fixture.session();
    ASSERT_TRUE(session.run(QStringLiteral("étiquette"), command::kTag,
                            {{"ligne", 3}, {"etiquette", "à rappeler"}}));
    ASSERT_TRUE(session.run(QStringLiteral("note"), command::kNote,
                            {{"ligne", 8}, {"texte", "DRH absente"}}));
    ASSERT_TRUE(session.run(QStringLiteral("vérification"), command::kVerify, {{"ligne", 8}}));
    auto* marks = workspace.filterBar()->marks();
    marks->setChecked({QStringLiteral("#à rappeler")});
    Q_EMIT marks->selectionChanged();
    EXPECT_EQ(workspace.filterBar()->filter().tags, (std::vector<std::string>{"à rappeler"}));
    ASSERT_EQ(workspace.model()->rowCount(), 1);
    EXPECT_EQ(workspace.model()->lineAt(0), 3u);
    marks->setChecked({QStringLiteral("verifiee"), QStringLiteral("annotee")});
    Q_EMIT marks->selectionChanged();
    ASSERT_EQ(workspace.model()->rowCount(), 1);
    EXPECT_EQ(workspace.model()->lineAt(0), 8u);
    // Both "verified" and "not verified": no constraint.
    marks->setChecked({QStringLiteral("verifiee"), QStringLiteral("!verifiee")});
    EXPECT_FALSE(workspace.filterBar()->filter().verified.has_value());
}

TEST(FilterBar, SavingAFilterIsConfirmed) {
    StudioFixture fixture;
    ProspectWorkspace workspace(fixture.session());
    workspace.filterBar()->sizeBands()->setChecked({QStringLiteral("11"), QStringLiteral("12")});
    ASSERT_TRUE(workspace.filterBar()->saveFilter(QStringLiteral("PME 10 à 49")));
    EXPECT_TRUE(workspace.notice()->text().contains(QStringLiteral("« PME 10 à 49 » enregistré")))
        << workspace.notice()->text().toStdString();
    const auto* saved =
        workspace.filterBar()->findChild<QComboBox*>(QStringLiteral("savedFilters"));
    ASSERT_NE(saved, nullptr);
    EXPECT_EQ(saved->currentText(), QStringLiteral("PME 10 à 49"));
    const auto& stored = fixture.session().state().filters().at("PME 10 à 49");
    EXPECT_EQ(stored.sizeBands, (std::vector<std::string>{"11", "12"}));
}

// At 1366 × 768 every control of the bar gets at least the room it asks for.
TEST(FilterBar, FitsAt1366By768) {
    StudioFixture fixture;
    ProspectWorkspace workspace(fixture.session());
    workspace.resize(1366 - 2 * 9, 768 - 60);  // the window's frame, menu bar and tabs
    workspace.show();
    QApplication::processEvents();
    auto* bar = workspace.filterBar();
    EXPECT_LE(bar->minimumSizeHint().width(), bar->width());
    for (auto* child : bar->findChildren<QWidget*>()) {
        if (!child->isVisible() || child->isWindow() || child->parentWidget() != bar) continue;
        EXPECT_GE(child->width(), child->minimumSizeHint().width())
            << child->metaObject()->className() << " " << child->objectName().toStdString();
        EXPECT_LE(child->geometry().right(), bar->width()) << child->metaObject()->className();
    }
    shoot(&workspace, "fichier-prospects-1366.png");
    shoot(bar, "barre-filtres-1366.png");
    bar->sectors()->setChecked({QStringLiteral("I"), QStringLiteral("43")});
    bar->sectors()->showPopup();
    QApplication::processEvents();
    shoot(bar->sectors()->popup(), "barre-filtres-secteurs.png");
    bar->sectors()->popup()->hide();
    bar->sizeBands()->setChecked({QStringLiteral("11"), QStringLiteral("12")});
    ASSERT_TRUE(bar->saveFilter(QStringLiteral("Hébergement-restauration et BTP de 10 à 49")));
    QApplication::processEvents();
    EXPECT_LE(workspace.notice()->fontMetrics().horizontalAdvance(workspace.notice()->text()),
              workspace.notice()->width())
        << "the confirmation is read in full";
    shoot(&workspace, "fichier-prospects-1366-filtre.png");
    // The export dialog, then cancelled.
    QTimer::singleShot(300, [] {
        if (auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget())) {
            shoot(dialog, "export-dialog.png");
            dialog->reject();
        }
    });
    EXPECT_TRUE(workspace.exportViewDialog().isEmpty());
}

// The export of the view in XLSX: its lines, its columns with the candidate's marks.
TEST(ProspectWorkspaceExport, XlsxHoldsTheViewWithTheCandidatesMarks) {
    StudioFixture fixture;
    ProspectWorkspace workspace(fixture.session());
    ASSERT_TRUE(fixture.session().run(QStringLiteral("étiquette"), command::kTag,
                                      {{"ligne", 0}, {"etiquette", "chaud"}}));
    ProspectFilter filter;
    filter.sections = {"G"};
    workspace.filterBar()->setFilter(filter);
    const int rows = workspace.model()->rowCount();
    ASSERT_GT(rows, 0);
    QTemporaryDir dir;
    const auto file = dir.filePath(QStringLiteral("vue.xlsx"));
    const auto result = workspace.exportView(file, ProspectWorkspace::ExportFormat::Xlsx);
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->lines, static_cast<std::size_t>(rows));
    EXPECT_TRUE(workspace.notice()->text().contains(QStringLiteral("lignes exportées")))
        << workspace.notice()->text().toStdString();
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("vue.xlsx")})
        << "no temporary file left";
    const XlsxReader xlsx(file.toStdString());
    const auto cells = XlsxReader::cells(xlsx.entry("xl/worksheets/sheet1.xml"));
    const auto& view = fixture.session().view();
    EXPECT_EQ(cells.at("A2").text,
              siret::formatSiret(view.rows()[workspace.model()->lineAt(0)].siret));
    EXPECT_EQ(cells.count("A" + std::to_string(rows + 1)), 1u);
    EXPECT_EQ(cells.count("A" + std::to_string(rows + 2)), 0u);
    // The tag shows on line 0 when it is in the view.
    workspace.filterBar()->clear();
    ASSERT_TRUE(workspace.exportView(file, ProspectWorkspace::ExportFormat::Xlsx).has_value());
    EXPECT_EQ(XlsxReader::cells(XlsxReader(file.toStdString()).entry("xl/worksheets/sheet1.xml"))
                  .at("U2")
                  .text,
              "chaud");
}

// The commune field's proposals: every word, case and accents ignored.
TEST(FoldingCompleter, ProposesEntriesContainingEveryWordTyped) {
    const auto source = FoldingCompleter::fromList(
        {QStringLiteral("Saint-Étienne-du-Rouvray (76575)"), QStringLiteral("Rouen (76540)"),
         QStringLiteral("Sotteville-lès-Rouen (76681)")},
        2);
    EXPECT_EQ(source(QStringLiteral("etienne")),
              QStringList{QStringLiteral("Saint-Étienne-du-Rouvray (76575)")});
    EXPECT_EQ(source(QStringLiteral("LES rouen")),
              QStringList{QStringLiteral("Sotteville-lès-Rouen (76681)")});
    EXPECT_EQ(source(QStringLiteral("rouen")).size(), 2) << "at most the limit";
    EXPECT_TRUE(source(QStringLiteral(" ")).isEmpty());
}
