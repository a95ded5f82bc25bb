// Issue 8 §2: rates and structures as the market quotes them (expressions, dependants'
// structures, employer-share bases, contractual provident rates, empty categories, child rate,
// indexing, régime local, non-responsible TSA).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "TestReference.h"
#include "cmcsim/offer/ComplianceReport.h"
#include "cmcsim/offer/OfferComparison.h"
#include "cmcsim/offer/OfferQuote.h"
#include "cmcsim/reference/OfferCatalogue.h"
#include "cmcsim/reference/RegulatoryParameters.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

const OfferCatalogue& catalogue() {
    return reference().offers;
}

// A small company: 4 non-cadres aged 35-44 (2 single at 24 000 €, 2 in a family at 30 000 €) and
// 2 cadres aged 45-54 (one at 40 000 €, one at 60 000 €, above the PASS of 48 060 € in 2026).
CompanyWorkforce company() {
    CompanyWorkforce w;
    w.year = 2026;
    w.headcount = 6;
    w.childrenPerFamily = 2.0;
    //                ageBand sex cadre family headcount pay
    w.cells.push_back({2, 0, 0, 0, 2, 24000});
    w.cells.push_back({2, 1, 0, 3, 2, 30000});
    w.cells.push_back({3, 1, 1, 0, 1, 40000});
    w.cells.push_back({3, 0, 1, 3, 1, 60000});
    return w;
}

HealthTerms health(const char* product = "sante_essentiel") {
    HealthTerms t;
    t.product = product;
    return t;
}

const OfferPricer& pricer() {
    static const OfferPricer p(catalogue(), reference().regulation);
    return p;
}

TEST(OfferStructure, EveryClassOfTheStructureIsPresentWithWholeMembers) {
    auto w = company();
    for (auto& c : w.cells) c.family = 0;  // nobody has a family
    struct Case {
        RateStructure structure;
        std::size_t classes;
    };
    for (const auto& [structure, count] :
         {Case{RateStructure::SingleFamily, 2}, Case{RateStructure::SingleDuoFamily, 3},
          Case{RateStructure::AdultChild, 2}, Case{RateStructure::Uniform, 1}}) {
        auto t = health();
        t.structure = structure;
        t.dependants = Dependants::Mandatory;
        const auto q = pricer().priceHealth(t, "ensemble", w);
        ASSERT_EQ(q.classes.size(), count) << Offer::structureCode(structure);
        for (const auto& c : q.classes) {
            EXPECT_EQ(c.members, std::round(c.members)) << c.name;
            EXPECT_GT(c.monthly, 0) << c.name << ": a rate even with no member";
        }
    }
}

TEST(OfferStructure, WholeMembersAddUpToTheEmployees) {
    // Optional dependants: a family joins as a unit with probability 0,6 (⚠ assumption), so
    // the expected Famille class is 2 employees × 0,6 = 1,2 and Isolé 2,8: whole 1 and 3.
    auto t = health();
    const auto q = pricer().priceHealth(t, "non_cadres", company());
    ASSERT_EQ(q.classes.size(), 2u);
    EXPECT_NEAR(q.classes[1].expectedMembers, 1.2, 1e-9);
    EXPECT_EQ(q.classes[0].members, 3);
    EXPECT_EQ(q.classes[1].members, 1);
    double premium = 0;
    for (const auto& c : q.classes) premium += c.members * c.monthly * 12;
    EXPECT_NEAR(premium, q.annualPremium, 1e-6);
}

TEST(OfferStructure, ChildrenMandatorySpouseOptional) {
    // Salarié + enfants obligatoires, conjoint facultatif: all 4 children covered (2 families ×
    // 2), spouses at 60 %: 4 + 0,6 × 2 + 4 = 9,2 people; all optional: 4 + 0,6 × 6 = 7,6.
    auto t = health();
    t.dependants = Dependants::ChildrenMandatory;
    EXPECT_NEAR(pricer().priceHealth(t, "non_cadres", company()).insuredPeople, 9.2, 1e-9);
    t.dependants = Dependants::Optional;
    EXPECT_NEAR(pricer().priceHealth(t, "non_cadres", company()).insuredPeople, 7.6, 1e-9);
    t.dependants = Dependants::Mandatory;
    EXPECT_NEAR(pricer().priceHealth(t, "non_cadres", company()).insuredPeople, 10, 1e-9);
}

