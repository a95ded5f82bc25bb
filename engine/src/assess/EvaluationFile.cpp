#include "cmcsim/assess/EvaluationFile.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <optional>

#include "EvaluationJson.h"
#include "cmcsim/core/Date.h"
#include "cmcsim/core/JsonReader.h"
#include "cmcsim/core/OutputFile.h"
#include "cmcsim/core/TextFile.h"
#include "cmcsim/store/AttemptReader.h"
#include "cmcsim/store/HandInReceipt.h"

namespace cmcsim {

namespace {

constexpr std::size_t kMaxId = 40, kMaxText = 20'000, kMaxItems = 10'000;
using Problems = std::vector<Problem>;

std::optional<Verdict> readVerdict(const JsonReader& r, const std::string& key) {
    const auto text = r.text(key, 1, 40);
    if (!text) return std::nullopt;
    for (const auto v :
         {Verdict::Acquis, Verdict::PartiellementAcquis, Verdict::NonAcquis, Verdict::AApprecier})
        if (*text == verdictKey(v)) return v;
    r.problemAt(key,
                "verdict inconnu (attendu acquis, partiellement_acquis, non_acquis ou "
                "a_apprecier)");
    return std::nullopt;
}

std::map<std::string, Judgement> readJudgements(const JsonReader& r, Problems& problems) {
    std::map<std::string, Judgement> out;
    if (!r.expectObject()) return out;
    for (const auto& [id, value] : r.value().items()) {
        const JsonReader item(value, problems, r.path() + "." + id);
        if (!item.expectObject()) continue;
        item.allowOnly({"verdict", "commentaire"});
        Judgement j;
        if (const auto v = readVerdict(item, "verdict")) j.verdict = *v;
        j.comment = item.text("commentaire", 0, Evaluation::kMaxCommentLength).value_or("");
        out[id] = std::move(j);
    }
    return out;
}

std::vector<GridCriterion> readCriteria(const JsonReader& content) {
    std::vector<GridCriterion> out;
    for (const auto& c : content.array("criteres", 1, kMaxItems)) {
        if (!c.expectObject()) continue;
        c.allowOnly({"id", "bloc", "titre", "competence", "indicateurs"});
        GridCriterion criterion;
        criterion.id = c.text("id", 1, kMaxId).value_or("");
        criterion.bloc = static_cast<int>(c.integer("bloc", 1, 9).value_or(0));
        criterion.title = c.text("titre", 0, kMaxText).value_or("");
        criterion.competence = c.text("competence", 0, kMaxText).value_or("");
        for (const auto& i : c.array("indicateurs", 0, kMaxItems)) {
            if (!i.expectObject()) continue;
            i.allowOnly({"id", "libelle"});
            criterion.indicators.push_back({i.text("id", 1, kMaxId).value_or(""),
                                            i.text("libelle", 0, kMaxText).value_or("")});
        }
        out.push_back(std::move(criterion));
    }
    return out;
}

std::vector<IndicatorResult> readResults(const JsonReader& content) {
    std::vector<IndicatorResult> out;
    for (const auto& r : content.array("pre_evaluation", 0, kMaxItems)) {
        if (!r.expectObject()) continue;
        r.allowOnly({"critere", "indicateur", "verdict", "score", "explication", "preuves"});
        IndicatorResult result;
        result.criterion = r.text("critere", 1, kMaxId).value_or("");
        result.indicator = r.text("indicateur", 1, kMaxId).value_or("");
        result.verdict = readVerdict(r, "verdict").value_or(Verdict::AApprecier);
        result.score = static_cast<int>(r.integer("score", 0, 100).value_or(0));
        result.explanation = r.text("explication", 0, kMaxText).value_or("");
        for (const auto& e : r.array("preuves", 0, kMaxItems)) {
            if (!e.expectObject()) continue;
            e.allowOnly({"entree", "libelle", "valeur"});
            result.evidence.push_back({e.integer("entree", 0, INT64_MAX).value_or(0),
                                       e.text("libelle", 0, kMaxText).value_or(""),
                                       e.text("valeur", 0, kMaxText).value_or("")});
        }
        out.push_back(std::move(result));
    }
    return out;
}

EvaluationBinding readBinding(const JsonReader& r) {
    EvaluationBinding b;
    if (!r.expectObject()) return b;
    r.allowOnly({"recu", "scenario", "nom_scenario", "candidat", "remise"});
    b.receipt = r.text("recu", 19, 19).value_or("");
    b.scenarioId = r.text("scenario", 1, 200).value_or("");
    b.scenarioName = r.text("nom_scenario", 0, 400).value_or("");
    b.candidate = r.text("candidat", 0, 400).value_or("");
    b.sealedAt = r.text("remise", 0, 40).value_or("");
    return b;
}

std::vector<Signature> readSignatures(const JsonReader& document) {
    std::vector<Signature> out;
    for (const auto& s : document.array("signatures", 0, 2)) {
        if (!s.expectObject()) continue;
        s.allowOnly({"evaluateur", "nom", "role", "date", "empreinte"});
        Signature signature;
        signature.evaluator = static_cast<int>(s.integer("evaluateur", 1, 2).value_or(1));
        signature.name = s.text("nom", 1, Evaluation::kMaxNameLength).value_or("");
        signature.role = s.text("role", 0, Evaluation::kMaxNameLength).value_or("");
        signature.date = s.text("date", 10, 10).value_or("");
        signature.digest = s.text("empreinte", 64, 64).value_or("");
        if (!signature.date.empty() && !Date::parseIso(signature.date))
            s.problemAt("date", "date illisible (attendu AAAA-MM-JJ)");
        out.push_back(std::move(signature));
    }
    return out;
}

}  // namespace

std::string EvaluationFile::digestOf(const nlohmann::json& document) {
    const nlohmann::json sealed = {{"format", document.at("format")},
                                   {"version", document.at("version")},
                                   {"contenu", document.at("contenu")},
                                   {"signatures", document.at("signatures")}};
    return EvaluationJson::sha256(sealed.dump());
}

Evaluation EvaluationFile::load(const std::filesystem::path& file) {
    const std::string name = file.string();
    const auto text = TextFile::read(file, kMaxBytes);
    if (text.starts_with("SQLite format 3"))
        throw InputError(name,
                         "c'est une base SQLite (un fichier d'épreuve .cmc ?), pas un fichier "
                         "d'évaluation (.cmceval, créé par cmcsim evaluation create)");
    Problems problems;
    const auto document = JsonReader::parse(text, name, problems);
    JsonReader::throwIfAny(problems, name);
    const JsonReader root(document, problems);
    if (!root.expectObject()) JsonReader::throwIfAny(problems, name);
    const auto format = root.text("format", 1, 100);
    if (format && *format != kFormat)
        throw InputError(name, fmt::format("pas un fichier d'évaluation cmcsim (format « {} », "
                                           "attendu « {} »)",
                                           *format, kFormat));
    const auto version = root.integer("version", 1, INT32_MAX);
    if (version && *version > kVersion)
        throw InputError(name, fmt::format("fichier d'évaluation de version {}, plus récente que "
                                           "celle que ce programme lit ({}) : mettez cmcsim à jour",
                                           *version, kVersion));
    JsonReader::throwIfAny(problems, name);
    root.allowOnly({"format", "version", "contenu", "signatures", "empreinte"});
    const auto digest = root.text("empreinte", 64, 64);
    const auto content = root.child("contenu");
    if (content.expectObject())
        content.allowOnly(
            {"epreuve", "creee_le", "criteres", "pre_evaluation", "evaluateurs", "accord"});
    auto binding = readBinding(content.child("epreuve"));
    const auto createdAt = content.text("creee_le", 0, 40).value_or("");
    auto criteria = readCriteria(content);
    auto results = readResults(content);
    std::array<EvaluatorGrid, 2> evaluators;
    const auto grids = content.array("evaluateurs", 2, 2);
    for (std::size_t n = 0; n < grids.size() && n < 2; ++n) {
        const auto& g = grids[n];
        if (!g.expectObject()) continue;
        g.allowOnly({"nom", "role", "criteres", "indicateurs"});
        evaluators[n].name = g.text("nom", 0, Evaluation::kMaxNameLength).value_or("");
        evaluators[n].role = g.text("role", 0, Evaluation::kMaxNameLength).value_or("");
        evaluators[n].criteria = readJudgements(g.child("criteres"), problems);
        evaluators[n].indicators = readJudgements(g.child("indicateurs"), problems);
    }
    const auto agreement = content.child("accord");
    std::map<std::string, Judgement> agreed;
    std::map<int, std::string> blocComments;
    if (agreement.expectObject()) {
        agreement.allowOnly({"criteres", "commentaires_blocs"});
        agreed = readJudgements(agreement.child("criteres"), problems);
        const auto comments = agreement.child("commentaires_blocs");
        if (comments.expectObject())
            for (const auto& [bloc, _] : comments.value().items()) {
                const auto comment = comments.text(bloc, 0, Evaluation::kMaxCommentLength);
                if (bloc.size() != 1 || bloc[0] < '1' || bloc[0] > '9')
                    comments.problemAt(bloc, "numéro de bloc attendu (2, 3 ou 4)");
                else if (comment)
                    blocComments[bloc[0] - '0'] = *comment;
            }
    }
    auto signatures = readSignatures(root);
    JsonReader::throwIfAny(problems, name);

    if (digestOf(document) != *digest)
        throw InputError(name + " $.empreinte",
                         "le fichier a été modifié hors de cmcsim : son empreinte ne correspond "
                         "plus à son contenu");
    Evaluation evaluation(std::move(binding), std::move(criteria), std::move(results), createdAt);
    evaluation.restore(evaluators, std::move(agreed), std::move(blocComments), {});
    const auto signedDigest = evaluation.contentDigest();
    for (std::size_t i = 0; i < signatures.size(); ++i)
        if (signatures[i].digest != signedDigest)
            throw InputError(fmt::format("{} $.signatures[{}]", name, i),
                             fmt::format("la grille a été modifiée après la signature de {} du {} "
                                         "(le contenu signé ne correspond plus)",
                                         signatures[i].name, signatures[i].date));
    evaluation.restore(std::move(evaluators), evaluation.agreed(), evaluation.blocComments(),
                       std::move(signatures));
    return evaluation;
}

std::string EvaluationFile::text(const Evaluation& evaluation) {
    nlohmann::json document = {{"format", kFormat},
                               {"version", kVersion},
                               {"contenu", EvaluationJson::content(evaluation)},
                               {"signatures", EvaluationJson::signatures(evaluation.signatures())}};
    document["empreinte"] = digestOf(document);
    return document.dump(2) + "\n";
}

void EvaluationFile::checkReplaceable(const std::filesystem::path& file,
                                      const Evaluation* replacement) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec) ||
        OutputFile::contentOf(file) != OutputFile::Content::Evaluation)
        return;
    std::optional<Evaluation> existing;
    try {
        existing = load(file);
    } catch (const InputError&) {
        return;  // damaged: not a signed evaluation anyone can rely on
    }
    if (!existing->signedByAny()) return;
    // Signing the second time writes the same content with one more signature.
    if (replacement && replacement->contentDigest() == existing->contentDigest() &&
        replacement->signatures().size() >= existing->signatures().size() &&
        std::equal(existing->signatures().begin(), existing->signatures().end(),
                   replacement->signatures().begin(), [](const auto& a, const auto& b) {
                       return a.evaluator == b.evaluator && a.date == b.date &&
                              a.digest == b.digest;
                   }))
        return;
    const auto& s = existing->signatures().front();
    throw InputError(file.string(),
                     fmt::format("évaluation signée par {} le {} : une évaluation signée n'est "
                                 "jamais remplacée ni modifiée, même avec --force ; elle n'a pas "
                                 "été modifiée (écrire une nouvelle évaluation sous un autre nom)",
                                 s.name, s.date));
}

