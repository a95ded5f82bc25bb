// The assessors of the meetings (issue 12 §4, docs/assessment.md « Les rendez-vous »): each rule
// passing and failing on small journals of the minimal market. The company's needs are the
// generated ones (CompanyNeeds::of), as the assessors read them; bank entries are picked by what
// they are (phase, move, code, field revealed), not by id.
#include <gtest/gtest.h>

#include <set>

#include "MeetingAttempt.h"
#include "cmcsim/assess/Grading.h"

using namespace cmcsim;
using namespace cmcsim::test;

// Without a closed meeting nothing is measured: "à apprécier", saying why (an open meeting is
// not judged, its conclusion is not known yet).
TEST(MeetingAssessors, NoClosedMeetingIsForTheEvaluator) {
    MeetingAttempt a;
    a.discover();
    for (const auto& [assessor, indicator] :
         std::vector<std::pair<std::string, std::string>>{{"rdv.decouverte", "B3.2.5"},
                                                          {"rdv.obligations", "B3.2.11"},
                                                          {"rdv.loyaute", "B3.2.3"},
                                                          {"rdv.offre", "B3.2.7"},
                                                          {"rdv.objections", "B4.5.2"},
                                                          {"rdv.argumentaire", "B3.3.9"},
                                                          {"rdv.conclusion", "B3.3.6"}}) {
        const auto r = a.assess(assessor, indicator);
        expectVerdict(r, Verdict::AApprecier, 0);
        EXPECT_NE(r.explanation.find("1 en cours"), std::string::npos) << r.explanation;
    }
}

// By the book: every duty before the signature, no breach, objections answered, the offer fits
// and was proposed for signature; the company signs.
TEST(MeetingAssessors, AMeetingByTheBookIsAcquired) {
    MeetingAttempt a;
    a.byTheBook();
    for (const auto& indicator :
         {"B3.2.4", "B3.2.9", "B3.2.10", "B3.2.11", "B4.6.6", "B4.6.7", "B4.6.8"})
        expectVerdict(a.assess("rdv.obligations", indicator), Verdict::Acquis, 100);
    for (const auto& indicator : {"B3.2.1", "B3.2.3", "B3.2.8", "B3.3.1"})
        expectVerdict(a.assess("rdv.loyaute", indicator), Verdict::Acquis, 100);
    for (const auto& indicator : {"B3.2.7", "B4.6.3"})
        expectVerdict(a.assess("rdv.offre", indicator), Verdict::Acquis, 100);
    for (const auto& indicator : {"B4.5.2", "B3.3.4", "B3.3.2"})
        expectVerdict(a.assess("rdv.objections", indicator), Verdict::Acquis, 100);
    expectVerdict(a.assess("rdv.decouverte", "B3.2.6"), Verdict::Acquis, 100);
    expectVerdict(a.assess("rdv.decouverte", "B4.2.2"), Verdict::Acquis, 100);
    expectVerdict(a.assess("rdv.conclusion", "B3.3.6"), Verdict::Acquis, 100);
    // Evidence names the meeting, the step and its words.
    const auto r = a.assess("rdv.obligations", "B3.2.10");
    const auto* ipid = evidenceWith(r, "rendez-vous n° 1");
    ASSERT_NE(ipid, nullptr);
    EXPECT_GT(ipid->entry, 0);
}

// A meeting that skips the written needs is assessed so (L521-4 C. assur.): B3.2.11 0 of 1;
// B3.2.4 3 duties of 5 (the advice in writing rests on no written needs) = 60 % → partiellement
// acquis, 50 + 50 × (0.6 − 0.5) / (1 − 0.5) = 60;
// B3.2.1 counts the signature proposed before the DDA steps: 1 breach → partiellement, 50.
TEST(MeetingAssessors, AMeetingSkippingTheWrittenNeedsIsAssessedSo) {
    MeetingAttempt a;
    a.byTheBook(false);
    expectVerdict(a.assess("rdv.obligations", "B3.2.11"), Verdict::NonAcquis, 0);
    // The advice in writing before the needs are written earns nothing (DDA order,
    // docs/simulation.md): 3 of 5 obligations met → 60.
    expectVerdict(a.assess("rdv.obligations", "B3.2.4"), Verdict::PartiellementAcquis, 60);
    expectVerdict(a.assess("rdv.obligations", "B3.2.10"), Verdict::Acquis, 100);
    expectVerdict(a.assess("rdv.loyaute", "B3.2.1"), Verdict::PartiellementAcquis, 50);
    expectVerdict(a.assess("rdv.loyaute", "B3.3.1"), Verdict::PartiellementAcquis, 50);
    // B4.6.8: the needs not written, so the advice in writing given before them counts for
    // nothing: 0 of 2 → 0.
    expectVerdict(a.assess("rdv.obligations", "B4.6.8"), Verdict::NonAcquis, 0);
    // B3.2.6: reformulated, not written: 1 of 2 → 50.
    expectVerdict(a.assess("rdv.decouverte", "B3.2.6"), Verdict::PartiellementAcquis, 50);
}

