#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "TestReference.h"
#include "cmcsim/reference/ReferenceData.h"

using namespace cmcsim;
using cmcsim::test::reference;

TEST(ReferenceData, GeographyCounts) {
    const auto& g = reference().geography;
    // COG 2026 communes (datasets/communes.csv, 34,876 lines with the header); 101 départements.
    EXPECT_EQ(g.communes().size(), 34875u);
    EXPECT_EQ(g.departements().size(), 101u);
    // Sum of population_municipale (INSEE populations légales 2023), docs/scenario-format.md.
    EXPECT_EQ(g.totalPopulation(), 68350798u);
    ASSERT_TRUE(g.communeIndex("76540").has_value());
    const auto& rouen = g.communes()[*g.communeIndex("76540")];
    EXPECT_EQ(rouen.name, "Rouen");
    EXPECT_EQ(rouen.departement, "76");
    EXPECT_EQ(rouen.population, 117662u);
    EXPECT_TRUE(g.communeIndex("75056").has_value());  // Paris, not its arrondissements
    EXPECT_FALSE(g.communeIndex("75101").has_value());
    EXPECT_FALSE(g.communeIndex("76999").has_value());
    EXPECT_NE(g.departement("2A"), nullptr);
    EXPECT_NE(g.departement("971"), nullptr);
    EXPECT_EQ(g.departement("20"), nullptr);  // Corsica is 2A/2B
    // Corsica's commune codes (2A/2B and three digits) have their own slots: Ajaccio 2A004,
    // Bastia 2B033; "20004" was retired in 1976, and text that is no INSEE code finds nothing.
    ASSERT_TRUE(g.communeIndex("2A004").has_value());
    EXPECT_EQ(g.communes()[*g.communeIndex("2A004")].name, "Ajaccio");
    ASSERT_TRUE(g.communeIndex("2B033").has_value());
    EXPECT_EQ(g.communes()[*g.communeIndex("2B033")].name, "Bastia");
    EXPECT_FALSE(g.communeIndex("20004").has_value());
    for (const char* bad : {"", "7654", "765400", "2C004", "2A0X4", "7A540", "-6540"})
        EXPECT_FALSE(g.communeIndex(bad).has_value()) << bad;
    for (std::uint32_t i = 0; i < g.communes().size(); ++i)
        ASSERT_EQ(g.communeIndex(g.communes()[i].code), i) << g.communes()[i].code;
}

TEST(ReferenceData, GreatCircleDistances) {
    const auto& g = reference().geography;
    const auto& rouen = g.communes()[*g.communeIndex("76540")];
    const auto& paris = g.communes()[*g.communeIndex("75056")];
    const auto& havre = g.communes()[*g.communeIndex("76351")];
    // Straight-line distances commonly published: Rouen–Paris ≈ 112 km, Rouen–Le Havre ≈ 69 km;
    // by hand with the haversine formula on the dataset's points: 111.6 km and 69.1 km.
    EXPECT_NEAR(Geography::distanceKm(rouen, paris), 111.6, 0.5);
    EXPECT_NEAR(Geography::distanceKm(rouen, havre), 69.1, 0.5);
    EXPECT_DOUBLE_EQ(Geography::distanceKm(paris, rouen), Geography::distanceKm(rouen, paris));
    EXPECT_EQ(Geography::distanceKm(rouen, rouen), 0.0);
}

TEST(ReferenceData, NafNomenclature) {
    const auto& naf = reference().naf;
    // NAF rév. 2: 732 sous-classes, 88 divisions, 21 sections (INSEE).
    EXPECT_EQ(naf.codes().size(), 732u);
    std::set<std::string> divisions;
    std::set<char> sections;
    for (const auto& c : naf.codes()) {
        divisions.insert(c.division);
        sections.insert(c.section);
    }
    EXPECT_EQ(divisions.size(), 88u);
    EXPECT_EQ(sections.size(), 21u);
    ASSERT_TRUE(naf.find("56.10A").has_value());
    EXPECT_EQ(naf.find("56.10A"), naf.find("5610A"));
    EXPECT_EQ(naf.codes()[*naf.find("56.10A")].section, 'I');
    EXPECT_EQ(naf.codes()[*naf.find("56.10A")].division, "56");
    EXPECT_FALSE(naf.find("56.10Z").has_value());
    EXPECT_FALSE(naf.hasDivision("04"));  // there is no division 04
    EXPECT_TRUE(naf.hasDivision("03"));
    EXPECT_FALSE(naf.hasSection('V'));
    EXPECT_TRUE(naf.hasSection('U'));
}

