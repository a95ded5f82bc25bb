#include <gtest/gtest.h>

#include <functional>

#include "TestAttempts.h"
#include "TestEvaluations.h"
#include "cmcsim/assess/EvaluationFile.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/store/AttemptReader.h"
#include "cmcsim/store/AttemptSession.h"

namespace cmcsim {

using test::contains;
using test::inputProblems;

namespace {

// The single problem of the InputError loading `file` throws (fails the test if none).
Problem loadProblem(const std::filesystem::path& file) {
    const auto problems = inputProblems([&] { EvaluationFile::load(file); });
    if (problems.size() != 1) {
        ADD_FAILURE() << problems.size() << " problems loading " << file;
        return {};
    }
    return problems.front();
}

// `file` rewritten with `change` applied to its JSON, its digest recomputed when `redigest`.
template <typename Change>
void editJson(const std::filesystem::path& file, Change change, bool redigest) {
    auto document = nlohmann::json::parse(test::readFile(file));
    change(document);
    if (redigest) document["empreinte"] = EvaluationFile::digestOf(document);
    test::writeFile(file, document.dump(2));
}

}  // namespace

TEST(EvaluationFile, RoundTripKeepsEverything) {
    test::TempDir dir;
    const auto file = dir / "grille.cmceval";
    const auto original = test::signedFixture();
    EvaluationFile::save(original, file, false);
    const auto loaded = EvaluationFile::load(file);
    EXPECT_EQ(EvaluationFile::text(loaded), EvaluationFile::text(original));
    EXPECT_EQ(loaded.evaluator(2).indicators.at("B2.2.2").comment, "Rappel faible.");
    EXPECT_EQ(loaded.blocComments().at(2), "Analyse du marché solide.");
    EXPECT_EQ(loaded.preAssessment().at(2).evidence.at(1).value, "80 % (8 sur 10)");
    ASSERT_EQ(loaded.signatures().size(), 2u);
    EXPECT_EQ(loaded.code(), original.code());
    EXPECT_TRUE(loaded.complete());
}

TEST(EvaluationFile, SavingReplacesTheFileWholeAndRefusesToClobberWithoutOverwrite) {
    test::TempDir dir;
    const auto file = dir / "grille.cmceval";
    auto e = test::fixtureEvaluation();
    EvaluationFile::save(e, file, false);
    e.setEvaluator(1, "Claire Dubois", "Formatrice");
    EXPECT_FALSE(inputProblems([&] { EvaluationFile::save(e, file, false); }).empty());
    EXPECT_TRUE(EvaluationFile::load(file).evaluator(1).name.empty());  // previous version whole
    EvaluationFile::save(e, file, true);
    EXPECT_EQ(EvaluationFile::load(file).evaluator(1).name, "Claire Dubois");
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path()))
        ++files;
    EXPECT_EQ(files, 1u);  // no temporary file left
}

TEST(EvaluationFile, EditOutsideCmcsimIsDetected) {
    test::TempDir dir;
    const auto file = dir / "grille.cmceval";
    EvaluationFile::save(test::signedFixture(), file, false);
    editJson(
        file,
        [](nlohmann::json& d) { d["contenu"]["accord"]["criteres"]["B3.1"]["verdict"] = "acquis"; },
        false);
    const auto p = loadProblem(file);
    EXPECT_TRUE(contains(p.where, "$.empreinte")) << p.where;
    EXPECT_TRUE(contains(p.what, "modifié hors de cmcsim")) << p.what;
}

// Someone who knows the format recomputes the file's digest: the signatures still name the
// content that was signed, so the change is found (and the grid's code differs from the one
// printed on the signed PDF).
TEST(EvaluationFile, ChangeAfterSigningIsDetectedEvenWithARecomputedDigest) {
    test::TempDir dir;
    const auto file = dir / "grille.cmceval";
    const auto original = test::signedFixture();
    EvaluationFile::save(original, file, false);
    editJson(
        file,
        [](nlohmann::json& d) { d["contenu"]["accord"]["criteres"]["B3.1"]["verdict"] = "acquis"; },
        true);
    const auto p = loadProblem(file);
    EXPECT_TRUE(contains(p.where, "$.signatures[0]")) << p.where;
    EXPECT_TRUE(contains(p.what, "modifiée après la signature de Claire Dubois du 2026-11-30"))
        << p.what;
}

