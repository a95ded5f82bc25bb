#include <gtest/gtest.h>

#include "MeetingTestKit.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/meeting/MeetingNeedsCheck.h"

// Issue 12 §4 (meetingpolish): written needs and requirements are checked against what the
// company said or knows of itself beyond the budget: units, shares, signs, headcount, level,
// family, priorities, effective date; each rule passing and failing.
using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

namespace {
class NeedsContradictions : public ::testing::Test {
protected:
    void SetUp() override {
        j.ok(cmd::kMeetingOpen, {{"siret", MeetingJournal::siretOf(MeetingJournal::line())}});
        needs = MeetingJournal::needs(company, 40);  // 40 € per employee per month, level 2
        needs.covered = true;
        needs.priorities.dependants = 0.8;
        sofar.known = {{"budget", "Budget"}, {"niveau_souhaite", "Niveau"}, {"echeance", "É"}};
    }
    // The contradictions the company finds in `text`, joined.
    std::string found(const std::string& text) const {
        const auto context = j.context(1, needs);
        std::string out;
        for (const auto& c : MeetingNeedsCheck::contradictions(*context, sofar, text))
            out += c + "\n";
        return out;
    }
    std::uint32_t company = MeetingJournal::companyOf(MeetingJournal::line());
    double headcount = minimalMarket().companies[company].headcount;
    MeetingJournal j;
    CompanyNeeds needs;
    MeetingTranscript sofar;
};
}  // namespace

TEST_F(NeedsContradictions, TheBudgetIsReadWithItsUnit) {
    EXPECT_EQ(found("Votre budget est de 40 € par salarié et par mois."), "");
    EXPECT_EQ(found("Votre budget est de 480 € par an et par salarié."), "");  // 40 × 12
    const auto whole = frenchNumber(40 * 12 * headcount, 0);
    EXPECT_EQ(found("Votre budget total est de " + whole + " € par an."), "") << whole;
    EXPECT_NE(found("Votre budget est de 300 € par an.").find("pas de 300 € par an"),
              std::string::npos)
        << found("Votre budget est de 300 € par an.");
    // 480 € is the budget of a year: without its unit it is read per month, an error of unit.
    EXPECT_NE(found("Votre budget est de 480 €.")
                  .find("« 480 € » : notre budget est de 40 € "
                        "par salarié et par mois ; 480 € est un "
                        "montant par salarié et par an"),
              std::string::npos)
        << found("Votre budget est de 480 €.");
    EXPECT_NE(found("Votre budget est de 55 €.").find("pas de 55 €"), std::string::npos);
    sofar.known.erase("budget");  // not said yet: its figure is not given
    EXPECT_EQ(found("Votre budget est de 55 €."), "55 € ne correspond pas à notre budget\n");
}

TEST_F(NeedsContradictions, SharesOverAHundredAndNegativeFiguresAreRefused) {
    EXPECT_EQ(found("Vous prenez en charge 60 % de la cotisation."), "");
    EXPECT_NE(found("Vous prenez en charge 120 % de la cotisation.")
                  .find("« 120 % » : une part ne dépasse pas 100 %"),
              std::string::npos);
    EXPECT_NE(found("Votre budget est de -40 € par salarié et par mois.")
                  .find("« -40 € » : un montant, un effectif ou une part ne peut pas être négatif"),
              std::string::npos)
        << found("Votre budget est de -40 € par salarié et par mois.");
}

TEST_F(NeedsContradictions, TheHeadcountIsTheCompanys) {
    const auto written = frenchNumber(headcount, 0);
    EXPECT_EQ(found("La couverture vaut pour vos " + written + " salariés."), "");
    const auto wrong = frenchNumber(headcount * 3 + 10, 0);
    EXPECT_NE(found("La couverture vaut pour vos " + wrong + " salariés.")
                  .find("nous sommes " + written + " salariés, pas " + wrong),
              std::string::npos)
        << found("La couverture vaut pour vos " + wrong + " salariés.");
}

TEST_F(NeedsContradictions, TheLevelWrittenIsTheLevelRequested) {
    EXPECT_EQ(found("Vous voulez le niveau intermédiaire."), "");
    EXPECT_EQ(found("Votre contrat actuel est de niveau confort."), "");  // the current one
    EXPECT_EQ(found("Vous voulez le niveau confort."),
              "nous avons demandé le niveau intermédiaire, pas le niveau confort\n");
}

