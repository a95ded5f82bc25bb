// Assessor "ao.reponse" (B4.4.1, « répondre aux cahiers des charges et appels d'offres dans le
// respect des délais » : l'offre collective répond aux différents besoins de l'entreprise). Each
// call for tender the candidate answered (a response prepared, ao.reponse) is judged once it is
// submitted or its deadline has passed: submitted in time, complete (every question treated by
// its answer, TenderAnswerReview, the award's judgement; every document), compliant with the
// specifications (TenderCompliance), priced within the mutuelle's policy (the bid's expected loss
// ratio on the real census), and, combined with them, the comparison of the saved offers with the
// current contract (offre.comparaison_contrat, B4.4.1's assessor before tenders existed). Without
// an answered tender: à apprécier, with the comparison's verdict given for the evaluator.
// docs/assessment.md.
#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <stdexcept>

#include "cmcsim/assess/Grading.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/offer/Offer.h"
#include "cmcsim/offer/OfferQuote.h"
#include "cmcsim/reference/AssessmentFramework.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/reference/TenderReference.h"
#include "cmcsim/scenario/Scenario.h"
#include "cmcsim/tender/Tender.h"
#include "cmcsim/tender/TenderAnswerReview.h"
#include "cmcsim/tender/TenderAward.h"
#include "cmcsim/tender/TenderCompliance.h"
#include "cmcsim/tender/TenderTruth.h"