TEST(EvaluationFile, DamagedOrForeignFilesGiveTheirPlace) {
    test::TempDir dir;
    const auto file = dir / "grille.cmceval";
    EvaluationFile::save(test::signedFixture(), file, false);
    const auto text = test::readFile(file);
    const auto expect = [&](const std::string& content, const std::string& where,
                            const std::string& what) {
        test::writeFile(file, content);
        const auto p = loadProblem(file);
        EXPECT_TRUE(contains(p.where, where)) << p.where << " / " << p.what;
        EXPECT_TRUE(contains(p.what, what)) << p.where << " / " << p.what;
    };
    expect(text.substr(0, text.size() / 2), "grille.cmceval:", "");  // truncated: line:column
    expect("", "grille.cmceval", "");
    expect(std::string("SQLite format 3\0\x01", 17), "grille.cmceval",
           "pas un fichier d'évaluation");
    expect("[1, 2]", "$", "objet");
    expect(R"({"format": "autre", "version": 1})", "grille.cmceval", "pas un fichier d'évaluation");
    expect(R"({"format": "cmcsim-evaluation", "version": 99})", "grille.cmceval", "version 99");
    auto document = nlohmann::json::parse(text);
    document["contenu"]["accord"]["criteres"]["B2.1"]["verdict"] = "excellent";
    expect(document.dump(), "$.contenu.accord.criteres.B2.1.verdict", "verdict inconnu");
    document = nlohmann::json::parse(text);
    document["contenu"].erase("evaluateurs");
    expect(document.dump(), "$.contenu.evaluateurs", "manquant");
    document = nlohmann::json::parse(text);
    document["signatures"] = "Claire";
    expect(document.dump(), "$.signatures", "tableau");
    auto huge = nlohmann::json::parse(text).dump();
    huge.replace(huge.find("\"score\":90"), 10, "\"score\":1e400");
    expect(huge, "$.contenu.pre_evaluation[0].score", "hors des limites");
    EXPECT_FALSE(inputProblems([&] { EvaluationFile::load(dir.path()); }).empty());  // a folder
    EXPECT_FALSE(inputProblems([&] { EvaluationFile::load(dir / "absent.cmceval"); }).empty());
}

TEST(EvaluationFile, SignedEvaluationRefusesEveryChange) {
    auto e = test::signedFixture();
    for (const auto& change : std::vector<std::function<void()>>{
             [&] {
                 e.judge(1, "B2.1", {Verdict::NonAcquis, ""});
             },
             [&] {
                 e.agree("B2.1", {Verdict::NonAcquis, ""});
             },
             [&] { e.commentBloc(3, "x"); }, [&] { e.setEvaluator(1, "Autre", ""); }}) {
        const auto problems = inputProblems(change);
        ASSERT_EQ(problems.size(), 1u);
        EXPECT_TRUE(
            contains(problems[0].what, "la grille est signée (Claire Dubois et Marc Leroy)"))
            << problems[0].what;
    }
    EXPECT_TRUE(contains(inputProblems([&] { e.sign(1, "2026-11-30"); }).at(0).what, "déjà signé"));
}

