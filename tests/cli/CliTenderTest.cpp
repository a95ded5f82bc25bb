#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "CliGolden.h"
#include "CliRunner.h"

// `cmcsim tender` on an attempt of tests/fixtures/scenarios/tender.json (the minimal market with
// two competitors and the declared tender "ao-yvetot": published week 1, questions until week 2,
// submission until week 3, award week 5): the list, the specifications (text and PDF), a
// question, an incomplete then a complete response, the submission and the debrief.
namespace {

using cmcsim::test::CliResult;
using cmcsim::test::expectGolden;
using cmcsim::test::runShell;
namespace fs = std::filesystem;

const std::string kScenario = std::string(CMCSIM_TEST_DATA) + "/fixtures/scenarios/tender.json";

// Found by a third tester: a criterion label overflowed its 40-character column in the debrief.
// Every table of a tender text keeps its columns: in each run of table lines (a line with « | »
// or the header's « + » rule), the separators stand at the same characters (not bytes) on every
// line.
void expectAlignedTables(const std::string& text) {
    std::vector<std::size_t> columns;
    std::size_t start = 0;
    for (std::size_t line = 1; start < text.size(); ++line) {
        const auto end = std::min(text.find('\n', start), text.size());
        const auto row = text.substr(start, end - start);
        start = end + 1;
        std::vector<std::size_t> here;
        std::size_t chars = 0;
        for (std::size_t i = 0; i < row.size(); ++i) {
            if ((row[i] & 0xC0) == 0x80) continue;  // a UTF-8 continuation byte
            if ((row[i] == '|' || row[i] == '+') && i > 0 && row[i - 1] == ' ' &&
                i + 1 < row.size() && row[i + 1] == ' ')
                here.push_back(chars);
            ++chars;
        }
        if (!here.empty() && !columns.empty()) {
            auto a = here, b = columns;
            a.resize(std::min(a.size(), b.size()));
            b.resize(a.size());
            EXPECT_EQ(a, b) << "ligne " << line << " : " << row;
        }
        if (here.empty() || columns.empty()) columns = here;
    }
}

class CliTender : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = fs::path(::testing::TempDir()) / ("cmcsim-tender-" + std::to_string(getpid()));
        fs::create_directories(dir_);
        ASSERT_EQ(run("generate " + kScenario + " -o epreuve.cmc --force").exitCode, 0);
        list_ = run("tender list epreuve.cmc");
        show_ = run("tender show epreuve.cmc ao-yvetot");
    }
    static void TearDownTestSuite() { fs::remove_all(dir_); }
    static CliResult run(const std::string& args) {
        return runShell("cd '" + dir_.string() + "' && " + CMCSIM_CLI + " " + args);
    }
    static fs::path dir_;
    static CliResult list_, show_;
};

fs::path CliTender::dir_;
CliResult CliTender::list_, CliTender::show_;

TEST_F(CliTender, ListsThePublishedTenders) {
    ASSERT_EQ(list_.exitCode, 0) << list_.err;
    EXPECT_NE(list_.out.find("ao-yvetot"), std::string::npos);
    EXPECT_NE(list_.out.find("à lire"), std::string::npos);
    expectGolden("tender-list.txt", list_.out);
}

// Reading the specifications is journaled once, and reveals the census.
TEST_F(CliTender, ShowPrintsTheSpecificationsAndRecordsTheReading) {
    ASSERT_EQ(show_.exitCode, 0) << show_.err;
    EXPECT_NE(show_.err.find("lecture du cahier des charges ao-yvetot"), std::string::npos);
    expectGolden("tender-show.txt", show_.out);
    expectAlignedTables(show_.out);
    // The title once: the banner's « Cahier des charges » is its head.
    EXPECT_EQ(show_.out.find("\nCahier des charges\n"), std::string::npos) << show_.out;
    const auto again = run("tender show epreuve.cmc ao-yvetot");
    EXPECT_EQ(again.out, show_.out);
    EXPECT_EQ(again.err, "");  // already read: nothing written
    EXPECT_NE(run("journal epreuve.cmc").out.find("Lecture d'un cahier des charges"),
              std::string::npos);
    const auto pdf = run("tender show epreuve.cmc ao-yvetot --pdf cdc.pdf --force");
    ASSERT_EQ(pdf.exitCode, 0) << pdf.err;
    std::ifstream in(dir_ / "cdc.pdf", std::ios::binary);
    std::string head(4, '\0');
    in.read(head.data(), 4);
    EXPECT_EQ(head, "%PDF");
}

