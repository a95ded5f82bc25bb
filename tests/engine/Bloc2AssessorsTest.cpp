#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "AssessmentTestKit.h"
#include "TestFiles.h"
#include "cmcsim/assess/Grading.h"
#include "cmcsim/core/Siret.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

// Lines of the test market whose only defect is of `kind` (first `count` of them).
std::vector<std::uint32_t> linesWithOnly(DefectKind kind, std::size_t count) {
    const auto& market = assessmentMarket();
    std::map<std::uint32_t, std::vector<DefectKind>> byLine;
    for (const auto& d : market.defects) byLine[d.record].push_back(d.kind);
    std::vector<std::uint32_t> lines;
    for (const auto& [line, kinds] : byLine)
        if (kinds.size() == 1 && kinds.front() == kind && lines.size() < count)
            lines.push_back(line);
    EXPECT_EQ(lines.size(), count);
    return lines;
}

// A line without defect whose establishment no other line lists.
std::uint32_t cleanLine() {
    const auto& market = assessmentMarket();
    std::set<std::uint32_t> defective;
    for (const auto& d : market.defects) defective.insert(d.record);
    std::map<std::uint32_t, int> listings;
    for (const auto& p : market.prospects) ++listings[p.establishment];
    for (std::uint32_t line = 0; line < market.prospects.size(); ++line)
        if (!defective.contains(line) && listings[market.prospects[line].establishment] == 1)
            return line;
    ADD_FAILURE() << "no clean line";
    return 0;
}

// Real, open, distinct establishments of the lines whose real NAF section is `section`, their
// employees and premium potential (employees × the company's monthly health premium × 12, the
// market's mean premium for a company without contract): the hand computation of what a segment
// {"sections": [section]} really gives.
struct SectionTruth {
    std::int64_t establishments = 0, employees = 0;
    double premium = 0;
    std::set<std::uint32_t> ids;
};
SectionTruth sectionTruth(char section) {
    const auto& market = assessmentMarket();
    double sum = 0;
    int covered = 0;
    for (const auto& c : market.companies)
        if (c.health.insurer >= 0) {
            sum += c.health.monthlyPremium.euros();
            ++covered;
        }
    const double mean = sum / static_cast<double>(covered);
    SectionTruth t;
    for (const auto& p : market.prospects) {
        const auto& e = market.establishments[p.establishment];
        if (e.closed || reference().naf.codes()[e.naf].section != section) continue;
        if (!t.ids.insert(p.establishment).second) continue;
        const auto& c = market.companies[e.company];
        ++t.establishments;
        t.employees += e.headcount;
        t.premium +=
            e.headcount * 12.0 * (c.health.insurer >= 0 ? c.health.monthlyPremium.euros() : mean);
    }
    return t;
}

// The largest NAF section of the test market's real establishments.
char largestSection() {
    std::map<char, int> counts;
    for (const auto& e : assessmentMarket().establishments)
        ++counts[reference().naf.codes()[e.naf].section];
    return std::max_element(counts.begin(), counts.end(),
                            [](const auto& a, const auto& b) { return a.second < b.second; })
        ->first;
}

// The lift of a segment by hand: its rate of real opportunities (companies not with the
// mutuelle, without health contract or with a propensity to move of at least `propensity`) over
// the rate of every open establishment of the file.
double liftByHand(const SectionTruth& segment, double propensity) {
    const auto& market = assessmentMarket();
    const auto isOpportunity = [&](std::uint32_t e) {
        const auto& h = market.companies[market.establishments[e].company].health;
        return h.insurer != 0 && (h.insurer < 0 || h.propensityToMove >= propensity);
    };
    const auto rateOf = [&](const std::set<std::uint32_t>& ids) {
        return static_cast<double>(std::count_if(ids.begin(), ids.end(), isOpportunity)) /
               static_cast<double>(ids.size());
    };
    std::set<std::uint32_t> all;
    for (const auto& p : market.prospects)
        if (!market.establishments[p.establishment].closed) all.insert(p.establishment);
    const double base = rateOf(all);
    EXPECT_GT(base, 0);
    return rateOf(segment.ids) / base;
}

const std::string kQualification =
    "Commerces de proximité de moins de dix salariés, souvent sans contrat collectif adapté à "
    "leurs "
    "besoins";  // 15 words

}  // namespace