TEST(EvaluationFile, ChangesAreChecked) {
    auto e = test::fixtureEvaluation();
    const auto what = [](auto action) {
        const auto problems = inputProblems(action);
        return problems.empty() ? std::string() : problems[0].what;
    };
    EXPECT_TRUE(contains(what([&] { e.judge(3, "B2.1", {}); }), "attendu 1 ou 2"));
    EXPECT_TRUE(contains(what([&] { e.judge(1, "B9.9", {}); }), "« B9.9 » inconnu"));
    EXPECT_TRUE(contains(what([&] { e.agree("B2.1.1", {}); }), "critère « B2.1.1 » inconnu"));
    EXPECT_TRUE(contains(what([&] { e.commentBloc(5, "x"); }), "bloc 5 absent"));
    EXPECT_TRUE(contains(what([&] {
                             e.judge(1, "B2.1", {Verdict::Acquis, "a\x1b[2Jb"});
                         }),
                         "U+001B"));
    EXPECT_TRUE(contains(what([&] {
                             e.judge(1, "B2.1", {Verdict::Acquis, std::string(4001, 'x')});
                         }),
                         "4000"));
    EXPECT_TRUE(contains(what([&] { e.sign(1, "2026-11-30"); }), "sans nom"));
    // The date typed is checked before the grid's content (found by a tester: a wrong date was
    // only reported once every verdict was agreed).
    EXPECT_TRUE(contains(what([&] { e.sign(1, "30/11/2026"); }), "AAAA-MM-JJ"));
    e.setEvaluator(1, "Claire Dubois", "Formatrice");
    // One person cannot hold both grids, whatever the case or accents.
    EXPECT_TRUE(
        contains(what([&] { e.setEvaluator(2, "CLAIRE DUBOIS", "Jury"); }), "déjà l'évaluateur 1"));
    // Found by a tester: evaluator 1 signing before evaluator 2 was named froze a grid nobody
    // could complete.
    EXPECT_TRUE(contains(what([&] { e.sign(1, "2026-11-30"); }), "évaluateur 2 sans nom"));
    e.setEvaluator(2, "Marc Leroy", "Jury");
    e.agree("B2.1", {Verdict::Acquis, ""});
    EXPECT_TRUE(contains(what([&] { e.sign(1, "2026-11-30"); }),
                         "pas de verdict convenu pour 3 critères (B2.2, B3.1, B4.1)"));
    for (const auto* id : {"B2.2", "B3.1"}) e.agree(id, {Verdict::NonAcquis, ""});
    // "À apprécier" agreed is no verdict: nothing judged cannot be signed.
    e.agree("B4.1", {Verdict::AApprecier, ""});
    EXPECT_TRUE(
        contains(what([&] { e.sign(1, "2026-11-30"); }), "« à apprécier » pour 1 critère (B4.1)"));
    e.agree("B4.1", {Verdict::NonAcquis, ""});
    e.sign(1, "2026-11-30");
    EXPECT_TRUE(e.signedByAny());
    EXPECT_FALSE(e.complete());
}

TEST(EvaluationFile, VerdictsAreReadAsTyped) {
    EXPECT_EQ(verdictFromText("acquis"), Verdict::Acquis);
    EXPECT_EQ(verdictFromText("Partiellement acquis"), Verdict::PartiellementAcquis);
    EXPECT_EQ(verdictFromText("NON-ACQUIS"), Verdict::NonAcquis);
    EXPECT_EQ(verdictFromText("à apprécier"), Verdict::AApprecier);
    EXPECT_EQ(verdictFromText("à apprécier par l'évaluateur"), Verdict::AApprecier);
    EXPECT_FALSE(verdictFromText("bien"));
    EXPECT_FALSE(verdictFromText(""));
}

