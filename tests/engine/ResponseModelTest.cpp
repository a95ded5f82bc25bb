#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "TestFiles.h"
#include "TestReference.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/reference/ResponseModel.h"

using namespace cmcsim;
using test::replaced;

namespace {
const std::vector<std::string> kColumns = {"canal",   "parametre", "valeur",
                                           "libelle", "source",    "confiance"};

std::string datasetText() {
    return test::readFile(test::sourceRoot() / "datasets" / "modele_reponse.csv");
}

// The problem a modified copy of the dataset raises, or "" when it loads.
std::string problemOf(const std::string& text) {
    try {
        ResponseModel::from(CsvTable::parse(text, "modele_reponse.csv", kColumns));
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

// The suggested default funnel of domain-facts J.4: 100 dials → 20 conversations, meeting →
// proposal 40 %, proposal → signature 20 %.
TEST(ResponseModel, LoadsTheDefaultFunnelOfJ4) {
    const auto& m = test::reference().response;
    EXPECT_DOUBLE_EQ(m.channel(0).reach, 0.20);
    EXPECT_DOUBLE_EQ(m.meetingToProposal, 0.40);
    EXPECT_DOUBLE_EQ(m.proposalToSignature, 0.20);
    EXPECT_EQ(m.noticeMonths, 2);  // J.3: L221-10, 2 months before the échéance
    // DMA 2012: 0.12 % e-mail response ≈ 11 % opened × 1.1 % answered (0.121 %).
    EXPECT_NEAR(m.channel(2).reach * m.channel(2).interest, 0.0012, 2e-5);
    ASSERT_NE(m.refusal("satisfait_assureur"), nullptr);
    EXPECT_EQ(m.refusal("satisfait_assureur")->label, "Satisfait de son assureur actuel");
}

TEST(ResponseModel, RefusesAnUnknownParameterWithItsLine) {
    const auto problem = problemOf(replaced(datasetText(), "*,facteur_chaud,", "*,facteur_tiede,"));
    EXPECT_NE(problem.find("modele_reponse.csv"), std::string::npos) << problem;
    EXPECT_NE(problem.find("paramètre général connu attendu"), std::string::npos) << problem;
}

TEST(ResponseModel, RefusesARateAboveOne) {
    const auto problem = problemOf(replaced(datasetText(), "sequence_appels,joignable,0.20",
                                            "sequence_appels,joignable,1.20"));
    // The first data row, third column.
    EXPECT_NE(problem.find("modele_reponse.csv:2:3 (colonne valeur) : nombre entre 0 et 1"),
              std::string::npos)
        << problem;
}

TEST(ResponseModel, RefusesAMissingRate) {
    auto text = datasetText();
    const auto at = text.find("salon,rappel");
    text.erase(at, text.find('\n', at) - at + 1);
    EXPECT_NE(problemOf(text).find("« rappel » du canal « salon » manquant"), std::string::npos)
        << problemOf(text);
}

TEST(ResponseModel, RefusesRefusalWeightsThatDoNotSumToOne) {
    const auto problem =
        problemOf(replaced(datasetText(), "motif,pas_interesse,0.05", "motif,pas_interesse,0.50"));
    EXPECT_NE(problem.find("somme 1"), std::string::npos) << problem;
}

TEST(ResponseModel, RefusesAValueWithoutSource) {
    const auto problem =
        problemOf(replaced(datasetText(), "salon,interet,0.30,Visiteurs intéressés,hypothèse,⚠",
                           "salon,interet,0.30,Visiteurs intéressés,,⚠"));
    EXPECT_NE(problem.find("source"), std::string::npos) << problem;
}
