#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cmcsim/assess/Assessment.h"
#include "cmcsim/compare/Distribution.h"

namespace cmcsim {

struct ReferenceData;

// The key figures of one attempt for the comparison (issue 13 §2), each from the engine's own
// computation: the assessors' measures (cmcsim/assess: B2.1.5 « cibles.qualification » and B2.1.2
// « fiabilite.verifications »), the saved offers (AttemptState::offers) and the piloting
// dashboard (sim/Dashboard, as `cmcsim dashboard` shows it) with the client meetings of the
// journal (MeetingLog). An absent figure has no object for
// that attempt (no segment, no flag, no defect on the verified lines).
struct ComparedFigures {
    std::optional<double> targetCountGap;      // mean |announced − real| / real establishments
    std::optional<double> targetPotentialGap;  // the same on the premium potential (€)
    std::optional<double> flagPrecision;       // right flags / flags, 0..1
    std::optional<double> flagRecall;          // flagged defects / defects of verified lines
    std::int64_t offers = 0;                   // companies with at least one saved offer
    std::int64_t offerVersions = 0;            // offer versions saved, all companies
    // The meetings held: the plan's (dashboard, weeks run) and every client meeting opened in
    // the journal (`cmcsim meeting`, MeetingLog), its week run or not.
    std::int64_t meetingsHeld = 0;
    std::int64_t signatures = 0;  // contracts signed (dashboard)
    double premiumsWonEur = 0;    // annual premiums signed, euros (dashboard)
    int weeksPlayed = 0;
};

// One attempt of the group: its file, its candidate (as entered at its creation, "" when none),
// the verdict and score of every assessed indicator (evidence and explanation left out: `cmcsim
// assess FILE` gives them) and of every criterion with an assessed indicator, and its key
// figures. A criterion combines its assessed indicators as an indicator combines its measures
// (docs/assessment.md, « Du chiffre au verdict »): the weakest verdict, « à apprécier » only
// when all are, and the lowest score of the indicators of that verdict.
struct ComparedAttempt {
    std::filesystem::path file;
    std::string candidate;
    std::size_t entries = 0;  // journal entries
    bool handedIn = false;    // the last entry is the hand-in (épreuve remise)
    std::string receipt;      // its hand-in receipt, when handed in
    // The register (ComparisonOptions::registerFile) records a hand-in receipt this journal does
    // not end with: its last entries, hand-in included, were removed (HandInReceipt).
    bool journalCut = false;
    bool registered = false;                // the register lists this attempt (creation digest)
    std::string creationDigest;             // AttemptIntegrity's: with the head hash, one attempt
    std::vector<std::string> entryHashes;   // each journal entry's chained hash, in order
    bool sharedName = false;                // another attempt of the group has its candidate's name
    std::vector<std::string> warnings;      // in French: a cut journal, a copy given twice…
    std::vector<IndicatorResult> results;   // one per AttemptComparison::indicators, same order
    std::vector<IndicatorResult> criteria;  // one per AttemptComparison::criteria (indicator "")
    ComparedFigures figures;

