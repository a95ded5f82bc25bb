// The offer form writes and reads the market's expressions (issue 8 §2): % of salary with a cap,
// the employer-share basis, children-mandatory dependants and contractual provident rates.
#include <gtest/gtest.h>

#include "StudioFixture.h"
#include "offers/OfferBuilder.h"

using namespace cmcsim;
using namespace cmcsim::test;

TEST(OfferBuilderForm, NewExpressionsRoundTripThroughTheOfferFile) {
    OfferBuilder builder(studioReference().offers);
    nlohmann::json offer = {
        {"format", "cmcsim-offre/1"},
        {"titre", "Taux de branche"},
        {"date_effet", "2027-01-01"},
        {"services", nlohmann::json::array()},
        {"categories",
         {{{"categorie", "ensemble"},
           {"sante",
            {{"produit", "sante_essentiel"},
             {"structure", "isole_famille"},
             {"expression", "pct_salaire"},
             {"taux_salaire_pct", 2.12},
             {"plafond_mensuel_eur", 62.09},
             {"part_employeur_base", "euros"},
             {"part_employeur_eur", 30},
             {"ayants_droit", "enfants_obligatoires"}}},
           {"prevoyance",
            {{"produit", "prev_essentiel"},
             {"part_employeur_pct", 50},
             {"taux", {{"deces_t1_pct", 0.3}, {"incapacite_t1_pct", 0.45}}}}}}}}};
    builder.load(offer);
    const auto json = builder.toJson();
    const auto& h = json["categories"][0]["sante"];
    EXPECT_EQ(h["expression"], "pct_salaire");
    EXPECT_DOUBLE_EQ(h["taux_salaire_pct"].get<double>(), 2.12);
    EXPECT_DOUBLE_EQ(h["plafond_mensuel_eur"].get<double>(), 62.09);
    EXPECT_EQ(h["part_employeur_base"], "euros");
    EXPECT_DOUBLE_EQ(h["part_employeur_eur"].get<double>(), 30);
    EXPECT_FALSE(h.contains("part_employeur_pct"));
    EXPECT_EQ(h["ayants_droit"], "enfants_obligatoires");
    const auto& rates = json["categories"][0]["prevoyance"]["taux"];
    EXPECT_DOUBLE_EQ(rates["deces_t1_pct"].get<double>(), 0.3);
    EXPECT_DOUBLE_EQ(rates["incapacite_t1_pct"].get<double>(), 0.45);
    ASSERT_TRUE(builder.offer().has_value())
        << builder.problems().join(QStringLiteral("; ")).toStdString();
    const auto& terms = *builder.offer()->categories[0].health;
    EXPECT_EQ(terms.expression, Expression::PctSalary);
    EXPECT_EQ(terms.employerBasis, EmployerBasis::EurosPerMonth);
    EXPECT_EQ(terms.dependants, Dependants::ChildrenMandatory);
}
