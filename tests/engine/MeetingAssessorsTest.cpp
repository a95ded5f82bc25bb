// The assessors of the meetings (issue 12 §4, docs/assessment.md « Les rendez-vous »): each rule
// passing and failing on small journals of the minimal market. The company's needs are the
// generated ones (CompanyNeeds::of), as the assessors read them; bank entries are picked by what
// they are (phase, move, code, field revealed), not by id.
#include <gtest/gtest.h>

#include <set>

#include "MeetingTestKit.h"
#include "cmcsim/assess/Assessment.h"
#include "cmcsim/assess/Grading.h"
#include "cmcsim/meeting/MeetingOfferFit.h"
#include "cmcsim/reference/MeetingBank.h"
#include "cmcsim/reference/ReferenceData.h"

using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

namespace {

// The first bank entry of `move` (with `code`, in `phase`, when given), by id.
std::string entryOf(MeetingMove move, const std::string& code = "",
                    std::optional<MeetingPhase> phase = std::nullopt) {
    for (const auto& e : reference().meetings.entries)
        if (e.move == move && (code.empty() || e.code == code) && (!phase || e.phase == *phase))
            return e.id;
    ADD_FAILURE() << "no bank entry of move " << meetingMoveCode(move) << " " << code;
    return "";
}
// The question revealing `field` always relevant (relevance "toujours" first).
std::string question(const std::string& field) {
    for (const auto& e : reference().meetings.entries)
        if (e.move == MeetingMove::Question && e.reveals == field && e.relevance == "toujours")
            return e.id;
    return "";
}
// An entry never relevant ("jamais"): the off-topic question.
std::string offTopic() {
    for (const auto& e : reference().meetings.entries)
        if (e.relevance == "jamais") return e.id;
    ADD_FAILURE() << "no off-topic entry in the banks";
    return "";
}
// The bank entries touching `indicator` (column critere) of `phase`.
std::string touching(const std::string& indicator, MeetingPhase phase) {
    for (const auto& e : reference().meetings.entries)
        if (e.criterion == indicator && e.phase == phase) return e.id;
    ADD_FAILURE() << "no bank entry touching " << indicator;
    return "";
}

// A meeting with the first test company, scripted step by step, assessed by the registered
// assessors with the thresholds of datasets/seuils_evaluation.csv.
struct MeetingAttempt : MeetingJournal {
    MeetingAttempt() {
        needs = CompanyNeeds::of(minimalMarket(), reference(), minimalScenario(),
                                 minimalScenario().seed, company);
        // The offer at the wanted level with the largest employer share within the budget.
        static const char* products[] = {"sante_socle", "sante_essentiel", "sante_confort",
                                         "sante_excellence"};
        const std::string product = products[std::clamp(needs.wantedLevel, 1, 4) - 1];
        for (int pct = 100; pct >= 10; pct -= 10) {
            offer = healthOffer(product, pct);
            if (MeetingOfferFit::of(minimalMarket(), reference(), reference().meetings, needs,
                                    siret, 1, offer, Date())
                    .fits())
                break;
        }
        ok(cmd::kSaveOffer, {{"siret", siret}, {"offre", offer}});
        // Version 2: the top of the range, above any wanted level below 4.
        ok(cmd::kSaveOffer, {{"siret", siret}, {"offre", healthOffer("sante_excellence", 100)}});
        ok(cmd::kMeetingOpen, {{"siret", siret}});
    }

    void discover() {
        for (const char* field : {"decideurs", "etat_personnel", "garanties_actuelles", "budget",
                                  "niveau_souhaite", "priorites"})
            choose(1, {question(field)});
    }
    void reformulate() {
        choose(1, {entryOf(MeetingMove::Question, "", MeetingPhase::Reformulation)});
    }
    void writeNeeds() { ok(cmd::kMeetingNeeds, {{"rdv", 1}, {"besoins", kNeedsWritten}}); }
    void present(int version = 1) { ok(cmd::kMeetingOffer, {{"rdv", 1}, {"version", version}}); }
    // A good answer to each objection the decision makers raise, in the order they voice them
    // (one at a time, by influence); returns the number of answers given.
    int answerObjections() {
        const auto c = context(1, needs, minimalScenario().seed);
        EXPECT_FALSE(c->objections.empty()) << "the test company raises no objection";
        std::set<std::string> chosen;
        int given = 0;
        for (const auto& [code, role] : c->objections)
            for (const auto& e : reference().meetings.entries) {
                if (e.move != MeetingMove::GoodAnswer || chosen.contains(e.id)) continue;
                const auto codes = c->answered(e.code);
                if (std::find(codes.begin(), codes.end(), code) == codes.end()) continue;
                choose(1, {e.id});
                ++given;
                chosen.insert(e.id);
                break;
            }
        return given;
    }
    void inform(bool ipid = true) {
        for (const auto& code : MeetingBank::obligations())
            if (ipid || code != "ipid") choose(1, {entryOf(MeetingMove::Obligation, code)});
    }
    void sign() { choose(1, {entryOf(MeetingMove::Signature)}); }
    void close() { ok(cmd::kMeetingClose, {{"rdv", 1}}); }
    // The whole meeting by the book, `needsWritten` or not.
    void byTheBook(bool needsWritten = true) {
        discover();
        reformulate();
        if (needsWritten) writeNeeds();
        present();
        answerObjections();
        inform();
        sign();
        close();
    }

    IndicatorResult assess(const std::string& assessor, const std::string& indicator) const {
        const AssessmentContext context{minimalScenario(), minimalMarket(), reference(), journal(),
                                        state()};
        std::map<std::string, double> values;
        const auto t = reference().framework.thresholdsOf(assessor);
        for (const auto& name : AssessorRegistry::all().at(assessor).thresholds)
            values[name] = t.at(name);
        return AssessorRegistry::all().at(assessor).assess(context, AssessorThresholds(values),
                                                           indicator.substr(0, 4), indicator);
    }

    std::uint32_t company = companyOf(line());
    std::string siret = siretOf(line());
    CompanyNeeds needs;
    nlohmann::json offer;
};

void expectVerdict(const IndicatorResult& r, Verdict verdict, int score) {
    EXPECT_EQ(r.verdict, verdict) << r.indicator << " : " << r.explanation;
    EXPECT_EQ(r.score, score) << r.indicator << " : " << r.explanation;
}

}  // namespace

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
// B3.2.4 4 duties of 5 = 80 % → partiellement acquis, 50 + 50 × (0.8 − 0.5) / (1 − 0.5) = 80;
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
