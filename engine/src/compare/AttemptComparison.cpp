#include "cmcsim/compare/AttemptComparison.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "AttemptEvaluation.h"
#include "ComparisonSeries.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace fs = std::filesystem;

std::string ComparedAttempt::name() const {
    return candidate.empty() ? file.filename().string() : candidate;
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

// The scenario of the group: the one most verified files share; on a tie, the first such file's.
std::string groupScenario(const std::vector<AttemptEvaluation>& evaluations) {
    std::map<std::string, std::size_t> counts;
    for (const auto& e : evaluations)
        if (std::holds_alternative<ComparedAttempt>(e.outcome)) ++counts[e.scenarioId];
    std::string best;
    std::size_t most = 0;
    for (const auto& e : evaluations) {
        if (!std::holds_alternative<ComparedAttempt>(e.outcome)) continue;
        if (counts[e.scenarioId] > most) {
            most = counts[e.scenarioId];
            best = e.scenarioId;
        }
    }
    return best;
}

}  // namespace

AttemptComparison AttemptComparison::run(const std::vector<fs::path>& files,
                                         const ReferenceData& reference,
                                         const ComparisonOptions& options) {
    // A file given twice (by two names too) is compared once.
    std::vector<fs::path> unique;
    std::vector<SetApartAttempt> duplicates;
    std::vector<fs::path> seen;
    for (const auto& file : files) {
        std::error_code error;
        const auto canonical = fs::weakly_canonical(file, error);
        const auto& key = error ? file : canonical;
        if (std::find(seen.begin(), seen.end(), key) != seen.end()) {
            duplicates.push_back({file, {}, "fichier déjà compris dans la comparaison"});
            continue;
        }
        seen.push_back(key);
        unique.push_back(file);
    }
    auto evaluations = evaluateAll(unique, reference, options);
    AttemptComparison comparison;
    comparison.scenarioId = groupScenario(evaluations);
    for (const auto& e : evaluations)
        if (e.scenarioId == comparison.scenarioId && !e.scenarioTitle.empty())
            comparison.scenarioTitle = e.scenarioTitle;
    if (comparison.scenarioId.empty()) {
        const auto* apart = std::get_if<SetApartAttempt>(&evaluations.front().outcome);
        throw InputError(unique.front().string(),
                         fmt::format("aucune épreuve lisible à comparer ; {}",
                                     apart ? apart->reason : std::string()));
    }
    for (auto& e : evaluations) {
        if (auto* apart = std::get_if<SetApartAttempt>(&e.outcome)) {
            comparison.setApart.push_back(std::move(*apart));
        } else if (e.scenarioId != comparison.scenarioId) {
            auto& attempt = std::get<ComparedAttempt>(e.outcome);
            comparison.setApart.push_back(
                {attempt.file, attempt.candidate,
                 fmt::format("autre scénario : « {} » ({}), la comparaison porte sur « {} » ({})",
                             e.scenarioTitle, e.scenarioId, comparison.scenarioTitle,
                             comparison.scenarioId)});
        } else {
            comparison.attempts.push_back(std::move(std::get<ComparedAttempt>(e.outcome)));
        }
    }
    comparison.setApart.insert(comparison.setApart.end(), duplicates.begin(), duplicates.end());
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
