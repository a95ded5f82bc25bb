// cmcsim assess: the automatic pre-assessment of an attempt, per bloc and criterion, with each
// indicator's verdict, score, explanation and evidence (engine/assess; docs/assessment.md).
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "CliContext.h"
#include "CliOutput.h"
#include "cmcsim/assess/AttemptAssessment.h"
#include "cmcsim/assess/Evaluation.h"
#include "cmcsim/assess/EvaluationFile.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/store/AttemptFile.h"
#include "cmcsim/store/HandInReceipt.h"
#include "cmcsim/store/TruthAccess.h"

namespace cmcsim::cli {

namespace {

std::string evidenceText(const Evidence& e) {
    std::string text = e.entry > 0 ? fmt::format("entrée {} — {}", e.entry, e.label) : e.label;
    if (!e.value.empty()) text += " : " + e.value;
    return text;
}

void printText(const std::string& file, const Attempt& attempt, std::size_t at,
               const AssessmentFramework& framework, const std::vector<IndicatorResult>& results) {
    CliOutput::print("Pré-évaluation automatique : {}\n", file);
    CliOutput::print("Scénario : {} ({})\n", attempt.scenario().title, attempt.scenario().id);
    CliOutput::print("État après l'entrée {} du journal (sur {})\n", at, attempt.journal().size());
    std::size_t next = 0;
    int bloc = 0;
    for (const auto& criterion : framework.criteria()) {
        if (criterion.bloc != bloc) {
            bloc = criterion.bloc;
            CliOutput::print("\nBLOC {}\n", bloc);
        }
        CliOutput::print("\n{} {}\n  Compétence : {}\n", criterion.id, criterion.title,
                         criterion.competence);
        for (const auto& indicator : criterion.indicators) {
            const auto& r = results[next++];
            CliOutput::print("\n  {} {}\n", indicator.id, indicator.wording);
            if (r.verdict == Verdict::AApprecier)
                CliOutput::print("    Verdict : {}\n", verdictLabel(r.verdict));
            else
                CliOutput::print("    Verdict : {} (score {}/100)\n", verdictLabel(r.verdict),
                                 r.score);
            CliOutput::print("    {}\n", r.explanation);
            for (const auto& e : r.evidence) CliOutput::print("    - {}\n", evidenceText(e));
        }
    }
    std::map<Verdict, int> counts;
    for (const auto& r : results) ++counts[r.verdict];
    CliOutput::print(
        "\nIndicateurs : {} acquis, {} partiellement acquis, {} non acquis, {} à "
        "apprécier par l'évaluateur\n",
        counts[Verdict::Acquis], counts[Verdict::PartiellementAcquis], counts[Verdict::NonAcquis],
        counts[Verdict::AApprecier]);
}

nlohmann::json toJson(const Attempt& attempt, std::size_t at, const AssessmentFramework& framework,
                      const std::vector<IndicatorResult>& results) {
    nlohmann::json blocs = nlohmann::json::array();
    std::size_t next = 0;
    for (const auto& criterion : framework.criteria()) {
        if (blocs.empty() || blocs.back()["bloc"] != criterion.bloc)
            blocs.push_back({{"bloc", criterion.bloc}, {"criteres", nlohmann::json::array()}});
        nlohmann::json indicators = nlohmann::json::array();
        for (const auto& indicator : criterion.indicators) {
            const auto& r = results[next++];
            nlohmann::json evidence = nlohmann::json::array();
            for (const auto& e : r.evidence)
                evidence.push_back(
                    {{"entree", e.entry}, {"libelle", e.label}, {"valeur", e.value}});
            indicators.push_back({{"id", indicator.id},
                                  {"libelle", indicator.wording},
                                  {"evaluateur", indicator.assessor},
                                  {"verdict", verdictKey(r.verdict)},
                                  {"verdict_libelle", std::string(verdictLabel(r.verdict))},
                                  {"score", r.score},
                                  {"explication", r.explanation},
                                  {"preuves", evidence}});
        }
        blocs.back()["criteres"].push_back({{"id", criterion.id},
                                            {"intitule", criterion.title},
                                            {"competence", criterion.competence},
                                            {"indicateurs", indicators}});
    }
    return {{"scenario", attempt.scenario().id},
            {"entree", at},
            {"entrees", attempt.journal().size()},
            {"blocs", blocs}};
}

}  // namespace

void addAssessCommand(CLI::App& app, CliContext& context) {
    auto* assess = app.add_subcommand(
        "assess",
        "Pré-évaluation automatique d'une épreuve : par bloc et critère, le verdict de chaque "
        "indicateur, son score, son explication et ses preuves");
    static std::string file, receipt, evaluation;
    static std::int64_t at = 0;
    static bool json = false;
    assess->add_option("FILE", file, "Fichier d'épreuve (.cmc)")->required();
    auto* receiptOption = assess->add_option(
        "--receipt", receipt,
        "Reçu de remise : refuse une épreuve dont la fin du journal a été retirée");
    assess->add_option("--evaluation", evaluation,
                       "Fichier d'évaluation (.cmceval) : l'épreuve doit être celle de son reçu");
    auto* atOption = assess->add_option("--at", at,
                                        "Évalue l'état après l'entrée K du journal (défaut : la "
                                        "dernière)");
    assess->add_flag("--json", json, "Sortie JSON");
    assess->callback([&context, atOption, receiptOption] {
        const auto& reference = context.reference();
        const auto attempt = AttemptFile::open(file, reference);
        const auto& journal = attempt.journal();
        // Nothing inside the file proves its end: the receipt, typed or the evaluation's, does.
        if (receiptOption->count() > 0) {
            if (!Journal::normaliseReceipt(receipt))
                throw CLI::ValidationError("--receipt", HandInReceipt::check(receipt, {}).message);
            HandInReceipt::require(receipt, journal, file);
        }
        if (!evaluation.empty()) {
            const auto bound = EvaluationFile::load(evaluation).binding();
            if (const auto check = HandInReceipt::check(bound.receipt, journal); !check.matches())
                throw InputError(file, fmt::format("l'évaluation {} porte sur l'épreuve de reçu "
                                                   "{} ; {}",
                                                   evaluation, bound.receipt, check.message));
        }
        // The assessment reads the hidden truth (needs not found, real levels, the anomalies'
        // truth): the evaluator's view, after the hand-in, as --truth (a cut journal is named
        // above, by its receipt).
        TruthAccess::require(journal, file);
        if (receiptOption->count() == 0 && evaluation.empty() && !json)
            CliOutput::text(
                "note : fin du journal non vérifiée : sans --receipt ni --evaluation, le retrait "
                "des dernières entrées du journal ne se voit pas\n",
                stderr);
        const auto total = static_cast<std::int64_t>(journal.size());
        if (atOption->count() > 0 && (at < 1 || at > total))
            throw InputError(
                "--at",
                fmt::format("numéro d'entrée entre 1 et {} attendu ; trouvé {}", total, at));
        const auto k = static_cast<std::size_t>(atOption->count() > 0 ? at : total);
        const std::vector<JournalEntry> prefix(journal.begin(),
                                               journal.begin() + static_cast<std::ptrdiff_t>(k));
        const auto state =
            AttemptState::replay(attempt.scenario(), attempt.market(), prefix, reference.planRules);
        const AssessmentContext assessment{attempt.scenario(), attempt.market(), reference, prefix,
                                           state};
        const auto results = assessAttempt(assessment, reference.framework);
        if (json)
            CliOutput::json(toJson(attempt, k, reference.framework, results));
        else
            printText(file, attempt, k, reference.framework, results);
    });
}

}  // namespace cmcsim::cli
