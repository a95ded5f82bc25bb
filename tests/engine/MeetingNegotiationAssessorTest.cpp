#include <gtest/gtest.h>

#include "AssessmentTestKit.h"
#include "OfferAttempt.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/Siret.h"

// The assessor "rdv.negociation" (B4.5.5, docs/assessment.md): counter-proposals within the
// mutuelle's delegation (datasets/parametres_rdv.csv: 5 % alone, 10 % with the manager) and
// argued (a price objection voiced, or a counterpart), thresholds of seuils_evaluation.csv
// (within: acquis 100 %, partially 75 %; argued: acquis 75 %, partially 50 %).
using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

namespace {
// An attempt with a meeting opened with the company of the first prospect line, an offer
// saved for it and presented.
struct NegotiatedAttempt : ScriptedAttempt {
    NegotiatedAttempt() {
        // The first line listing an open establishment of 5 employees or more under its own
        // SIRET (not a duplicate's).
        std::string siret;
        const auto& m = market();
        for (std::size_t i = 0; i < m.prospects.size() && siret.empty(); ++i) {
            const auto p = m.prospects[i];
            const auto& e = m.establishments[p.establishment];
            if (p.siret == e.siret && !e.closed && m.companies[e.company].headcount >= 5)
                siret = siret::formatSiret(p.siret);
        }
        add(cmd::kSaveOffer, {{"siret", siret}, {"offre", healthOffer("sante_essentiel")}});
        add(cmd::kMeetingOpen, {{"siret", siret}});
        add(cmd::kMeetingOffer, {{"rdv", 1}, {"version", 1}});
    }
    std::int64_t counter(double pct, const std::string& counterpart) {
        return add(cmd::kMeetingCounter,
                   {{"rdv", 1}, {"remise_pct", pct}, {"contrepartie", counterpart}});
    }
    IndicatorResult assessed() const {
        return assess("rdv.negociation", thresholdsOf("rdv.negociation"));
    }
};
}  // namespace

TEST(MeetingNegotiationAssessor, WithoutAnyCounterProposalItIsForTheEvaluator) {
    NegotiatedAttempt a;
    const auto r = a.assessed();
    EXPECT_EQ(r.verdict, Verdict::AApprecier);
    EXPECT_NE(r.explanation.find("aucune contre-proposition"), std::string::npos);
}

TEST(MeetingNegotiationAssessor, ArguedWithinTheDelegationIsAcquis) {
    NegotiatedAttempt a;
    const auto entry = a.counter(4, "engagement");  // ≤ 5 %: the seller's own delegation
    const auto r = a.assessed();
    EXPECT_EQ(r.verdict, Verdict::Acquis) << r.explanation;
    EXPECT_EQ(r.score, 100);
    EXPECT_EQ(figure(r, "Contre-propositions dans la délégation"), "100 % (1 sur 1)");
    EXPECT_EQ(figure(r, "Contre-propositions argumentées"), "100 % (1 sur 1)");
    EXPECT_EQ(r.evidence.back().entry, entry);
}

// Beyond the policy the journal refuses the proposal (MeetingLog): a journal holding one is not
// assessed on it but refused, the limit named.
TEST(MeetingNegotiationAssessor, ACounterProposalBeyondThePolicyIsRefused) {
    NegotiatedAttempt a;
    a.counter(4, "engagement");
    a.counter(15, "engagement");  // > 10 %: beyond the manager's limit
    try {
        a.assessed();
        FAIL() << "assessed";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("plafonne à 10 %"), std::string::npos) << e.what();
    }
}
