#include <fmt/format.h>
#include <gtest/gtest.h>

#include "TestFiles.h"
#include "TestReference.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/reference/NeedsModel.h"
#include "cmcsim/reference/ObjectionBank.h"

using namespace cmcsim;
using test::replaced;

namespace {
std::string needsText() {
    return test::readFile(test::sourceRoot() / "datasets" / "besoins_entreprises.csv");
}
std::string objectionsText() {
    return test::readFile(test::sourceRoot() / "datasets" / "objections_rdv.csv");
}

// The problem a modified copy of a dataset raises, or "" when it loads.
std::string needsProblem(const std::string& text) {
    try {
        NeedsModel::from(
            CsvTable::parse(text, "besoins_entreprises.csv",
                            {"parametre", "segment", "valeur", "libelle", "source", "confiance"}));
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}
std::string objectionsProblem(const std::string& text) {
    try {
        ObjectionBank::from(
            CsvTable::parse(text, "objections_rdv.csv",
                            {"code", "roles", "sujet", "condition", "poids", "formulation",
                             "source", "confiance", "libelle", "formulation_par_soi"}));
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}
// The 1-based line of the first line of `text` starting with `prefix`.
int lineOf(const std::string& text, const std::string& prefix) {
    int line = 1;
    for (std::size_t at = 0; at < text.size(); at = text.find('\n', at) + 1, ++line)
        if (text.compare(at, prefix.size(), prefix) == 0) return line;
    return -1;
}
}  // namespace

// domain-facts F.2 (74 €/month in 2023, employer share 61 %) and J.3 (2 months' notice).
TEST(NeedsModel, LoadsTheSourcedFigures) {
    const auto& m = test::reference().needs;
    EXPECT_DOUBLE_EQ(m.employerShare, 0.61);
    EXPECT_DOUBLE_EQ(m.marketPremiumEur, 74);
    EXPECT_DOUBLE_EQ(m.expectedRise, 0.047);  // FNMF, collective 2026
    EXPECT_EQ(m.noticeMonths, 2);
    EXPECT_DOUBLE_EQ(m.hrPresence[0], 0);   // a TPE's dirigeant decides alone
    EXPECT_DOUBLE_EQ(m.csePresence[3], 1);  // CSE consulted from 50 (C. trav. R2312-22)
    ASSERT_NE(m.dissatisfaction("hausses_tarif"), nullptr);
    EXPECT_EQ(m.dissatisfaction("hausses_tarif")->label,
              "Hausses de cotisation répétées à chaque échéance");
}

TEST(NeedsModel, RefusesAnUnknownParameterWithItsLine) {
    const auto text = replaced(needsText(), "dispersion_influence,*", "dispersion_influences,*");
    const auto problem = needsProblem(text);
    EXPECT_NE(problem.find(fmt::format("besoins_entreprises.csv:{}:1",
                                       lineOf(text, "dispersion_influences"))),
              std::string::npos)
        << problem;
    EXPECT_NE(problem.find("paramètre connu attendu"), std::string::npos) << problem;
}

TEST(NeedsModel, RefusesAValueOutOfRange) {
    const auto text = replaced(needsText(), "presence_drh,50-99,0.6", "presence_drh,50-99,1.6");
    const auto problem = needsProblem(text);
    EXPECT_NE(problem.find(fmt::format("besoins_entreprises.csv:{}:3 (colonne valeur) : nombre "
                                       "entre 0 et 1 attendu",
                                       lineOf(text, "presence_drh,50-99"))),
              std::string::npos)
        << problem;
}

TEST(NeedsModel, RefusesAnUnknownRole) {
    const auto text = replaced(needsText(), "poids_role,cse,", "poids_role,comite,");
    const auto problem = needsProblem(text);
    EXPECT_NE(problem.find(
                  fmt::format("besoins_entreprises.csv:{}:2", lineOf(text, "poids_role,comite"))),
              std::string::npos)
        << problem;
    EXPECT_NE(problem.find("rôle attendu : drh, cse, expert_comptable, courtier"),
              std::string::npos)
        << problem;
}

TEST(NeedsModel, RefusesAMissingBand) {
    auto text = needsText();
    const auto at = text.find("due_en_cours,2000+");
    text.erase(at, text.find('\n', at) - at + 1);
    EXPECT_NE(needsProblem(text).find("« due_en_cours » du segment « 2000+ » manquant"),
              std::string::npos)
        << needsProblem(text);
}

TEST(NeedsModel, RefusesAWrongColumn) {
    const auto text = replaced(needsText(), "parametre,segment,valeur", "parametre,tranche,valeur");
    EXPECT_NE(needsProblem(text).find("besoins_entreprises.csv:1"), std::string::npos)
        << needsProblem(text);
}

TEST(NeedsModel, RefusesAValueWithoutSource) {
    const auto text = replaced(needsText(), "hypothèse de modélisation,⚠\nseuil_insatisfait",
                               ",⚠\nseuil_insatisfait");
    const auto problem = needsProblem(text);
    EXPECT_NE(problem.find("colonne source"), std::string::npos) << problem;
}

// 20 to 40 objections (the brief), every role raising some.
TEST(ObjectionBank, LoadsEveryRolesObjections) {
    const auto& bank = test::reference().objections;
    EXPECT_GE(bank.all().size(), 20u);
    EXPECT_LE(bank.all().size(), 40u);
    const auto* o = bank.find("trop_cher");
    ASSERT_NE(o, nullptr);
    EXPECT_EQ(o->topic, "prix");
    EXPECT_TRUE(o->raisedBy("dirigeant"));
    EXPECT_FALSE(o->raisedBy("cse"));
    EXPECT_EQ(o->condition, ObjectionCondition::PriceSensitive);
}

TEST(ObjectionBank, RefusesAnUnknownRoleWithItsLine) {
    const auto text = replaced(objectionsText(), "trop_cher,dirigeant|expert_comptable",
                               "trop_cher,dirigeant|comptable");
    const auto problem = objectionsProblem(text);
    EXPECT_NE(problem.find(fmt::format("objections_rdv.csv:{}:2", lineOf(text, "trop_cher"))),
              std::string::npos)
        << problem;
    EXPECT_NE(problem.find("« comptable » inconnu"), std::string::npos) << problem;
}

TEST(ObjectionBank, RefusesAnUnknownConditionOrTopic) {
    auto problem =
        objectionsProblem(replaced(objectionsText(), "prix,sensible_prix,3", "prix,radin,3"));
    EXPECT_NE(problem.find("condition attendue"), std::string::npos) << problem;
    problem =
        objectionsProblem(replaced(objectionsText(), "trop_cher,dirigeant|expert_comptable,prix,",
                                   "trop_cher,dirigeant|expert_comptable,tarif,"));
    EXPECT_NE(problem.find("sujet attendu"), std::string::npos) << problem;
}

TEST(ObjectionBank, RefusesAWeightOutOfRangeAndARepeatedCode) {
    auto problem = objectionsProblem(
        replaced(objectionsText(), "prix,sensible_prix,3", "prix,sensible_prix,0"));
    EXPECT_NE(problem.find("(colonne poids) : nombre entre 0.01 et 100 attendu"), std::string::npos)
        << problem;
    problem = objectionsProblem(replaced(objectionsText(), "budget_serre,", "trop_cher,"));
    EXPECT_NE(problem.find("objection « trop_cher » en double"), std::string::npos) << problem;
}
