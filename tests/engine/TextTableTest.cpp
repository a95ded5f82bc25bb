#include <gtest/gtest.h>

#include <string>

#include "cmcsim/report/TextTable.h"

using namespace cmcsim;

// Found by a tester: the CLI's tables did not line up where a label was longer than its fixed
// column (« Cotisation/mois » in a column of 14) or where a width was counted in bytes (« é »
// is two). Widths are characters, each column as wide as its widest cell.
TEST(TextTable, AccentedLabelsLineUpAndFiguresAlignRight) {
    TextTable t;
    t.columns = {{false, 0}, {true, 0}};
    t.header = {"Libellé", "Montant"};
    t.rows = {{"Prévoyance décès", "1 234,00 €"}, {"Santé", "9,50 €"}};
    // Widths: 16 (« Prévoyance décès ») and 10 (« 1 234,00 € »); « Montant » and « 9,50 € »
    // padded on the left to 10.
    EXPECT_EQ(t.render(), "  Libellé" + std::string(14, ' ') + "Montant\n" +
                              "  Prévoyance décès  1 234,00 €\n" + "  Santé" +
                              std::string(17, ' ') + "9,50 €\n");
}

TEST(TextTable, AnOverLongLabelWrapsBetweenWordsOrIsCut) {
    TextTable t;
    t.columns = {{false, 12}, {false, 0}};
    t.separator = " | ";
    t.ruleSeparator = " + ";
    t.header = {"Critère", "Verdict"};
    t.rows = {{"Estimer le potentiel du territoire", "acquis"},
              {"Anticonstitutionnellement", "non acquis"}};
    // « Estimer le » (10), « potentiel du » (12), « territoire » (10): no line over 12; the
    // 25-letter word is cut to 11 letters and « … ».
    EXPECT_EQ(t.render(),
              "  Critère      | Verdict\n"
              "  ------------ + ----------\n"
              "  Estimer le   | acquis\n"
              "  potentiel du |\n"
              "  territoire   |\n"
              "  Anticonstit… | non acquis\n");
}

TEST(TextTable, FitColumnCountsCharactersNotBytes) {
    EXPECT_EQ(textWidth("Évaluateur"), 10u);
    EXPECT_EQ(fitColumn("Été", 5), "Été  ");
    EXPECT_EQ(fitColumn("Évaluateur très long", 10), "Évaluateu…");
    EXPECT_EQ(fitColumn("Évaluateur", 10), "Évaluateur");
    EXPECT_EQ(fitColumn("deux\nlignes", 12), "deux lignes ");
}