TEST_F(CliTender, UnknownTenderIsAnErrorNamingIt) {
    const auto r = run("tender show epreuve.cmc ao-nulle-part");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("appel « ao-nulle-part »"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("publiés : ao-yvetot"), std::string::npos) << r.err;
}

// From a question to the debrief, on a copy of the attempt.
TEST_F(CliTender, QuestionResponseSubmissionAndDebrief) {
    fs::copy_file(dir_ / "epreuve.cmc", dir_ / "reponse.cmc", fs::copy_options::overwrite_existing);
    // A question of blanks has no word: refused, no slot used (found by a tester).
    const auto blank = run("tender question reponse.cmc ao-yvetot '   '");
    EXPECT_EQ(blank.exitCode, 1);
    EXPECT_NE(blank.err.find("la question n'a aucun mot"), std::string::npos) << blank.err;
    const auto question =
        run("tender question reponse.cmc ao-yvetot 'Quelle est la sinistralité ?'");
    ASSERT_EQ(question.exitCode, 0) << question.err;
    EXPECT_NE(question.out.find("rapport sinistres / cotisations"), std::string::npos);
    std::string siret;
    const auto listed = nlohmann::json::parse(run("tender list reponse.cmc --json").out);
    for (const auto& t : listed["appels_offres"])
        if (t["ao"] == "ao-yvetot") siret = t["siret"].get<std::string>();
    const auto offer = nlohmann::json::parse(R"({"offre": {"format": "cmcsim-offre/1",
        "titre": "Réponse", "date_effet": "2026-04-01", "services": ["tiers_payant"],
        "categories": [{"categorie": "ensemble", "sante": {"produit": "sante_essentiel",
        "structure": "isole_famille", "part_employeur_pct": 50}}]}})");
    auto payload = offer;
    payload["siret"] = siret;
    const auto saved =
        run("act reponse.cmc offre.enregistrement --payload '" + payload.dump() + "'");
    ASSERT_EQ(saved.exitCode, 0) << saved.err;
    // 8,000 characters at most, counted as characters: 4,500 accented ones are accepted.
    std::string accented;
    for (int i = 0; i < 900; ++i) accented += "éèàçù";
    fs::copy_file(dir_ / "reponse.cmc", dir_ / "longue.cmc", fs::copy_options::overwrite_existing);
    const auto longAnswer =
        run("tender respond longue.cmc ao-yvetot --version 1 --reponse 'tiers_payant=" + accented +
            "'");
    EXPECT_EQ(longAnswer.exitCode, 0) << longAnswer.err;
    ASSERT_EQ(run("tender respond reponse.cmc ao-yvetot --version 1 --reponse "
                  "'tiers_payant=Réseau national.' --document ipid")
                  .exitCode,
              0);
    const auto refused = run("tender submit reponse.cmc ao-yvetot");
    EXPECT_EQ(refused.exitCode, 1);
    expectGolden("tender-submit-refused.txt", refused.err);
    const std::string words =
        "une réponse argumentée de plus de vingt mots sur le service rendu aux salariés de "
        "notre client avec nos engagements de qualité et nos délais de traitement mesurés";
    ASSERT_EQ(
        run("tender respond reponse.cmc ao-yvetot --version 1 --reponse 'tiers_payant=" + words +
            "' --reponse 'portabilite=" + words + "' --document ipid --document tableau_garanties")
            .exitCode,
        0);
    const auto submitted = run("tender submit reponse.cmc ao-yvetot");
    ASSERT_EQ(submitted.exitCode, 0) << submitted.err;
    const auto early = run("tender debrief reponse.cmc ao-yvetot");
    EXPECT_EQ(early.exitCode, 1);
    EXPECT_NE(early.err.find("une fois la semaine 5 jouée"), std::string::npos) << early.err;
    ASSERT_EQ(run("week reponse.cmc --to 5").exitCode, 0);
    const auto debrief = run("tender debrief reponse.cmc ao-yvetot");
    ASSERT_EQ(debrief.exitCode, 0) << debrief.err;
    expectGolden("tender-debrief.txt", debrief.out);
    expectAlignedTables(debrief.out);
    EXPECT_EQ(debrief.out.find("\nRésultat de l'appel d'offres\n"), std::string::npos)
        << debrief.out;
    const auto json = nlohmann::json::parse(run("tender debrief reponse.cmc ao-yvetot --json").out);
    EXPECT_EQ(json["offres"], 3);
    EXPECT_GE(json["rang"].get<int>(), 1);
    EXPECT_NE(run("tender list reponse.cmc").out.find("attribué"), std::string::npos);
}