TEST(OfferStructure, PercentOfSalaryWithAndWithoutCap) {
    // O7: 2,12 % of salary capped at 62,09 € a month, uniform structure, 4 non-cadres:
    // 24 000 / 12 × 2,12 % = 42,40 € (twice) and 30 000 / 12 × 2,12 % = 53,00 € (twice), all
    // under the cap: mean 47,70 €. Capped at 45 €: (42,40 × 2 + 45 × 2) / 4 = 43,70 €.
    auto t = health();
    t.structure = RateStructure::Uniform;
    t.dependants = Dependants::Mandatory;
    t.expression = Expression::PctSalary;
    t.salaryRate = 0.0212;
    t.salaryCapMonthly = 62.09;
    EXPECT_NEAR(pricer().priceHealth(t, "non_cadres", company()).classes[0].monthly, 47.70, 1e-9);
    t.salaryCapMonthly = 45;
    const auto q = pricer().priceHealth(t, "non_cadres", company());
    EXPECT_NEAR(q.classes[0].monthly, 43.70, 1e-9);
    EXPECT_NEAR(q.annualPremium, 43.70 * 4 * 12, 1e-6);
    // Cadres at 40 000 € and 60 000 €: 70,67 € and 106,00 €, capped at 62,09 € both.
    t.salaryCapMonthly = 62.09;
    EXPECT_NEAR(pricer().priceHealth(t, "cadres", company()).classes[0].monthly, 62.09, 1e-9);
}

TEST(OfferStructure, EmployerShareBases) {
    auto t = health();
    t.structure = RateStructure::SingleFamily;
    t.dependants = Dependants::Mandatory;
    const auto base = pricer().priceHealth(t, "non_cadres", company());
    const double isole = base.classes[0].monthly, famille = base.classes[1].monthly;
    ASSERT_GT(famille, isole);
    struct Case {
        EmployerBasis basis;
        double share, euros;
        double isoleEmployer, familleEmployer;  // hand computation
    };
    for (const auto& c : {
             // 60 % of each class.
             Case{EmployerBasis::EachClass, 0.6, 0, 0.6 * isole, 0.6 * famille},
             // 60 % of the isolé rate for everyone: the family surcharge is the employee's.
             Case{EmployerBasis::SingleRate, 0.6, 0, 0.6 * isole, 0.6 * isole},
             // 30 € a month, at most the class.
             Case{EmployerBasis::EurosPerMonth, 0, 30, 30, 30},
             // 1 000 € a month: capped at each class's contribution.
             Case{EmployerBasis::EurosPerMonth, 0, 1000, isole, famille},
         }) {
        t.employerBasis = c.basis;
        t.employerShare = c.share;
        t.employerMonthlyEur = c.euros;
        const auto q = pricer().priceHealth(t, "non_cadres", company());
        EXPECT_NEAR(q.classes[0].employerMonthly, c.isoleEmployer, 1e-9);
        EXPECT_NEAR(q.classes[1].employerMonthly, c.familleEmployer, 1e-9);
        EXPECT_NEAR(q.classes[1].employeeMonthly, famille - c.familleEmployer, 1e-9);
        // 2 isolés and 2 familles.
        EXPECT_NEAR(q.annualEmployer, 12 * 2 * (c.isoleEmployer + c.familleEmployer), 1e-6);
    }
}

