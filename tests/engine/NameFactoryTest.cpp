#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>
#include <vector>

#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/core/KeyedRandom.h"
#include "cmcsim/market/NameFactory.h"
#include "cmcsim/reference/CsvTable.h"
#include "cmcsim/reference/NamingParts.h"

using namespace cmcsim;
using test::reference;

namespace {
// The ARCEP fiction blocks, read from the file itself rather than through NamingParts.
std::vector<std::string> fictionBlocks() {
    const auto t = CsvTable::load(test::sourceRoot() / "datasets" / "numeros_fiction.csv",
                                  "numeros_fiction.csv", {"prefixe", "source", "confidence"});
    std::vector<std::string> blocks;
    for (std::size_t r = 0; r < t.rowCount(); ++r) blocks.push_back(t.text(r, 0));
    return blocks;
}

// "" when the contact is fictitious as required, else what is wrong.
std::string checkContact(const Contact& c, const std::vector<std::string>& blocks) {
    static const std::regex phone("0[1-9]( [0-9]{2}){4}");
    static const std::regex email("[a-z0-9.-]+@[a-z0-9-]+\\.example");
    if (!std::regex_match(c.phone, phone)) return "phone format: " + c.phone;
    std::string digits;
    for (char ch : c.phone)
        if (ch != ' ') digits += ch;
    bool inBlock = false;
    for (const auto& b : blocks) inBlock = inBlock || digits.starts_with(b);
    if (!inBlock) return "phone outside the fiction blocks: " + c.phone;
    if (!c.email.ends_with(".example") || !std::regex_match(c.email, email))
        return "e-mail: " + c.email;
    if (!c.name.starts_with("Mme ") && !c.name.starts_with("M. ")) return "name: " + c.name;
    return {};
}
}  // namespace

TEST(NameFactory, ContactsUseFictionPhonesAndReservedDomains) {
    const auto blocks = fictionBlocks();
    ASSERT_EQ(blocks.size(), 6u);  // datasets/numeros_fiction.csv
    const auto& m = test::rouenMarket();
    for (const auto& p : m.prospects) {
        if (p.contact.phone.empty()) continue;  // a missing-contact defect
        const auto problem = checkContact(p.contact, blocks);
        ASSERT_EQ(problem, "") << p.name;
    }
    for (const auto& p : m.prescribers) ASSERT_EQ(checkContact(p.contact, blocks), "") << p.name;
    ASSERT_FALSE(m.prescribers.empty());
}

// Found by a fresh tester: the Rouen market's landlines were spread evenly over 01 to 05. A
// landline is in its département's numbering zone (Seine-Maritime and Eure: 02, the Nord-Ouest;
// datasets/zones_telephone.csv), mobiles about one number in six.
TEST(NameFactory, LandlinesAreInTheZoneOfTheirDepartement) {
    const auto& m = test::rouenMarket();
    std::size_t zone02 = 0, mobiles = 0, others = 0;
    for (const auto& p : m.prospects) {
        if (p.contact.phone.empty()) continue;
        const auto& dep = reference().geography.communes().at(p.commune).departement;
        ASSERT_TRUE(dep == "76" || dep == "27") << dep;
        if (p.contact.phone.starts_with("02 61 91"))
            ++zone02;
        else if (p.contact.phone.starts_with("06 39 98"))
            ++mobiles;
        else
            ++others;  // a listed number no longer attributed (a defect) keeps the same rule
    }
    EXPECT_EQ(others, 0u);
    const double mobileShare = static_cast<double>(mobiles) / static_cast<double>(zone02 + mobiles);
    EXPECT_NEAR(mobileShare, 1.0 / 6, 0.02) << mobiles << " mobiles, " << zone02 << " en 02";
    // Every département has its zone; Paris is 01, Marseille 04, Toulouse 05, Lille 03.
    for (const auto& [dep, block] :
         {std::pair{"75", "019900"}, std::pair{"13", "046571"}, std::pair{"31", "053649"},
          std::pair{"59", "035301"}, std::pair{"974", "026191"}})
        EXPECT_EQ(*reference().naming.landlineBlock(dep), block) << dep;
}

TEST(NameFactory, RolesFitTheHeadcount) {
    // datasets/fonctions_contact.csv: each role has a headcount range ("Président(e)" 0 and up, so
    // every establishment has one); the role is chosen from the real headcount.
    const auto& roles = reference().naming.roles();
    const auto& m = test::rouenMarket();
    for (const auto& p : m.prospects) {
        if (p.contact.phone.empty()) continue;  // a missing-contact defect
        const auto headcount = m.establishments[p.establishment].headcount;
        bool fits = false;
        for (const auto& r : roles)
            fits = fits || (r.title == p.contact.role && headcount >= r.minHeadcount &&
                            headcount <= r.maxHeadcount);
        ASSERT_TRUE(fits) << "\"" << p.contact.role << "\" for " << headcount << " employees";
    }
}

