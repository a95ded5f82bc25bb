// Found by a tester: the cadres' provident product (prev_cadres_150, the 1,50 % of T1 of art. 7
// of the CCN of 14 March 1947 taken over by the ANI of 17 November 2017) offered to non-cadres
// was not flagged, nor offered where there is no cadre; and a past effective date was quoted
// without a word.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "TestReference.h"
#include "cmcsim/offer/ComplianceReport.h"
#include "cmcsim/offer/OfferQuote.h"
#include "cmcsim/offer/OfferStudy.h"
#include "cmcsim/reference/OfferCatalogue.h"
#include "cmcsim/reference/RegulatoryParameters.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

// 4 non-cadres (35-44) and 2 cadres (45-54), as in OfferStructureTest.
CompanyWorkforce company(bool withCadres = true, bool withNonCadres = true) {
    CompanyWorkforce w;
    w.year = 2026;
    w.childrenPerFamily = 2.0;
    //                         ageBand sex cadre family headcount pay
    if (withNonCadres) {
        w.cells.push_back({2, 0, 0, 0, 2, 24000});
        w.cells.push_back({2, 1, 0, 3, 2, 30000});
    }
    if (withCadres) {
        w.cells.push_back({3, 1, 1, 0, 1, 40000});
        w.cells.push_back({3, 0, 1, 3, 1, 60000});
    }
    for (const auto& c : w.cells) w.headcount += static_cast<int>(c.headcount);
    return w;
}

HealthTerms health() {
    HealthTerms t;
    t.product = "sante_essentiel";
    return t;
}

Offer offerOf(std::vector<OfferCategory> categories) {
    Offer offer;
    offer.effectiveDate = *Date::parseIso("2026-04-01");
    offer.categories = std::move(categories);
    return offer;
}

const OfferPricer& pricer() {
    static const OfferPricer p(reference().offers, reference().regulation);
    return p;
}

ComplianceReport check(const Offer& offer, const CompanyWorkforce& w) {
    return ComplianceReport::check(offer, pricer().quote(offer, w), reference().offers,
                                   reference().regulation, w, "");
}

// The rule on the cadres' product given to non-cadres, or null.
const ComplianceRule* cadresProductRule(const ComplianceReport& report) {
    const auto it = std::find_if(report.rules.begin(), report.rules.end(), [](const auto& r) {
        return r.label.starts_with("Produit de prévoyance des cadres proposé aux non-cadres");
    });
    return it == report.rules.end() ? nullptr : &*it;
}

const ProvidentTerms kCadresProduct{"prev_cadres_150", 1.0};

}  // namespace

TEST(OfferCadresProduct, OnlyTheCadresRateProductIsTheCadresOne) {
    const auto& c = reference().offers;
    EXPECT_TRUE(isCadresProvident(*c.providentProduct("prev_cadres_150")));
    for (const char* other : {"prev_essentiel", "prev_confort", "prev_renforce"})
        EXPECT_FALSE(isCadresProvident(*c.providentProduct(other))) << other;
}

TEST(OfferCadresProduct, NonCadresGivenTheCadresProductAreFlaggedWithTheirCategoryAndRule) {
    const auto report = check(
        offerOf({{"cadres", health(), kCadresProduct}, {"non_cadres", health(), kCadresProduct}}),
        company());
    const auto* rule = cadresProductRule(report);
    ASSERT_NE(rule, nullptr);
    EXPECT_EQ(rule->verdict, ComplianceRule::Verdict::ToCheck);
    EXPECT_EQ(rule->label, "Produit de prévoyance des cadres proposé aux non-cadres (non-cadres)");
    EXPECT_TRUE(
        rule->figures.starts_with("catégorie « non-cadres » : 4 non-cadres reçoivent « "
                                  "Prévoyance cadres 1,50 % T1 », le produit des cadres"))
        << rule->figures;
    EXPECT_NE(rule->reference.find("CCN du 14 mars 1947, art. 7"), std::string::npos);
    EXPECT_NE(rule->reference.find("ANI du 17 novembre 2017"), std::string::npos);
    EXPECT_EQ(rule->scope, ComplianceRule::Scope::Provident);
}