TEST(OfferStructure, ContractualCadresRateIsOnePointFiveOfT1) {
    // O2: 1,50 % of T1 at the employer's charge, 0,80 % of it on death (≥ 0,76 %: ANI of
    // 17 November 2017). T1 = 40 000 + min(60 000, 48 060) = 88 060 €; premium 1 320,90 €.
    const double pass = reference().regulation.value(2026, "pass");
    ASSERT_DOUBLE_EQ(pass, 48060);
    const auto q =
        pricer().priceProvident(ProvidentTerms{"prev_cadres_150", 1.0}, "cadres", company());
    EXPECT_TRUE(q.contractual);
    EXPECT_DOUBLE_EQ(q.payrollT1, 88060);
    EXPECT_DOUBLE_EQ(q.payrollT2, 60000 - 48060);
    EXPECT_DOUBLE_EQ(q.rateT1, 0.015);
    EXPECT_DOUBLE_EQ(q.rateT2, 0);
    EXPECT_DOUBLE_EQ(q.employerRateT1, 0.015);
    EXPECT_GE(q.deathRateT1, 0.0076);
    EXPECT_NEAR(q.annualPremium, 0.015 * 88060, 1e-6);
    EXPECT_NEAR(q.annualEmployer, 1320.90, 1e-6);
    EXPECT_NEAR(q.expectedLossRatio, q.annualClaims / q.annualPremium, 1e-12);
    EXPECT_GT(q.expectedLossRatio, 0);
    // The offer's own branch rate replaces the product's: 0,50 % T1 death, 0,30 % T2 incapacity.
    ContractualRates branch;
    branch.deathT1 = 0.005;
    branch.incapacityT2 = 0.003;
    const auto b =
        pricer().priceProvident(ProvidentTerms{"prev_essentiel", 0.5, branch}, "cadres", company());
    EXPECT_NEAR(b.annualPremium, 0.005 * 88060 + 0.003 * 11940, 1e-6);
    EXPECT_DOUBLE_EQ(b.employerRateT2, 0.0015);
}

TEST(OfferStructure, CensusPricedProvidentFillsTheTrancheRates) {
    const auto q =
        pricer().priceProvident(ProvidentTerms{"prev_essentiel", 0.6}, "non_cadres", company());
    EXPECT_FALSE(q.contractual);
    EXPECT_DOUBLE_EQ(q.payrollT1, 2 * 24000 + 2 * 30000);
    EXPECT_DOUBLE_EQ(q.payrollT2, 0);
    EXPECT_NEAR(q.rateT1 * q.payrollT1, q.annualPremium, 1e-6);
    EXPECT_NEAR(q.employerRateT1, 0.6 * q.rateT1, 1e-12);
}

TEST(OfferStructure, AnEmptyCategoryIsPricedAtZeroWithANote) {
    // O3: a category for cadres in a company without cadres.
    auto w = company();
    std::erase_if(w.cells, [](const CensusCell& c) { return c.cadre == 1; });
    Offer offer;
    offer.categories.push_back({"cadres", health(), ProvidentTerms{"prev_cadres_150", 1.0}});
    offer.categories.push_back({"non_cadres", health(), std::nullopt});
    const auto q = pricer().quote(offer, w);
    ASSERT_EQ(q.health.size(), 2u);
    EXPECT_EQ(q.health[0].annualPremium, 0);
    EXPECT_EQ(q.health[0].classes.size(), 2u) << "the classes are still listed";
    EXPECT_EQ(q.provident[0].annualPremium, 0);
    EXPECT_DOUBLE_EQ(q.provident[0].rateT1, 0.015);
    EXPECT_GT(q.health[1].annualPremium, 0);
    ASSERT_GE(q.notes.size(), 2u);
    EXPECT_NE(q.notes[0].find("aucun salarié"), std::string::npos);
}

TEST(OfferStructure, ChildRateIsAboutSixtyPercentOfTheAdultRate) {
    // domain-facts G.2: a child's rate is about 60 % of an adult's (c-mon-assurance.com); G.1:
    // 0–17 consume 0,55 of the 40–49 band.
    for (const char* product : {"sante_socle", "sante_essentiel", "sante_confort"}) {
        auto t = health(product);
        t.structure = RateStructure::AdultChild;
        t.dependants = Dependants::Mandatory;
        const auto q = pricer().priceHealth(t, "ensemble", company());
        const double ratio = q.classes[1].monthly / q.classes[0].monthly;
        EXPECT_GT(ratio, 0.45) << product;
        EXPECT_LT(ratio, 0.70) << product;
    }
}

TEST(OfferStructure, PremiumsAreIndexedByMedicalInflation) {
    // datasets/inflation_medicale.csv: base 2023, +8 % in 2024, +7,3 % in 2025, +4,7 % in 2026.
    const auto& inflation = catalogue().inflation;
    EXPECT_EQ(inflation.baseYear, 2023);
    EXPECT_NEAR(inflation.index(2026), 1.08 * 1.073 * 1.047, 1e-12);
    EXPECT_NEAR(inflation.index(2027), 1.08 * 1.073 * 1.047 * 1.045, 1e-12);
    auto w2025 = company();
    w2025.year = 2025;
    const auto a = pricer().priceHealth(health(), "ensemble", w2025);
    const auto b = pricer().priceHealth(health(), "ensemble", company());
    EXPECT_NEAR(b.annualClaims / a.annualClaims, 1.047, 0.002) << "annual caps do not inflate";
}

