#include "cmcsim/compare/AttemptComparison.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "AttemptEvaluation.h"
#include "ComparisonRegister.h"
#include "ComparisonSeries.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace fs = std::filesystem;

std::string ComparedAttempt::name() const {
    if (candidate.empty()) return file.filename().string();
    return sharedName ? candidate + " (" + file.filename().string() + ")" : candidate;
}

std::string ComparedAttempt::endText() const {
    if (journalCut) return "journal coupé";
    return handedIn ? "remise" : "en cours";
}

std::vector<fs::path> AttemptComparison::attemptFiles(const std::vector<fs::path>& inputs) {
    std::vector<fs::path> files;
    for (const auto& input : inputs) {
        std::error_code error;
        if (fs::is_directory(input, error)) {
            std::vector<fs::path> inFolder;
            for (const auto& entry : fs::directory_iterator(input, error))
                if (entry.path().extension() == ".cmc" && !fs::is_directory(entry.path(), error))
                    inFolder.push_back(entry.path());
            if (error) throw InputError(input.string(), "dossier illisible : " + error.message());
            std::sort(inFolder.begin(), inFolder.end());
            files.insert(files.end(), inFolder.begin(), inFolder.end());
        } else if (fs::exists(input, error)) {
            files.push_back(input);
        } else {
            throw InputError(input.string(), "fichier ou dossier introuvable");
        }
    }
    if (files.empty())
        throw InputError(inputs.empty() ? std::string("comparaison") : inputs.front().string(),
                         "aucune épreuve (fichier .cmc) à comparer");
    return files;
}

