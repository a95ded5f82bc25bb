// The comparison's PDF content (ComparisonDocument) and names (ComparedAttempt) on a comparison
// built by hand.
#include <gtest/gtest.h>

#include <variant>

#include "cmcsim/compare/AttemptComparison.h"
#include "cmcsim/compare/ComparisonDocument.h"
#include "cmcsim/compare/ComparisonTables.h"

namespace {

using namespace cmcsim;

AttemptComparison twoAttempts() {
    AttemptComparison c;
    c.scenarioId = "essai";
    c.scenarioTitle = "Essai";
    c.scenarioDigest = "0123456789ab";
    for (const auto* file : {"a.cmc", "b.cmc"}) {
        ComparedAttempt a;
        a.file = file;
        a.candidate = "Jules";
        a.sharedName = true;
        c.attempts.push_back(a);
    }
    c.attempts[1].journalCut = true;
    c.attempts[1].warnings.push_back("journal coupé : le registre inscrit le reçu X");
    return c;
}

// Found by rendering the PDF: the eleven key figures in one portrait table cut their headers in
// the middle of a word (« Candida|t », « Précisio|n »). Two tables of at most seven columns.
TEST(ComparisonDocument, KeyFiguresAreTwoTablesNarrowEnoughForWholeHeaders) {
    const auto doc = ComparisonDocument::build(twoAttempts());
    const DocumentSection* figures = nullptr;
    for (const auto& s : doc.sections)
        if (s.heading == "Chiffres clés") figures = &s;
    ASSERT_NE(figures, nullptr);
    std::vector<std::vector<std::string>> headers;
    for (const auto& block : figures->blocks)
        if (const auto* t = std::get_if<Table>(&block)) headers.push_back(t->header);
    ASSERT_EQ(headers.size(), 2U);
    EXPECT_EQ(headers[0], (std::vector<std::string>{"Candidat", "Écart établissements",
                                                    "Écart potentiel", "Précision", "Rappel"}));
    EXPECT_EQ(headers[1],
              (std::vector<std::string>{"Candidat", "Offres", "Versions", "Semaines",
                                        "Rendez-vous tenus", "Signatures", "Primes signées"}));
}

TEST(ComparisonDocument, NamesakesCarryTheirFileAndWarningsAreListed) {
    const auto c = twoAttempts();
    EXPECT_EQ(c.attempts[0].name(), "Jules (a.cmc)");
    EXPECT_EQ(c.attempts[1].endText(), "journal coupé");
    const auto warnings = ComparisonTables::warnings(c);
    ASSERT_EQ(warnings.rows.size(), 1U);
    EXPECT_EQ(warnings.rows[0][0].french(), "Jules (b.cmc)");
    EXPECT_EQ(ComparisonTables::summary(c)[1], "Scénario : Essai (essai, contenu 0123456789ab)");
}

}  // namespace
