#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace cmcsim {

class AssessorThresholds;  // cmcsim/assess/Assessment.h (not included: ReferenceData.h is
                           // everywhere, and other modules have a Verdict of their own)
class CsvTable;

// One indicator of the framework (a "→" line of the evaluation criteria), as
// datasets/referentiel_cmc.csv restates it.
struct FrameworkIndicator {
    std::string id;         // "B2.1.2": criterion id, then its rank in the criterion from 1
    std::string criterion;  // "B2.1"
    std::string wording;    // the framework's words
    std::string assessor;   // the registered assessor's id; empty: à apprécier par l'évaluateur
    std::string
        manualReason;  // in French: why an evaluator must judge it (may be empty if assessed)
};

// One criterion of Blocs 2–4: an activity of the framework with its competence and indicators.
struct FrameworkCriterion {
    std::string id;  // "B2.1": bloc, then its rank in the bloc from 1
    int bloc = 0;
    std::string title, competence;
    std::vector<FrameworkIndicator> indicators;
};

// The framework's criteria and the assessors' thresholds (datasets/referentiel_cmc.csv and
// datasets/seuils_evaluation.csv), validated against the registered assessors
// (AssessorRegistry). Source: RNCP "Conseiller·e mutualiste collectif", référentiel
// d'évaluation, Blocs 2 to 4; docs/assessment.md explains every rule to trainers.
class AssessmentFramework {
public:
    // Reads both files of `datasetsDir`. Throws InputError naming file, line and column for: a
    // duplicate criterion or indicator id, an id not of the form B<bloc>.<n>[.<m>] or out of
    // order, an indicator whose id does not start with its criterion's, a criterion whose bloc,
    // title or competence differ between its rows, an `evaluateur` that is not registered, an
    // indicator with neither `evaluateur` nor `motif_manuel`, a threshold of an unknown assessor
    // or parameter, a duplicate threshold, a non-numeric value, and (naming the file) a
    // registered assessor's threshold missing.
    static AssessmentFramework load(const std::filesystem::path& datasetsDir);
    // Parses the two files' texts (tests); `referentielName` and `seuilsName` name them in errors.
    static AssessmentFramework parse(
        std::string_view referentiel, std::string_view seuils,
        const std::string& referentielName = "datasets/referentiel_cmc.csv",
        const std::string& seuilsName = "datasets/seuils_evaluation.csv");

    // Criteria in the framework's order (bloc, then rank).
    const std::vector<FrameworkCriterion>& criteria() const { return criteria_; }
    // nullptr when unknown.
    const FrameworkCriterion* criterion(const std::string& id) const;
    const FrameworkIndicator* indicator(const std::string& id) const;
    // The thresholds of a registered assessor (empty for one that reads none).
    AssessorThresholds thresholdsOf(const std::string& assessor) const;

private:
    static AssessmentFramework fromTables(const CsvTable& referentiel, const CsvTable& seuils,
                                          const std::string& seuilsName);

    std::vector<FrameworkCriterion> criteria_;
    std::map<std::string, std::map<std::string, double>> thresholds_;  // assessor → name → value
};

}  // namespace cmcsim