// Four lines with one stale headcount each and a clean line are verified; three of the four are
// flagged right, the clean one is flagged a duplicate: 5 verifications, precision 3/4, recall 3/4.
TEST(ReliabilityAssessor, MeasuresVerificationsPrecisionAndRecallAgainstTheInjectedDefects) {
    ScriptedAttempt a;
    const auto stale = linesWithOnly(DefectKind::StaleHeadcount, 4);
    const auto clean = cleanLine();
    for (const auto line : stale) a.verify(line);
    a.verify(clean);
    for (std::size_t i = 0; i < 3; ++i) a.flag(stale[i], "donnee_erronee");
    const auto falseAlarm = a.flag(clean, "doublon");

    const auto base = thresholdsOf("fiabilite.verifications");
    const auto r = a.assess("fiabilite.verifications", base);
    EXPECT_EQ(figure(r, "Précision des signalements"), "75 % (3 sur 4)");
    EXPECT_EQ(figure(r, "Rappel des anomalies des fiches vérifiées"), "75 % (3 sur 4)");
    EXPECT_EQ(figure(r, "Fiches vérifiées (aucun segment)"), "5 sur 5 vérifiées en tout");
    // Dataset thresholds: 5 verifications is partial (acquis from 20), precision 0.75 partial
    // (0.8), recall 0.75 acquis (0.7): partiellement acquis. Sub-scores: verifications 50 (at the
    // partial threshold 5), precision 50 + 50 × (0.75 − 0.5) / (0.8 − 0.5) = 91.7, recall 100;
    // the score is the weakest measure's, 50 (the mean, 81, was shown before).
    EXPECT_EQ(r.verdict, Verdict::PartiellementAcquis);
    EXPECT_EQ(r.score, 50);
    bool listed = false;
    for (const auto& e : r.evidence) listed = listed || e.entry == falseAlarm;
    EXPECT_TRUE(listed) << "the false alarm's entry is evidence";

    // Each measure exactly at its acquis threshold: acquis.
    const std::map<std::string, double> pass = {
        {"verifications_acquis", 5}, {"verifications_partiel", 2}, {"precision_acquis", 0.75},
        {"precision_partiel", 0.5},  {"rappel_acquis", 0.75},      {"rappel_partiel", 0.5}};
    EXPECT_EQ(a.assess("fiabilite.verifications", pass).verdict, Verdict::Acquis);
    EXPECT_EQ(a.assess("fiabilite.verifications", pass).score, 100);
    // Each measure failing its acquis threshold, then its partial one.
    for (const auto& [acquis, partial] : std::vector<std::pair<std::string, std::string>>{
             {"verifications_acquis", "verifications_partiel"},
             {"precision_acquis", "precision_partiel"},
             {"rappel_acquis", "rappel_partiel"}}) {
        auto t = pass;
        t[acquis] = pass.at(acquis) + (acquis == "verifications_acquis" ? 1 : 0.01);
        const auto partly = a.assess("fiabilite.verifications", t);
        EXPECT_EQ(partly.verdict, Verdict::PartiellementAcquis) << acquis;
        // The one failing measure gives the score, just below 100 (the others are at 100).
        EXPECT_GE(partly.score, 50) << acquis;
        EXPECT_LE(partly.score, 99) << acquis;
        t[partial] = t[acquis];
        const auto failed = a.assess("fiabilite.verifications", t);
        EXPECT_EQ(failed.verdict, Verdict::NonAcquis) << partial;
        EXPECT_LE(failed.score, 49) << partial;
    }
}

// A segment of the lines not verified: none of the 3 verifications is on a target line.
TEST(ReliabilityAssessor, CountsOnlyVerificationsOnTheSegmentsLines) {
    ScriptedAttempt a;
    for (std::uint32_t line = 0; line < 3; ++line) a.verify(line);
    a.segment("a-verifier", {{"verifiee", false}}, kQualification, 10, 1000);
    const auto r = a.assess("fiabilite.verifications", thresholdsOf("fiabilite.verifications"));
    EXPECT_EQ(figure(r, "Fiches vérifiées dans les segments"), "0 sur 3 vérifiées en tout");
    EXPECT_EQ(r.verdict, Verdict::NonAcquis);
}

// A duplicate flagged on the line it duplicates (not the injected one) is right.
TEST(ReliabilityAssessor, ADuplicateFlaggedOnEitherLineIsRight) {
    const auto& market = assessmentMarket();
    const auto copy = linesWithOnly(DefectKind::Duplicate, 1).front();
    std::uint32_t original = 0;
    for (std::uint32_t line = 0; line < market.prospects.size(); ++line)
        if (line != copy &&
            market.prospects[line].establishment == market.prospects[copy].establishment)
            original = line;
    ScriptedAttempt a;
    a.flag(original, "doublon");
    const auto r = a.assess("fiabilite.verifications", thresholdsOf("fiabilite.verifications"));
    EXPECT_EQ(figure(r, "Précision des signalements"), "100 % (1 sur 1)");
}

