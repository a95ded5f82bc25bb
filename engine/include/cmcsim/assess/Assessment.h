#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <typeinfo>
#include <vector>

#include "cmcsim/attempt/Journal.h"

namespace cmcsim {

class AttemptState;
struct Market;
struct ReferenceData;
struct Scenario;

// The framework's verdicts (grilles d'évaluation), in its own words.
enum class Verdict {
    Acquis,               // "acquis"
    PartiellementAcquis,  // "partiellement acquis"
    NonAcquis,            // "non acquis"
    AApprecier,  // "à apprécier par l'évaluateur": only a person can judge, or no evidence
};

// The French label of a verdict, as the grid prints it.
std::string_view verdictLabel(Verdict verdict);

// One piece of evidence behind a verdict: a journal entry (sequence > 0) and/or a measured figure.
struct Evidence {
    std::int64_t entry = 0;  // journal sequence number, 0 when the evidence is only a figure
    std::string label;       // in French, e.g. "Précision des signalements"
    std::string value;       // the figure as the evaluator reads it, e.g. "80 % (8 sur 10)"
};

// The verdict of one indicator (a "→" line of the framework) on one attempt.
struct IndicatorResult {
    std::string criterion;  // criterion id of datasets/referentiel_cmc.csv, e.g. "B2.1"
    std::string indicator;  // indicator id, e.g. "B2.1.2"
    Verdict verdict = Verdict::AApprecier;
    int score = 0;            // 0–100; 0 when the verdict is AApprecier
    std::string explanation;  // in French: the rule applied, the figures and the thresholds
    std::vector<Evidence> evidence;
    // The measures behind the verdict as numbers, by key, for the group comparison
    // (cmcsim/compare): e.g. "precision" 0.8 (a share 0..1). A measure without object (no flag,
    // no segment) is absent. Only some assessors fill it (see each one's file).
    std::map<std::string, double> measures;
};

// The tunable thresholds of one assessor (datasets/seuils_evaluation.csv), read by name.
class AssessorThresholds {
public:
    explicit AssessorThresholds(std::map<std::string, double> values)
        : values_(std::move(values)) {}
    // The value of `name`; std::out_of_range naming the assessor's missing parameter otherwise
    // (the dataset's validation makes that impossible for a registered assessor).
    double at(const std::string& name) const;

private:
    std::map<std::string, double> values_;
};

// What several assessors derive from the same attempt (the candidate's targets filtered on the
// hidden truth, the saved offer versions studied by the engine, the journal folded with
// checkpoints), made by the first assessor that asks and then shared by the others assessing the
// same context: a pure function of the context, so sharing it changes no result. One thread
// assesses a context at a time (assessAttempt does).
class AssessmentMemo {
public:
    // The value stored under `key`, made by `make()` (returning a T) on first use. A key asked
    // for with two types is a std::logic_error (a programming error).
    template <typename T, typename Make>
    const T& get(const std::string& key, Make&& make) const {
        if (const auto found = values_.find(key); found != values_.end()) {
            if (*found->second.type != typeid(T))
                throw std::logic_error("AssessmentMemo : « " + key + " » lu sous deux types");
            return *static_cast<const T*>(found->second.value.get());
        }
        std::shared_ptr<const T> value(new T(make()));  // no copy nor move of T
        const T& result = *value;
        values_.insert_or_assign(key, Entry{&typeid(T), std::move(value)});
        return result;
    }

private:
    struct Entry {
        const std::type_info* type;
        std::shared_ptr<const void> value;
    };
    mutable std::map<std::string, Entry> values_;
};

// What an assessor may read: the attempt (scenario, market with its hidden truth, journal up to
// the entry assessed, and the state after that entry) and the reference data.
struct AssessmentContext {
    const Scenario& scenario;
    const Market& market;  // includes the hidden truth (defects, real headcounts, cover)
    const ReferenceData& reference;
    const std::vector<JournalEntry>& journal;  // entries 1..k, k being the entry assessed
    const AttemptState& state;                 // the fold of `journal`
    // What the assessors share, made on first use; each context has its own.
    std::shared_ptr<const AssessmentMemo> memo = std::make_shared<const AssessmentMemo>();
};

// An assessor judges one indicator: a pure function of the context and its thresholds (the same
// attempt always gives the same result). `indicator` is the indicator's id in the framework's
// data, so one assessor function may serve several indicators.
using AssessorFunction = std::function<IndicatorResult(
    const AssessmentContext& context, const AssessorThresholds& thresholds,
    const std::string& criterion, const std::string& indicator)>;

// One registered assessor: its id (column `evaluateur` of datasets/referentiel_cmc.csv), the
// threshold names it reads (each must be in datasets/seuils_evaluation.csv) and the function.
struct AssessorDefinition {
    std::string id;  // e.g. "fiabilite.signalements"
    std::vector<std::string> thresholds;
    AssessorFunction assess;
};

// Every assessor linked into the program; an assessor registers itself from its own source file
// with a static AssessorRegistration, so adding one needs no change elsewhere.
class AssessorRegistry {
public:
    static const std::map<std::string, AssessorDefinition>& all();
    // Registers `definition`; a second assessor with the same id is a std::logic_error.
    static void add(AssessorDefinition definition);
};

// Registers an assessor at static initialisation: `static AssessorRegistration r{{...}};`.
struct AssessorRegistration {
    explicit AssessorRegistration(AssessorDefinition definition) {
        AssessorRegistry::add(std::move(definition));
    }
};

}  // namespace cmcsim