void EvaluationFile::save(const Evaluation& evaluation, const std::filesystem::path& file,
                          bool overwrite) {
    const auto content = text(evaluation);
    checkReplaceable(file, &evaluation);
    OutputFile output(file, overwrite, {}, OutputFile::Kind::File, OutputFile::Content::Evaluation);
    {
        std::ofstream out(output.path(), std::ios::binary | std::ios::trunc);
        out << content;
        out.flush();
        if (!out) throw output.failure("disque plein ou fichier non inscriptible");
    }
    output.commit();
}

EvaluationBinding EvaluationFile::bindingOf(const AttemptReader& attempt) {
    const auto& proved = attempt.integrity();
    if (!proved.sealed)
        throw InputError(attempt.file().string(),
                         "épreuve non remise : seule une épreuve remise (cmcsim seal) a un reçu "
                         "auquel lier une évaluation");
    EvaluationBinding b;
    b.receipt = proved.receipt;
    b.scenarioId = attempt.scenario().id;
    b.scenarioName = attempt.scenario().title;
    const auto candidate = attempt.info().find("candidat");
    if (candidate != attempt.info().end()) b.candidate = candidate->second;
    b.sealedAt = proved.sealedAt;
    return b;
}

EvaluationBinding EvaluationFile::bindingOf(const AttemptReader& attempt,
                                            const std::string& receipt) {
    HandInReceipt::require(receipt, attempt.journal(), attempt.file());
    return bindingOf(attempt);
}