// Territory study (entry 2), a segment (3), competitor study (4), a verification (5): three
// sources (two kinds of study and the verifications); one of the two studies came before a
// segment (50 %). Sub-scores: 100 (3 sources ≥ 3) and 100 (50 % ≥ 50 %): score 100 (the mean of
// 100 and the raw share 50, 75, was shown before).
TEST(SourcesAssessor, CountsDistinctSourcesAndTheStudiesBoughtBeforeASegment) {
    ScriptedAttempt a;
    a.buy("territoire");
    a.segment("commerce", {{"sections", {"G"}}}, kQualification, 10, 1000);
    a.buy("veille");
    a.verify(0);
    const auto base = thresholdsOf("potentiel.sources");
    const auto r = a.assess("potentiel.sources", base);
    EXPECT_EQ(figure(r, "Sources distinctes utilisées"), "3");
    EXPECT_EQ(figure(r, "Études achetées avant un segment"), "50 % (1 sur 2)");
    EXPECT_EQ(r.verdict, Verdict::Acquis);  // 3 ≥ 3 sources, 50 % ≥ 50 %
    EXPECT_EQ(r.score, 100);
    EXPECT_EQ(r.evidence.front().entry, 2);
    auto t = base;
    t["part_pertinente_acquis"] = 0.8;
    // The share 0.5 below 0.8: partial, sub-score 50 + 50 × 0.5 / 0.8 = 81.25 → 81.
    const auto late = a.assess("potentiel.sources", t);
    EXPECT_EQ(late.verdict, Verdict::PartiellementAcquis);
    EXPECT_EQ(late.score, 81);
    t = base;
    t["sources_acquis"] = 4;
    // 3 sources between 2 and 4: sub-score 50 + 50 × (3 − 2) / (4 − 2) = 75.
    const auto fewer = a.assess("potentiel.sources", t);
    EXPECT_EQ(fewer.verdict, Verdict::PartiellementAcquis);
    EXPECT_EQ(fewer.score, 75);
    t["sources_partiel"] = 4;
    // 3 sources below 4: sub-score 50 × 3 / 4 = 37.5 → 38, not the mean (69) of 38 and 100.
    const auto none = a.assess("potentiel.sources", t);
    EXPECT_EQ(none.verdict, Verdict::NonAcquis);
    EXPECT_EQ(none.score, 38);
}

TEST(UpdatesAssessor, IsLeftToTheEvaluatorWithTheVerificationsAsLeads) {
    ScriptedAttempt a;
    const auto first = a.verify(3);
    const auto last = a.verify(7);
    const auto r = a.assess("information.actualisation", {});
    EXPECT_EQ(r.verdict, Verdict::AApprecier);
    EXPECT_EQ(r.score, 0);
    EXPECT_NE(r.explanation.find("le fichier de prospects n'est pas mis à jour"),
              std::string::npos);
    ASSERT_GE(r.evidence.size(), 2u);
    EXPECT_EQ(r.evidence[0].entry, first);
    EXPECT_EQ(r.evidence[1].entry, last);
}

// An offer saved for a company insured by the competitor, before then after the competitor study.
TEST(CompetitorOffersAssessor, NeedsTheStudyAndOffersSavedAfterIt) {
    const auto& market = assessmentMarket();
    std::string siret;
    for (const auto& p : market.prospects) {
        const auto& e = market.establishments[p.establishment];
        if (!e.closed && market.companies[e.company].health.insurer > 0) {
            siret = siret::formatSiret(p.siret);
            break;
        }
    }
    const auto offer = nlohmann::json::parse(readFile(fixturePath("offers/alisfa-creche.json")));
    const auto t = thresholdsOf("concurrence.offres");  // 1 offer compared for acquis

    ScriptedAttempt a;
    a.add(command::kSaveOffer, {{"siret", siret}, {"offre", offer}});
    EXPECT_EQ(a.assess("concurrence.offres", t).verdict, Verdict::NonAcquis);  // no study
    a.buy("veille");
    EXPECT_EQ(a.assess("concurrence.offres", t).verdict,
              Verdict::PartiellementAcquis);  // the offer came before the study
    a.add(command::kSaveOffer, {{"siret", siret}, {"offre", offer}});
    const auto r = a.assess("concurrence.offres", t);
    EXPECT_EQ(r.verdict, Verdict::Acquis);
    EXPECT_EQ(r.score, 100);
    EXPECT_EQ(a.assess("concurrence.offres", {{"offres_comparees_acquis", 2}}).verdict,
              Verdict::PartiellementAcquis);
}

