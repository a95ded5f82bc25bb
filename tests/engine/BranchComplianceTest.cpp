// Branch requirements (datasets/exigences_branches.csv) checked by BranchCompliance and stated by
// the diagnosis. PMSS: 3 925 € in 2025, 4 005 € in 2026 (arrêtés annuels, BOSS); PASS 47 100 € and
// 48 060 €. Branch figures: domain-facts J.2 and K.2 (DP-CC of each IDCC).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/offer/BranchCompliance.h"
#include "cmcsim/offer/ComplianceReport.h"
#include "cmcsim/offer/Diagnosis.h"

using namespace cmcsim;
using namespace cmcsim::test;
using Verdict = ComplianceRule::Verdict;
using Kind = BranchRule::Kind;

namespace {

const Date k2025 = Date::fromCivil(2025, 7, 1);
const Date k2026 = Date::fromCivil(2026, 1, 1);

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Ten non-cadres and two cadres of 35-44, all paid above the PASS so that T2 rules bind.
CompanyWorkforce workforce(int year, bool am, double nonCadrePay = 55'000) {
    CompanyWorkforce w;
    w.year = year;
    w.headcount = 12;
    w.alsaceMoselle = am;
    w.cells.push_back({2, 1, 0, 0, 10, static_cast<std::uint32_t>(nonCadrePay)});
    w.cells.push_back({2, 1, 1, 0, 2, 90'000});
    return w;
}

// An offer for the whole staff, health and provident, at `date`.
Offer offerAt(Date date, Dependants dependants = Dependants::Optional) {
    Offer o;
    o.effectiveDate = date;
    HealthTerms h;
    h.product = "sante_essentiel";
    h.dependants = dependants;
    o.categories.push_back({"ensemble", h, ProvidentTerms{"prev_cadres_150", 1.0}});
    return o;
}

RateClassPrice rateClass(const std::string& name, double monthly, double employer, double pmss) {
    return {.name = name,
            .members = 1,
            .expectedMembers = 1,
            .monthly = monthly,
            .pctPmss = 100 * monthly / pmss,
            .employerMonthly = employer,
            .employeeMonthly = monthly - employer};
}

// A quote for the "ensemble" category with the given health classes and provident rates.
OfferQuote quoteOf(std::vector<RateClassPrice> classes, double rate = 0.02,
                   double employerRate = 0.02) {
    OfferQuote q;
    HealthQuote h;
    h.category = "ensemble";
    h.classes = std::move(classes);
    q.health.push_back(h);
    ProvidentQuote p;
    p.category = "ensemble";
    p.rateT1 = p.rateT2 = rate;
    p.employerRateT1 = p.employerRateT2 = employerRate;
    p.payrollT1 = 12 * 48'060.0;
    p.payrollT2 = 100'000;
    p.annualPremium = 1000;
    p.annualEmployer = 1000 * employerRate / rate;
    q.provident.push_back(p);
    return q;
}

std::vector<ComplianceRule> check(const std::string& idcc, const Offer& offer,
                                  const OfferQuote& quote, const CompanyWorkforce& w) {
    return BranchCompliance::check(reference().offers.branches, idcc, offer, quote, w,
                                   reference().regulation);
}

// The verdicts given for one row: its source is the reference, its text is in the label.
std::vector<const ComplianceRule*> resultsOf(const std::vector<ComplianceRule>& rules,
                                             const BranchRule& row, bool am, double pmss) {
    std::vector<const ComplianceRule*> found;
    for (const auto& r : rules)
        if (r.reference == row.source && contains(r.label, row.describe(am, pmss)))
            found.push_back(&r);
    return found;
}

bool settledByFigures(Kind k) {
    return k != Kind::SocialActionPct && k != Kind::MinimumGuarantees &&
           k != Kind::NoBranchScheme && k != Kind::ToCheck;
}

// An offer's figures exactly at a row's threshold (`miss` false) or one cent / one hundredth of
// a point beyond it (`miss` true).
OfferQuote atThreshold(const BranchRule& row, double v, double pmss, bool miss) {
    const double cent = miss ? 0.01 : 0;
    switch (row.kind) {
        case Kind::EmployerPctOfContribution:
            // Isolé 50 €, employer v % of it; famille 100 €, employer v % of it.
            return quoteOf({rateClass("Isolé", 50, 50 * v / 100 - cent, pmss),
                            rateClass("Famille", 100, 100 * v / 100, pmss)});
        case Kind::EmployerPctOfSingleRate:
            return quoteOf({rateClass("Isolé", 50, 50 * v / 100 - cent, pmss),
                            rateClass("Famille", 100, 50 * v / 100, pmss)});
        case Kind::EmployerPctPmss:
        case Kind::EmployerEuros: {
            const double min = row.kind == Kind::EmployerEuros ? v : BranchRule::pmssEuros(v, pmss);
            return quoteOf({rateClass("Isolé", 2 * min, min - cent, pmss)});
        }
        case Kind::EmployeeMaxPctPmss:
        case Kind::EmployeeMaxEuros: {
            const double max =
                row.kind == Kind::EmployeeMaxEuros ? v : BranchRule::pmssEuros(v, pmss);
            return quoteOf({rateClass("Isolé", 2 * max + cent, max, pmss)});
        }
        case Kind::ProvidentRateT1:
        case Kind::ProvidentRateT2:
            return quoteOf({rateClass("Isolé", 80, 40, pmss)}, v / 100 - cent / 100, 0.001);
        case Kind::ProvidentEmployerT1:
        case Kind::ProvidentEmployerT2:
        case Kind::ProvidentEmployerPct:
            // Employer v % of T1/T2 out of 10 % (for the share: v % of the premium).
            return row.kind == Kind::ProvidentEmployerPct
                       ? quoteOf({rateClass("Isolé", 80, 40, pmss)}, 0.10,
                                 0.10 * (v / 100 - cent / 100))
                       : quoteOf({rateClass("Isolé", 80, 40, pmss)}, 0.10, v / 100 - cent / 100);
        default:
            return quoteOf({rateClass("Isolé", 80, 40, pmss)});
    }
}

// Every rule with a figure, in force in 2025 or 2026, general or Alsace-Moselle figures: met at
// its threshold, not met one cent (or 0,01 point) beyond it.
TEST(BranchCompliance, EveryRuleIsMetAtItsThresholdAndFailsBeyondIt) {
    const auto& rows = reference().offers.branches.rules();
    int checked = 0;
    for (const auto& row : rows)
        for (const Date date : {k2025, k2026})
            for (const bool am : {false, true}) {
                if (!row.inForce(date) || !settledByFigures(row.kind)) continue;
                const auto w = workforce(date.year(), am);
                const double pmss = reference().regulation.value(date.year(), "pmss");
                const double v = row.figure(am);
                const auto where =
                    row.idcc + " " + row.describe(am, pmss) + " " + date.iso() + (am ? " AM" : "");
                if (row.kind == Kind::ChildrenMandatory || row.kind == Kind::FamilyMandatory) {
                    const auto met = row.kind == Kind::ChildrenMandatory
                                         ? Dependants::ChildrenMandatory
                                         : Dependants::Mandatory;
                    const auto missed = row.kind == Kind::ChildrenMandatory
                                            ? Dependants::Optional
                                            : Dependants::ChildrenMandatory;
                    const auto q = atThreshold(row, v, pmss, false);
                    for (const auto* r :
                         resultsOf(check(row.idcc, offerAt(date, met), q, w), row, am, pmss))
                        EXPECT_EQ(r->verdict, Verdict::Met) << where << " : " << r->figures;
                    const auto bad =
                        resultsOf(check(row.idcc, offerAt(date, missed), q, w), row, am, pmss);
                    ASSERT_FALSE(bad.empty()) << where;
                    EXPECT_EQ(bad.front()->verdict, Verdict::NotMet) << where;
                    ++checked;
                    continue;
                }
                const auto good =
                    resultsOf(check(row.idcc, offerAt(date), atThreshold(row, v, pmss, false), w),
                              row, am, pmss);
                ASSERT_FALSE(good.empty()) << where;
                for (const auto* r : good)
                    EXPECT_EQ(r->verdict, Verdict::Met) << where << " : " << r->figures;
                const auto bad =
                    resultsOf(check(row.idcc, offerAt(date), atThreshold(row, v, pmss, true), w),
                              row, am, pmss);
                ASSERT_FALSE(bad.empty()) << where;
                // An unverified figure (⚠) is "à vérifier", never "non conforme".
                EXPECT_EQ(bad.front()->verdict,
                          row.confidence == "⚠" ? Verdict::ToCheck : Verdict::NotMet)
                    << where << " : " << bad.front()->figures;
                ++checked;
            }
    // Every J.2 agreement with a figure: at least HCR, Syntec, Alisfa, Métallurgie and others.
    EXPECT_GT(checked, 150);
}

// One offer, one agreement, one date: the verdict and figures of the rule whose label holds
// `rule`, each figure computed by hand.
struct HandCase {
    const char* name;
    const char* idcc;
    Date date;
    bool am;
    Dependants dependants;
    double singleMonthly, singleEmployer;  // the isolé class, € a month
    const char* rule;                      // words of the rule's label
    Verdict verdict;
    const char* figures;  // expected in the rule's figures
};

class BranchHandCase : public ::testing::TestWithParam<HandCase> {};

TEST_P(BranchHandCase, GivesTheVerdictAndTheFigures) {
    const auto& c = GetParam();
    // The parameters start in 2024: a 2021 offer is priced with 2024's.
    const int year = std::max(c.date.year(), 2024);
    const double pmss = reference().regulation.value(year, "pmss");
    const auto q = quoteOf({rateClass("Isolé", c.singleMonthly, c.singleEmployer, pmss),
                            rateClass("Famille", 2 * c.singleMonthly, c.singleEmployer, pmss)});
    const auto rules = check(c.idcc, offerAt(c.date, c.dependants), q, workforce(year, c.am));
    bool found = false;
    for (const auto& r : rules)
        if (contains(r.label, c.rule)) {
            found = true;
            EXPECT_EQ(r.verdict, c.verdict) << r.label << " : " << r.figures;
            EXPECT_TRUE(contains(r.figures, c.figures)) << r.figures;
            EXPECT_FALSE(contains(r.reference, "domain-facts")) << r.reference;
        }
    EXPECT_TRUE(found) << c.rule;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BranchHandCase,
    ::testing::Values(
        // O4: HCR, Santé Essentiel isolé 32,26 € at 50 %: 16,13 € each. Accords of 28 June 2022
        // and 2 February 2023: employer ≥ 0,90 % PMSS = 0,009 × 4 005 = 36,045 → 36,05 €;
        // 16,13 / 4 005 = 0,403 % PMSS.
        HandCase{"O4_employer_2026", "1979", k2026, false, Dependants::Optional, 32.26, 16.13,
                 "part patronale d'au moins 0,90 % PMSS", Verdict::NotMet,
                 "part patronale 16,13 € (0,40 % PMSS, Isolé) pour un minimum de 36,05 € (0,90 % "
                 "PMSS)"},
        // Employee ≤ 0,47 % PMSS = 0,0047 × 4 005 = 18,8235 → 18,82 €: 16,13 € is within it.
        HandCase{"O4_employee_2026", "1979", k2026, false, Dependants::Optional, 32.26, 16.13,
                 "part salariale d'au plus 0,47 % PMSS", Verdict::Met,
                 "part salariale 16,13 € (0,40 % PMSS, Isolé) pour un maximum de 18,82 € (0,47 % "
                 "PMSS)"},
        // O4 with Santé Socle: employer 10,19 € = 0,254 % of 4 005 €.
        HandCase{"O4_socle_2026", "1979", k2026, false, Dependants::Optional, 20.38, 10.19,
                 "part patronale d'au moins 0,90 % PMSS", Verdict::NotMet,
                 "part patronale 10,19 € (0,25 % PMSS, Isolé) pour un minimum de 36,05 €"},
        // 2025: 0,90 % × 3 925 € = 35,325 → 35,33 €.
        HandCase{"HCR_employer_2025", "1979", k2025, false, Dependants::Optional, 32.26, 16.13,
                 "part patronale d'au moins 0,90 % PMSS", Verdict::NotMet,
                 "pour un minimum de 35,33 € (0,90 % PMSS)"},
        HandCase{"HCR_employer_met_2026", "1979", k2026, false, Dependants::Optional, 72.10, 36.05,
                 "part patronale d'au moins 0,90 % PMSS", Verdict::Met,
                 "part patronale 36,05 € (0,90 % PMSS, Isolé)"},
        // Alsace-Moselle: employer ≥ 0,66 % PMSS = 0,0066 × 4 005 = 26,433 → 26,43 €;
        // employee ≤ 0,34 % PMSS = 13,617 → 13,62 €.
        HandCase{"HCR_AM_employer_2026", "1979", k2026, true, Dependants::Optional, 52.86, 26.43,
                 "part patronale d'au moins 0,66 % PMSS (26,43 € par mois) (Alsace-Moselle)",
                 Verdict::Met, "pour un minimum de 26,43 € (0,66 % PMSS)"},
        HandCase{"HCR_AM_employee_2026", "1979", k2026, true, Dependants::Optional, 32.26, 16.13,
                 "part salariale d'au plus 0,34 % PMSS", Verdict::NotMet,
                 "part salariale 16,13 € (0,40 % PMSS, Isolé) pour un maximum de 13,62 € (0,34 % "
                 "PMSS)"},
        // Before 2022 the extended accord of 6 October 2010: employer ≥ 14 € a month.
        HandCase{"HCR_2021_flat", "1979", Date::fromCivil(2021, 6, 1), false, Dependants::Optional,
                 27.98, 13.99, "part patronale d'au moins 14,00 €", Verdict::NotMet,
                 "part patronale 13,99 €"},
        // O5: Alisfa at 55 % of the isolé rate of 60 € = 33 € against 60 % × 60 € = 36 €
        // (avenant 01-24 of 7 February 2024).
        HandCase{"O5_alisfa_55", "1261", k2026, false, Dependants::Optional, 60, 33,
                 "cotisation du salarié isolé", Verdict::NotMet,
                 "part patronale 33,00 € (Isolé) pour un minimum de 36,00 € (60 % du tarif Isolé "
                 "de 60,00 €)"},
        HandCase{"Alisfa_60", "1261", k2026, false, Dependants::Optional, 60, 36,
                 "cotisation du salarié isolé", Verdict::Met, "pour un minimum de 36,00 €"},
        // Alisfa's floor in % PMSS: 60 % × 1,57 % = 0,942 % × 4 005 € = 37,7271 → 37,73 €.
        HandCase{"Alisfa_pmss", "1261", k2026, false, Dependants::Optional, 60, 36,
                 "part patronale d'au moins 0,942 % PMSS", Verdict::NotMet,
                 "pour un minimum de 37,73 € (0,942 % PMSS)"},
        // Syntec (accord of 7 October 2015; avenant 8 from 2026): children mandatory.
        HandCase{"Syntec_optional_children", "1486", k2026, false, Dependants::Optional, 80, 40,
                 "enfants à charge couverts à titre obligatoire", Verdict::NotMet,
                 "offre : ayants droit facultatifs"},
        HandCase{"Syntec_children_2025", "1486", k2025, false, Dependants::ChildrenMandatory, 80,
                 40, "enfants à charge couverts à titre obligatoire", Verdict::Met,
                 "offre : enfants obligatoires"},
        HandCase{"Syntec_family_2026", "1486", k2026, false, Dependants::Mandatory, 80, 40,
                 "enfants à charge couverts à titre obligatoire", Verdict::Met,
                 "tous les ayants droit obligatoires"},
        // Immobilier (avenant 101): every dependant mandatory; children alone are not enough.
        HandCase{"Immobilier_children_only", "1527", k2026, false, Dependants::ChildrenMandatory,
                 80, 44, "tous les ayants droit couverts", Verdict::NotMet,
                 "enfants obligatoires, conjoint facultatif"},
        // Immobilier: employer ≥ 55 %; 44 € of 80 € = 55 %, but the famille class pays 44 of
        // 160 € = 27,5 %.
        HandCase{"Immobilier_55_per_class", "1527", k2026, false, Dependants::Mandatory, 80, 44,
                 "santé (tout le personnel) : part patronale d'au moins 55 %", Verdict::NotMet,
                 "part patronale 27,50 % (Famille : 44,00 € sur 160,00 €)"}),
    [](const ::testing::TestParamInfo<HandCase>& c) { return std::string(c.param.name); });

// HCR requires provident for all staff, 0,86 % of T A (avenant 2 of 10 May 2021): an offer with
// no provident for the non-cadres is not compliant, with the branch rate.
TEST(BranchCompliance, HcrNonCadresWithoutProvidentFail) {
    Offer offer;
    offer.effectiveDate = k2026;
    HealthTerms h;
    h.product = "sante_essentiel";
    offer.categories.push_back({"ensemble", h, std::nullopt});
    offer.categories.push_back({"cadres", std::nullopt, ProvidentTerms{"prev_cadres_150", 1}});
    auto q = quoteOf({rateClass("Isolé", 72.10, 36.05, 4005)});
    q.provident.front().category = "cadres";
    const auto rules = check("1979", offer, q, workforce(2026, false));
    bool found = false;
    for (const auto& r : rules)
        if (contains(r.label, "cotisation d'au moins 0,86 % de la tranche 1") &&
            contains(r.label, "non-cadres")) {
            found = true;
            EXPECT_EQ(r.verdict, Verdict::NotMet);
            EXPECT_EQ(r.figures, "aucune prévoyance proposée aux non-cadres");
        }
    EXPECT_TRUE(found);
}

// When the pricer leaves the T1/T2 rates at zero they come from the premium and the census: ten
// non-cadres paid 30 000 € (below the PASS, all T1): 0,86 % × 300 000 € = 2 580 € a year.
TEST(BranchCompliance, ProvidentRatesFallBackToThePremiumOverTheCensus) {
    for (const auto& [premium, verdict, figure] :
         {std::tuple{2580.0, Verdict::Met, "cotisation 0,86 % de la tranche 1"},
          std::tuple{2550.0, Verdict::NotMet, "cotisation 0,85 % de la tranche 1"}}) {
        auto q = quoteOf({rateClass("Isolé", 72.10, 36.05, 4005)});
        auto& p = q.provident.front();
        p.rateT1 = p.rateT2 = p.employerRateT1 = p.employerRateT2 = p.payrollT2 = 0;
        p.annualPremium = premium;
        p.annualEmployer = premium / 2;
        CompanyWorkforce w = workforce(2026, false, 30'000);
        w.cells.pop_back();  // no cadres
        bool found = false;
        for (const auto& r : check("1979", offerAt(k2026), q, w))
            if (contains(r.label, "cotisation d'au moins 0,86 % de la tranche 1")) {
                found = true;
                EXPECT_EQ(r.verdict, verdict) << r.figures;
                EXPECT_TRUE(contains(r.figures, figure)) << r.figures;
            }
        EXPECT_TRUE(found);
    }
}

// Expired rows are not applied; non-extended accords say whom they bind.
TEST(BranchCompliance, ExpiredRowsAreSkippedAndNonExtendedAccordsSaySo) {
    const auto rules = check("1979", offerAt(k2026), quoteOf({rateClass("Isolé", 80, 40, 4005)}),
                             workforce(2026, false));
    bool nonExtended = false;
    for (const auto& r : rules) {
        EXPECT_FALSE(contains(r.label, "14,00 €")) << r.label;
        if (contains(r.label, "0,90 % PMSS"))
            nonExtended = contains(r.label, "adhérents des organisations patronales signataires");
    }
    EXPECT_TRUE(nonExtended);
}

// Restauration rapide's 0,50 % of T1 (avenant 7 of 2020) is marked ⚠ after its 2021–2023
// period: an offer at 0,40 % is "à vérifier", not "non conforme".
TEST(BranchCompliance, UnverifiedFigureIsToCheckNotAFailure) {
    const auto q = quoteOf({rateClass("Isolé", 80, 40, 4005)}, 0.004, 0.002);
    bool found = false;
    for (const auto& r : check("1501", offerAt(k2026), q, workforce(2026, false)))
        if (contains(r.label, "cotisation d'au moins 0,50 % de la tranche 1")) {
            found = true;
            EXPECT_EQ(r.verdict, Verdict::ToCheck) << r.figures;
            EXPECT_TRUE(contains(r.figures,
                                 "cotisation 0,40 % de la tranche 1 pour un minimum de "
                                 "0,50 % (chiffre de branche non vérifié"))
                << r.figures;
        }
    EXPECT_TRUE(found);
}

// An agreement without researched rules is "à vérifier" with the reason; no agreement, no rule.
TEST(BranchCompliance, UnrecordedAgreementIsToCheck) {
    const auto q = quoteOf({rateClass("Isolé", 80, 40, 4005)});
    const auto rules = check("9999", offerAt(k2026), q, workforce(2026, false));
    ASSERT_EQ(rules.size(), 1u);
    EXPECT_EQ(rules[0].verdict, Verdict::ToCheck);
    EXPECT_TRUE(contains(rules[0].figures, "non relevées")) << rules[0].figures;
    EXPECT_TRUE(check("", offerAt(k2026), q, workforce(2026, false)).empty());
    // A researched "à vérifier" row gives its reason.
    for (const auto& r : check("1517", offerAt(k2026), q, workforce(2026, false))) {
        EXPECT_EQ(r.verdict, Verdict::ToCheck);
        EXPECT_TRUE(contains(r.label, "non relevées dans les sources consultées")) << r.label;
    }
}

// The table names every agreement of domain-facts J.2 and the 20 most frequent agreements of
// each bundled scenario (docs/compliance.md lists them), each with a public source.
TEST(BranchRequirements, CoversTheResearchedAndTheFrequentAgreements) {
    const auto& branches = reference().offers.branches;
    for (const char* idcc :
         {"1486", "1979", "1261", "1596", "1597", "2609", "2420", "2216", "0573", "3248", "3043",
          "0016", "1090", "2596", "0843", "2941", "1996", "1527", "2511", "1501", "1147", "1517",
          "1518", "1619", "1000", "0787", "0413", "2098", "7024", "7025", "1483"})
        EXPECT_TRUE(branches.knows(idcc)) << idcc;
    for (const auto& r : branches.rules()) {
        EXPECT_FALSE(contains(r.source, "domain-facts")) << r.idcc;
        EXPECT_FALSE(contains(r.source, "courtier")) << r.idcc;
    }
}

TEST(BranchRequirements, MalformedRowsNameTheirLineAndColumn) {
    const std::string header =
        "idcc,domaine,population,regle,valeur,valeur_am,du,au,etendu,precision,source,"
        "confidence\n";
    const auto errorOf = [&](const std::string& row) {
        try {
            BranchRequirements::parse(header + row + "\n", "exigences.csv");
        } catch (const InputError& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    EXPECT_EQ(errorOf("1979,sante,ensemble,part_patronale_pmss,0.9,,2022-07-01,,oui,,Accord,H"),
              "");
    EXPECT_TRUE(contains(errorOf("1979,sante,tous,part_patronale_pmss,0.9,,2022-07-01,,oui,,A,H"),
                         "exigences.csv:2:3"));
    EXPECT_TRUE(contains(errorOf("1979,sante,ensemble,taux_t1,0.9,,2022-07-01,,oui,,A,H"),
                         "exigences.csv:2:4"));
    EXPECT_TRUE(
        contains(errorOf("1979,sante,ensemble,part_patronale_pmss,0.9,,2022-13-01,,oui,,A,H"),
                 "exigences.csv:2:7"));
    EXPECT_TRUE(contains(
        errorOf("1979,sante,ensemble,part_patronale_pmss,0.9,,2022-07-01,,oui,,domain-facts D.4,H"),
        "exigences.csv:2:11"));
    EXPECT_TRUE(contains(errorOf("1979,sante,ensemble,a_verifier,,,2022-07-01,,oui,,Accord,H"),
                         "exigences.csv:2:10"));
}

// The first HCR company of the Rouen market, as the evaluator knows it.
Diagnosis hcrDiagnosis(const Market& market) {
    const auto hcr = reference().idcc.find("1979");
    for (const auto& c : market.companies)
        if (c.idcc == static_cast<std::int16_t>(*hcr) && c.headcount >= 3)
            return Diagnosis::of(market, reference(), siret::formatSiren(c.siren), 2026);
    throw std::runtime_error("no HCR company in the Rouen market");
}

// O4: the diagnosis states and the compliance report checks the same rows, with the same text
// and source; Santé Essentiel at 50 % is below HCR's employer floor of 36,05 € in 2026.
TEST(BranchCompliance, DiagnosisAndComplianceReadTheSameRows) {
    const auto d = hcrDiagnosis(rouenMarket());
    EXPECT_EQ(d.idcc, "1979");
    Offer offer = offerAt(k2026);
    offer.categories.front().health->employerShare = 0.5;
    const OfferPricer pricer(reference().offers, reference().regulation);
    const auto quote = pricer.quote(offer, d.workforce);
    const auto report = ComplianceReport::check(offer, quote, reference().offers,
                                                reference().regulation, d.workforce, d.idcc);
    const auto rows =
        BranchCompliance::applicable(reference().offers.branches, d.idcc, k2026, d.workforce);
    ASSERT_FALSE(rows.empty());
    for (const auto* row : rows) {
        const auto text = row->describe(false, 4005);
        bool stated = false, checked = false;
        for (const auto& o : d.obligations)
            stated = stated || (o.reference == row->source && contains(o.detail, text));
        for (const auto& r : report.rules)
            checked = checked || (r.reference == row->source && contains(r.label, text));
        EXPECT_TRUE(stated) << text;
        EXPECT_TRUE(checked) << text;
    }
    bool floor = false;
    for (const auto& r : report.rules)
        if (contains(r.label, "part patronale d'au moins 0,90 % PMSS (36,05 € par mois)")) {
            floor = true;
            EXPECT_EQ(r.verdict, Verdict::NotMet) << r.figures;
            EXPECT_TRUE(contains(r.figures, "pour un minimum de 36,05 € (0,90 % PMSS)"));
        }
    EXPECT_TRUE(floor);
    bool stated = false;
    for (const auto& o : d.obligations)
        stated = stated || contains(o.detail, "0,90 % PMSS (36,05 € par mois)");
    EXPECT_TRUE(stated);
    EXPECT_FALSE(report.compliant());
}

// O6: the same company with its head office moved to Strasbourg (commune 67482) is under the
// régime local; the diagnosis explains it and states HCR's Alsace-Moselle figures (0,66 % PMSS
// = 26,43 € in 2026).
TEST(BranchCompliance, AlsaceMoselleCompanyGetsTheRegimeLocalAndItsFigures) {
    Market market = rouenMarket();
    const auto strasbourg = reference().geography.communeIndex("67482");
    ASSERT_TRUE(strasbourg.has_value());
    const auto before = hcrDiagnosis(market);
    EXPECT_FALSE(before.workforce.alsaceMoselle);
    const auto hcr = reference().idcc.find("1979");
    for (auto& c : market.companies)
        if (c.idcc == static_cast<std::int16_t>(*hcr) && c.headcount >= 3) {
            auto& head = market.establishments[c.firstEstablishment];
            head.headOffice = true;
            head.commune = *strasbourg;
            for (auto& p : market.prospects)
                if (p.establishment == c.firstEstablishment) p.commune = *strasbourg;
            break;
        }
    const auto d = hcrDiagnosis(market);
    EXPECT_TRUE(d.workforce.alsaceMoselle);
    bool regime = false, figures = false;
    for (const auto& o : d.obligations) {
        if (contains(o.label, "Régime local")) {
            regime = true;
            EXPECT_TRUE(contains(o.detail, "1,30 %")) << o.detail;
            EXPECT_TRUE(contains(o.reference, "D911-1-1")) << o.reference;
        }
        figures = figures || contains(o.detail, "0,66 % PMSS (26,43 € par mois) (Alsace-Moselle)");
    }
    EXPECT_TRUE(regime);
    EXPECT_TRUE(figures);
}

}  // namespace

namespace {

// The cadres' provident verdicts of the compliance report for two cadres paid 40 000 € (below
// the 2026 PASS of 48 060 €, so T1 = pay) whose employer pays `employerRate` of their pay.
std::vector<ComplianceRule> cadresRules(const std::string& idcc, double employerRate) {
    auto w = workforce(2026, false);
    w.cells.back().meanAnnualPayEur = 40'000;
    auto q = quoteOf({rateClass("Isolé", 80, 40, 4005)});
    auto& p = q.provident.front();
    p.rateOfPay = employerRate;
    p.deathRateOfPay = employerRate / 2;
    p.annualEmployer = p.annualPremium;
    std::vector<ComplianceRule> cadres;
    for (auto& r : ComplianceReport::check(offerAt(k2026), q, reference().offers,
                                           reference().regulation, w, idcc)
                       .rules)
        if (r.label.rfind("Prévoyance des cadres", 0) == 0 || contains(r.label, "pour le décès"))
            cadres.push_back(std::move(r));
    return cadres;
}

}  // namespace

// Métallurgie (IDCC 3248, CCN of 7 February 2022): the branch's cadres employer minimum of
// 1,12 % replaces the legal 1,50 % of T1 (domain-facts J.2), so a cadres scheme at 1,12 % is
// compliant there, and not in Syntec (IDCC 1486), where the 1,50 % stands.
TEST(ComplianceReport, MetallurgieCadresMinimumReplacesTheLegalOnePointFifty) {
    const auto metallurgie = cadresRules("3248", 0.0112);
    ASSERT_EQ(metallurgie.size(), 2u);
    EXPECT_EQ(metallurgie[0].label,
              "Prévoyance des cadres : 1,12 % de la tranche 1 à la charge de l'employeur "
              "(minimum de la branche IDCC 3248, qui remplace le 1,50 %)");
    EXPECT_EQ(metallurgie[0].verdict, Verdict::Met);
    EXPECT_EQ(metallurgie[0].figures, "part patronale 1,12 % de la tranche 1");
    // Death 0,56 % of T1: the branch scheme sets its own split, to compare with the text.
    EXPECT_EQ(metallurgie[1].verdict, Verdict::ToCheck);
    EXPECT_TRUE(contains(metallurgie[1].figures, "0,56 % de la tranche 1"))
        << metallurgie[1].figures;
    // 0,01 point below the branch minimum fails.
    EXPECT_EQ(cadresRules("3248", 0.0111).at(0).verdict, Verdict::NotMet);
    const auto syntec = cadresRules("1486", 0.0112);
    ASSERT_EQ(syntec.size(), 2u);
    EXPECT_EQ(syntec[0].label,
              "Prévoyance des cadres : 1,50 % de la tranche 1 à la charge de l'employeur");
    EXPECT_EQ(syntec[0].verdict, Verdict::NotMet);
    EXPECT_EQ(syntec[1].verdict, Verdict::NotMet);  // 0,56 % < 0,76 % for death
}

// An employer share in euros is checked on the priced isolé class (CSS L911-7 III): 40 € of an
// isolé rate of 67,39 € is 59,36 % ≥ 50 %; 40 € of 90 € is 44,4 % < 50 %.
TEST(ComplianceReport, EmployerShareInEurosIsCheckedOnTheIsoleClass) {
    for (const auto& [isole, verdict, figures] :
         {std::tuple{67.39, Verdict::Met,
                     "59,4 % de la cotisation du salarié (40,00 € sur 67,39 €, "
                     "Isolé)"},
          std::tuple{90.0, Verdict::NotMet,
                     "44,4 % de la cotisation du salarié (40,00 € sur "
                     "90,00 €, Isolé)"}}) {
        auto offer = offerAt(k2026);
        offer.categories[0].health->employerBasis = EmployerBasis::EurosPerMonth;
        offer.categories[0].health->employerMonthlyEur = 40;
        const auto q =
            quoteOf({rateClass("Isolé", isole, 40, 4005), rateClass("Famille", 180, 40, 4005)});
        bool found = false;
        for (const auto& r :
             ComplianceReport::check(offer, q, reference().offers, reference().regulation,
                                     workforce(2026, false), "")
                 .rules)
            if (r.label.rfind("Part patronale santé d'au moins 50 %", 0) == 0) {
                found = true;
                EXPECT_EQ(r.verdict, verdict);
                EXPECT_EQ(r.figures, figures);
            }
        EXPECT_TRUE(found);
    }
}

// HCR's "montant forfaitaire partagé par moitié" (accord of 6 October 2010) concerns the
// employee's own cover: with optional dependants a family class the employer pays 50 € of 172 €
// (29,07 %) is the employee's choice; with mandatory dependants it fails.
TEST(BranchCompliance, HalfOfTheContributionBindsOptionalDependantsOnlyOnTheIsoleClass) {
    const BranchRule* row = nullptr;
    for (const auto& r : reference().offers.branches.rules())
        if (r.idcc == "1979" && r.kind == Kind::EmployerPctOfContribution) row = &r;
    ASSERT_NE(row, nullptr);
    const auto q =
        quoteOf({rateClass("Isolé", 72.10, 36.05, 4005), rateClass("Famille", 172, 50, 4005)});
    for (const auto& [dependants, verdict, figures] :
         {std::tuple{Dependants::Optional, Verdict::Met,
                     "part patronale 50,00 % (Isolé : 36,05 € sur 72,10 €) pour un minimum de "
                     "50 %"},
          std::tuple{Dependants::Mandatory, Verdict::NotMet,
                     "part patronale 29,07 % (Famille : 50,00 € sur 172,00 €) pour un minimum "
                     "de 50 %"}}) {
        const auto rules = check("1979", offerAt(k2026, dependants), q, workforce(2026, false));
        const auto found = resultsOf(rules, *row, false, 4005);
        ASSERT_EQ(found.size(), 1u);
        EXPECT_EQ(found[0]->verdict, verdict);
        EXPECT_EQ(found[0]->figures, figures);
    }
}

// Contractual rates of 1,00 % of T1 and 2,00 % of T2 for cadres paid 90 000 € (T1 48 060 €,
// T2 41 940 €): the employer pays 1,00 % of T1, below the 1,50 % (ANI of 17 November 2017),
// although the premium (480,60 + 838,80 €) is 2,75 % of T1.
TEST(ComplianceReport, CadresOnePointFiftyCountsOnlyTheContractualT1Rate) {
    auto q = quoteOf({rateClass("Isolé", 80, 40, 4005)}, 0.01, 0.01);
    auto& p = q.provident.front();
    p.contractual = true;
    p.rateT2 = p.employerRateT2 = 0.02;
    p.deathRateT1 = 0.008;
    p.rateOfPay = (480.60 + 838.80) / 90'000;
    p.deathRateOfPay = p.rateOfPay / 2;
    p.annualEmployer = p.annualPremium;
    bool found = false;
    for (const auto& r :
         ComplianceReport::check(offerAt(k2026), q, reference().offers, reference().regulation,
                                 workforce(2026, false), "1486")
             .rules) {
        if (r.label ==
            "Prévoyance des cadres : 1,50 % de la tranche 1 à la charge de l'employeur") {
            found = true;
            EXPECT_EQ(r.verdict, Verdict::NotMet);
            EXPECT_EQ(r.figures, "part patronale 1,00 % de la tranche 1");
        }
        if (r.label == "dont au moins 0,76 % de la tranche 1 pour le décès") {
            EXPECT_EQ(r.figures, "0,80 % de la tranche 1");
        }
    }
    EXPECT_TRUE(found);
}

// A census-priced provident for ten non-cadres paid 30 000 € (below the 2026 PASS of 48 060 €):
// there is no T2, so commerce alimentaire's T2 minimums (avenant 69, 0,56 % and 0,31 %) are met.
TEST(BranchCompliance, T2RulesAreMetWhenNobodyEarnsAboveThePass) {
    auto q = quoteOf({rateClass("Isolé", 80, 40, 4005)});
    auto& p = q.provident.front();
    p.rateT1 = p.rateT2 = p.employerRateT1 = p.employerRateT2 = p.payrollT2 = 0;
    p.annualPremium = 1'680;  // 0,56 % of 300 000 €
    p.annualEmployer = 930;   // 0,31 %
    CompanyWorkforce w = workforce(2026, false, 30'000);
    w.cells.pop_back();  // no cadres
    int t2 = 0;
    for (const auto& r : check("2216", offerAt(k2026), q, w))
        if (contains(r.label, "de la tranche 2")) {
            ++t2;
            EXPECT_EQ(r.verdict, Verdict::Met) << r.label;
            EXPECT_EQ(r.figures, "aucun salaire au-delà du PASS (48 060 €) : pas de tranche 2");
        }
    EXPECT_EQ(t2, 2);
}

// Contractual rates giving the employer 1,499 % of T1 with 0,755 % on death: both fail (1,50 %
// and 0,76 %, ANI of 17 November 2017), and their figures say so with the third decimal instead of
// reading "1,50 %" and "0,76 %" against a "non conforme" verdict.
TEST(ComplianceReport, FiguresJustBelowTheCadresMinimumsShowTheDecimalThatFails) {
    auto q = quoteOf({rateClass("Isolé", 80, 40, 4005)}, 0.01499, 0.01499);
    auto& p = q.provident.front();
    p.contractual = true;
    p.deathRateT1 = 0.00755;
    p.annualEmployer = p.annualPremium;
    const auto rules =
        ComplianceReport::check(offerAt(k2026), q, reference().offers, reference().regulation,
                                workforce(2026, false), "1486")
            .rules;
    const auto figuresOf = [&](const std::string& label) {
        const auto r = std::find_if(rules.begin(), rules.end(),
                                    [&](const ComplianceRule& x) { return x.label == label; });
        EXPECT_NE(r, rules.end()) << label;
        EXPECT_EQ(r == rules.end() ? Verdict::Met : r->verdict, Verdict::NotMet) << label;
        return r == rules.end() ? std::string() : r->figures;
    };
    EXPECT_EQ(
        figuresOf("Prévoyance des cadres : 1,50 % de la tranche 1 à la charge de l'employeur"),
        "part patronale 1,499 % de la tranche 1");
    EXPECT_EQ(figuresOf("dont au moins 0,76 % de la tranche 1 pour le décès"),
              "0,755 % de la tranche 1");
}
