// cmcsim evaluation … and cmcsim grid: the two evaluators' grid of a sealed attempt, filled
// headlessly, and its PDF (docs/evaluation-grid.md).
#include <fmt/format.h>

#include <algorithm>

#include "CliContext.h"
#include "CliOptions.h"
#include "CliOutput.h"
#include "PdfOutput.h"
#include "cmcsim/assess/Agreement.h"
#include "cmcsim/assess/AttemptAssessment.h"
#include "cmcsim/assess/EvaluationFile.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/OutputFile.h"
#include "cmcsim/report/DocumentText.h"
#include "cmcsim/report/GridDocument.h"
#include "cmcsim/report/TextTable.h"
#include "cmcsim/store/AttemptFile.h"
#include "cmcsim/store/AttemptReader.h"
#include "cmcsim/store/AttemptRegister.h"
#include "cmcsim/store/HandInReceipt.h"
#include "cmcsim/store/TamperCheck.h"

namespace cmcsim::cli {

namespace {

// The automatic results of every indicator at the hand-in: the whole attempt read and checked
// (AttemptFile::open), its journal replayed, then assessed (cmcsim assess gives the same).
std::vector<IndicatorResult> preAssessment(const std::string& file, const ReferenceData& ref) {
    const auto attempt = AttemptFile::open(file, ref);
    const auto state = AttemptState::replay(attempt.scenario(), attempt.market(), attempt.journal(),
                                            ref.planRules);
    const AssessmentContext context{attempt.scenario(), attempt.market(), ref, attempt.journal(),
                                    state};
    return assessAttempt(context, ref.framework);
}

Verdict verdictOption(const std::string& typed) {
    const auto verdict = verdictFromText(typed);
    if (!verdict)
        throw CLI::ValidationError("--verdict",
                                   fmt::format("verdict « {} » inconnu (attendu acquis, "
                                               "partiellement_acquis, non_acquis ou "
                                               "a_apprecier)",
                                               typed));
    return *verdict;
}

// Loads the evaluation, applies `change` and writes it back whole (the previous version stays
// until the new one is complete).
// A refused change names the file.
template <typename Change>
void update(const std::string& file, Change change) {
    auto evaluation = EvaluationFile::load(file);
    try {
        change(evaluation);
    } catch (const InputError& e) {
        throw InputError(file, e.problems().front().what);
    }
    EvaluationFile::save(evaluation, file, true);
}

// Loads the evaluation, checked against `attempt` when one is given: bound to it, and the
// attempt intact (its tamper check: a table changed after its seal is refused).
Evaluation loadChecked(const std::string& file, const std::string& attempt, CliContext& context) {
    auto evaluation = EvaluationFile::load(file);
    if (!attempt.empty()) {
        TamperCheck check(std::make_unique<AttemptReader>(attempt, context.reference()));
        EvaluationFile::checkBinding(evaluation, check.reader(), file);
        check.finish();
    }
    return evaluation;
}

// Refuses a second evaluation of the same attempt: one attempt has one grid, the one both
// evaluators fill and sign (an evaluation file bound to it already in `output`'s or the
// attempt's folder, other than `output` itself).
void checkNoOtherGrid(const std::filesystem::path& output, const std::filesystem::path& attempt,
                      const std::string& receipt) {
    for (const auto& folder : {output.parent_path(), attempt.parent_path()})
        for (const auto& other : EvaluationFile::boundIn(folder, receipt)) {
            std::error_code error;
            if (std::filesystem::equivalent(other, output, error)) continue;
            throw InputError(output.string(),
                             fmt::format("l'épreuve a déjà son fichier d'évaluation, {} : les "
                                         "deux évaluateurs remplissent et signent le même "
                                         "(cmcsim evaluation show {})",
                                         other.string(), other.string()));
        }
}

// The receipt recorded in the trainer's register for `attempt` (verify --record).
std::string registeredReceipt(const std::string& registerFile, const AttemptReader& attempt) {
    const auto entries = AttemptRegister::read(registerFile);
    const auto& digest = attempt.integrity().creationDigest;
    const auto it = std::find_if(entries.begin(), entries.end(),
                                 [&](const auto& e) { return e.creationDigest == digest; });
    if (it == entries.end())
        throw InputError(registerFile, fmt::format("l'épreuve {} ne figure pas au registre "
                                                   "(aucune empreinte de création identique)",
                                                   attempt.file().string()));
    if (it->receipt.empty())
        throw InputError(
            registerFile,
            fmt::format("aucun reçu de remise inscrit pour {} ({}) : l'inscrire avec "
                        "cmcsim verify {} --receipt CODE --register {} --record, ou "
                        "donner --receipt",
                        it->candidate, it->file, attempt.file().string(), registerFile));
    return it->receipt;
}

void addCreate(CLI::App& evaluation, CliContext& context) {
    auto* create = evaluation.add_subcommand(
        "create",
        "Crée le fichier d'évaluation d'une épreuve remise, avec sa pré-évaluation "
        "automatique (l'épreuve n'est pas modifiée)");
    static std::string attempt, output, receipt, registerFile;
    static bool force = false;
    create->add_option("ATTEMPT", attempt, "Fichier d'épreuve remise (.cmc)")->required();
    create->add_option("-o,--output", output, "Fichier d'évaluation à écrire (.cmceval)")
        ->required();
    auto* receiptOption = create->add_option(
        "--receipt", receipt, "Reçu donné à la remise (XXXX-XXXX-XXXX-XXXX), ou --register");
    auto* registerOption =
        create->add_option("--register", registerFile,
                           "Registre où le reçu de l'épreuve est inscrit (verify --record)");
    receiptOption->excludes(registerOption);
    create->add_flag("--force", force,
                     "Remplace le fichier d'évaluation s'il existe et n'est pas signé");
    create->callback([&context, receiptOption] {
        if (receiptOption->count() == 0 && registerFile.empty())
            throw CLI::RequiredError(
                "--receipt ou --register (le reçu de remise prouve la fin du journal)");
        if (receiptOption->count() > 0 && !Journal::normaliseReceipt(receipt))
            throw CLI::ValidationError("--receipt", HandInReceipt::check(receipt, {}).message);
        OutputFile::check(output, force, {attempt}, OutputFile::Kind::File,
                          OutputFile::Content::Evaluation);
        EvaluationFile::checkReplaceable(output);
        const auto& ref = context.reference();
        const AttemptReader reader(attempt, ref);
        auto binding = EvaluationFile::bindingOf(
            reader, registerFile.empty() ? receipt : registeredReceipt(registerFile, reader));
        checkNoOtherGrid(output, attempt, binding.receipt);
        const auto results = preAssessment(attempt, ref);
        const auto e = Evaluation::start(ref.framework, std::move(binding), results);
        EvaluationFile::save(e, output, force);
        CliOutput::print(
            "Évaluation créée : {} ({}, épreuve de reçu {})\n", output,
            frenchCount(static_cast<double>(e.criteria().size()), "critère", "critères"),
            e.binding().receipt);
    });
}

void addEvaluator(CLI::App& evaluation) {
    auto* cmd = evaluation.add_subcommand("evaluator", "Nomme l'évaluateur 1 ou 2 et son rôle");
    static std::string file, name, role;
    static int number = 1;
    cmd->add_option("FILE", file, "Fichier d'évaluation (.cmceval)")->required();
    cmd->add_option("--evaluator", number, "Évaluateur : 1 ou 2")
        ->required()
        ->check(CliOptions::integer(1, 2));
    cmd->add_option("--name", name, "Nom de l'évaluateur")->required();
    auto* roleOption = cmd->add_option(
        "--role", role, "Rôle (formateur, professionnel du métier…) ; sans --role, il est gardé");
    cmd->callback([roleOption] {
        // What is not given is kept: a renamed evaluator keeps their role.
        update(file, [roleOption](Evaluation& e) {
            e.setEvaluator(number, name, roleOption->count() > 0 ? role : e.evaluator(number).role);
        });
        CliOutput::print("Évaluateur {} : {}\n", number, name);
    });
}

void addSet(CLI::App& evaluation) {
    auto* cmd = evaluation.add_subcommand(
        "set", "Verdict et commentaire d'un évaluateur sur un critère (ou un indicateur)");
    static std::string file, id, verdict, comment;
    static int number = 1;
    cmd->add_option("FILE", file, "Fichier d'évaluation (.cmceval)")->required();
    cmd->add_option("--evaluator", number, "Évaluateur : 1 ou 2")
        ->required()
        ->check(CliOptions::integer(1, 2));
    cmd->add_option("--criterion", id, "Critère (B2.1) ou indicateur (B2.1.2)")->required();
    cmd->add_option("--verdict", verdict, "acquis, partiellement_acquis, non_acquis ou a_apprecier")
        ->required();
    cmd->add_option("--comment", comment, "Commentaire");
    cmd->callback([] {
        const auto v = verdictOption(verdict);
        update(file, [v](Evaluation& e) { e.judge(number, id, {v, comment}); });
        CliOutput::print("Évaluateur {}, {} : {}\n", number, id, verdictLabel(v));
    });
}

void addAgree(CLI::App& evaluation) {
    auto* cmd = evaluation.add_subcommand(
        "agree",
        "Verdict convenu par les deux évaluateurs sur un critère, ou le commentaire "
        "sous le tableau d'un bloc (--bloc)");
    static std::string file, id, verdict, comment;
    static int bloc = 0;
    cmd->add_option("FILE", file, "Fichier d'évaluation (.cmceval)")->required();
    auto* criterion = cmd->add_option("--criterion", id, "Critère (B2.1)");
    auto* blocOption =
        cmd->add_option("--bloc", bloc, "Bloc dont --comment est le commentaire (2, 3 ou 4)")
            ->check(CliOptions::integer(1, 9));
    criterion->excludes(blocOption);
    auto* verdictOpt = cmd->add_option("--verdict", verdict, "Verdict convenu");
    verdictOpt->needs(criterion);
    cmd->add_option("--comment", comment, "Commentaire convenu");
    cmd->callback([criterion, blocOption, verdictOpt] {
        if (blocOption->count() > 0) {
            update(file, [](Evaluation& e) { e.commentBloc(bloc, comment); });
            CliOutput::print("Commentaire du bloc {} enregistré\n", bloc);
            return;
        }
        if (criterion->count() == 0) throw CLI::RequiredError("--criterion ou --bloc");
        if (verdictOpt->count() == 0) throw CLI::RequiredError("--verdict");
        const auto v = verdictOption(verdict);
        update(file, [v](Evaluation& e) { e.agree(id, {v, comment}); });
        CliOutput::print("Convenu, {} : {}\n", id, verdictLabel(v));
    });
}

void addSign(CLI::App& evaluation) {
    auto* cmd = evaluation.add_subcommand(
        "sign", "Signature d'un évaluateur : la grille convenue ne peut plus changer");
    static std::string file, date;
    static int number = 1;
    cmd->add_option("FILE", file, "Fichier d'évaluation (.cmceval)")->required();
    cmd->add_option("--evaluator", number, "Évaluateur : 1 ou 2")
        ->required()
        ->check(CliOptions::integer(1, 2));
    cmd->add_option("--date", date,
                    "Date de signature AAAA-MM-JJ (défaut : aujourd'hui ; ni avant la remise de "
                    "l'épreuve, ni dans le futur)");
    cmd->callback([] {
        update(file, [](Evaluation& e) {
            if (date.empty())
                e.sign(number);
            else
                e.sign(number, date);
        });
        const auto signedEvaluation = EvaluationFile::load(file);
        CliOutput::print("Signé par {} ; code de la grille : {}\n",
                         signedEvaluation.evaluator(number).name, signedEvaluation.code());
    });
}

nlohmann::json kappaJson(const Kappa& k) {
    return {{"criteres", k.items},
            {"identiques", k.same},
            {"accord_observe", k.observed},
            {"accord_attendu", k.expected},
            {"kappa", k.kappa ? nlohmann::json(*k.kappa) : nlohmann::json(nullptr)}};
}

std::string optionalLabel(const std::optional<Verdict>& v) {
    return v ? std::string(verdictLabel(*v)) : "—";
}

void show(const Evaluation& e, bool json) {
    const auto stats = AgreementStatistics::of(e);
    const auto& b = e.binding();
    if (json) {
        nlohmann::json criteria = nlohmann::json::array();
        for (const auto& a : stats.criteria) {
            const auto agreed = e.agreed().find(a.criterion);
            const auto key = [](const std::optional<Verdict>& v) {
                return v ? nlohmann::json(verdictKey(*v)) : nlohmann::json(nullptr);
            };
            criteria.push_back(
                {{"critere", a.criterion},
                 {"automatique", verdictKey(a.automatic)},
                 {"evaluateur1", key(a.first)},
                 {"evaluateur2", key(a.second)},
                 {"desaccord", a.disagreement},
                 {"convenu", agreed == e.agreed().end()
                                 ? nlohmann::json(nullptr)
                                 : nlohmann::json(verdictKey(agreed->second.verdict))}});
        }
        nlohmann::json signatures = nlohmann::json::array();
        for (const auto& s : e.signatures())
            signatures.push_back({{"evaluateur", s.evaluator}, {"nom", s.name}, {"date", s.date}});
        CliOutput::json({{"recu", b.receipt},
                         {"scenario", b.scenarioId},
                         {"candidat", b.candidate},
                         {"evaluateurs",
                          {{{"nom", e.evaluator(1).name}, {"role", e.evaluator(1).role}},
                           {{"nom", e.evaluator(2).name}, {"role", e.evaluator(2).role}}}},
                         {"criteres", criteria},
                         {"criteres_juges_par_les_deux", stats.judgedByBoth},
                         {"desaccords", stats.disagreements},
                         {"kappa_evaluateurs", kappaJson(stats.evaluators)},
                         {"kappa_evaluateur1_automatique", kappaJson(stats.firstVsAutomatic)},
                         {"kappa_evaluateur2_automatique", kappaJson(stats.secondVsAutomatic)},
                         {"sans_verdict_convenu", e.missingAgreement()},
                         {"signatures", signatures},
                         {"code", e.signedByAny() ? nlohmann::json(e.code()) : nullptr}});
        return;
    }
    CliOutput::print("Épreuve : reçu {} ; scénario {} ; candidat·e {}\n", b.receipt, b.scenarioId,
                     b.candidate.empty() ? "(non renseigné)" : b.candidate);
    for (int n = 1; n <= 2; ++n) {
        const auto& g = e.evaluator(n);
        CliOutput::print("Évaluateur {} : {}{}\n", n, g.name.empty() ? "(non renseigné)" : g.name,
                         g.role.empty() ? "" : " (" + g.role + ")");
    }
    TextTable table;
    table.indent.clear();
    table.separator = " ";
    table.columns = {{false, 8}, {false, 30}, {false, 30}, {false, 30}};
    table.header = {"Critère", "Automatique", "Évaluateur 1", "Évaluateur 2", "Convenu"};
    for (const auto& a : stats.criteria) {
        const auto agreed = e.agreed().find(a.criterion);
        table.rows.push_back(
            {a.criterion, std::string(verdictLabel(a.automatic)), optionalLabel(a.first),
             optionalLabel(a.second),
             (agreed == e.agreed().end() ? std::string("—")
                                         : std::string(verdictLabel(agreed->second.verdict))) +
                 (a.disagreement ? "  ≠ désaccord" : "")});
    }
    CliOutput::print("\n{}", table.render());
    CliOutput::print("\nDésaccords : {} sur {} par les deux\n", stats.disagreements,
                     frenchCount(stats.judgedByBoth, "critère jugé", "critères jugés"));
    CliOutput::print("Kappa de Cohen, évaluateur 1 / évaluateur 2 : {}\n",
                     kappaText(stats.evaluators));
    CliOutput::print("Kappa de Cohen, évaluateur 1 / automatique : {}\n",
                     kappaText(stats.firstVsAutomatic));
    CliOutput::print("Kappa de Cohen, évaluateur 2 / automatique : {}\n",
                     kappaText(stats.secondVsAutomatic));
    const auto missing = e.missingAgreement();
    if (!missing.empty())
        CliOutput::print("Sans verdict convenu : {}\n",
                         frenchCount(static_cast<double>(missing.size()), "critère", "critères"));
    for (const auto& s : e.signatures())
        CliOutput::print("Signé par {} ({}) le {}\n", s.name, s.role, s.date);
    if (e.signedByAny()) CliOutput::print("Code de la grille : {}\n", e.code());
}

void addShow(CLI::App& evaluation, CliContext& context) {
    auto* cmd = evaluation.add_subcommand(
        "show",
        "Les grilles des deux évaluateurs côte à côte, les désaccords, les kappas de "
        "Cohen, les signatures et le code de la grille");
    static std::string file, attempt;
    static bool json = false;
    cmd->add_option("FILE", file, "Fichier d'évaluation (.cmceval)")->required();
    cmd->add_option("--attempt", attempt, "Vérifie que l'évaluation porte sur cette épreuve");
    cmd->add_flag("--json", json, "Sortie JSON");
    cmd->callback([&context] { show(loadChecked(file, attempt, context), json); });
}

void addGrid(CLI::App& app, CliContext& context) {
    auto* grid = app.add_subcommand(
        "grid",
        "Grille d'évaluation convenue (PDF) : libellés du référentiel, verdicts et "
        "commentaires, signatures, pré-évaluation automatique et ses preuves en annexe");
    static std::string file, attempt, output;
    static bool text = false, force = false;
    grid->add_option("FILE", file, "Fichier d'évaluation (.cmceval)")->required();
    auto* outputOption = grid->add_option("-o,--output", output, "Fichier PDF à écrire");
    auto* textOption =
        grid->add_flag("--text", text, "Écrit le texte de la grille sur la sortie standard");
    outputOption->excludes(textOption);
    grid->add_option("--attempt", attempt, "Vérifie que l'évaluation porte sur cette épreuve");
    grid->add_flag("--force", force, "Remplace le fichier PDF s'il existe");
    grid->callback([&context] {
        if (output.empty() && !text) throw CLI::RequiredError("-o FICHIER.pdf ou --text");
        if (!output.empty()) OutputFile::check(output, force, {file, attempt});
        const auto document = GridDocument::build(loadChecked(file, attempt, context));
        if (text) {
            CliOutput::text(DocumentText::render(document));
            return;
        }
        OutputFile target(output, force, {file, attempt});
        const int pages = writePdf(document, target);
        CliOutput::text(fmt::format("grille écrite dans {} ({}{})\n", output,
                                    frenchCount(pages, "page", "pages"),
                                    document.watermark ? ", non signée" : ""),
                        stderr);
    });
}

}  // namespace

void addGridCommands(CLI::App& app, CliContext& context) {
    auto* evaluation = app.add_subcommand(
        "evaluation",
        "Fichier d'évaluation d'une épreuve remise (.cmceval) : grilles des deux "
        "évaluateurs, accord, signatures");
    evaluation->require_subcommand(1);
    addCreate(*evaluation, context);
    addEvaluator(*evaluation);
    addSet(*evaluation);
    addAgree(*evaluation);
    addSign(*evaluation);
    addShow(*evaluation, context);
    addGrid(app, context);
}

}  // namespace cmcsim::cli