TEST(ReferenceData, EveryNafSousClasseHasIdccAlternatives) {
    const auto& ref = reference();
    for (std::size_t i = 0; i < ref.naf.codes().size(); ++i) {
        const auto alternatives = ref.nafIdcc.alternatives(static_cast<std::uint16_t>(i));
        EXPECT_FALSE(alternatives.empty()) << ref.naf.codes()[i].code;
        for (const auto& a : alternatives) {
            EXPECT_GT(a.weight, 0.0) << ref.naf.codes()[i].code;
            if (a.idcc) {
                EXPECT_LT(*a.idcc, ref.idcc.agreements().size());
            }
        }
    }
}

TEST(ReferenceData, CompanySizeBandsAreTheUrssaf2024Counts) {
    const auto& bands = reference().sizes.companyBands();
    ASSERT_EQ(bands.size(), 8u);
    // datasets/urssaf_france_tranche_entreprise_2024.csv, column by column; the sums by hand:
    // establishments 1,333,298 + 158,934 + 119,631 + 52,514 + 54,404 + 33,470 + 65,172 + 82,210.
    struct Row {
        const char* key;
        double enterprises, establishments;
    };
    const std::vector<Row> rows = {
        {"0-9", 1302504, 1333298}, {"10-19", 133567, 158934}, {"20-49", 82092, 119631},
        {"50-99", 25373, 52514},   {"100-249", 14547, 54404}, {"250-499", 4519, 33470},
        {"500-1999", 2967, 65172}, {"2000+", 640, 82210},
    };
    double establishments = 0, enterprises = 0, employees = 0;
    for (std::size_t b = 0; b < bands.size(); ++b) {
        EXPECT_EQ(bands[b].key, rows[b].key);
        EXPECT_EQ(bands[b].enterprises, rows[b].enterprises) << rows[b].key;
        EXPECT_EQ(bands[b].establishments, rows[b].establishments) << rows[b].key;
        EXPECT_EQ(reference().sizes.companyBandIndex(rows[b].key), static_cast<int>(b));
        establishments += bands[b].establishments;
        enterprises += bands[b].enterprises;
        employees += bands[b].employees;
    }
    EXPECT_EQ(establishments, 1899633.0);
    EXPECT_EQ(enterprises, 1566209.0);
    EXPECT_EQ(employees, 20273475.0);
    EXPECT_EQ(bands.back().max, UINT32_MAX);
    EXPECT_EQ(reference().sizes.companyBandIndex("10-49"), -1);
}

TEST(ReferenceData, InseeBandOfAHeadcount) {
    // datasets/tranches_effectif.csv: the 15 INSEE codes 00 … 53, then NN (unknown in an extract),
    // which no headcount ever gets.
    const auto& sizes = reference().sizes;
    EXPECT_EQ(sizes.insee().size(), 16u);
    EXPECT_EQ(sizes.unknownBand(), 15u);
    EXPECT_EQ(sizes.insee()[sizes.unknownBand()].code, "NN");
    for (std::uint32_t h : {0u, 1u, 9u, 50u, 10000u, 4000000u})
        EXPECT_NE(sizes.inseeBandFor(h), sizes.unknownBand()) << h;
    struct Case {
        std::uint32_t headcount;
        const char* code;
    };
    for (const Case& c : std::vector<Case>{{0, "00"},
                                           {1, "01"},
                                           {2, "01"},
                                           {3, "02"},
                                           {9, "03"},
                                           {10, "11"},
                                           {49, "12"},
                                           {50, "21"},
                                           {199, "22"},
                                           {200, "31"},
                                           {1999, "42"},
                                           {2000, "51"},
                                           {9999, "52"},
                                           {10000, "53"},
                                           {4000000, "53"}})
        EXPECT_EQ(sizes.insee()[sizes.inseeBandFor(c.headcount)].code, c.code) << c.headcount;
}

TEST(ReferenceData, RegulatoryYears) {
    const auto& reg = reference().regulation;
    EXPECT_FALSE(reg.hasYear(2023));
    EXPECT_FALSE(reg.hasYear(2027));
    // PASS (arrêtés annuels, datasets/parametres_reglementaires.csv) and the monthly SMIC.
    struct Case {
        int year;
        double pass, smicMonthly;
    };
    for (const Case& c : std::vector<Case>{
             {2024, 46368, 1766.92}, {2025, 47100, 1801.80}, {2026, 48060, 1823.03}}) {
        EXPECT_TRUE(reg.hasYear(c.year));
        EXPECT_EQ(reg.value(c.year, "pass"), c.pass) << c.year;
        EXPECT_EQ(reg.value(c.year, "smic_mensuel"), c.smicMonthly) << c.year;
        // PMSS = PASS / 12 (art. D242-17 CSS).
        EXPECT_EQ(reg.value(c.year, "pmss"), c.pass / 12) << c.year;
    }
    EXPECT_THROW(reg.value(2026, "no_such_parameter"), std::out_of_range);
    EXPECT_THROW(reg.value(2023, "pass"), std::out_of_range);
}