namespace {

// Evaluates every file on `threads` workers; the results in the order of `files`.
std::vector<AttemptEvaluation> evaluateAll(const std::vector<fs::path>& files,
                                           const ReferenceData& reference,
                                           const ComparisonOptions& options) {
    std::vector<AttemptEvaluation> evaluations(files.size());
    std::atomic<std::size_t> next{0};
    std::size_t done = 0;
    std::mutex reporting;
    std::exception_ptr failure;
    const auto work = [&] {
        try {
            for (auto i = next++; i < files.size(); i = next++) {
                if (options.cancel && options.cancel->load()) return;
                evaluations[i] = AttemptEvaluation::of(files[i], reference);
                const std::lock_guard lock(reporting);
                ++done;
                if (options.progress) options.progress(done, files.size());
            }
        } catch (...) {
            const std::lock_guard lock(reporting);
            if (!failure) failure = std::current_exception();
            next = files.size();
        }
    };
    unsigned threads = options.threads;
    if (threads == 0) threads = std::clamp(std::thread::hardware_concurrency(), 1U, 4U);
    threads = std::min<unsigned>(threads, static_cast<unsigned>(files.size()));
    std::vector<std::thread> workers;
    for (unsigned t = 1; t < threads; ++t) workers.emplace_back(work);
    work();
    for (auto& w : workers) w.join();
    if (failure) std::rethrow_exception(failure);
    if (options.cancel && options.cancel->load()) throw std::runtime_error("comparaison annulée");
    return evaluations;
}

// The key of a file's scenario: its id and content.
std::string scenarioKey(const AttemptEvaluation& e) {
    return e.scenarioId + "\n" + e.scenarioDigest;
}

// The scenario of the group: the one (id and content) most verified files share; on a tie, the
// first such file's.
std::string groupScenario(const std::vector<AttemptEvaluation>& evaluations) {
    std::map<std::string, std::size_t> counts;
    for (const auto& e : evaluations)
        if (std::holds_alternative<ComparedAttempt>(e.outcome)) ++counts[scenarioKey(e)];
    std::string best;
    std::size_t most = 0;
    for (const auto& e : evaluations) {
        if (!std::holds_alternative<ComparedAttempt>(e.outcome)) continue;
        if (counts[scenarioKey(e)] > most) {
            most = counts[scenarioKey(e)];
            best = scenarioKey(e);
        }
    }
    return best;
}

// "version 1.2, contenu 0123456789ab" or "contenu 0123456789ab".
std::string versionText(const std::string& version, const std::string& digest) {
    return (version.empty() ? "" : "version " + version + ", ") + "contenu " + digest;
}

// The files of `files` that are one file under several names (the same path, or a link: the
// same inode, fs::equivalent): the first of each kept, the others set apart with `duplicates`
// noting, per kept index, the other names.
std::vector<fs::path> distinctFiles(const std::vector<fs::path>& files,
                                    std::vector<SetApartAttempt>& setApart,
                                    std::map<std::size_t, std::vector<std::string>>& duplicates) {
    std::vector<fs::path> unique;
    for (const auto& file : files) {
        const auto same = std::find_if(unique.begin(), unique.end(), [&](const fs::path& kept) {
            std::error_code e;
            return kept == file || fs::equivalent(kept, file, e);
        });
        if (same == unique.end()) {
            unique.push_back(file);
            continue;
        }
        setApart.push_back({file,
                            {},
                            fmt::format("même fichier que {} (lien ou autre chemin vers le même "
                                        "fichier) : comparé une seule fois",
                                        same->string())});
        duplicates[static_cast<std::size_t>(same - unique.begin())].push_back(file.string());
    }
    return unique;
}

// What to say of two attempts of one creation digest with different journals, for each: a
// journal that is the other's first entries (chained hashes) is that attempt cut short, not a
// second play.
std::pair<std::string, std::string> playedTwice(const ComparedAttempt& a,
                                                const ComparedAttempt& b) {
    const auto cutAfter = [](const ComparedAttempt& shorter, const ComparedAttempt& longer) {
        const auto& h = longer.entryHashes;
        const auto at = std::find(h.begin(), h.end(), shorter.headHash());
        return at == h.end() ? std::size_t{0} : static_cast<std::size_t>(at - h.begin()) + 1;
    };
    const auto cut = [](const ComparedAttempt& shorter, const ComparedAttempt& longer,
                        std::size_t kept) {
        const auto removed = longer.entryHashes.size() - kept;
        const auto detail =
            frenchCount(static_cast<double>(removed), "entrée retirée", "entrées retirées") +
            (longer.handedIn ? ", remise comprise" : "");
        return std::pair{
            fmt::format(
                "journal du fichier {} coupé après son entrée {} ({}) : la même épreuve, sans "
                "ses dernières entrées",
                longer.file.filename().string(), kept, detail),
            fmt::format("{} est ce journal coupé après l'entrée {} ({})",
                        shorter.file.filename().string(), kept, detail)};
    };
    if (const auto n = cutAfter(a, b)) return cut(a, b, n);
    if (const auto n = cutAfter(b, a)) {
        auto [shorterSide, longerSide] = cut(b, a, n);
        return {std::move(longerSide), std::move(shorterSide)};
    }
    const auto playedAgain = [](const ComparedAttempt& other) {
        return fmt::format(
            "même épreuve délivrée que {} (même empreinte de création), jouée "
            "autrement",
            other.file.filename().string());
    };
    return {playedAgain(b), playedAgain(a)};
}

// The attempts of the group that are copies of one another: the same creation digest and the
// same journal (its last entry's hash) make one attempt, compared once (the copy set apart); the
// same creation digest with another journal is one issued attempt played twice (both warned).
void markCopies(std::vector<ComparedAttempt>& attempts, std::vector<SetApartAttempt>& setApart) {
    for (std::size_t i = 0; i < attempts.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            auto& kept = attempts[j];
            auto& copy = attempts[i];
            if (kept.creationDigest != copy.creationDigest) continue;
            if (kept.headHash() == copy.headHash()) {
                setApart.push_back({copy.file, copy.candidate,
                                    fmt::format("copie de {} (même empreinte de création, même "
                                                "journal) : la même épreuve, comparée une seule "
                                                "fois",
                                                kept.file.string())});
                kept.warnings.push_back(
                    fmt::format("aussi donnée sous le nom {} (copie "
                                "identique), comparée une seule fois",
                                copy.file.string()));
                attempts.erase(attempts.begin() + static_cast<std::ptrdiff_t>(i--));
                break;
            }
            auto [keptSide, copySide] = playedTwice(kept, copy);
            kept.warnings.push_back(std::move(keptSide));
            copy.warnings.push_back(std::move(copySide));
        }
    }
}

// The attempts not handed in, listed apart: their verdicts are measured against the hidden
// truth, the evaluator's view after the hand-in (TruthAccess); a candidate comparing their own
// attempt during the exam would read them. A cut journal (checkRegister) says so.
void setApartNotHandedIn(std::vector<ComparedAttempt>& attempts,
                         std::vector<SetApartAttempt>& setApart) {
    for (auto a = attempts.begin(); a != attempts.end();) {
        if (a->handedIn) {
            ++a;
            continue;
        }
        std::string reason = a->journalCut
                                 ? ""
                                 : "épreuve non remise : ses verdicts, mesurés sur la vérité "
                                   "cachée, se lisent après la remise (cmcsim seal)";
        for (const auto& w : a->warnings)
            if (w.starts_with("journal coupé"))
                reason = w;
            else if (w.starts_with("journal du fichier "))  // another's journal cut (playedTwice)
                reason += (reason.empty() ? "" : " ; ") + w;
        setApart.push_back({a->file, a->candidate, std::move(reason)});
        a = attempts.erase(a);
    }
}

