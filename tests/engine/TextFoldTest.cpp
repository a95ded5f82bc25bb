#include <gtest/gtest.h>

#include "cmcsim/core/OneLine.h"
#include "cmcsim/core/TextFold.h"
#include "cmcsim/core/TextQuery.h"
#include "cmcsim/report/MarketReport.h"

using namespace cmcsim;

TEST(TextFold, FoldsFrenchCaseAccentsLigaturesAndApostrophes) {
    EXPECT_EQ(foldText("Guérin Hôtel"), "guerin hotel");
    EXPECT_EQ(foldText("ÉTOILE SÀRL"), "etoile sarl");
    EXPECT_EQ(foldText("Cœur d’Œillet"), "coeur d'oeillet");
    EXPECT_EQ(foldText("Ægir Ÿ ÏÜ"), "aegir y iu");
    EXPECT_EQ(foldText("Saint-Étienne-du-Rouvray"), "saint-etienne-du-rouvray");
    EXPECT_EQ(foldText("12 345"), "12 345");
}

TEST(TextQuery, EveryWordInAnyOrder) {
    EXPECT_TRUE(TextQuery("guerin").matchesText("Guérin Hôtel"));
    EXPECT_TRUE(TextQuery("HÔTEL guerin").matchesText("Guérin Hôtel"));
    EXPECT_FALSE(TextQuery("guerin plage").matchesText("Guérin Hôtel"));
    EXPECT_TRUE(TextQuery("  ").empty());
    EXPECT_TRUE(TextQuery("").matchesText("anything"));
    EXPECT_TRUE(TextQuery("etienne").matchesText("Saint-Étienne-du-Rouvray (76575)"));
}

// Case E4: a line break inside a cell breaks line-based importers.
TEST(OneLine, LineBreaksAndControlsBecomeOneSpace) {
    EXPECT_EQ(oneLine("d’enfants\n et d’adolescents"), "d’enfants et d’adolescents");
    EXPECT_EQ(oneLine("a\r\nb"), "a b");
    EXPECT_EQ(oneLine("a \t b"), "a b");
    EXPECT_EQ(oneLine("a\u2028b\u2029c\u0085d"), "a b c d");
    EXPECT_EQ(oneLine("\nlead and trail\r\n"), "lead and trail");
    EXPECT_EQ(oneLine("a\x1b[31mb"), "a [31mb");
    EXPECT_EQ(oneLine("plain  text, é"), "plain  text, é");
    EXPECT_EQ(oneLine(""), "");
}

// The CLI's text tables: a cell with a line break stays on its row.
TEST(OneLine, TableCellsOfTheCliStayOnTheirRow) {
    EXPECT_EQ(fitColumn("enfants\n et adolescents", 26), "enfants et adolescents    ");
    EXPECT_EQ(fitColumn("a\r\nb", 2), "a…");
}
