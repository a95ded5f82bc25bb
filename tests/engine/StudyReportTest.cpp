#include <gtest/gtest.h>

#include <set>

#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/report/StudyReport.h"

using namespace cmcsim;

namespace {
const StudyOffer& branchStudy() {
    for (const auto& s : test::rouenScenario().studies)
        if (s.kind == "donnees_branche") return s;
    throw std::runtime_error("the Rouen scenario offers no branch study");
}
bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}
}  // namespace

// The branch study delivers what datasets/exigences_branches.csv knows for the agreements
// present, says for how many it knows them, and promises nothing it does not deliver.
TEST(StudyReport, BranchStudyGivesTheCatalogueObligationsOfTheAgreementsPresent) {
    const auto& market = test::rouenMarket();
    const auto& ref = test::reference();
    const auto tables = StudyReport(market, ref).findings(branchStudy());
    ASSERT_EQ(tables.size(), 2u);

    // The agreements of active establishments, and those the catalogue records.
    std::set<std::string> present, expected;
    for (const auto& e : market.establishments)
        if (!e.closed && market.companies[e.company].idcc >= 0)
            present.insert(
                ref.idcc.agreements()[static_cast<std::size_t>(market.companies[e.company].idcc)]
                    .idcc);
    std::size_t rows = 0;
    for (const auto& r : ref.offers.branches.rules())
        if (present.contains(r.idcc)) {
            if (r.kind != BranchRule::Kind::ToCheck) expected.insert(r.idcc);
            ++rows;
        }
    // HCR (IDCC 1979) is present in the Rouen zone; the catalogue records its health and
    // provident rules, so the study has at least those two rows.
    ASSERT_TRUE(expected.contains("1979"));

    const auto& obligations = tables[1];
    EXPECT_EQ(obligations.columns.size(), 5u);
    EXPECT_EQ(obligations.rows.size(), rows);
    for (const auto& row : obligations.rows) {
        ASSERT_EQ(row.size(), 5u);
        // Every requirement is the catalogue's text, for an agreement present.
        bool found = false;
        for (const auto& r : ref.offers.branches.rules())
            found = found || (contains(row[0], "IDCC " + r.idcc + " ") &&
                              contains(row[3], r.describe(false)) && row[4] == r.source &&
                              present.contains(r.idcc));
        EXPECT_TRUE(found) << row[0] << " / " << row[3];
    }
    EXPECT_TRUE(contains(obligations.note,
                         "Obligations relevées pour " +
                             frenchCount(static_cast<double>(expected.size()),
                                         "convention collective", "conventions collectives") +
                             " sur " + frenchNumber(static_cast<double>(present.size()), 0)))
        << obligations.note;
    // No vague "to be checked": the agreements without recorded rules are named as such.
    EXPECT_FALSE(contains(tables[0].note, "à vérifier")) << tables[0].note;
    std::size_t unrecorded = 0;
    for (const auto& row : tables[0].rows) unrecorded += row.back() == "non relevées";
    EXPECT_GT(unrecorded, 0u);
}

// The study's description, as the scenario sells it, names only branches the study documents.
TEST(StudyReport, BranchStudyDescriptionPromisesNoGuaranteeItDoesNotDeliver) {
    for (const auto& id : {"rouen-ze", "lyon-tertiaire"})
        for (const auto& s : test::bundledScenario(id).studies) {
            if (s.kind != "donnees_branche") continue;
            EXPECT_FALSE(contains(s.description, "organismes recommandés")) << id;
            EXPECT_FALSE(contains(s.description, "imposées par chaque branche")) << id;
            EXPECT_TRUE(contains(s.description, "reste à consulter")) << id;
        }
}