// An evaluation binds to a sealed attempt's receipt; another attempt, even of the same
// scenario, is refused, and an attempt not handed in has nothing to bind to.
TEST(EvaluationFile, BindingToTheSealedAttempt) {
    test::TempDir dir;
    const auto first = test::createMinimal(dir, "a.cmc");
    const auto second = test::createMinimal(dir, "b.cmc");
    {
        AttemptReader unsealed(first, test::reference());
        const auto problems = inputProblems([&] { EvaluationFile::bindingOf(unsealed); });
        ASSERT_EQ(problems.size(), 1u);
        EXPECT_TRUE(contains(problems[0].what, "épreuve non remise")) << problems[0].what;
    }
    std::string receipt;
    {
        AttemptSession session(first, test::reference());
        receipt = session.seal();
    }
    {
        AttemptSession session(second, test::reference());
        session.execute(command::kTag, {{"ligne", 2}, {"etiquette", "à rappeler"}});
        session.seal();
    }
    AttemptReader a(first, test::reference()), b(second, test::reference());
    const auto binding = EvaluationFile::bindingOf(a);
    EXPECT_EQ(binding.receipt, receipt);
    EXPECT_EQ(binding.candidate, "Camille Martin");
    EXPECT_EQ(binding.scenarioId, a.scenario().id);
    const Evaluation evaluation(binding, test::fixtureEvaluation().criteria(), {}, "");
    EXPECT_NO_THROW(EvaluationFile::checkBinding(evaluation, a, dir / "a.cmceval"));
    const auto problems =
        inputProblems([&] { EvaluationFile::checkBinding(evaluation, b, dir / "a.cmceval"); });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(contains(problems[0].what, "ce n'est pas la même épreuve")) << problems[0].what;
    EXPECT_TRUE(contains(problems[0].what, receipt)) << problems[0].what;
}

}  // namespace cmcsim

namespace cmcsim {

// A signature could be dated by the user: before the hand-in (2026-11-29 in the fixture) or in
// the future. Both are refused; without a date it is today's.
TEST(EvaluationFile, SignaturesCannotBeBackdatedNorPostdated) {
    auto e = test::fixtureEvaluation();
    e.setEvaluator(1, "Claire Dubois", "Formatrice");
    e.setEvaluator(2, "Marc Leroy", "Jury");
    for (const auto* id : {"B2.1", "B2.2", "B3.1", "B4.1"}) e.agree(id, {Verdict::Acquis, ""});
    auto problems = test::inputProblems([&] { e.sign(1, "2026-11-28"); });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(test::contains(problems[0].what,
                               "antérieure à la remise de l'épreuve "
                               "(29/11/2026)"))
        << problems[0].what;
    problems = test::inputProblems([&] { e.sign(1, "2999-01-01"); });
    EXPECT_TRUE(test::contains(problems.at(0).what, "dans le futur")) << problems.at(0).what;
    EXPECT_FALSE(e.signedByAny());
    e.sign(1);
    EXPECT_EQ(e.signatures().at(0).date, Evaluation::today());
}

// `evaluation create --force` replaced a signed evaluation: a signed file is never replaced,
// except by the same content with one more signature (the second evaluator signing).
TEST(EvaluationFile, ASignedEvaluationIsNeverReplaced) {
    test::TempDir dir;
    const auto file = dir / "grille.cmceval";
    auto once = test::fixtureEvaluation();
    once.setEvaluator(1, "Claire Dubois", "Formatrice");
    once.setEvaluator(2, "Marc Leroy", "Professionnel du métier");
    for (const auto* id : {"B2.1", "B2.2", "B3.1", "B4.1"}) once.agree(id, {Verdict::Acquis, ""});
    once.sign(1, "2026-11-30");
    EvaluationFile::save(once, file, false);
    const auto before = test::readFile(file);
    const auto problems =
        test::inputProblems([&] { EvaluationFile::save(test::fixtureEvaluation(), file, true); });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(test::contains(problems[0].what,
                               "signée par Claire Dubois le 2026-11-30 : une "
                               "évaluation signée n'est jamais remplacée"))
        << problems[0].what;
    EXPECT_EQ(test::readFile(file), before);
    auto twice = once;
    twice.sign(2, "2026-11-30");
    EXPECT_NO_THROW(EvaluationFile::save(twice, file, true));
    EXPECT_TRUE(EvaluationFile::load(file).complete());
    EXPECT_FALSE(test::inputProblems([&] { EvaluationFile::checkReplaceable(file); }).empty());
}

}  // namespace cmcsim