void EvaluationFile::checkBinding(const Evaluation& evaluation, const AttemptReader& attempt,
                                  const std::filesystem::path& evaluationFile) {
    const auto& b = evaluation.binding();
    const auto check = HandInReceipt::check(b.receipt, attempt.journal());
    if (!check.matches())
        throw InputError(evaluationFile.string(),
                         fmt::format("cette évaluation porte sur l'épreuve de reçu {} ; {} : {} : "
                                     "ce n'est pas la même épreuve",
                                     b.receipt, attempt.file().string(), check.message));
    if (attempt.scenario().id != b.scenarioId)
        throw InputError(evaluationFile.string(),
                         fmt::format("cette évaluation porte sur le scénario « {} », l'épreuve {} "
                                     "sur « {} »",
                                     b.scenarioId, attempt.file().string(), attempt.scenario().id));
}

std::vector<std::filesystem::path> EvaluationFile::boundIn(const std::filesystem::path& folder,
                                                           const std::string& receipt) {
    std::vector<std::filesystem::path> bound;
    std::error_code error;
    for (std::filesystem::directory_iterator it(folder.empty() ? "." : folder, error), end;
         !error && it != end; it.increment(error)) {
        if (it->path().extension() != ".cmceval" || !it->is_regular_file(error)) continue;
        try {
            if (load(it->path()).binding().receipt == receipt) bound.push_back(it->path());
        } catch (const std::exception&) {
            // Not an evaluation cmcsim can read: not a grid of this attempt either.
        }
    }
    std::sort(bound.begin(), bound.end());
    return bound;
}

}  // namespace cmcsim