// A malformed --reponse is a usage error (exit 2) naming the option, before the file is read.
TEST_F(CliTender, MalformedAnswerOptionIsAUsageError) {
    const auto r = run("tender respond epreuve.cmc ao-yvetot --version 1 --reponse foo");
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_NE(r.err.find("--reponse"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("IDENTIFIANT=TEXTE"), std::string::npos) << r.err;
    EXPECT_EQ(run("tender respond epreuve.cmc ao-yvetot --version 1 --reponse =texte").exitCode, 2);
}

// A document listed twice is refused, naming it (it was silently kept once).
TEST_F(CliTender, DuplicateDocumentIsRefusedNamingIt) {
    fs::copy_file(dir_ / "epreuve.cmc", dir_ / "doublon.cmc", fs::copy_options::overwrite_existing);
    std::string siret;
    const auto listed = nlohmann::json::parse(run("tender list doublon.cmc --json").out);
    for (const auto& t : listed["appels_offres"])
        if (t["ao"] == "ao-yvetot") siret = t["siret"].get<std::string>();
    const auto payload = nlohmann::json::parse(R"({"offre": {"format": "cmcsim-offre/1",
        "titre": "Réponse", "date_effet": "2026-04-01", "categories": [{"categorie": "ensemble",
        "sante": {"produit": "sante_essentiel", "structure": "isole_famille",
        "part_employeur_pct": 50}}]}})");
    auto saved = payload;
    saved["siret"] = siret;
    ASSERT_EQ(run("act doublon.cmc offre.enregistrement --payload '" + saved.dump() + "'").exitCode,
              0);
    const auto r =
        run("tender respond doublon.cmc ao-yvetot --version 1 --document ipid --document "
            "tableau_garanties --document ipid");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("\"ipid\" fourni deux fois"), std::string::npos) << r.err;
}

// The evaluator's view (--truth) shows the specifications, census included, and writes nothing:
// the candidate's tender stays "à lire" and the census unknown until their own `show` records
// the reading (ao.lecture) before printing.
TEST_F(CliTender, TruthViewRecordsNothingAndTheCandidateReadsFirst) {
    ASSERT_EQ(run("generate " + kScenario + " -o verite.cmc --force").exitCode, 0);
    // On the handed-in copy: the truth is the evaluator's view after the hand-in (TruthAccess);
    // refused on the attempt in progress.
    const auto refused = run("tender show verite.cmc ao-yvetot --truth");
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.find("--truth refusé"), std::string::npos) << refused.err;
    const auto truth =
        run("tender show " + cmcsim::test::handedInCopy((dir_ / "verite.cmc").string()) +
            " ao-yvetot --truth");
    ASSERT_EQ(truth.exitCode, 0) << truth.err;
    EXPECT_NE(truth.out.find("Données sur le personnel"), std::string::npos);
    EXPECT_EQ(truth.err, "");
    EXPECT_EQ(run("journal verite.cmc").out.find("Lecture d'un cahier des charges"),
              std::string::npos);
    EXPECT_NE(run("tender list verite.cmc").out.find("à lire"), std::string::npos);
    const auto candidate = run("tender show verite.cmc ao-yvetot");
    ASSERT_EQ(candidate.exitCode, 0) << candidate.err;
    EXPECT_NE(candidate.err.find("lecture du cahier des charges ao-yvetot"), std::string::npos);
    EXPECT_NE(run("journal verite.cmc").out.find("Lecture d'un cahier des charges"),
              std::string::npos);
    EXPECT_EQ(candidate.out, truth.out);
}