// A segment of the largest section announced with its true count and potential: gaps 0; then
// announced 20 % too many establishments (a gap of 0.20, partial between 0.15 and 0.35), and
// qualified in 3 words (below 12).
TEST(TargetsAssessor, ComparesTheAnnouncedFiguresWithWhatTheFilterReallyGives) {
    const char section = largestSection();
    const auto truth = sectionTruth(section);
    ASSERT_GT(truth.establishments, 5);
    const nlohmann::json filter = {{"sections", {std::string(1, section)}}};
    // Lift thresholds at 0 so that only the counts and the qualification decide here.
    const auto t = thresholdsOf("cibles.qualification", {{"lift_acquis", 0}, {"lift_partiel", 0}});

    ScriptedAttempt exact;
    exact.segment("s", filter, kQualification, truth.establishments, truth.premium);
    const auto r = exact.assess("cibles.qualification", t);
    EXPECT_EQ(figure(r, "Écart moyen sur le nombre d'établissements"), "0 %");
    EXPECT_EQ(figure(r, "Écart moyen sur le potentiel de cotisations"), "0 %");
    EXPECT_EQ(figure(r, "Segments qualifiés par écrit"), "100 % (1 sur 1)");
    EXPECT_EQ(r.verdict, Verdict::Acquis);

    ScriptedAttempt over;
    const auto announced =
        static_cast<std::int64_t>(std::llround(static_cast<double>(truth.establishments) * 1.2));
    over.segment("s", filter, kQualification, announced, truth.premium);
    const double gap = static_cast<double>(announced - truth.establishments) /
                       static_cast<double>(truth.establishments);
    ASSERT_GT(gap, 0.15);
    ASSERT_LE(gap, 0.35);
    EXPECT_EQ(over.assess("cibles.qualification", t).verdict, Verdict::PartiellementAcquis);
    auto strict = t;
    strict["ecart_comptage_partiel"] = gap - 0.01;
    EXPECT_EQ(over.assess("cibles.qualification", strict).verdict, Verdict::NonAcquis);

    ScriptedAttempt brief;
    brief.segment("s", filter, "Commerces de proximité", truth.establishments, truth.premium);
    EXPECT_EQ(brief.assess("cibles.qualification", t).verdict, Verdict::NonAcquis);  // 0 % < 50 %

    ScriptedAttempt potential;  // potential announced at 60 % of the truth: a gap of 0.4
    potential.segment("s", filter, kQualification, truth.establishments, truth.premium * 0.6);
    EXPECT_EQ(potential.assess("cibles.qualification", t).verdict, Verdict::PartiellementAcquis);
    auto tight = t;
    tight["ecart_potentiel_partiel"] = 0.39;
    EXPECT_EQ(potential.assess("cibles.qualification", tight).verdict, Verdict::NonAcquis);
}

// The lift: the segment's rate of real opportunities over the file's, computed by hand.
TEST(TargetsAssessor, MeasuresTheLiftOfTheSegmentsOverTheFile) {
    const char section = largestSection();
    const auto truth = sectionTruth(section);
    const double lift = liftByHand(truth, 0.3);  // datasets/seuils_evaluation.csv

    ScriptedAttempt a;
    a.segment("s", {{"sections", {std::string(1, section)}}}, kQualification, truth.establishments,
              truth.premium);
    auto t = thresholdsOf("cibles.qualification");
    t["lift_acquis"] = lift - 0.001;
    t["lift_partiel"] = lift - 0.002;
    EXPECT_EQ(a.assess("cibles.qualification", t).verdict, Verdict::Acquis);
    t["lift_acquis"] = lift + 0.001;
    EXPECT_EQ(a.assess("cibles.qualification", t).verdict, Verdict::PartiellementAcquis);
    t["lift_partiel"] = lift + 0.001;
    EXPECT_EQ(a.assess("cibles.qualification", t).verdict, Verdict::NonAcquis);
}

