#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cmcsim/assess/Evaluation.h"

namespace cmcsim {

// Cohen's kappa between two raters over the items both judged (docs/evaluation-grid.md,
// "Agreement"): κ = (po − pe) / (1 − pe), po the share of items with the same verdict, pe the
// agreement expected by chance from each rater's share of each verdict. Only the three
// judgements acquis / partiellement acquis / non acquis count: an item either rater left
// "à apprécier" (not judged, or no evidence for the automatic assessors) is left out.
struct Kappa {
    int items = 0;        // items judged by both
    int same = 0;         // items with the same verdict
    double observed = 0;  // po = same / items (0 when no item)
    double expected = 0;  // pe
    // Undefined with no item, or when pe = 1 (both raters gave one and the same verdict to
    // every item: no disagreement was possible by chance either).
    std::optional<double> kappa;

    // κ of two lists of verdicts of the same items (same length; std::invalid_argument else).
    static Kappa of(const std::vector<Verdict>& first, const std::vector<Verdict>& second);
};

// One criterion of the grid seen by the automatic assessors and both evaluators.
struct CriterionAgreement {
    std::string criterion;
    Verdict automatic = Verdict::AApprecier;  // automaticVerdict of its indicators
    std::optional<Verdict> first, second;     // nothing when the evaluator has not judged it
    // Both judged it and gave different verdicts: the agreement view flags it.
    bool disagreement = false;
};

// The agreement statistics of an evaluation (issue 10 §5), computed over its criteria.
struct AgreementStatistics {
    std::vector<CriterionAgreement> criteria;  // in grid order
    int judgedByBoth = 0;                      // criteria both evaluators judged
    int disagreements = 0;
    Kappa evaluators;         // evaluator 1 against evaluator 2
    Kappa firstVsAutomatic;   // evaluator 1 against the automatic verdicts
    Kappa secondVsAutomatic;  // evaluator 2 against the automatic verdicts

    static AgreementStatistics of(const Evaluation& evaluation);
};

// The automatic verdict of a criterion from its indicators' results: "à apprécier" when none
// was judged automatically; else acquis when every judged indicator is acquis, non acquis when
// every one is non acquis, partiellement acquis otherwise (indicators "à apprécier" are left
// out: a person judges them).
Verdict automaticVerdict(const std::vector<IndicatorResult>& results, const std::string& criterion);

// "0,62", or "non défini" when the kappa is undefined: as the grid and the CLI print it.
std::string kappaText(const Kappa& kappa);

}  // namespace cmcsim
