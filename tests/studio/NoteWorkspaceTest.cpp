// The synthesis note workspace: a figure inserted as a chip, saved as a journal command, found
// again as a chip after reopening the attempt; a changed value marked; read-only in evaluator
// mode.
#include <gtest/gtest.h>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolBar>
#include <QTreeWidget>

#include "StudioFixture.h"
#include "cmcsim/note/KeyFigures.h"
#include "note/FigureChip.h"
#include "note/FigurePicker.h"
#include "note/NoteDocument.h"
#include "note/NoteWorkspace.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

// The chips of `edit`'s document: each object character's figure id and value shown.
std::vector<std::pair<QString, QString>> chips(const QTextEdit& edit) {
    std::vector<std::pair<QString, QString>> out;
    for (auto block = edit.document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const auto format = it.fragment().charFormat();
            if (format.objectType() == FigureChip::kObjectType)
                out.emplace_back(format.property(FigureChip::FigureId).toString(),
                                 format.property(FigureChip::Shown).toString());
        }
    return out;
}

}  // namespace

TEST(NoteWorkspace, AFigureInsertedAndSavedIsAChipAfterReopening) {
    StudioFixture fixture;
    const QString id = QStringLiteral("marche/effectif_salarie");
    QString shown;
    {
        NoteWorkspace workspace(fixture.session());
        const auto figures = workspace.figures();
        const auto* figure = KeyFigures::find(figures, id.toStdString());
        ASSERT_NE(figure, nullptr);
        shown = QString::fromStdString(figure->shown());
        workspace.editor()->setPlainText(QStringLiteral("Le marché compte "));
        workspace.editor()->moveCursor(QTextCursor::End);
        workspace.insertFigure(*figure);
        workspace.editor()->insertPlainText(QStringLiteral(" sur le territoire."));
        EXPECT_TRUE(workspace.modified());
        EXPECT_TRUE(workspace.status()->text().contains(QStringLiteral("non enregistrées")));
        ASSERT_TRUE(workspace.save());
        EXPECT_FALSE(workspace.modified());
        const auto& versions = fixture.session().state().noteVersions();
        ASSERT_EQ(versions.size(), 1u);
        // The text typed after the chip is text, not another chip.
        EXPECT_EQ(versions[0].note.toMarkup(), "Le marché compte {{chiffre:" + id.toStdString() +
                                                   "|" + shown.toStdString() +
                                                   "}} sur le territoire.\n");
    }
    fixture.reopen();
    NoteWorkspace reopened(fixture.session());
    const auto found = chips(*reopened.editor());
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].first, id);
    EXPECT_EQ(found[0].second, shown);
    // Deleting the chip removes the whole reference: one character.
    auto cursor = reopened.editor()->textCursor();
    cursor.setPosition(static_cast<int>(QStringLiteral("Le marché compte ").size()));
    cursor.deleteChar();
    reopened.editor()->setTextCursor(cursor);
    EXPECT_TRUE(chips(*reopened.editor()).empty());
    EXPECT_EQ(studio::noteDocument::read(*reopened.editor()->document()).toMarkup(),
              "Le marché compte  sur le territoire.\n");  // the spaces around it stay
}

TEST(NoteWorkspace, AValueThatChangedIsMarkedAndTheNoteReadsBackTheSame) {
    StudioFixture fixture;
    ASSERT_TRUE(fixture.session().run(
        QStringLiteral("note"), command::kSaveNote,
        {{"texte",
          "# Synthèse\n\n**Le fichier** compte {{chiffre:marche/lignes|1 ligne}}.\n\n"
          "- un\n- *deux*\n"}}));
    NoteWorkspace workspace(fixture.session());
    const auto found = chips(*workspace.editor());
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].second, QStringLiteral("1 ligne"));
    // The markup read back from the document is the saved one: headings, bold, lists, italic.
    EXPECT_FALSE(workspace.modified());
    bool changed = false;
    for (auto block = workspace.editor()->document()->begin(); block.isValid();
         block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().objectType() == FigureChip::kObjectType)
                changed = it.fragment().charFormat().property(FigureChip::Changed).toBool();
    EXPECT_TRUE(changed);  // the file has more than one line
}

TEST(NoteWorkspace, ThePickerFiltersFiguresBySearch) {
    StudioFixture fixture;
    NoteWorkspace workspace(fixture.session());
    FigurePicker picker(workspace.figures());
    picker.search()->setText(QStringLiteral("salaries"));  // accents ignored
    int visible = 0;
    for (int t = 0; t < picker.tree()->topLevelItemCount(); ++t)
        for (int c = 0; c < picker.tree()->topLevelItem(t)->childCount(); ++c)
            visible += picker.tree()->topLevelItem(t)->child(c)->isHidden() ? 0 : 1;
    EXPECT_EQ(visible, 1);  // "Salariés du fichier prospects"
}

TEST(NoteWorkspace, IsReadOnlyInEvaluatorMode) {
    StudioFixture fixture;
    ASSERT_TRUE(fixture.session().run(QStringLiteral("note"), command::kSaveNote,
                                      {{"texte", "Une note."}}));
    StudioSession evaluator(
        studioReference(),
        std::make_unique<AttemptSession>(fixture.file(), studioReference(), LoadProgress{},
                                         AttemptSession::Access::ReadOnly));
    ASSERT_TRUE(evaluator.evaluator());
    NoteWorkspace workspace(evaluator);
    EXPECT_TRUE(workspace.editor()->isReadOnly());
    EXPECT_FALSE(workspace.findChild<QToolBar*>()->isEnabled());
    EXPECT_EQ(workspace.editor()->toPlainText(), QStringLiteral("Une note."));
    EXPECT_FALSE(workspace.save());  // refused by the session
}
