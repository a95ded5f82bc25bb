// B2.1.2 "La fiabilité des informations recueillies est vérifiée": the records verified among
// the lines of the candidate's segments, and the anomaly flags against the defects injected in
// the prospect file (precision: flags that are right; recall: defects of the verified lines that
// were flagged). Measures for the comparison: "fiches_verifiees", "precision", "rappel".
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "TargetTruth.h"
#include "cmcsim/assess/Grading.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/market/Market.h"

namespace cmcsim {

namespace {

// Quirks of real extracts that are not errors to flag (a masked name, a band "NN"): a flag on
// them is not a false alarm, and no flag is expected.
bool expected(DefectKind kind) {
    return kind != DefectKind::PartialDiffusion && kind != DefectKind::UnknownSizeBand;
}

// Whether a flag of `flagKind` names the defect `kind`.
bool names(const std::string& flagKind, DefectKind kind) {
    if (flagKind == "doublon") return kind == DefectKind::Duplicate;
    if (flagKind == "fermee") return kind == DefectKind::Closed;
    return kind != DefectKind::Duplicate && kind != DefectKind::Closed;
}

constexpr std::size_t kListed = 10;  // evidence entries listed per kind, the rest counted

IndicatorResult assessReliability(const AssessmentContext& context, const AssessorThresholds& t,
                                  const std::string& criterion, const std::string& indicator) {
    auto result = grading::start(criterion, indicator);
    const auto& market = context.market;
    const auto& records = context.state.records();
    // The defects of the lines the candidate worked on (the only ones read below): a national
    // market has about 650,000 defects.
    std::vector<bool> worked(market.prospects.size(), false);
    for (const auto& [line, notes] : records) worked[line] = true;
    std::multimap<std::uint32_t, const Defect*> defects;
    for (const auto& d : market.defects)
        if (worked[d.record]) defects.emplace(d.record, &d);
    // Lines listing an establishment another line lists too: a "doublon" flag on either is right.
    std::vector<std::uint32_t> listings(market.establishments.size(), 0);
    for (const auto& p : market.prospects) ++listings[p.establishment];

    // Verifications on the lines of the candidate's targets (every line when there is no segment).
    const auto& targets = TargetTruth::of(context);
    const bool segments = !context.state.segments().empty();
    std::int64_t verified = 0, verifiedTargets = 0;
    for (const auto& [line, notes] : records) {
        if (notes.verifiedBy == 0) continue;
        ++verified;
        if (!segments || std::binary_search(targets.records.begin(), targets.records.end(), line))
            ++verifiedTargets;
    }

    // Flags against the truth.
    std::int64_t flags = 0, right = 0;
    std::vector<Evidence> falseAlarms;
    for (const auto& [line, notes] : records) {
        for (const auto& flag : notes.flags) {
            ++flags;
            bool hit = false;
            const auto [from, to] = defects.equal_range(line);
            for (auto d = from; d != to; ++d)
                hit = hit || names(flag.kind, d->second->kind) || !expected(d->second->kind);
            if (flag.kind == "doublon" && listings[market.prospects[line].establishment] > 1)
                hit = true;
            if (hit)
                ++right;
            else
                falseAlarms.push_back({flag.entry, "Fausse alerte",
                                       fmt::format("ligne {} signalée « {} » sans anomalie de "
                                                   "ce type",
                                                   line, flag.kind)});
        }
    }
    // Defects the verifications revealed, and whether the candidate flagged them.
    std::int64_t toFind = 0, found = 0;
    std::vector<Evidence> missed;
    for (const auto& [line, notes] : records) {
        if (notes.verifiedBy == 0) continue;
        const auto [from, to] = defects.equal_range(line);
        for (auto d = from; d != to; ++d) {
            if (!expected(d->second->kind)) continue;
            ++toFind;
            const bool flagged =
                std::any_of(notes.flags.begin(), notes.flags.end(),
                            [&](const AnomalyFlag& f) { return names(f.kind, d->second->kind); });
            if (flagged)
                ++found;
            else
                missed.push_back({notes.verifiedBy, "Anomalie vérifiée mais non signalée",
                                  fmt::format("ligne {} : {} ({})", line,
                                              defectKindLabel(d->second->kind), d->second->truth)});
        }
    }

    const double vAcquis = t.at("verifications_acquis"), vPartial = t.at("verifications_partiel");
    const double pAcquis = t.at("precision_acquis"), pPartial = t.at("precision_partiel");
    const double rAcquis = t.at("rappel_acquis"), rPartial = t.at("rappel_partiel");
    const auto v = static_cast<double>(verifiedTargets);
    result.measures["fiches_verifiees"] = v;
    std::vector<grading::Measure> measures{grading::measureAtLeast(v, vAcquis, vPartial)};
    std::string precisionText = "sans objet (aucun signalement)";
    if (flags > 0) {
        const double precision = static_cast<double>(right) / static_cast<double>(flags);
        measures.push_back(grading::measureAtLeast(precision, pAcquis, pPartial));
        result.measures["precision"] = precision;
        precisionText = grading::share(right, flags);
    }
    std::string recallText = "sans objet (aucune anomalie sur les fiches vérifiées)";
    if (toFind > 0) {
        const double recall = static_cast<double>(found) / static_cast<double>(toFind);
        measures.push_back(grading::measureAtLeast(recall, rAcquis, rPartial));
        result.measures["rappel"] = recall;
        recallText = grading::share(found, toFind);
    }
    const auto combined = grading::weakestOf(measures);
    result.verdict = combined.verdict;
    result.score = combined.score;

    result.evidence.push_back(
        {0, segments ? "Fiches vérifiées dans les segments" : "Fiches vérifiées (aucun segment)",
         fmt::format("{} sur {} vérifiées en tout", verifiedTargets, verified)});
    result.evidence.push_back({0, "Précision des signalements", precisionText});
    result.evidence.push_back({0, "Rappel des anomalies des fiches vérifiées", recallText});
    for (std::size_t i = 0; i < falseAlarms.size() && i < kListed; ++i)
        result.evidence.push_back(falseAlarms[i]);
    for (std::size_t i = 0; i < missed.size() && i < kListed; ++i)
        result.evidence.push_back(missed[i]);

    result.explanation = fmt::format(
        "Fiches vérifiées parmi les lignes {} : {} (« acquis » à partir de {}, « partiellement "
        "acquis » à partir de {}). Précision des signalements d'anomalie comparés aux anomalies "
        "réellement injectées : {} (seuils {} et {}). Rappel, part des anomalies des fiches "
        "vérifiées que le candidat a signalées : {} (seuils {} et {}). Le verdict est le plus "
        "faible des trois, le score celui de la mesure la plus faible ; un doublon signalé sur "
        "l'une ou l'autre des deux lignes compte comme "
        "juste ; les particularités des extraits (nom masqué, tranche NN) ne sont pas attendues.",
        segments ? "de ses segments" : "du fichier (aucun segment enregistré)", verifiedTargets,
        grading::number(vAcquis, 0), grading::number(vPartial, 0), precisionText,
        grading::percent(pAcquis), grading::percent(pPartial), recallText,
        grading::percent(rAcquis), grading::percent(rPartial));
    return result;
}

const AssessorRegistration kRegistration{
    {"fiabilite.verifications",
     {"verifications_acquis", "verifications_partiel", "precision_acquis", "precision_partiel",
      "rappel_acquis", "rappel_partiel"},
     assessReliability}};

}  // namespace

}  // namespace cmcsim