TEST(OfferCadresProduct, AllStaffGivenTheCadresProductAreFlaggedWhenSomeAreNotCadres) {
    const auto offer = offerOf({{"ensemble", health(), kCadresProduct}});
    const auto* rule = cadresProductRule(check(offer, company()));
    ASSERT_NE(rule, nullptr);
    EXPECT_NE(rule->label.find("(tout le personnel)"), std::string::npos) << rule->label;
    EXPECT_NE(rule->figures.find("4 non-cadres"), std::string::npos) << rule->figures;
    // Without cadres, the rule also says the product covers no cadre.
    const auto* noCadre = cadresProductRule(check(offer, company(false)));
    ASSERT_NE(noCadre, nullptr);
    EXPECT_NE(noCadre->figures.find("l'entreprise n'a aucun cadre"), std::string::npos);
    // All staff are cadres: the product is where it belongs.
    EXPECT_EQ(cadresProductRule(check(offer, company(true, false))), nullptr);
}

TEST(OfferCadresProduct, CadresOrANonCadresProductAreNotFlagged) {
    EXPECT_EQ(cadresProductRule(check(offerOf({{"cadres", health(), kCadresProduct},
                                               {"non_cadres", health(), std::nullopt}}),
                                      company())),
              nullptr);
    EXPECT_EQ(cadresProductRule(
                  check(offerOf({{"cadres", health(), kCadresProduct},
                                 {"non_cadres", health(), ProvidentTerms{"prev_essentiel", 0.5}}}),
                        company())),
              nullptr);
}

TEST(OfferCadresProduct, TheCadresProductWithoutCadresSaysItCoversNobody) {
    // Case O3: the category costs 0, and its note names the product.
    const auto quote = pricer().quote(
        offerOf({{"cadres", std::nullopt, kCadresProduct}, {"non_cadres", health(), std::nullopt}}),
        company(false));
    ASSERT_EQ(quote.provident.size(), 1u);
    EXPECT_EQ(quote.provident[0].annualPremium, 0);
    ASSERT_EQ(quote.provident[0].notes.size(), 1u);
    EXPECT_EQ(quote.provident[0].notes[0],
              "l'entreprise n'a aucun cadre : la prévoyance des cadres (Prévoyance cadres 1,50 % "
              "T1) ne couvre personne ; cotisation nulle tant qu'aucun cadre n'est embauché");
    // Another product in an empty category keeps the general note.
    const auto other = pricer().quote(
        offerOf({{"cadres", std::nullopt, ProvidentTerms{"prev_confort", 1.0}}}), company(false));
    ASSERT_EQ(other.provident[0].notes.size(), 1u);
    EXPECT_TRUE(other.provident[0].notes[0].starts_with("aucun salarié actuellement"));
}

TEST(OfferEffectiveDate, APastDateIsNotMetWithBothDatesInFrench) {
    const auto offer = offerOf({{"ensemble", health(), std::nullopt}});
    const auto past = ComplianceReport::effectiveDate(offer, *Date::parseIso("2026-04-02"));
    EXPECT_EQ(past.verdict, ComplianceRule::Verdict::NotMet);
    EXPECT_EQ(past.label, "Date d'effet à venir");
    EXPECT_EQ(past.figures,
              "date d'effet 01/04/2026 antérieure à la date simulée de l'épreuve 02/04/2026 : le "
              "contrat couvrirait une période déjà écoulée ; choisir une date d'effet au "
              "02/04/2026 ou après");
    EXPECT_EQ(ComplianceReport::effectiveDate(offer, *Date::parseIso("2026-04-01")).verdict,
              ComplianceRule::Verdict::Met);
    EXPECT_EQ(ComplianceReport::effectiveDate(offer, *Date::parseIso("2026-01-05")).verdict,
              ComplianceRule::Verdict::Met);
}

TEST(OfferEffectiveDate, TheStudyOfAnAttemptChecksItAndTheOfferBecomesNonCompliant) {
    Diagnosis diagnosis;
    diagnosis.workforce = company();
    diagnosis.providentInsurer = "Assureur";
    const auto offer = offerOf({{"ensemble", health(), std::nullopt}});
    const auto undated = OfferStudy::of(reference(), diagnosis, offer, 100, 1);
    const auto ok =
        OfferStudy::of(reference(), diagnosis, offer, 100, 1, *Date::parseIso("2026-03-02"));
    const auto late =
        OfferStudy::of(reference(), diagnosis, offer, 100, 1, *Date::parseIso("2026-05-04"));
    EXPECT_EQ(ok.compliance.rules.size(), undated.compliance.rules.size() + 1);
    EXPECT_EQ(ok.compliance.compliant(), undated.compliance.compliant());
    ASSERT_EQ(late.compliance.rules.back().label, "Date d'effet à venir");
    EXPECT_FALSE(late.compliance.compliant());
    EXPECT_NE(late.compliance.rules.back().figures.find("04/05/2026"), std::string::npos);
}