TEST_F(NeedsContradictions, TheFamilyIsCoveredWhenTheEmployeesValueIt) {
    EXPECT_NE(found("La couverture vise le salarié seul.").find("couvrir leur famille"),
              std::string::npos);
    needs.priorities.dependants = 0.2;
    EXPECT_EQ(found("La couverture vise le salarié seul."), "");
}

TEST_F(NeedsContradictions, ThePrioritiesWrittenAreTheEmployees) {
    EXPECT_EQ(found("Vos salariés tiennent d'abord à l'optique."), "");  // 0.8
    EXPECT_EQ(found("L'hospitalisation n'est pas prioritaire pour vous."), "");
    EXPECT_EQ(found("Vos salariés tiennent d'abord à l'hospitalisation."),  // 0
              "l'hospitalisation n'est pas une priorité de nos salariés\n");
}

TEST_F(NeedsContradictions, TheEffectiveDateIsTheEcheance) {
    EXPECT_EQ(found("Le contrat prend effet au 1er janvier 2027."), "");  // needs.renewal
    EXPECT_EQ(found("Le contrat prend effet le 01/03/2027."),
              "notre contrat actuel court jusqu'à son échéance : le nouveau prend effet le "
              "01/01/2027, pas le 01/03/2027\n");
    needs.covered = false;  // no contract in force: no échéance to meet
    EXPECT_EQ(found("Le contrat prend effet le 01/03/2027."), "");
}

// Found by a fourth tester: a budget without its unit, the trade's other words for a level and
// for the employee alone were signed; any amount (the current premium) was read as the budget.
TEST_F(NeedsContradictions, TheTradesOtherWordsAndTheBudgetsUnit) {
    EXPECT_NE(found("Votre budget est de 40 € pour la part employeur.").find("précisez l'unité"),
              std::string::npos)
        << found("Votre budget est de 40 € pour la part employeur.");
    EXPECT_EQ(found("Votre contrat actuel coûte 74 € par salarié et par mois."), "");
    for (const char* lower : {"Vous voulez une couverture d'entrée de gamme.",
                              "Vous voulez le premier prix.", "Vous voulez un niveau basique."})
        EXPECT_NE(found(lower).find("nous avons demandé le niveau"), std::string::npos)
            << lower << ": " << found(lower);
    EXPECT_EQ(found("Vous voulez un niveau de milieu de gamme."), "");  // level 2
    for (const char* alone : {"La couverture sera limitée aux seuls salariés, sans conjoints ni "
                              "enfants.",
                              "La couverture est réservée aux salariés."})
        EXPECT_NE(found(alone).find("couvrir leur famille"), std::string::npos)
            << alone << ": " << found(alone);
    // « isolé / famille » is the rate structure, no choice of cover.
    EXPECT_EQ(found("Les cotisations sont exprimées en isolé et famille."), "");
}

// Found by a fifth tester: a monthly amount for the whole company, a quarterly one, and the
// budget quoted as the company said it (in whole euros), not to the cent.
TEST_F(NeedsContradictions, TheCompanysTotalAQuarterAndTheBudgetAsSaid) {
    const auto month = frenchNumber(40 * headcount, 0);
    EXPECT_EQ(
        found("Votre budget est de " + month + " € par mois pour l'ensemble de vos salariés."), "");
    const auto perHead =
        found("Votre budget est de 40 € par mois pour l'ensemble de vos salariés.");
    EXPECT_NE(perHead.find("pas de 40 € par mois pour l'entreprise"), std::string::npos) << perHead;
    EXPECT_EQ(found("Votre budget est de 120 € par trimestre et par salarié."), "");  // 40 × 3
    const auto quarter = found("Votre budget est de 40 € par trimestre et par salarié.");
    EXPECT_NE(quarter.find("pas de 40 € par trimestre"), std::string::npos) << quarter;
    needs.budgetEurPerEmployeeMonth = 69.49;  // said « 69 € »
    const auto said = found("Votre budget est de 45 € par salarié et par mois.");
    EXPECT_NE(said.find("notre budget est de 69 € par salarié et par mois, pas de 45 €"),
              std::string::npos)
        << said;
}