// Issue 12, finding 7: a tender won (every service, answers on their questions) makes the company
// a client the portfolio lists, with the week and how it was won, even before the portfolio
// extract is bought (the candidate's own clients); finding 6: the CLI adds its hints.
TEST_F(CliTender, AWonTenderShowsInThePortfolio) {
    ASSERT_EQ(run("generate " + kScenario + " -o gagne.cmc --force").exitCode, 0);
    const auto unread = run("tender submit gagne.cmc ao-yvetot");
    EXPECT_EQ(unread.exitCode, 1);
    EXPECT_NE(unread.err.find("lisez d'abord le cahier des charges : cmcsim tender show gagne.cmc "
                              "ao-yvetot"),
              std::string::npos)
        << unread.err;
    ASSERT_EQ(run("tender show gagne.cmc ao-yvetot").exitCode, 0);
    const auto noDraft = run("tender submit gagne.cmc ao-yvetot");
    EXPECT_NE(noDraft.err.find("aucune réponse préparée : cmcsim tender respond gagne.cmc"),
              std::string::npos)
        << noDraft.err;
    EXPECT_EQ(run("portfolio gagne.cmc").exitCode, 1);  // nothing won, no extract: hidden
    std::string siret;
    const auto listed = nlohmann::json::parse(run("tender list gagne.cmc --json").out);
    for (const auto& t : listed["appels_offres"])
        if (t["ao"] == "ao-yvetot") siret = t["siret"].get<std::string>();
    auto payload = nlohmann::json::parse(R"({"offre": {"format": "cmcsim-offre/1",
        "titre": "Réponse", "date_effet": "2026-04-01", "services": ["tiers_payant",
        "teleconsultation", "assistance", "prevention", "action_sociale", "reseau_soins",
        "appli_remboursements", "accompagnement_rh"],
        "categories": [{"categorie": "ensemble", "sante": {"produit": "sante_essentiel",
        "structure": "isole_famille", "part_employeur_pct": 50}}]}})");
    payload["siret"] = siret;
    ASSERT_EQ(run("act gagne.cmc offre.enregistrement --payload '" + payload.dump() + "'").exitCode,
              0);
    const auto responded = run(
        "tender respond gagne.cmc ao-yvetot --version 1 --reponse 'tiers_payant=Notre carte de "
        "tiers payant couvre pharmacies, laboratoires, radiologie, hôpitaux, opticiens et "
        "dentistes. Le réseau partenaire national compte plus de deux cent mille professionnels "
        "de santé conventionnés.' --reponse 'portabilite=La portabilité est gérée dès la fin du "
        "contrat de travail sur simple déclaration, sans cotisation pendant douze mois au plus. "
        "Le maintien Évin est proposé par courrier dans les deux mois suivants.' --document ipid "
        "--document tableau_garanties");
    ASSERT_EQ(responded.exitCode, 0) << responded.err;
    ASSERT_EQ(run("tender submit gagne.cmc ao-yvetot").exitCode, 0);
    ASSERT_EQ(run("week gagne.cmc --to 5").exitCode, 0);
    const auto debrief =
        nlohmann::json::parse(run("tender debrief gagne.cmc ao-yvetot --json").out);
    ASSERT_EQ(debrief["rang"], 1) << debrief.dump();
    for (const auto& answer : debrief["reponses"]) EXPECT_TRUE(answer["traitee"].get<bool>());
    const auto portfolio = run("portfolio gagne.cmc");
    ASSERT_EQ(portfolio.exitCode, 0) << portfolio.err;
    EXPECT_NE(portfolio.out.find("client gagné en semaine 5 (appel d'offres)"), std::string::npos)
        << portfolio.out;
    const auto json = nlohmann::json::parse(run("portfolio gagne.cmc --json").out);
    ASSERT_EQ(json["contrats"].size(), 1u) << json.dump();
    EXPECT_EQ(json["contrats"][0]["gagne"]["semaine"], 5);
    EXPECT_EQ(json["contrats"][0]["gagne"]["par"], "appel d'offres");
}

}  // namespace

