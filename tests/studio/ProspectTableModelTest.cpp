#include <gtest/gtest.h>

#include <QSignalSpy>
#include <algorithm>

#include "StudioFixture.h"
#include "cmcsim/attempt/AttemptState.h"
#include "prospects/ProspectTableModel.h"

using namespace cmcsim;
using namespace cmcsim::test;

TEST(ProspectTableModel, ShowsEveryLineThenTheFilteredOnes) {
    StudioFixture fixture;
    ProspectTableModel model(fixture.session());
    const auto& market = fixture.session().market();
    EXPECT_EQ(model.rowCount(), static_cast<int>(market.prospects.size()));
    EXPECT_EQ(model.columnCount(), ProspectTableModel::ColumnCount);
    ProspectFilter filter;
    filter.sections = {"G"};
    model.setFilter(filter);
    const auto expected = fixture.session().view().filter(filter).size();
    EXPECT_EQ(model.rowCount(), static_cast<int>(expected));
    ASSERT_GT(model.rowCount(), 0);
    for (int r = 0; r < model.rowCount(); ++r) {
        const auto naf =
            model.data(model.index(r, ProspectTableModel::Naf)).toString().toStdString();
        const auto index = fixture.session().reference().naf.find(naf);
        ASSERT_TRUE(index.has_value());
        EXPECT_EQ(fixture.session().reference().naf.codes()[*index].section, 'G');
    }
}

TEST(ProspectTableModel, SortsByHeadcountBothWays) {
    StudioFixture fixture;
    ProspectTableModel model(fixture.session());
    for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        model.sort(ProspectTableModel::Headcount, order);
        for (int r = 1; r < model.rowCount(); ++r) {
            const auto previous =
                model.data(model.index(r - 1, ProspectTableModel::Headcount)).toInt();
            const auto current = model.data(model.index(r, ProspectTableModel::Headcount)).toInt();
            if (order == Qt::AscendingOrder)
                ASSERT_LE(previous, current);
            else
                ASSERT_GE(previous, current);
        }
    }
}

TEST(ProspectTableModel, InsurerColumnsAppearOnceTheStudyIsBought) {
    StudioFixture fixture;
    ProspectTableModel model(fixture.session());
    EXPECT_EQ(model.data(model.index(0, ProspectTableModel::Insurer)).toString(),
              QStringLiteral("non connu"));
    QObject::connect(&fixture.session(), &StudioSession::changed, &model,
                     &ProspectTableModel::refresh);
    QSignalSpy changed(&fixture.session(), &StudioSession::changed);
    ASSERT_TRUE(
        fixture.session().run(QStringLiteral("achat"), command::kBuyStudy, {{"etude", "veille"}}));
    EXPECT_EQ(changed.count(), 1) << "one change signal per command";
    EXPECT_NE(model.data(model.index(0, ProspectTableModel::Insurer)).toString(),
              QStringLiteral("non connu"));
}

TEST(ProspectTableModel, AVerifiedLineShowsTheRealHeadcount) {
    StudioFixture fixture;
    ProspectTableModel model(fixture.session());
    QObject::connect(&fixture.session(), &StudioSession::changed, &model,
                     &ProspectTableModel::refresh);
    const auto& market = fixture.session().market();
    const auto stale =
        std::find_if(market.defects.begin(), market.defects.end(),
                     [](const Defect& d) { return d.kind == DefectKind::StaleHeadcount; });
    ASSERT_NE(stale, market.defects.end());
    const int row = model.rowOfLine(stale->record);
    EXPECT_EQ(model.data(model.index(row, ProspectTableModel::Headcount)).toUInt(),
              market.prospects[stale->record].headcount);
    ASSERT_TRUE(fixture.session().run(QStringLiteral("vérif"), command::kVerify,
                                      {{"ligne", stale->record}}));
    const auto truth =
        market.establishments[market.prospects[stale->record].establishment].headcount;
    EXPECT_EQ(model.data(model.index(model.rowOfLine(stale->record), ProspectTableModel::Headcount))
                  .toUInt(),
              truth);
    EXPECT_TRUE(model.data(model.index(model.rowOfLine(stale->record), ProspectTableModel::Status))
                    .toString()
                    .contains(QStringLiteral("✔")));
}

TEST(StudioSession, RefusalIsSignalledAndNothingIsPushed) {
    StudioFixture fixture;
    auto& session = fixture.session();
    QSignalSpy refused(&session, &StudioSession::refused);
    ASSERT_TRUE(session.run(QStringLiteral("a"), command::kBuyStudy, {{"etude", "veille"}}));
    EXPECT_FALSE(session.run(QStringLiteral("b"), command::kBuyStudy,
                             {{"etude", "territoire"}}));  // over budget
    ASSERT_EQ(refused.count(), 1);
    EXPECT_TRUE(refused.at(0).at(0).toString().contains(QStringLiteral("budget")));
    EXPECT_EQ(session.undoStack()->count(), 1);
}

TEST(StudioSession, UndoStackUndoesAndRedoesThroughTheJournal) {
    StudioFixture fixture;
    auto& session = fixture.session();
    ASSERT_TRUE(session.run(QStringLiteral("étiquette"), command::kTag,
                            {{"ligne", 4}, {"etiquette", "chaud"}}));
    ASSERT_NE(session.state().notesFor(4), nullptr);
    session.undoStack()->undo();
    EXPECT_TRUE(session.state().notesFor(4) == nullptr ||
                session.state().notesFor(4)->tags.empty());
    session.undoStack()->redo();
    ASSERT_NE(session.state().notesFor(4), nullptr);
    EXPECT_TRUE(session.state().notesFor(4)->tags.contains("chaud"));
    const auto& journal = session.engine().attempt().journal();
    ASSERT_EQ(journal.size(), 4u);
    EXPECT_EQ(journal[2].kind, command::kUndo);
    EXPECT_EQ(journal[3].kind, command::kRedo);
}
