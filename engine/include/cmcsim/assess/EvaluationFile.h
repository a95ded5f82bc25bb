#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cmcsim/assess/Evaluation.h"

namespace cmcsim {

class AttemptReader;

// Reads and writes evaluation files (.cmceval, docs/evaluation-grid.md): one UTF-8 JSON
// document beside the attempt, which it never modifies, holding the evaluation's content, the
// signatures and a SHA-256 digest of both. Errors are InputErrors naming the file and the place
// (line:column for ill-formed JSON, the JSON path of a wrong field).
struct EvaluationFile {
    static constexpr int kVersion = 1;
    static constexpr const char* kFormat = "cmcsim-evaluation";
    static constexpr std::size_t kMaxBytes = 16u << 20;  // far above two full grids

    // Reads `file`: a foreign, newer, damaged or truncated file, a digest that does not match
    // (an edit outside cmcsim) or a signature whose signed content differs from the file's (a
    // change after signing) is an InputError saying what and where.
    static Evaluation load(const std::filesystem::path& file);
    // Writes `evaluation` to `file` through a temporary file renamed at the end, so a failed
    // write leaves the previous version whole. Without `overwrite` an existing file is refused;
    // a signed evaluation is never replaced, even with `overwrite` (checkReplaceable), and no
    // other cmcsim file (an attempt) is ever replaced (OutputFile).
    static void save(const Evaluation& evaluation, const std::filesystem::path& file,
                     bool overwrite);
    // Refuses (InputError naming `file`) to replace a signed evaluation: only the same content
    // with more signatures (`replacement`, the second signature) may be written over it.
    // Nothing to refuse when `file` is absent, not an evaluation, or damaged.
    static void checkReplaceable(const std::filesystem::path& file,
                                 const Evaluation* replacement = nullptr);
    // The file's text (what save writes).
    static std::string text(const Evaluation& evaluation);
    // The digest a file's "empreinte" must hold: SHA-256 hex of the compact JSON of its
    // "format", "version", "contenu" and "signatures" (std::out_of_range if one is missing).
    static std::string digestOf(const nlohmann::json& document);

    // What an evaluation of this attempt is bound to. InputError naming the attempt when it is
    // not sealed (handed in): its journal could still grow, so there is no receipt to bind to.
    static EvaluationBinding bindingOf(const AttemptReader& attempt);
    // bindingOf(), once `receipt` (the code given at the hand-in, typed by the evaluator or read
    // from the trainer's register) is checked against the attempt's journal: an attempt whose
    // last entries (the hand-in among them) were removed, or that was handed in again after,
    // is an InputError saying so (HandInReceipt). Nothing inside the file can prove its end.
    static EvaluationBinding bindingOf(const AttemptReader& attempt, const std::string& receipt);
    // Refuses (InputError naming `evaluationFile`) an evaluation bound to another attempt: a
    // receipt or a scenario that differs from `attempt`'s. The receipt the evaluation is bound
    // to is checked against the end of the journal (HandInReceipt): an attempt cut after its
    // evaluation was created (its last entries removed) is refused, with the reason.
    static void checkBinding(const Evaluation& evaluation, const AttemptReader& attempt,
                             const std::filesystem::path& evaluationFile);
    // The evaluation files (.cmceval) in `folder` bound to the attempt handed in with `receipt`,
    // sorted by name; files that cannot be read as evaluations are skipped. One attempt has one
    // grid: `evaluation create` and the studio use this to refuse a second one beside the first.
    static std::vector<std::filesystem::path> boundIn(const std::filesystem::path& folder,
                                                      const std::string& receipt);
};

}  // namespace cmcsim
