#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cmcsim/assess/Assessment.h"

namespace cmcsim {

class AssessmentFramework;

// The framework's wording of one indicator (a "→" line), as the evaluation keeps it.
struct GridIndicator {
    std::string id;       // e.g. "B2.1.2"
    std::string wording;  // the framework's words
};

// One criterion of the grid, copied from the framework when the evaluation is created, so the
// grid printed later is the one the evaluators judged even if the dataset changes meanwhile.
struct GridCriterion {
    std::string id;  // e.g. "B2.1"
    int bloc = 0;    // 2, 3 or 4
    std::string title;
    std::string competence;  // the framework's wording of the competence
    std::vector<GridIndicator> indicators;
};

// A verdict and its comment, by an evaluator or agreed by both.
struct Judgement {
    Verdict verdict = Verdict::AApprecier;
    std::string comment;
};

// One evaluator's independent grid: who, and their judgement per criterion (and optionally per
// indicator), keyed by id.
struct EvaluatorGrid {
    std::string name;
    std::string role;  // e.g. "Formatrice", "Professionnel du métier"
    std::map<std::string, Judgement> criteria;
    std::map<std::string, Judgement> indicators;
};

// An evaluator's signature of the agreed grid: who, when, and the digest of the content signed
// (Evaluation::contentDigest at that moment), so a change after signing is detected.
struct Signature {
    int evaluator = 1;  // 1 or 2
    std::string name;
    std::string role;
    std::string date;    // ISO 8601, e.g. "2026-11-29"
    std::string digest;  // SHA-256 hex of the content signed
};

// The attempt an evaluation judges: its receipt code (the attempt must be sealed), its scenario
// and candidate. Opening an evaluation against another attempt is refused (EvaluationFile).
struct EvaluationBinding {
    std::string receipt;  // Journal::receiptCode of the hand-in, "XXXX-XXXX-XXXX-XXXX"
    std::string scenarioId;
    std::string scenarioName;
    std::string candidate;
    std::string sealedAt;  // wall time of the hand-in
};

// The two evaluators' grids of one sealed attempt (issue 10 §5): the automatic pre-assessment
// at the hand-in (kept as it was), each evaluator's grid, the agreement (agreed judgement per
// criterion and a comment under each bloc's table) and both signatures. Once an evaluator has
// signed, nothing can change: every change throws InputError (where = "évaluation").
// Stored by EvaluationFile (docs/evaluation-grid.md).
class Evaluation {
public:
    static constexpr std::size_t kMaxNameLength = 120;       // characters
    static constexpr std::size_t kMaxCommentLength = 4'000;  // characters

    Evaluation(EvaluationBinding binding, std::vector<GridCriterion> criteria,
               std::vector<IndicatorResult> preAssessment, std::string createdAt);
    // A new, empty evaluation of the attempt `binding` names: the grid copied from `framework`
    // (every criterion of Blocs 2–4, its indicators' words), `preAssessment` the automatic
    // results at the hand-in, created now (UTC).
    static Evaluation start(const AssessmentFramework& framework, EvaluationBinding binding,
                            std::vector<IndicatorResult> preAssessment);

    const EvaluationBinding& binding() const { return binding_; }
    const std::vector<GridCriterion>& criteria() const { return criteria_; }
    const GridCriterion* criterion(std::string_view id) const;
    // The blocs of the grid in order (2, 3, 4).
    std::vector<int> blocs() const;
    const std::vector<IndicatorResult>& preAssessment() const { return preAssessment_; }
    const std::string& createdAt() const { return createdAt_; }
    // Evaluator 1 or 2 (std::out_of_range otherwise).
    const EvaluatorGrid& evaluator(int number) const;
    const std::map<std::string, Judgement>& agreed() const { return agreed_; }
    const std::map<int, std::string>& blocComments() const { return blocComments_; }
    const std::vector<Signature>& signatures() const { return signatures_; }
    bool signedByAny() const { return !signatures_.empty(); }
    bool complete() const { return signatures_.size() == 2; }

    // Changes, each refused (InputError) once signed, for an evaluator other than 1 or 2, an
    // unknown criterion or indicator, or a text too long or with control characters.
    void setEvaluator(int number, std::string name, std::string role);
    // `id` is a criterion's or an indicator's id.
    void judge(int evaluator, const std::string& id, Judgement judgement);
    void agree(const std::string& criterion, Judgement judgement);
    void commentBloc(int bloc, std::string comment);
    // Evaluator `number` signs on `date` (ISO 8601). Refused when that evaluator has no name,
    // has already signed, or a criterion has no agreed verdict (missingAgreement()), and for a
    // date before the attempt's hand-in (binding().sealedAt) or after today (UTC): a signature
    // cannot be backdated nor postdated.
    void sign(int number, const std::string& date);
    // Signs today (UTC).
    void sign(int number);
    // Today's date in UTC, ISO 8601.
    static std::string today();

    // The criteria without an agreed verdict, in grid order.
    std::vector<std::string> missingAgreement() const;
    // SHA-256 hex of everything but the signatures (the JSON form EvaluationFile writes).
    std::string contentDigest() const;
    // The code of the signed grid, printed on it: contentDigest() as a receipt code
    // (Journal::receiptCode), to compare with the file later.
    std::string code() const;

    // Used by EvaluationFile when reading a file (no check: the file's digests are checked).
    void restore(std::array<EvaluatorGrid, 2> evaluators, std::map<std::string, Judgement> agreed,
                 std::map<int, std::string> blocComments, std::vector<Signature> signatures);

private:
    void checkOpen() const;

    EvaluationBinding binding_;
    std::vector<GridCriterion> criteria_;
    std::vector<IndicatorResult> preAssessment_;
    std::string createdAt_;
    std::array<EvaluatorGrid, 2> evaluators_;
    std::map<std::string, Judgement> agreed_;
    std::map<int, std::string> blocComments_;
    std::vector<Signature> signatures_;
};

// The key a verdict is stored and typed as: "acquis", "partiellement_acquis", "non_acquis",
// "a_apprecier".
std::string_view verdictKey(Verdict verdict);
// A verdict typed by a person: its key or its French label, any case, accents optional
// ("acquis", "Partiellement acquis", "non-acquis", "à apprécier"); nothing otherwise.
std::optional<Verdict> verdictFromText(std::string_view text);

}  // namespace cmcsim