TEST(ReferenceData, WorkforceProfilesOnePerSection) {
    const auto& ref = reference();
    ASSERT_EQ(ref.workforce.size(), 21u);
    for (std::size_t s = 0; s < 21; ++s) {
        const char section = static_cast<char>('A' + s);
        EXPECT_EQ(ref.workforce[s].section, section);
        EXPECT_EQ(&ref.workforceFor(section), &ref.workforce[s]);
        double ages = 0, families = 0;
        for (double a : ref.workforce[s].ageShares) ages += a;
        for (double f : ref.workforce[s].familyShares) families += f;
        // The loader's tolerance (WorkforceProfile.cpp): |sum - 1| ≤ 0.002.
        EXPECT_NEAR(ages, 1.0, 0.002) << section;
        EXPECT_NEAR(families, 1.0, 0.002) << section;
    }
}

TEST(ReferenceData, RouenSectorProfileTotals) {
    // datasets/urssaf_ze_rouen_ape.csv, 2022 columns: 14,978 establishments, 183,731 employees.
    const auto& p = reference().sectorProfile;
    EXPECT_EQ(p.totalEstablishments(), 14978.0);
    double employees = 0;
    for (double e : p.employees()) employees += e;
    EXPECT_EQ(employees, 183731.0);
    EXPECT_EQ(p.establishments().size(), reference().naf.codes().size());
}

TEST(ReferenceData, NamingAndArchetypes) {
    const auto& ref = reference();
    // The 7 archetypes documented in docs/scenario-format.md.
    std::set<std::string> ids;
    for (const auto& a : ref.archetypes) ids.insert(a.id);
    EXPECT_EQ(ids,
              (std::set<std::string>{"mutuelle_nationale", "mutuelle_regionale",
                                     "mutuelle_professionnelle", "ip_paritaire", "bancassureur",
                                     "assureur_collectif_courtage", "insurtech"}));
    // datasets/numeros_fiction.csv holds 6 ARCEP fiction blocks.
    EXPECT_EQ(ref.naming.fictionPhoneBlocks().size(), 6u);
    EXPECT_FALSE(ref.naming.names().empty());
    EXPECT_EQ(ref.naming.firstNames().size(), ref.naming.firstNameTable().size());
    EXPECT_EQ(ref.naming.surnames().size(), ref.naming.surnameTable().size());
    for (std::uint16_t i = 0; i < ref.naf.codes().size(); ++i)
        EXPECT_FALSE(ref.naming.activities(i).empty()) << ref.naf.codes()[i].code;
    EXPECT_FALSE(ref.legalForms.empty());
}

TEST(IdccCatalogue, FindsFourDigitCodes) {
    const auto& idcc = reference().idcc;
    // datasets/idcc.csv: 759 agreements of the source + 9999, the DSN's "no agreement" code.
    EXPECT_EQ(idcc.agreements().size(), 760u);
    ASSERT_TRUE(idcc.find("9999").has_value());
    ASSERT_TRUE(idcc.find("1979").has_value());
    EXPECT_EQ(idcc.agreements()[*idcc.find("1979")].idcc, "1979");
    EXPECT_FALSE(idcc.find("16").has_value());  // written "0016"
    EXPECT_TRUE(idcc.find("0016").has_value());
}

TEST(IdccCatalogue, ShortTitleIsTheFirstClause) {
    // Official titles from datasets/idcc.csv; the short title drops "Convention collective
    // nationale (de travail) des/du/de la/de l'", the date and anything after, and starts with a
    // capital letter.
    struct Case {
        const char* idcc;
        const char* shortTitle;
    };
    const std::vector<Case> cases = {
        {"0016", "Transports routiers et activités auxiliaires du transport"},
        {"0044", "Industries chimiques et connexes"},
        {"0650", "Ingénieurs et cadres de la métallurgie"},
        {"1486",
         "Bureaux d'études techniques, des cabinets d'ingénieurs-conseils et des sociétés de "
         "conseils"},
        {"1979", "Hôtels, cafés restaurants"},
        {"2120", "Banque"},
        {"2216", "Commerce de détail et de gros à prédominance alimentaire"},
        {"2264", "Hospitalisation privée"},
        {"2941", "Branche de l'aide, de l'accompagnement, des soins et des services à domicile"},
        {"3248", "Métallurgie"},
        {"7024", "Production agricole et CUMA"},
        // Titles whose first word starts with an accented letter: "É", not "é".
        {"0029",
         "Établissements privés d'hospitalisation, de soins, de cure et de garde à but non "
         "lucratif"},
        {"0413", "Établissements et services pour personnes inadaptées et handicapées"},
    };
    const auto& idcc = reference().idcc;
    for (const auto& c : cases) {
        const auto index = idcc.find(c.idcc);
        ASSERT_TRUE(index.has_value()) << c.idcc;
        EXPECT_EQ(IdccCatalogue::shortTitle(idcc.agreements()[*index].title), c.shortTitle)
            << c.idcc;
    }
}