TEST(NameFactory, SlugAndDuplicateVariants) {
    struct Case {
        const char* text;
        const char* slug;
    };
    for (const Case& c : std::vector<Case>{{"Boulangerie Éclair & Fils", "boulangerie-eclair-fils"},
                                           {"  Ça Va -- Ensemble  ", "ca-va-ensemble"},
                                           {"", "entreprise"},
                                           {"!!!", "entreprise"},
                                           {"Garage 2000", "garage-2000"}})
        EXPECT_EQ(NameFactory::slug(c.text), c.slug) << c.text;

    KeyedRandom random(4, Purpose("variant-test"));
    for (int i = 0; i < 200; ++i) {
        const std::string name = "Boulangerie Martin";
        const auto variant = NameFactory::duplicateVariant(name, random);
        EXPECT_NE(variant, name);
        EXPECT_FALSE(variant.empty());
    }
}

namespace {
// Whether `word` stands in `name` as whole words (« Côte d'Albâtre » in « Côte d'Albâtre Sud »).
bool holds(const std::string& name, const std::string& word) {
    return name == word || name.starts_with(word + " ") || name.ends_with(" " + word) ||
           name.find(" " + word + " ") != std::string::npos;
}

// The place words and regional surnames listed for other regions than `region` and not for it.
std::vector<std::string> foreignWords(const std::string& region) {
    const auto& naming = reference().naming;
    const auto* own = naming.regional(region);
    std::set<std::string> ownWords;
    if (own) {
        ownWords.insert(own->names.begin(), own->names.end());
        ownWords.insert(own->suffixes.begin(), own->suffixes.end());
    }
    std::set<std::string> foreign;
    for (const auto& d : reference().geography.departements()) {
        const auto* parts = naming.regional(d.region);
        if (d.region == region || !parts) continue;
        for (const auto* list : {&parts->names, &parts->suffixes})
            for (const auto& w : *list)
                if (!ownWords.contains(w)) foreign.insert(w);
    }
    return {foreign.begin(), foreign.end()};
}
}  // namespace

// Found by a tester: the Rouen market's companies were called « Nettoyage Etcheverry Sud »,
// « Argonne Atlantique », « Azur Méditerranée ». A place name (a pays, a river, a coast, a
// region) or a regional surname is drawn from the company's own region only
// (datasets/noms_regionaux.csv); the generic parts carry no geography.
TEST(NameFactory, PlaceWordsComeFromTheCompanysOwnRegion) {
    const auto foreign = foreignWords("28");  // Normandie
    ASSERT_GT(foreign.size(), 100u);
    // Listed by hand, so that a word put back among the generic parts is caught too.
    const std::vector<std::string> southern = {"Méditerranée", "Cévennes", "Ventoux",    "Azur",
                                               "Atlantique",   "Garonne",  "Etcheverry", "Provence",
                                               "Tramontane",   "Lavande",  "Pujol",      "Corse"};
    const auto& normandie = *reference().naming.regional("28");
    std::size_t withForeign = 0, withOwn = 0;
    const auto& companies = test::rouenMarket().companies;
    for (const auto& c : companies) {
        bool bad = false;
        for (const auto& w : foreign) bad = bad || holds(c.name, w);
        for (const auto& w : southern) {
            EXPECT_FALSE(holds(c.name, w)) << c.name;
            bad = bad || holds(c.name, w);
        }
        withForeign += bad ? 1u : 0u;
        bool own = false;
        for (const auto* list : {&normandie.names, &normandie.suffixes})
            for (const auto& w : *list) own = own || holds(c.name, w);
        withOwn += own ? 1u : 0u;
    }
    EXPECT_EQ(withForeign, 0u);  // the share of names with another region's place word: 0
    // Normandie's 12 place names are drawn among 147 generic + 12 (7.5 %), its 3 suffixes among
    // 11 + 3 in half the names (10.7 %): about one name in six holds one.
    EXPECT_GT(withOwn, companies.size() / 10) << withOwn << " of " << companies.size();

    // A Marseille company (Provence-Alpes-Côte d'Azur) takes Provence's words and no Normandie's.
    const NameFactory names(reference());
    const auto marseille = reference().geography.communeIndex("13055");
    ASSERT_TRUE(marseille);
    const auto notProvence = foreignWords("93");
    std::size_t provence = 0;
    for (std::uint32_t i = 0; i < 2000; ++i) {
        KeyedRandom random(7, Purpose("name-test"), i);
        const auto name = names.companyName(0, *marseille, random);
        for (const auto& w : notProvence) ASSERT_FALSE(holds(name, w)) << name;
        provence += holds(name, "Ventoux") || holds(name, "Provence") ? 1u : 0u;
    }
    // Ventoux: 2000 / 157 ≈ 13; Provence: 2000 × ½ × 1/13 ≈ 77.
    EXPECT_GT(provence, 40u);
}
