#include <gtest/gtest.h>

#include <cstdlib>

#include "TestAttempts.h"
#include "TestEvaluations.h"
#include "cmcsim/report/DocumentText.h"
#include "cmcsim/report/GridDocument.h"

namespace cmcsim {

namespace {
// The text of the grid, compared with tests/golden/<name> (CMCSIM_UPDATE_GOLDEN=1 rewrites it;
// review the diff before committing).
void expectGolden(const std::string& text, const std::string& name) {
    const auto path = std::filesystem::path(CMCSIM_TEST_DATA) / "golden" / name;
    if (std::getenv("CMCSIM_UPDATE_GOLDEN")) test::writeFile(path, text);
    ASSERT_TRUE(std::filesystem::exists(path)) << "missing golden " << path;
    EXPECT_EQ(text, test::readFile(path)) << "run with CMCSIM_UPDATE_GOLDEN=1 to see the diff";
}
}  // namespace

// The signed grid of the fixture: per bloc the framework's words, the agreed verdicts and
// comments and the comment under each table; the agreement with B2.2 marked ≠ and the kappas
// of tests/engine/AgreementTest.cpp (0,50, 1,00, 0,50); both signatures and the grid's code;
// the annex with every indicator's automatic verdict and evidence.
TEST(GridDocument, SignedGridContent) {
    const auto text = DocumentText::render(GridDocument::build(test::signedFixture()));
    expectGolden(text, "grid-fixture.txt");
    EXPECT_FALSE(test::contains(text, GridDocument::kUnsignedMark));
    EXPECT_TRUE(test::contains(text, "Commentaires des évaluateurs : Analyse du marché solide."));
    EXPECT_TRUE(test::contains(text, "Commentaires des évaluateurs : aucun"));  // blocs 3, 4
    EXPECT_TRUE(test::contains(text, "entrée n° 7 — Vérification : ligne 12"));
    EXPECT_TRUE(test::contains(text, test::signedFixture().code()));
}

TEST(GridDocument, UnsignedGridIsMarkedAsAWorkingDocument) {
    auto e = test::fixtureEvaluation();
    e.setEvaluator(1, "Claire Dubois", "Formatrice");
    const auto document = GridDocument::build(e);
    ASSERT_TRUE(document.watermark);
    EXPECT_EQ(*document.watermark, GridDocument::kUnsignedMark);
    const auto text = DocumentText::render(document);
    EXPECT_TRUE(test::contains(text, "non signé"));
    EXPECT_FALSE(test::contains(text, "Code de la grille signée"));
}

}  // namespace cmcsim