    // The candidate's name, else the file's name: how the comparison names the attempt; "name
    // (file name)" when another attempt of the group has the same candidate's name.
    std::string name() const;
    // Where its journal ends: "remise", "en cours", "journal coupé".
    std::string endText() const;
    // The hash of its journal's last entry (a journal holds its creation at least).
    const std::string& headHash() const { return entryHashes.back(); }
};

// An attempt listed apart, and why (in French): another scenario or another version of it, a
// failed verification (damaged, altered, unreadable file), or a file given twice (the same path,
// a link to it, or a copy of it: the same creation digest and the same journal).
struct SetApartAttempt {
    std::filesystem::path file;
    std::string candidate;  // when the file could be read
    std::string reason;
};

// What a series measures, for its formatting: a score 0–100, a share 0..1, a count, euros.
enum class SeriesUnit { Score, Share, Count, Euros };

// A column of the comparison: an assessed indicator or a criterion, its id and its wording.
struct ComparedColumn {
    std::string id;     // "B2.1.2", "B2.1"
    std::string label;  // the framework's wording (indicator) or title (criterion)
};

// One compared figure over the group: a value per attempt (absent: no object), its distribution.
struct ComparedSeries {
    std::string key;  // the indicator id ("B2.1.2") or the figure's key ("signalements.precision")
    std::string label;  // French
    SeriesUnit unit = SeriesUnit::Score;
    bool higherIsBetter = true;
    std::vector<std::optional<double>> values;  // per AttemptComparison::attempts
    std::optional<Distribution> distribution;   // of the present values
};

// How to run a comparison: worker threads (0: as many as the machine has cores, at most 4),
// a progress report after each file (any worker thread, serialised), and a flag that abandons
// the run (checked between files; run() then throws std::runtime_error « comparaison annulée »).
struct ComparisonOptions {
    unsigned threads = 0;
    // The trainer's register of issued attempts (AttemptRegister, `cmcsim issue`): its recorded
    // receipts show a cut journal. Empty: the register.csv beside the files, when there is one.
    std::filesystem::path registerFile;
    std::function<void(std::size_t done, std::size_t total)> progress;
    const std::atomic<bool>* cancel = nullptr;
};

// The group comparison of attempts (issue 13 §2; docs/guide-utilisateur.md, « Comparer des
// épreuves »): every file is verified as `cmcsim verify` and `cmcsim assess` do (AttemptFile::
// open: every row, the journal's hash chain, the tables against their seal), assessed
// (assessAttempt on the state after its last entry) and its dashboard replayed. The group is the
// attempts of the scenario most files share (by scenario id and content; on a tie, the scenario of
// the first such file in the given order); the others, and every file that fails its verification,
// are listed apart with the reason: two versions of a scenario with one id are two scenarios (the
// content is the digest of the scenario as ScenarioWriter writes it). A file given
// twice (its path, a link, a copy with the same creation digest and journal) is compared once,
// with a warning. An attempt not handed in is listed apart, unassessed: its verdicts are measured
// against the hidden truth, the evaluator's view after the hand-in (TruthAccess, as `cmcsim
// assess`); a cut journal is said so. Then, per assessed indicator (score) and per key figure, the
// distribution over the group and its outliers (Distribution: beyond 1.5 IQR).
struct AttemptComparison {
    std::string scenarioId, scenarioTitle;
    std::string scenarioVersion;             // its "version" (format 2), may be empty
    std::string scenarioDigest;              // the first 12 hex digits of its content's SHA-256
    std::filesystem::path registerFile;      // the register read, if any
    std::vector<ComparedColumn> indicators;  // the framework's assessed indicators, in order
    std::vector<ComparedColumn> criteria;    // the criteria with an assessed indicator, in order
    std::vector<ComparedAttempt> attempts;   // the group, in the order given
    std::vector<SetApartAttempt> setApart;   // in the order given, then the files given twice
    std::vector<ComparedSeries> series;      // criteria's scores, then the key figures

    // The attempt files of `inputs`: a folder gives its *.cmc files (not its subfolders), sorted
    // by name; a file is taken as it is. InputError naming the path for a path that does not
    // exist, or when no file is found at all.
    static std::vector<std::filesystem::path> attemptFiles(
        const std::vector<std::filesystem::path>& inputs);
    // Compares the attempts of `files` (attemptFiles gives them). A file that cannot be read is
    // set apart, never thrown; InputError when no file passes its verification.
    static AttemptComparison run(const std::vector<std::filesystem::path>& files,
                                 const ReferenceData& reference,
                                 const ComparisonOptions& options = {});

    // The attempts' count per verdict (kComparedVerdicts's order) for indicator number `i` of
    // `indicators`, or criterion number `i` of `criteria` when `criterion`.
    std::array<std::size_t, 4> verdictCounts(std::size_t i, bool criterion = false) const;
    const ComparedSeries* findSeries(const std::string& key) const;
    // {"scenario", "epreuves": [{fichier, candidat, entrees, remise, criteres and indicateurs:
    // [{id, verdict, score}], chiffres: {…}}], "ecartees": [{fichier, candidat, motif}], "series":
    // [{cle, libelle, unite, valeurs, distribution: {n, min, q1, mediane, q3, max, moyenne, bornes,
    // atypiques: [candidate names]}}]}; an absent value is null.
    nlohmann::json toJson() const;
};

// "acquis", "partiellement acquis"…: AttemptComparison::verdictCounts's order.
inline constexpr std::array<Verdict, 4> kComparedVerdicts{
    Verdict::Acquis, Verdict::PartiellementAcquis, Verdict::NonAcquis, Verdict::AApprecier};

}  // namespace cmcsim