namespace cmcsim {

namespace {

const char* const kComparison = "offre.comparaison_contrat";

// What one answered tender shows, with its measures.
struct TenderJudgement {
    std::vector<grading::Measure> measures;
    std::vector<Evidence> evidence;
};

grading::Measure passed(bool ok) {
    return ok ? grading::Measure{Verdict::Acquis, 100} : grading::Measure{Verdict::NonAcquis, 0};
}

// The expected loss ratio of an offer priced on the real census: claims over premiums excluding
// taxes, health and provident together (0 when nothing is collected).
double expectedLossRatio(const OfferQuote& quote) {
    double claims = 0, premiums = 0;
    for (const auto& h : quote.health) {
        claims += h.annualClaims;
        premiums += h.annualPremiumExTax;
    }
    for (const auto& p : quote.provident) {
        claims += p.annualClaims;
        premiums += p.annualPremium;
    }
    return premiums > 0 ? claims / premiums : 0;
}

TenderJudgement judge(const AssessmentContext& context, const AssessorThresholds& t,
                      const Tender& tender, const TenderResponse& r, int week) {
    TenderJudgement j;
    const auto& draft = *r.draft;
    const auto entry = r.submittedBy ? r.submittedBy : draft.entry;
    const auto label = [&](const std::string& what) {
        return fmt::format("Appel {} : {}", tender.id, what);
    };
    // (1) In time.
    j.measures.push_back(passed(r.submittedBy != 0));
    j.evidence.push_back({entry, label("dépôt"),
                          r.submittedBy
                              ? fmt::format("déposé en semaine {} (limite : fin de la semaine {})",
                                            r.submittedWeek, tender.submissionWeek)
                              : fmt::format("réponse préparée, jamais déposée (limite : fin de la "
                                            "semaine {}, semaine en cours {})",
                                            tender.submissionWeek, week)});
    // (2) Complete: every question treated by its answer (the award's judgement), every document
    // provided.
    const auto& bank = TenderReference::installed();
    const auto verdicts = TenderAnswerReview::of(bank, tender, draft);
    const std::int64_t answered = TenderAnswerReview::addressed(verdicts);
    // Each answer counts by its credit (the share of its question's points it treats).
    const double credited =
        TenderAnswerReview::completeness(verdicts) * static_cast<double>(verdicts.size());
    std::int64_t documents = 0;
    for (const auto& d : tender.documents)
        if (std::find(draft.documents.begin(), draft.documents.end(), d) != draft.documents.end())
            ++documents;
    const auto items = static_cast<std::int64_t>(tender.questions.size() + tender.documents.size());
    const double complete =
        items > 0 ? (credited + static_cast<double>(documents)) / static_cast<double>(items) : 1.0;
    j.measures.push_back(
        grading::measureAtLeast(complete, t.at("completude_acquis"), t.at("completude_partiel")));
    j.evidence.push_back(
        {draft.entry, label("complétude"),
         fmt::format("{} ; {} ; {}",
                     grading::share(answered, static_cast<std::int64_t>(tender.questions.size())) +
                         " des questions traitées par leur réponse",
                     grading::share(documents, static_cast<std::int64_t>(tender.documents.size())) +
                         " des documents",
                     grading::percent(complete) + " du dossier")});
    for (const auto& v : verdicts)
        if (v.credit < 1) {
            const auto* q = bank.question(v.question);
            j.evidence.push_back({draft.entry,
                                  label(v.addressed ? "réponse partielle" : "réponse sans effet"),
                                  fmt::format("« {} » : {}", q ? q->text : v.question, v.reason)});
        }
    // (3) Compliant with the specifications, (4) priced within policy.
    const auto* saved = context.state.savedOffers().find(r.siret, draft.offerVersion);
    if (!saved) {
        j.measures.push_back(passed(false));
        j.evidence.push_back(
            {draft.entry, label("offre"),
             draft.offerVersion <= 0
                 ? std::string("aucune version d'offre choisie pour la réponse")
                 : fmt::format("l'offre v{} n'est pas enregistrée pour cette entreprise",
                               draft.offerVersion)});
        return j;
    }
    std::optional<TenderTruth> truth;
    std::string truthError;
    try {
        truth = TenderTruth::of(context.reference, context.scenario, context.market, tender);
    } catch (const std::exception& e) {
        truthError = e.what();
    }
    const auto population = truth ? std::optional(TenderCompliance::factsOf(*truth)) : r.facts;
    const auto gaps =
        TenderCompliance::offerGaps(tender, saved->offer, population ? &*population : nullptr);
    j.measures.push_back(passed(gaps.empty()));
    std::string gapText;
    for (const auto& g : gaps) gapText += (gapText.empty() ? "" : " ; ") + g;
    j.evidence.push_back(
        {draft.entry, label(fmt::format("conformité de l'offre v{}", draft.offerVersion)),
         gaps.empty() ? "conforme aux produits, à la structure et à l'expression demandés"
                      : gapText});
    try {
        if (!truth) throw std::runtime_error(truthError);
        const auto offer =
            Offer::fromJson(saved->offer.dump(), fmt::format("offre v{}", draft.offerVersion),
                            context.reference.offers);
        const OfferPricer pricer(context.reference.offers, context.reference.regulation);
        const auto quote = pricer.quote(offer, truth->diagnosis.workforce);
        const double lossRatio = expectedLossRatio(quote);
        j.measures.push_back(grading::measureAtMost(lossRatio, t.at("sp_attendu_acquis"),
                                                    t.at("sp_attendu_partiel")));
        j.evidence.push_back(
            {draft.entry, label("tarification"),
             fmt::format("{} par an, soit {} × la cotisation de référence ; rapport sinistres / "
                         "cotisations attendu sur le recensement réel : {}",
                         frenchNumber(quote.annualPremium, 0) + " €",
                         grading::number(truth->referencePremium > 0
                                             ? quote.annualPremium / truth->referencePremium
                                             : 0),
                         grading::percent(lossRatio))});
    } catch (const std::exception& e) {
        j.measures.push_back(passed(false));
        j.evidence.push_back({draft.entry, label("tarification"), e.what()});
    }
    return j;
}

IndicatorResult assessTenderResponse(const AssessmentContext& context, const AssessorThresholds& t,
                                     const std::string& criterion, const std::string& indicator) {
    auto result = grading::start(criterion, indicator);
    // The comparison with the current contract, B4.4.1's assessor before tenders: kept, and
    // combined with the tender's measures.
    const auto comparison =
        AssessorRegistry::all()
            .at(kComparison)
            .assess(context, context.reference.framework.thresholdsOf(kComparison), criterion,
                    indicator);
    const int week = Tender::weekOf(context.scenario, context.state.simulatedDate());
    std::vector<grading::Measure> measures;
    int judged = 0, pending = 0;
    for (const auto& [id, r] : context.state.tenders().responses()) {
        if (!r.draft) continue;
        const auto tender = Tender::find(context.scenario, TenderReference::installed(), id);
        if (!tender) continue;
        auto terms = *tender;
        if (const auto number = siret::parse(r.siret, 14); !terms.siret && number)
            terms.siret = *number;
        if (!r.submittedBy && terms.submissionOpen(week)) {
            ++pending;
            continue;
        }
        ++judged;
        auto j = judge(context, t, terms, r, week);
        measures.insert(measures.end(), j.measures.begin(), j.measures.end());
        result.evidence.insert(result.evidence.end(), j.evidence.begin(), j.evidence.end());
    }
    const auto comparisonText =
        comparison.verdict == Verdict::AApprecier
            ? fmt::format("la comparaison des offres enregistrées au contrat actuel ({}) : {}",
                          kComparison, comparison.explanation)
            : fmt::format(
                  "la comparaison des offres enregistrées au contrat actuel ({}) donne "
                  "« {} » ({} sur 100) : {}",
                  kComparison, verdictLabel(comparison.verdict), comparison.score,
                  comparison.explanation);
    result.evidence.insert(result.evidence.end(), comparison.evidence.begin(),
                           comparison.evidence.end());
    const auto rule = fmt::format(
        "Règle : chaque appel d'offres auquel le candidat a préparé une réponse est jugé une fois "
        "déposé ou sa date limite passée : (1) déposé dans le délai ; (2) complet : part des "
        "questions traitées par leur réponse (assez de mots, de mots différents, un terme de la "
        "question, un texte qui ne répète pas une autre réponse) et des documents fournis, "
        "« acquis » à partir de {}, « partiellement » à partir de {} ; (3) offre conforme au "
        "cahier des charges (produits, structure et expression des cotisations) ; (4) tarifée "
        "dans la politique de la mutuelle : rapport sinistres / cotisations attendu de l'offre "
        "sur le recensement réel d'au plus {} pour « acquis », {} pour « partiellement » ; "
        "(5) la comparaison au contrat actuel des offres enregistrées (quand elle se juge). Le "
        "verdict est le plus faible de ces mesures.",
        grading::percent(t.at("completude_acquis")), grading::percent(t.at("completude_partiel")),
        grading::percent(t.at("sp_attendu_acquis")), grading::percent(t.at("sp_attendu_partiel")));
    if (judged == 0) {
        result.verdict = Verdict::AApprecier;
        result.explanation = fmt::format(
            "À apprécier par l'évaluateur : le candidat n'a répondu à aucun appel d'offres "
            "(aucune réponse déposée, ni préparée et close){} ; l'épreuve ne met donc pas "
            "l'indicateur en évidence. Pour information, {}",
            pending > 0 ? fmt::format(" ({} avant la date limite)",
                                      frenchCount(pending, "réponse en cours", "réponses en cours"))
                        : "",
            comparisonText);
        return result;
    }
    if (comparison.verdict != Verdict::AApprecier)
        measures.push_back({comparison.verdict, comparison.score});
    const auto combined = grading::weakestOf(measures);
    result.verdict = combined.verdict;
    result.score = combined.score;
    result.explanation = fmt::format(
        "{} {}{}. Enfin, {}", rule,
        frenchCount(judged, "appel d'offres jugé", "appels d'offres jugés"),
        pending > 0 ? fmt::format(" ({} avant la date limite, non jugée{})",
                                  frenchCount(pending, "réponse en cours", "réponses en cours"),
                                  pending > 1 ? "s" : "")
                    : "",
        comparisonText);
    return result;
}

const AssessorRegistration kRegistration{
    {"ao.reponse",
     {"completude_acquis", "completude_partiel", "sp_attendu_acquis", "sp_attendu_partiel"},
     assessTenderResponse}};

}  // namespace

}  // namespace cmcsim