TEST(TargetsAssessor, NoSegmentIsNotAcquired) {
    const ScriptedAttempt a;
    const auto r = a.assess("cibles.qualification", thresholdsOf("cibles.qualification"));
    EXPECT_EQ(r.verdict, Verdict::NonAcquis);
    EXPECT_EQ(r.score, 0);
}

// The test scenario's policy: priority "TPE" (companies of 0-9), excluded section Q. A segment of
// section Q is entirely excluded; a segment of the largest section is measured by hand.
TEST(PolicyAssessor, MeasuresTheSegmentsAgainstThePriorityAndExcludedSegments) {
    const auto& market = assessmentMarket();
    const auto t = thresholdsOf("politique.segments");

    ScriptedAttempt excluded;
    const auto entry = excluded.segment("sante", {{"sections", {"Q"}}}, kQualification, 5, 1000);
    if (sectionTruth('Q').establishments > 0) {
        const auto r = excluded.assess("politique.segments", t);
        EXPECT_EQ(r.verdict, Verdict::NonAcquis);
        bool named = false;
        for (const auto& e : r.evidence) named = named || e.entry == entry;
        EXPECT_TRUE(named);
    }

    const char section = largestSection();
    const auto truth = sectionTruth(section);
    ASSERT_NE(section, 'Q');
    std::int64_t small = 0;
    for (const auto e : truth.ids)
        if (market.companies[market.establishments[e].company].sizeBand == 0) ++small;
    const double share = static_cast<double>(small) / static_cast<double>(truth.ids.size());
    ScriptedAttempt a;
    a.segment("s", {{"sections", {std::string(1, section)}}}, kQualification, 5, 1000);
    auto pass = t;
    pass["part_prioritaire_acquis"] = share;
    pass["part_prioritaire_partiel"] = share / 2;
    EXPECT_EQ(a.assess("politique.segments", pass).verdict, Verdict::Acquis);
    auto fail = pass;
    fail["part_prioritaire_acquis"] = share + 0.01;
    EXPECT_EQ(a.assess("politique.segments", fail).verdict, Verdict::PartiellementAcquis);
    fail["part_prioritaire_partiel"] = share + 0.01;
    EXPECT_EQ(a.assess("politique.segments", fail).verdict, Verdict::NonAcquis);
    const ScriptedAttempt none;
    EXPECT_EQ(none.assess("politique.segments", t).verdict, Verdict::NonAcquis);
}

// Two segments, one qualified in writing: 50 % qualified, partial (acquis needs 100 %).
TEST(TargetsAssessor, HalfTheSegmentsQualifiedIsPartial) {
    const char section = largestSection();
    const auto truth = sectionTruth(section);
    const nlohmann::json filter = {{"sections", {std::string(1, section)}}};
    auto t = thresholdsOf("cibles.qualification", {{"lift_acquis", 0}, {"lift_partiel", 0}});
    ScriptedAttempt a;
    a.segment("a", filter, kQualification, truth.establishments, truth.premium);
    a.segment("b", filter, "Trois mots seulement", truth.establishments, truth.premium);
    const auto r = a.assess("cibles.qualification", t);
    EXPECT_EQ(figure(r, "Segments qualifiés par écrit"), "50 % (1 sur 2)");
    EXPECT_EQ(r.verdict, Verdict::PartiellementAcquis);
    t["part_qualifiee_partiel"] = 0.51;
    EXPECT_EQ(a.assess("cibles.qualification", t).verdict, Verdict::NonAcquis);
    t["qualification_mots_min"] = 3;  // now both count
    EXPECT_EQ(a.assess("cibles.qualification", t).verdict, Verdict::Acquis);
}

// The propensity threshold is read: at 0.5 the lift is another figure, computed by hand the same
// way, and the verdict follows it.
TEST(TargetsAssessor, ReadsThePropensityThatMakesAnOpportunity) {
    const char section = largestSection();
    const auto truth = sectionTruth(section);
    const double propensity = 0.5;
    const double lift = liftByHand(truth, propensity);
    ScriptedAttempt a;
    a.segment("s", {{"sections", {std::string(1, section)}}}, kQualification, truth.establishments,
              truth.premium);
    auto t = thresholdsOf("cibles.qualification", {{"propension_opportunite", propensity}});
    t["lift_acquis"] = lift - 0.001;
    t["lift_partiel"] = lift - 0.002;
    const auto r = a.assess("cibles.qualification", t);
    EXPECT_EQ(r.verdict, Verdict::Acquis) << figure(r, "Taux d'opportunités réelles");
    t["lift_acquis"] = lift + 0.001;
    EXPECT_EQ(a.assess("cibles.qualification", t).verdict, Verdict::PartiellementAcquis);
}