TEST(OfferStructure, RegimeLocalLowersTheClaimsOfTheItemsItCovers) {
    // O6: the same company with the régime local (CSS D911-1-1; domain-facts J.1).
    auto w = company();
    const auto general = pricer().priceHealth(health(), "ensemble", w);
    w.alsaceMoselle = true;
    const auto local = pricer().priceHealth(health(), "ensemble", w);
    EXPECT_LT(local.annualClaims, general.annualClaims);
    EXPECT_LT(local.annualPremium, general.annualPremium);
    const auto& items = catalogue().careItems;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto e = static_cast<Eigen::Index>(i);
        if (items[i].localSchemeRate > items[i].amoRate + 1e-9 && general.claimsByItem(e) > 0) {
            EXPECT_LT(local.claimsByItem(e), general.claimsByItem(e)) << items[i].id;
        } else {
            EXPECT_NEAR(local.claimsByItem(e), general.claimsByItem(e), 1e-9) << items[i].id;
        }
    }
    // The forfait journalier is paid in full by the régime local: nothing left.
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].id == "forfait_journalier") {
            EXPECT_NEAR(local.claimsByItem(static_cast<Eigen::Index>(i)), 0, 1e-9);
        }
    }
    // Ratio RL/RG of the premium within the branches' published range 0,5–0,8 (J.1).
    const double ratio = local.annualPremium / general.annualPremium;
    EXPECT_GT(ratio, 0.5);
    EXPECT_LT(ratio, 0.85);
}

TEST(OfferStructure, NonResponsibleContractBearsTheHigherTsa) {
    // O8: Excellence + Option Plus breaks the optics ceiling: TSA 20,27 % instead of 13,27 %.
    auto t = health("sante_excellence");
    t.options = {"sante_option_plus"};
    const auto q = pricer().priceHealth(t, "ensemble", company());
    EXPECT_FALSE(q.responsible);
    EXPECT_DOUBLE_EQ(q.tsaRate, 0.2027);
    EXPECT_NEAR(q.annualTaxes, q.annualPremiumExTax * 0.2027, 1e-6);
    const auto r = pricer().priceHealth(health("sante_excellence"), "ensemble", company());
    EXPECT_TRUE(r.responsible);
    EXPECT_DOUBLE_EQ(r.tsaRate, 0.1327);
}

TEST(OfferStructure, ComparisonAndRateTableShareExpectedBenefitsPerEmployee) {
    Offer offer;
    offer.categories.push_back({"ensemble", health("sante_confort"), std::nullopt});
    const auto w = company();
    const auto q = pricer().quote(offer, w);
    Diagnosis d;
    d.currentHealthLevel = 2;
    d.coverKnown = true;
    const auto c = OfferComparison::compare(d, offer, q, catalogue(), pricer().assumptions());
    EXPECT_NEAR(c.proposedExpectedBenefitsPerPerson, q.health[0].expectedBenefitsPerEmployee(),
                1e-9);
    EXPECT_GT(c.currentExpectedBenefitsPerPerson, 0);
}

}  // namespace

