#include "AttemptEvaluation.h"

#include <set>

#include "../assess/EvaluationJson.h"
#include "../assess/PlayedCampaign.h"
#include "cmcsim/assess/AttemptAssessment.h"
#include "cmcsim/assess/Grading.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/ScenarioWriter.h"
#include "cmcsim/sim/Dashboard.h"
#include "cmcsim/store/AttemptFile.h"

namespace cmcsim {

namespace {

// The measure `key` of the result of the indicator assessed by `assessor`, when present.
std::optional<double> measure(const std::vector<IndicatorResult>& results,
                              const std::vector<std::string>& assessors,
                              const std::string& assessor, const std::string& key) {
    for (std::size_t i = 0; i < results.size(); ++i) {
        if (assessors[i] != assessor) continue;
        const auto found = results[i].measures.find(key);
        if (found != results[i].measures.end()) return found->second;
    }
    return std::nullopt;
}

ComparedFigures figuresOf(const std::vector<IndicatorResult>& results,
                          const std::vector<std::string>& assessors, const AttemptState& state,
                          const Dashboard& dashboard) {
    ComparedFigures f;
    f.targetCountGap = measure(results, assessors, "cibles.qualification", "ecart_comptage");
    f.targetPotentialGap = measure(results, assessors, "cibles.qualification", "ecart_potentiel");
    f.flagPrecision = measure(results, assessors, "fiabilite.verifications", "precision");
    f.flagRecall = measure(results, assessors, "fiabilite.verifications", "rappel");
    std::set<std::string> companies;
    for (const auto& offer : state.offers()) companies.insert(offer.siret);
    f.offers = static_cast<std::int64_t>(companies.size());
    f.offerVersions = static_cast<std::int64_t>(state.offers().size());
    for (const auto& week : dashboard.weeks) f.meetingsHeld += week.meetingsHeld;
    // The dashboard counts a client meeting in the week it took place once that week is run; the
    // meetings of the week not run yet are held too.
    const auto weeksRun = static_cast<int>(dashboard.weeks.size());
    for (const auto& meeting : state.meetings().meetings())
        if (meeting.week > weeksRun) ++f.meetingsHeld;
    f.signatures = dashboard.signatures;
    f.premiumsWonEur = dashboard.premiumsSignedEur;
    f.weeksPlayed = static_cast<int>(dashboard.weeks.size());
    return f;
}

// The problems of `error` in one line, the file's own name left out of each place.
std::string reasonOf(const InputError& error, const std::filesystem::path& file) {
    std::string reason;
    for (const auto& p : error.problems()) {
        if (!reason.empty()) reason += " ; ";
        reason += p.where.empty() || p.where == file.string() ? p.what : p.where + " : " + p.what;
    }
    return reason;
}

}  // namespace

AttemptEvaluation AttemptEvaluation::of(const std::filesystem::path& file,
                                        const ReferenceData& reference) {
    AttemptEvaluation evaluation;
    try {
        AttemptIntegrity integrity;
        const auto attempt = AttemptFile::open(file, reference, &integrity);
        const auto& scenario = attempt.scenario();
        evaluation.scenarioId = scenario.id;
        evaluation.scenarioTitle = scenario.title;
        evaluation.scenarioVersion = scenario.version;
        evaluation.scenarioDigest =
            EvaluationJson::sha256(ScenarioWriter::toJson(scenario)).substr(0, 12);
        const auto& journal = attempt.journal();
        const auto state =
            AttemptState::replay(scenario, attempt.market(), journal, reference.planRules);
        const AssessmentContext context{scenario, attempt.market(), reference, journal, state};
        ComparedAttempt compared;
        compared.file = file;
        if (const auto c = attempt.info().find("candidat"); c != attempt.info().end())
            compared.candidate = c->second;
        compared.entries = journal.size();
        compared.handedIn = integrity.sealed;
        compared.receipt = integrity.receipt;
        compared.creationDigest = integrity.creationDigest;
        for (const auto& e : journal) compared.entryHashes.push_back(e.hash);
        // Not handed in: its verdicts, measured against the hidden truth, wait for the hand-in
        // (TruthAccess); AttemptComparison lists it apart.
        if (!compared.handedIn) {
            evaluation.outcome = std::move(compared);
            return evaluation;
        }
        std::vector<std::string> assessors;
        auto results = assessAttempt(context, reference.framework);
        std::size_t next = 0;
        for (const auto& criterion : reference.framework.criteria()) {
            std::vector<grading::Measure> measures;
            for (const auto& indicator : criterion.indicators) {
                auto& r = results[next++];
                if (indicator.assessor.empty()) continue;
                r.explanation.clear();
                r.evidence.clear();
                assessors.push_back(indicator.assessor);
                measures.push_back({r.verdict, r.score});
                compared.results.push_back(std::move(r));
            }
            if (measures.empty()) continue;
            const auto combined = grading::weakestOf(measures);
            auto c = grading::start(criterion.id, "");
            c.verdict = combined.verdict;
            c.score = combined.score;
            compared.criteria.push_back(std::move(c));
        }
        // The campaign the assessors replayed (memoised in the context), not a second replay.
        const auto& campaign = played::campaign(context);
        const auto dashboard = Dashboard::of(campaign, state);
        compared.figures = figuresOf(compared.results, assessors, state, dashboard);
        evaluation.outcome = std::move(compared);
    } catch (const InputError& e) {
        evaluation.outcome = SetApartAttempt{file, {}, reasonOf(e, file)};
    } catch (const std::exception& e) {
        evaluation.outcome =
            SetApartAttempt{file, {}, std::string("lecture impossible : ") + e.what()};
    }
    return evaluation;
}

}  // namespace cmcsim