// Segments of the largest section and of section Q (excluded by the test scenario): the excluded
// share is Q's establishments over both, by hand; the thresholds around it decide.
TEST(PolicyAssessor, TheExcludedShareAgainstItsThresholds) {
    const char section = largestSection();
    const auto big = sectionTruth(section);
    const auto q = sectionTruth('Q');
    ASSERT_GT(q.establishments, 0);
    const double share = static_cast<double>(q.establishments) /
                         static_cast<double>(q.establishments + big.establishments);
    ScriptedAttempt a;
    a.segment("a", {{"sections", {std::string(1, section)}}}, kQualification, 5, 1000);
    a.segment("q", {{"sections", {"Q"}}}, kQualification, 5, 1000);
    auto t = thresholdsOf("politique.segments",
                          {{"part_prioritaire_acquis", 0}, {"part_prioritaire_partiel", 0}});
    t["part_exclue_acquis"] = share;
    t["part_exclue_partiel"] = share + 0.1;
    EXPECT_EQ(a.assess("politique.segments", t).verdict, Verdict::Acquis);
    t["part_exclue_acquis"] = share - 0.01;
    EXPECT_EQ(a.assess("politique.segments", t).verdict, Verdict::PartiellementAcquis);
    t["part_exclue_partiel"] = share - 0.01;
    EXPECT_EQ(a.assess("politique.segments", t).verdict, Verdict::NonAcquis);
}

// The score of an indicator of several measures is its weakest measure's, inside the band of its
// verdict: acquis 100, partiellement acquis 50–99, non acquis 0–49.
TEST(Grading, TheScoreIsTheWeakestMeasuresWithinTheVerdictsBand) {
    using grading::Measure;
    // Sub-scores 100, 92, 50 (partial at its threshold): partial, 50 (the mean was 81).
    auto m = grading::weakestOf({{Verdict::Acquis, 100},
                                 {Verdict::PartiellementAcquis, 92},
                                 {Verdict::PartiellementAcquis, 50}});
    EXPECT_EQ(m.verdict, Verdict::PartiellementAcquis);
    EXPECT_EQ(m.score, 50);
    // One measure far below its partial threshold among good ones: non acquis, its score 10 (the
    // mean, 70, read as a pass).
    m = grading::weakestOf(
        {{Verdict::Acquis, 100}, {Verdict::NonAcquis, 10}, {Verdict::Acquis, 100}});
    EXPECT_EQ(m.verdict, Verdict::NonAcquis);
    EXPECT_EQ(m.score, 10);
    // A measure not applicable is not counted.
    m = grading::weakestOf({{Verdict::AApprecier, 0}, {Verdict::Acquis, 100}});
    EXPECT_EQ(m.verdict, Verdict::Acquis);
    EXPECT_EQ(m.score, 100);
    EXPECT_EQ(grading::weakestOf({}).verdict, Verdict::AApprecier);
    EXPECT_EQ(grading::weakestOf({}).score, 0);
    // Rounding never crosses a band: 99.6 rounded to 100 stays 99 when partial, 49.5 → 50 stays
    // 49 when non acquis.
    EXPECT_EQ(grading::scoreWithin(Verdict::PartiellementAcquis, 100), 99);
    EXPECT_EQ(grading::scoreWithin(Verdict::NonAcquis, 50), 49);
    EXPECT_EQ(grading::scoreWithin(Verdict::Acquis, 100), 100);
    EXPECT_EQ(grading::scoreWithin(Verdict::AApprecier, 70), 0);
    // measureAtLeast and measureAtMost pair the verdict with its sub-score. Verifications,
    // thresholds 20 and 5: 12.5 gives 50 + 50 × (12.5 − 5) / (20 − 5) = 75. Count gap,
    // thresholds 0.15 and 0.35 (0 reached at 0.7): 0.25 gives 50 + 50 × (0.45 − 0.35) /
    // (0.55 − 0.35) = 75 on the distances below 0.7.
    EXPECT_EQ(grading::measureAtLeast(12.5, 20, 5).score, 75);
    EXPECT_EQ(grading::measureAtLeast(12.5, 20, 5).verdict, Verdict::PartiellementAcquis);
    EXPECT_EQ(grading::measureAtMost(0.25, 0.15, 0.35).score, 75);
    EXPECT_EQ(grading::measureAtMost(0.25, 0.15, 0.35).verdict, Verdict::PartiellementAcquis);
}