// Candidates' names borne by two attempts or more: those attempts named with their file too.
void markSharedNames(std::vector<ComparedAttempt>& attempts) {
    std::map<std::string, std::size_t> counts;
    for (const auto& a : attempts)
        if (!a.candidate.empty()) ++counts[a.candidate];
    for (auto& a : attempts) a.sharedName = !a.candidate.empty() && counts[a.candidate] > 1;
}

}  // namespace

AttemptComparison AttemptComparison::run(const std::vector<fs::path>& files,
                                         const ReferenceData& reference,
                                         const ComparisonOptions& options) {
    // A file given twice (by two names, or a link to it) is compared once.
    std::vector<SetApartAttempt> duplicates;
    std::map<std::size_t, std::vector<std::string>> otherNames;
    const auto unique = distinctFiles(files, duplicates, otherNames);
    auto evaluations = evaluateAll(unique, reference, options);
    for (const auto& [index, names] : otherNames)
        if (auto* a = std::get_if<ComparedAttempt>(&evaluations[index].outcome))
            for (const auto& name : names)
                a->warnings.push_back("aussi donnée sous le nom " + name +
                                      " (même fichier), comparée une seule fois");
    AttemptComparison comparison;
    const auto key = groupScenario(evaluations);
    for (const auto& e : evaluations)
        if (scenarioKey(e) == key && std::holds_alternative<ComparedAttempt>(e.outcome)) {
            comparison.scenarioId = e.scenarioId;
            comparison.scenarioTitle = e.scenarioTitle;
            comparison.scenarioVersion = e.scenarioVersion;
            comparison.scenarioDigest = e.scenarioDigest;
            break;
        }
    if (comparison.scenarioId.empty()) {
        const auto* apart = std::get_if<SetApartAttempt>(&evaluations.front().outcome);
        throw InputError(unique.front().string(),
                         fmt::format("aucune épreuve lisible à comparer ; {}",
                                     apart ? apart->reason : std::string()));
    }
    for (auto& e : evaluations) {
        if (auto* apart = std::get_if<SetApartAttempt>(&e.outcome)) {
            comparison.setApart.push_back(std::move(*apart));
        } else if (scenarioKey(e) != key) {
            auto& attempt = std::get<ComparedAttempt>(e.outcome);
            comparison.setApart.push_back(
                {attempt.file, attempt.candidate,
                 e.scenarioId == comparison.scenarioId
                     ? fmt::format(
                           "autre version du scénario « {} » ({}) : {} ; la comparaison "
                           "porte sur {} (les épreuves sont regroupées par identifiant "
                           "et contenu du scénario)",
                           e.scenarioTitle, e.scenarioId,
                           versionText(e.scenarioVersion, e.scenarioDigest),
                           versionText(comparison.scenarioVersion, comparison.scenarioDigest))
                     : fmt::format("autre scénario : « {} » ({}), la comparaison porte sur « {} "
                                   "» ({})",
                                   e.scenarioTitle, e.scenarioId, comparison.scenarioTitle,
                                   comparison.scenarioId)});
        } else {
            comparison.attempts.push_back(std::move(std::get<ComparedAttempt>(e.outcome)));
        }
    }
    markCopies(comparison.attempts, comparison.setApart);
    comparison.setApart.insert(comparison.setApart.end(), duplicates.begin(), duplicates.end());
    markSharedNames(comparison.attempts);
    comparison.registerFile = checkRegister(comparison.attempts, files, options.registerFile);
    setApartNotHandedIn(comparison.attempts, comparison.setApart);
    comparison.indicators = comparedIndicators(reference.framework);
    comparison.criteria = comparedCriteria(reference.framework);
    comparison.series = comparisonSeries(comparison.attempts, comparison.criteria);
    return comparison;
}

std::array<std::size_t, 4> AttemptComparison::verdictCounts(std::size_t i, bool criterion) const {
    std::array<std::size_t, 4> counts{};
    for (const auto& a : attempts) {
        const auto v = std::find(kComparedVerdicts.begin(), kComparedVerdicts.end(),
                                 (criterion ? a.criteria : a.results).at(i).verdict);
        ++counts[static_cast<std::size_t>(v - kComparedVerdicts.begin())];
    }
    return counts;
}

const ComparedSeries* AttemptComparison::findSeries(const std::string& key) const {
    for (const auto& s : series)
        if (s.key == key) return &s;
    return nullptr;
}

}  // namespace cmcsim