// `cmcsim week` announces the calls for tender published (found by a fresh tester: following
// the guide for ten weeks, every tender closed "sans réponse" unseen).
TEST_F(CliTender, TheWeekAnnouncesTheTendersPublished) {
    fs::copy_file(dir_ / "epreuve.cmc", dir_ / "semaine.cmc", fs::copy_options::overwrite_existing);
    const auto week = run("week semaine.cmc");
    ASSERT_EQ(week.exitCode, 0) << week.err;
    EXPECT_NE(week.out.find("Appel d'offres publié : « ao-yvetot » — "), std::string::npos)
        << week.out;
    EXPECT_NE(week.out.find("(cmcsim tender show FICHIER ao-yvetot)"), std::string::npos)
        << week.out;
}

// A fresh tester's finding: a provident below the branch's minimum (IDCC 1261 for the non-cadres:
// 1,44 % of tranche 1; prev_essentiel gives 0,944 % on this census) was deposited without a word.
// `respond` keeps the draft and warns; `submit` refuses it, naming the rule; nothing is deposited.
TEST_F(CliTender, AnOfferBelowTheBranchMinimumIsNotDeposited) {
    const auto scenario = std::string(CMCSIM_TEST_DATA) + "/fixtures/scenarios/tender-ccn.json";
    ASSERT_EQ(run("generate " + scenario + " -o ccn.cmc --force").exitCode, 0);
    ASSERT_EQ(run("tender show ccn.cmc ao-ccn").exitCode, 0);
    const auto listed = nlohmann::json::parse(run("tender list ccn.cmc --json").out);
    const auto siret = listed["appels_offres"][0]["siret"].get<std::string>();
    auto payload = nlohmann::json::parse(R"({"offre": {"format": "cmcsim-offre/1",
        "titre": "Réponse", "date_effet": "2026-04-01", "categories": [
        {"categorie": "cadres", "sante": {"produit": "sante_essentiel",
         "structure": "isole_famille", "part_employeur_pct": 50},
         "prevoyance": {"produit": "prev_cadres_150", "part_employeur_pct": 100}},
        {"categorie": "non_cadres", "sante": {"produit": "sante_essentiel",
         "structure": "isole_famille", "part_employeur_pct": 50},
         "prevoyance": {"produit": "prev_essentiel", "part_employeur_pct": 50}}]}})");
    payload["siret"] = siret;
    ASSERT_EQ(run("act ccn.cmc offre.enregistrement --payload '" + payload.dump() + "'").exitCode,
              0);
    const std::string words =
        "une réponse argumentée de plus de vingt mots sur le service rendu aux salariés de "
        "notre client avec nos engagements de qualité et nos délais de traitement mesurés";
    const auto rule =
        "offre v1 non conforme : Convention collective IDCC 1261, prévoyance (non-cadres) : "
        "cotisation d'au moins 1,44 % de la tranche 1";
    const auto respond =
        run("tender respond ccn.cmc ao-ccn --version 1 --reponse 'tiers_payant=" + words +
            "' --reponse 'portabilite=" + words + "' --document ipid --document tableau_garanties");
    ASSERT_EQ(respond.exitCode, 0) << respond.err;
    EXPECT_NE(respond.out.find("⚠ En l'état, le dépôt serait refusé :"), std::string::npos)
        << respond.out;
    EXPECT_NE(respond.out.find(rule), std::string::npos) << respond.out;
    const auto submit = run("tender submit ccn.cmc ao-ccn");
    EXPECT_EQ(submit.exitCode, 1);
    EXPECT_NE(submit.err.find("dépôt refusé :"), std::string::npos) << submit.err;
    EXPECT_NE(submit.err.find(rule), std::string::npos) << submit.err;
    EXPECT_NE(run("tender list ccn.cmc").out.find("réponse préparée"), std::string::npos);
}
