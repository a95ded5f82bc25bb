#include "cmcsim/assess/Agreement.h"

#include <array>
#include <stdexcept>

#include "cmcsim/core/FrenchFormat.h"

namespace cmcsim {

namespace {
bool judged(Verdict v) {
    return v != Verdict::AApprecier;
}
}  // namespace

Kappa Kappa::of(const std::vector<Verdict>& first, const std::vector<Verdict>& second) {
    if (first.size() != second.size()) throw std::invalid_argument("kappa of unequal lists");
    std::array<int, 4> countFirst{}, countSecond{};
    Kappa k;
    for (std::size_t i = 0; i < first.size(); ++i) {
        if (!judged(first[i]) || !judged(second[i])) continue;
        ++k.items;
        if (first[i] == second[i]) ++k.same;
        ++countFirst[static_cast<std::size_t>(first[i])];
        ++countSecond[static_cast<std::size_t>(second[i])];
    }
    if (k.items == 0) return k;
    const double n = k.items;
    k.observed = k.same / n;
    for (std::size_t v = 0; v < countFirst.size(); ++v)
        k.expected += (countFirst[v] / n) * (countSecond[v] / n);
    if (k.expected < 1.0 - 1e-12) k.kappa = (k.observed - k.expected) / (1.0 - k.expected);
    return k;
}

Verdict automaticVerdict(const std::vector<IndicatorResult>& results,
                         const std::string& criterion) {
    int judgedCount = 0, acquired = 0, notAcquired = 0;
    for (const auto& r : results) {
        if (r.criterion != criterion || !judged(r.verdict)) continue;
        ++judgedCount;
        if (r.verdict == Verdict::Acquis) ++acquired;
        if (r.verdict == Verdict::NonAcquis) ++notAcquired;
    }
    if (judgedCount == 0) return Verdict::AApprecier;
    if (acquired == judgedCount) return Verdict::Acquis;
    if (notAcquired == judgedCount) return Verdict::NonAcquis;
    return Verdict::PartiellementAcquis;
}

AgreementStatistics AgreementStatistics::of(const Evaluation& evaluation) {
    AgreementStatistics s;
    std::vector<Verdict> automatic, first, second;
    for (const auto& c : evaluation.criteria()) {
        CriterionAgreement a;
        a.criterion = c.id;
        a.automatic = automaticVerdict(evaluation.preAssessment(), c.id);
        const auto& one = evaluation.evaluator(1).criteria;
        const auto& two = evaluation.evaluator(2).criteria;
        if (const auto it = one.find(c.id); it != one.end()) a.first = it->second.verdict;
        if (const auto it = two.find(c.id); it != two.end()) a.second = it->second.verdict;
        if (a.first && a.second) {
            ++s.judgedByBoth;
            a.disagreement = *a.first != *a.second;
            if (a.disagreement) ++s.disagreements;
        }
        automatic.push_back(a.automatic);
        first.push_back(a.first.value_or(Verdict::AApprecier));
        second.push_back(a.second.value_or(Verdict::AApprecier));
        s.criteria.push_back(std::move(a));
    }
    s.evaluators = Kappa::of(first, second);
    s.firstVsAutomatic = Kappa::of(first, automatic);
    s.secondVsAutomatic = Kappa::of(second, automatic);
    return s;
}

std::string kappaText(const Kappa& kappa) {
    return kappa.kappa ? frenchNumber(*kappa.kappa, 2) : "non défini";
}

}  // namespace cmcsim