// The IPID never given: B3.2.10 and B4.6.7 0 of 1; the needs written after the signature was
// proposed do not count for B3.2.11 (L521-4 C. assur.: before the conclusion).
TEST(MeetingAssessors, DutiesMissedOrLateAreNotMet) {
    MeetingAttempt a;
    a.discover();
    a.present();
    a.answerObjections();
    a.inform(false);
    a.sign();
    a.writeNeeds();
    a.close();
    const auto r = a.assess("rdv.obligations", "B4.6.7");
    expectVerdict(r, Verdict::NonAcquis, 0);
    EXPECT_NE(r.explanation.find("0 % (0 sur 1)"), std::string::npos) << r.explanation;
    expectVerdict(a.assess("rdv.obligations", "B3.2.10"), Verdict::NonAcquis, 0);
    const auto needs = a.assess("rdv.obligations", "B3.2.11");
    expectVerdict(needs, Verdict::NonAcquis, 0);
    ASSERT_NE(evidenceWith(needs, "après la signature proposée"), nullptr) << needs.explanation;
    // B3.2.9: identity and complaints given before: acquis.
    expectVerdict(a.assess("rdv.obligations", "B3.2.9"), Verdict::Acquis, 100);
}

// Misleading claims and over-selling: B3.2.8 counts the misleading claim only (1 breach →
// partiellement, 50); B3.2.3 the claim, the over-selling move and the offer above the wanted
// level (3 breaches, beyond twice the partial threshold → 0); B3.2.7 the offer over-sold.
TEST(MeetingAssessors, MisleadingClaimsAndOverSellingAreBreaches) {
    MeetingAttempt a;
    if (a.needs.wantedLevel >= 4) GTEST_SKIP() << "the test company wants the top level";
    a.discover();
    a.writeNeeds();
    a.present(2);
    a.choose(1, {entryOf(MeetingMove::Misleading)});
    a.choose(1, {entryOf(MeetingMove::OverSelling)});
    a.close();
    expectVerdict(a.assess("rdv.loyaute", "B3.2.8"), Verdict::PartiellementAcquis, 50);
    const auto honest = a.assess("rdv.loyaute", "B3.2.3");
    expectVerdict(honest, Verdict::NonAcquis, 0);
    EXPECT_NE(honest.explanation.find("3 manquements"), std::string::npos) << honest.explanation;
    const auto offer = a.assess("rdv.offre", "B3.2.7");
    expectVerdict(offer, Verdict::NonAcquis, 0);
    EXPECT_NE(offer.explanation.find("survente"), std::string::npos);
}

// Discovery against the hidden needs: everything asked → acquis; only the budget → 1 of the n
// needs the company holds, 1/n < 0.5 → non acquis with the score 50 × (1/n) / 0.5.
TEST(MeetingAssessors, DiscoveryIsMeasuredAgainstTheHiddenNeeds) {
    MeetingAttempt all;
    // Every question revealing a field not known yet where its rule holds, in the banks' order
    // (the phases' order).
    std::set<std::string> asked;
    for (const auto& e : reference().meetings.entries) {
        if (e.move != MeetingMove::Question || e.reveals == "aucun" || asked.contains(e.reveals))
            continue;
        const auto c = all.context(1, all.needs, minimalScenario().seed);
        if (e.relevance != "toujours" &&
            !(e.relevance.starts_with("si:") &&
              c->holds(e.relevance.substr(3), all.transcript(1, all.needs))))
            continue;
        all.choose(1, {e.id});
        asked.insert(e.reveals);
    }
    all.close();
    expectVerdict(all.assess("rdv.decouverte", "B3.2.5"), Verdict::Acquis, 100);

    MeetingAttempt one;
    one.choose(1, {question("budget")});
    one.close();
    const auto r = one.assess("rdv.decouverte", "B3.2.5");
    const auto& n = one.needs;
    const int expected = 6 + (n.covered ? 2 + (n.dissatisfactions.empty() ? 0 : 1) : 0) +
                         (n.providentWanted ? 1 : 0) + (n.pendingDue ? 1 : 0) +
                         (n.branchRegime.empty() ? 0 : 1);
    expectVerdict(r, Verdict::NonAcquis,
                  static_cast<int>(std::lround(50.0 * (1.0 / expected) / 0.5)));
}