namespace {

std::string readFixture(const std::string& name) {
    std::ifstream in(std::string(CMCSIM_TEST_DATA) + "/fixtures/offers/" + name);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

TEST(OfferFormat, ReadsSalaryRatesBasesDependantsAndContractualRates) {
    const auto offer = Offer::fromJson(readFixture("branch-salary-rate.json"),
                                       "branch-salary-rate.json", catalogue());
    const auto& h = *offer.categories[0].health;
    EXPECT_EQ(h.expression, Expression::PctSalary);
    EXPECT_DOUBLE_EQ(h.salaryRate, 0.0212);
    EXPECT_DOUBLE_EQ(h.salaryCapMonthly, 62.09);
    EXPECT_EQ(h.employerBasis, EmployerBasis::SingleRate);
    EXPECT_EQ(h.dependants, Dependants::ChildrenMandatory);
    const auto& p = *offer.categories[0].provident;
    ASSERT_TRUE(p.rates);
    EXPECT_DOUBLE_EQ(p.rates->t1(), 0.0075);
    EXPECT_DOUBLE_EQ(p.rates->t2(), 0.005);
}

TEST(OfferFormat, NewKeysAreCheckedWithTheirPath) {
    struct Case {
        std::string health, expected;
    };
    for (const auto& c : {
             Case{R"("expression": "pct_salaire")", "$.categories[0].sante.taux_salaire_pct"},
             Case{R"("expression": "euros", "taux_salaire_pct": 2)",
                  "$.categories[0].sante.taux_salaire_pct : seulement"},
             Case{R"("part_employeur_base": "euros")", "$.categories[0].sante.part_employeur_eur"},
             Case{R"("part_employeur_base": "moitie")", "cotisation, tarif_isole ou euros attendu"},
             Case{R"("ayants_droit": "conjoint")",
                  "facultatifs, enfants_obligatoires ou obligatoires attendu"},
         }) {
        const auto text = std::string(R"({"format": "cmcsim-offre/1", "titre": "t",
            "date_effet": "2027-01-01", "services": [], "categories": [{"categorie": "ensemble",
            "sante": {"produit": "sante_essentiel", "structure": "isole_famille", )") +
                          c.health + "}}]}";
        try {
            Offer::fromJson(text, "offre.json", catalogue());
            ADD_FAILURE() << c.health;
        } catch (const InputError& e) {
            EXPECT_NE(std::string(e.what()).find(c.expected), std::string::npos) << e.what();
        }
    }
}

TEST(OfferFormat, ShippedExampleOffersStillRead) {
    for (const char* name : {"cadres-non-cadres.json", "confort-ensemble.json"}) {
        std::ifstream in(std::string(CMCSIM_SOURCE_ROOT) + "/scenarios/offers/" + name);
        std::stringstream s;
        s << in.rdbuf();
        EXPECT_NO_THROW(Offer::fromJson(s.str(), name, catalogue())) << name;
    }
}

}  // namespace

namespace {

Offer shippedOffer(const char* name) {
    std::ifstream in(std::string(CMCSIM_SOURCE_ROOT) + "/scenarios/offers/" + name);
    std::stringstream s;
    s << in.rdbuf();
    return Offer::fromJson(s.str(), name, catalogue());
}

TEST(OfferStructure, ShippedCadresOfferQuotesACompanyWithoutCadres) {
    // O3: cadres-non-cadres.json on a company without cadres: the quote works, cadres cost 0.
    auto w = company();
    std::erase_if(w.cells, [](const CensusCell& c) { return c.cadre == 1; });
    const auto q = pricer().quote(shippedOffer("cadres-non-cadres.json"), w);
    ASSERT_EQ(q.health.size(), 2u);
    EXPECT_EQ(q.health[0].annualPremium + q.provident[0].annualPremium, 0);
    EXPECT_GT(q.annualPremium, 0);
    EXPECT_FALSE(q.notes.empty());
}

TEST(OfferStructure, ShippedCadresOfferMeetsTheCadresObligation) {
    // O2: prev_cadres_150 at 100 % employer meets 1,50 % of T1 and 0,76 % on death whatever the
    // census (ANI of 17 November 2017).
    const auto offer = shippedOffer("cadres-non-cadres.json");
    const auto w = company();
    const auto report = ComplianceReport::check(offer, pricer().quote(offer, w), catalogue(),
                                                reference().regulation, w, "");
    int checked = 0;
    for (const auto& r : report.rules)
        if (r.label.find("tranche 1") != std::string::npos) {
            ++checked;
            EXPECT_EQ(r.verdict, ComplianceRule::Verdict::Met) << r.label << " " << r.figures;
        }
    EXPECT_EQ(checked, 2);
}

}  // namespace

TEST(OfferStructure, TheHalfRuleReadsThePricedSharesWhateverTheBasis) {
    // CSS L911-7 III: the employer pays at least half of the employee's own cover (dependants
    // optional). A fixed € amount is compared with the priced isolé rate: half of it passes,
    // one cent less fails (the rule used to read the % field, 0 for a € basis).
    auto t = health();
    t.structure = RateStructure::SingleFamily;
    // Priced as the quote does, for a contract starting in 2027.
    const double isole = pricer().priceHealth(t, "ensemble", company(), 0, 2027).classes[0].monthly;
    auto verdict = [&](double euros) {
        Offer offer;
        offer.effectiveDate = Date::fromCivil(2027, 1, 1);
        t.employerBasis = EmployerBasis::EurosPerMonth;
        t.employerMonthlyEur = euros;
        offer.categories.push_back({"ensemble", t, std::nullopt});
        const auto w = company();
        for (const auto& r : ComplianceReport::check(offer, pricer().quote(offer, w), catalogue(),
                                                     reference().regulation, w, "")
                                 .rules)
            if (r.label.starts_with("Part patronale santé d'au moins 50 %")) return r.verdict;
        return ComplianceRule::Verdict::ToCheck;
    };
    EXPECT_EQ(verdict(std::ceil(isole * 50) / 100), ComplianceRule::Verdict::Met);
    EXPECT_EQ(verdict(std::floor(isole * 50) / 100 - 0.01), ComplianceRule::Verdict::NotMet);
}

TEST(OfferStructure, WithChildrenMandatoryTheHalfRuleCoversTheFamilyClass) {
    // DSS Q/R of 29/12/2015, question 7: with mandatory dependants the employer finances at
    // least half of the whole mandatory contribution. 60 % of the isolé rate for every class
    // leaves the famille class (mandatory children) below half: 0,6 × isolé / famille < 0,5
    // because famille > 1,2 × isolé. 50 % of each class meets it.
    auto t = health();
    t.structure = RateStructure::SingleFamily;
    t.dependants = Dependants::ChildrenMandatory;
    auto verdict = [&](EmployerBasis basis, double share) {
        Offer offer;
        offer.effectiveDate = Date::fromCivil(2027, 1, 1);
        t.employerBasis = basis;
        t.employerShare = share;
        offer.categories.push_back({"ensemble", t, std::nullopt});
        const auto w = company();
        const auto q = pricer().quote(offer, w);
        EXPECT_GT(q.health[0].classes[1].monthly, 1.2 * q.health[0].classes[0].monthly);
        for (const auto& r :
             ComplianceReport::check(offer, q, catalogue(), reference().regulation, w, "").rules)
            if (r.label.starts_with("Part patronale santé d'au moins 50 %")) return r.verdict;
        return ComplianceRule::Verdict::ToCheck;
    };
    EXPECT_EQ(verdict(EmployerBasis::SingleRate, 0.6), ComplianceRule::Verdict::NotMet);
    EXPECT_EQ(verdict(EmployerBasis::EachClass, 0.5), ComplianceRule::Verdict::Met);
}

// Found by a fresh tester: « 2026-02-30 » was told « date AAAA-MM-JJ attendue » although it has
// that shape: the error says the day does not exist.
TEST(OfferFormat, ADayThatDoesNotExistIsNamedAsSuch) {
    const auto problem = [](const std::string& date) {
        try {
            Offer::fromJson(R"({"format": "cmcsim-offre/1", "titre": "t", "date_effet": ")" + date +
                                R"(", "services": [], "categories": []})",
                            "offre.json", catalogue());
        } catch (const InputError& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    EXPECT_NE(problem("2026-02-30").find("2026-02-30 : ce jour n'existe pas"), std::string::npos)
        << problem("2026-02-30");
    EXPECT_NE(problem("01/02/2026").find("date AAAA-MM-JJ attendue"), std::string::npos);
    EXPECT_EQ(problem("01/02/2026").find("n'existe pas"), std::string::npos);
}

// Found by a fresh tester: a room per day, glasses per pair and a hearing aid per device read
// « 35 € par acte »: an amount per unit of care names the unit of the care item's label.
TEST(OfferComparison, AnAmountPerUnitNamesTheItemsUnit) {
    const Guarantee perUnit{Guarantee::Kind::PerAct, 35, 0};
    const auto unitOf = [&](const std::string& id) {
        for (const auto& item : catalogue().careItems)
            if (item.id == id) return OfferComparison::describe(item, perUnit);
        return std::string("poste absent");
    };
    EXPECT_EQ(unitOf("chambre_particuliere"), "35 € par jour");
    EXPECT_EQ(unitOf("optique_libre"), "35 € par équipement");
    EXPECT_EQ(unitOf("audiologie_libre"), "35 € par appareil");
    EXPECT_EQ(unitOf("consultation_generaliste_optam"), "35 € par acte");
}
