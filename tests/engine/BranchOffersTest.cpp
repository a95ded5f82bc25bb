// The example offers of scenarios/offers/branches/ (one per agreement with branch rows) are
// compliant for companies of their branch in every bundled scenario: issue 8 is "done when a
// candidate can build a compliant offer for any company of any bundled scenario that has a known
// branch regime".
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "../support/PricedOffer.h"
#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/prospects/CandidateKnowledge.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

namespace fs = std::filesystem;

// Companies with cadres, and without, tried per agreement and scenario: all of them (about 10 s
// in Release for the three scenarios).
constexpr int kEach = 1'000'000;

// The example offers by IDCC ("1979" → scenarios/offers/branches/1979-hcr.json); those whose
// name ends in "-alsace-moselle" when `alsaceMoselle`, the others otherwise.
std::map<std::string, Offer> branchOffers(bool alsaceMoselle) {
    std::map<std::string, Offer> offers;
    for (const auto& entry :
         fs::directory_iterator(sourceRoot() / "scenarios" / "offers" / "branches")) {
        if (entry.path().stem().string().ends_with("-alsace-moselle") != alsaceMoselle) continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        offers.emplace(entry.path().filename().string().substr(0, 4),
                       Offer::fromJson(text.str(), entry.path().string(), reference().offers));
    }
    return offers;
}

bool hasCadres(const CompanyWorkforce& w) {
    for (const auto& c : w.cells)
        if (c.cadre && c.headcount > 0) return true;
    return false;
}

class BranchOffers : public testing::TestWithParam<std::string> {};

TEST_P(BranchOffers, AreCompliantForCompaniesOfTheirBranch) {
    const auto scenario = bundledScenario(GetParam());
    const auto market = MarketGenerator(reference(), scenario).generate();
    const int year = scenario.startDate.year();
    const auto offers = branchOffers(false), localOffers = branchOffers(true);
    // Every agreement with a researched row (not only "à vérifier") has its example offer.
    for (const auto& rule : reference().offers.branches.rules())
        if (rule.kind != BranchRule::Kind::ToCheck) {
            EXPECT_TRUE(offers.count(rule.idcc)) << rule.idcc;
        }
    // Up to kEach companies with cadres and kEach without per agreement, in market order.
    std::map<std::string, std::pair<int, int>> tried;  // idcc → (with cadres, without)
    const CandidateKnowledge listed(market, reference());
    for (const auto& company : market.companies) {
        if (company.idcc < 0) continue;
        const auto& idcc =
            reference().idcc.agreements()[static_cast<std::size_t>(company.idcc)].idcc;
        const auto offer = offers.find(idcc);
        if (offer == offers.end()) continue;
        const auto& head = market.establishments[company.firstEstablishment];
        if (head.closed) continue;
        auto& [withCadres, without] = tried[idcc];
        if (withCadres >= kEach && without >= kEach) continue;
        const auto diagnosis =
            Diagnosis::of(market, reference(), siret::formatSiret(head.siret), year);
        // The head office may apply another agreement than the company's main one.
        if (diagnosis.idcc != idcc) continue;
        const bool cadres = hasCadres(diagnosis.workforce);
        if ((cadres ? withCadres : without) >= kEach) continue;
        ++(cadres ? withCadres : without);
        // The true census (cmcsim quote --truth), then the one the candidate estimates.
        const auto estimated =
            Diagnosis::of(listed, reference(), siret::formatSiret(head.siret), year);
        // No bundled scenario has a company in Alsace-Moselle: the first with cadres and the
        // first without of each agreement are moved there (régime local prices, AM figures).
        auto moved = diagnosis;
        moved.workforce.alsaceMoselle = (cadres ? withCadres : without) == 1;
        for (const Diagnosis* d : {&diagnosis, &estimated, static_cast<const Diagnosis*>(&moved)}) {
            if (d == &moved && !moved.workforce.alsaceMoselle) continue;
            if (d->idcc != idcc) continue;  // a prospect line may list another agreement
            const auto local = localOffers.find(idcc);
            const auto& priced =
                d == &moved && local != localOffers.end() ? local->second : offer->second;
            const auto study = pricedOffer(reference(), *d, priced, 20);
            for (const auto& r : study.compliance.rules)
                EXPECT_NE(r.verdict, ComplianceRule::Verdict::NotMet)
                    << GetParam() << ", IDCC " << idcc << ", SIRET " << head.siret << " ("
                    << (cadres ? "avec" : "sans") << " cadres, "
                    << (d == &diagnosis ? "effectif réel"
                        : d == &moved   ? "déplacée en Alsace-Moselle"
                                        : "effectif estimé")
                    << ") : " << r.label << " — " << r.figures;
        }
    }
    // Every agreement with an example offer has companies in each bundled scenario, and the
    // offers were priced on companies with cadres too.
    int withCadres = 0;
    for (const auto& [idcc, counts] : tried) withCadres += counts.first;
    EXPECT_GE(withCadres, 10) << GetParam();
    for (const auto& [idcc, offer] : offers)
        EXPECT_GT(tried[idcc].first + tried[idcc].second, 0) << GetParam() << ", IDCC " << idcc;
}

INSTANTIATE_TEST_SUITE_P(BundledScenarios, BranchOffers,
                         testing::Values("rouen-ze", "cantal-rural", "lyon-tertiaire"),
                         [](const testing::TestParamInfo<std::string>& param) {
                             auto name = param.param;
                             for (auto& c : name)
                                 if (c == '-') c = '_';
                             return name;
                         });

}  // namespace