// Active listening: 4 relevant questions and 1 off-topic = 80 % → partiellement acquis,
// 50 + 50 × (0.8 − 0.7) / (0.9 − 0.7) = 75; the same question asked twice counts as not
// listening too.
TEST(MeetingAssessors, OffTopicAndRepeatedChoicesAreNotListening) {
    MeetingAttempt a;
    a.choose(1, {question("decideurs"), question("budget"), question("niveau_souhaite"),
                 question("priorites"), offTopic()});
    a.close();
    expectVerdict(a.assess("rdv.decouverte", "B4.5.4"), Verdict::PartiellementAcquis, 75);
}

// Objections: none answered → 0; a poor answer first, then the good one: handled (B4.5.2) but
// not at once (B3.3.4), and the poor answer is not pertinent (B3.3.2).
TEST(MeetingAssessors, ObjectionsAnsweredWellOrNot) {
    MeetingAttempt none;
    none.discover();
    none.present();
    none.close();
    expectVerdict(none.assess("rdv.objections", "B4.5.2"), Verdict::NonAcquis, 0);

    MeetingAttempt late;
    late.discover();
    late.present();
    const auto c = late.context(1, late.needs, minimalScenario().seed);
    ASSERT_FALSE(c->objections.empty());
    // A poor answer to the first objection raised, then good answers to all.
    const auto first = c->objections.front().first;
    double poorly = 0;  // the raised objections the poor answer touched
    for (const auto& e : reference().meetings.entries)
        if (e.move == MeetingMove::PoorAnswer && e.phase == MeetingPhase::Objections) {
            const auto answered = c->answered(e.code);
            if (std::find(answered.begin(), answered.end(), first) != answered.end()) {
                late.choose(1, {e.id});
                // It answers the objections voiced: one at a time (objections_par_tour).
                poorly = std::min(static_cast<double>(answered.size()),
                                  reference().meetings.parameter("objections_par_tour"));
                break;
            }
        }
    const int good = late.answerObjections();
    late.close();
    const double raised = static_cast<double>(c->objections.size());
    expectVerdict(late.assess("rdv.objections", "B4.5.2"), Verdict::Acquis, 100);
    ASSERT_GT(poorly, 0) << "no poor answer to " << first;
    const double atOnce = (raised - poorly) / raised;
    const auto proof = late.assess("rdv.objections", "B3.3.4");
    EXPECT_EQ(proof.verdict, grading::atLeast(atOnce, 1, 0.5)) << proof.explanation;
    EXPECT_EQ(proof.score, grading::scoreAtLeast(atOnce, 1, 0.5));
    const double pertinent = good / (good + 1.0);  // good answers of all answers given
    const auto answers = late.assess("rdv.objections", "B3.3.2");
    EXPECT_EQ(answers.score, grading::scoreAtLeast(pertinent, 1, 0.5)) << answers.explanation;
}

// The arguments the banks attach to an indicator: a comparison with the current contract counts
// once its guarantees are known, not before (off-topic); without an offer it is not concerned.
TEST(MeetingAssessors, AComparisonCountsOnlyWhereRelevant) {
    const auto comparison = touching("B3.3.3", MeetingPhase::Presentation);
    MeetingAttempt blind;
    blind.choose(1, {question("budget")});
    blind.present();
    blind.choose(1, {comparison});
    blind.close();
    const auto r = blind.assess("rdv.argumentaire", "B3.3.3");
    expectVerdict(r, Verdict::NonAcquis, 0);
    EXPECT_NE(evidenceWith(r, "étape"), nullptr);

    MeetingAttempt informed;
    informed.discover();
    informed.writeNeeds();  // the offer rests on them (else not credited)
    informed.present();
    informed.choose(1, {comparison});
    informed.close();
    expectVerdict(informed.assess("rdv.argumentaire", "B3.3.3"), Verdict::Acquis, 100);

    MeetingAttempt noOffer;
    noOffer.discover();
    noOffer.close();
    expectVerdict(noOffer.assess("rdv.argumentaire", "B3.3.3"), Verdict::AApprecier, 0);
}

// Closing: a meeting closed after the discovery with no next step is lost (B3.3.6: 0); the
// offer presented and not proposed for signature (B4.6.3: 0; B4.5.1 misses it).
TEST(MeetingAssessors, AMeetingEndingWithoutNextStepOrSignatureFails) {
    MeetingAttempt a;
    a.discover();
    a.present();
    a.close();
    expectVerdict(a.assess("rdv.conclusion", "B3.3.6"), Verdict::NonAcquis, 0);
    expectVerdict(a.assess("rdv.offre", "B4.6.3"), Verdict::NonAcquis, 0);
    const auto r = a.assess("rdv.conclusion", "B4.5.1");
    EXPECT_NE(r.verdict, Verdict::Acquis) << r.explanation;
    EXPECT_NE(r.explanation.find("Opportunités exploitées"), std::string::npos);
}
