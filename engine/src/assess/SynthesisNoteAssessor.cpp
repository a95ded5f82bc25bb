// B2.1.6 "Le candidat analyse et synthétise les informations recueillies": the synthesis note
// exists and has substance (its words), its figures are sourced (references to the key figures
// of the data, KeyFigures) and each reference still shows what the data said when the note was
// saved, from a figure the candidate had earned; where the hidden truth has the same figure
// (the market's and a segment's counts), how far the candidate's view was from it is evidence.
// Numbers typed without a reference are listed as unsourced. docs/assessment.md, "B2.1.6".
#include <fmt/format.h>

#include <cmath>
#include <map>

#include "OfferVersions.h"
#include "TargetTruth.h"
#include "cmcsim/assess/Grading.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/market/MarketStatistics.h"
#include "cmcsim/note/KeyFigures.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace {

// The hidden truth of the figures that have one, by figure id, with what it counts.
std::map<std::string, std::pair<double, std::string>> truths(const AssessmentContext& context) {
    std::map<std::string, std::pair<double, std::string>> out;
    const auto real = MarketStatistics::compute(context.market, context.reference);
    const auto count = [](std::uint64_t n) { return static_cast<double>(n); };
    out["marche/etablissements"] = {count(real.establishments - real.closedEstablishments),
                                    "établissements ouverts réels"};
    out["marche/entreprises"] = {count(real.companies), "entreprises réelles"};
    out["marche/effectif_salarie"] = {count(real.employees), "salariés réels"};
    for (const auto& s : TargetTruth::of(context).segments) {
        const auto prefix = "segment/" + s.segment->id + "/";
        const auto establishments = static_cast<double>(s.establishments);
        out[prefix + "lignes"] = {establishments, "établissements réels du segment"};
        out[prefix + "etablissements_estimes"] = {establishments,
                                                  "établissements réels du segment"};
        out[prefix + "effectif_salarie"] = {static_cast<double>(s.employees),
                                            "salariés réels du segment"};
        out[prefix + "potentiel_primes"] = {s.premiumEur, "primes annuelles réelles du segment"};
    }
    return out;
}

IndicatorResult assessNote(const AssessmentContext& context, const AssessorThresholds& t,
                           const std::string& criterion, const std::string& indicator) {
    auto result = grading::start(criterion, indicator);
    const auto& versions = context.state.noteVersions();
    const double wordsAcquis = t.at("mots_acquis"), wordsPartial = t.at("mots_partiel"),
                 refsAcquis = t.at("references_acquis"), refsPartial = t.at("references_partiel"),
                 exactAcquis = t.at("part_exacte_acquis"),
                 exactPartial = t.at("part_exacte_partiel");
    const auto rule = fmt::format(
        "Règle : « acquis » avec au moins {} mots, {} références exactes et {} des références "
        "exactes ; « partiellement acquis » avec au moins {} mots, {} références exactes et {} "
        "exactes ; sinon « non acquis ». Une référence est exacte quand le chiffre existe encore, "
        "était acquis par le candidat et vaut ce que la note affiche. Score : celui de la mesure "
        "la plus faible.",
        grading::number(wordsAcquis, 0), grading::number(refsAcquis, 0),
        grading::percent(exactAcquis), grading::number(wordsPartial, 0),
        grading::number(refsPartial, 0), grading::percent(exactPartial));
    if (versions.empty()) {
        result.verdict = Verdict::NonAcquis;
        result.score = 0;
        result.explanation = "Aucune note de synthèse enregistrée. " + rule;
        return result;
    }
    const auto& last = versions.back();
    const auto& note = last.note;
    // The data as it was when the note was saved: the journal up to the note's entry.
    const std::vector<JournalEntry> upTo(
        context.journal.begin(),
        context.journal.begin() +
            static_cast<std::ptrdiff_t>(std::min<std::size_t>(static_cast<std::size_t>(last.entry),
                                                              context.journal.size())));
    const auto state =
        AttemptState::replay(context.scenario, context.market, upTo, context.reference.planRules);
    const auto figures = KeyFigures::of(context.reference, context.scenario, context.market,
                                        assess::OfferVersions::seed(context), state);
    const auto truth = truths(context);

    const auto words = static_cast<double>(note.wordCount());
    std::int64_t exact = 0;
    const auto references = note.references();
    for (const auto* r : references) {
        const auto* figure = KeyFigures::find(figures, r->figureId);
        const auto status = KeyFigures::status(*r, figures);
        std::string value;
        if (status == ReferenceStatus::Unavailable) {
            value = fmt::format("« {} » : chiffre non disponible pour le candidat à cette date",
                                r->text);
        } else if (status == ReferenceStatus::Changed) {
            value = fmt::format("« {} » affiché, les données donnaient « {} » ({})", r->text,
                                figure->shown(), figure->source);
        } else {
            ++exact;
            value = fmt::format("« {} », exact ({})", r->text, figure->source);
        }
        if (const auto it = truth.find(r->figureId); figure && it != truth.end()) {
            const auto [real, what] = it->second;
            const double gap = real != 0 ? (figure->value - real) / real : 0.0;
            value += fmt::format(" ; réalité : {} {} (écart {} %)", frenchNumber(real, 0), what,
                                 frenchShort(100 * gap, 1));
        }
        result.evidence.push_back(
            {last.entry, figure ? figure->label : std::string("Référence ") + r->figureId, value});
    }
    const auto unsourced = note.unsourcedNumbers();
    if (!unsourced.empty()) {
        std::string list;
        for (const auto& n : unsourced) list += (list.empty() ? "" : ", ") + n;
        result.evidence.push_back(
            {last.entry, "Chiffres saisis sans référence (non sourcés)", list});
    }
    const auto total = static_cast<std::int64_t>(references.size());
    const double exactShare = total ? static_cast<double>(exact) / static_cast<double>(total) : 0;
    const auto combined = grading::weakestOf(
        {grading::measureAtLeast(words, wordsAcquis, wordsPartial),
         grading::measureAtLeast(static_cast<double>(exact), refsAcquis, refsPartial),
         grading::measureAtLeast(exactShare, exactAcquis, exactPartial)});
    result.verdict = combined.verdict;
    result.score = combined.score;
    result.evidence.insert(
        result.evidence.begin(),
        {{last.entry, "Note de synthèse",
          fmt::format(
              "version {}, {}, {}", last.version,
              frenchCount(static_cast<double>(note.wordCount()), "mot", "mots"),
              frenchCount(static_cast<double>(references.size()), "référence", "références"))},
         {0, "Références exactes", grading::share(exact, total)}});
    result.explanation = fmt::format(
        "Note de synthèse, version {} : {}, {} aux données dont {} exacte{}, {} "
        "sans référence. {}",
        last.version, frenchCount(static_cast<double>(note.wordCount()), "mot", "mots"),
        frenchCount(static_cast<double>(total), "référence", "références"), exact,
        exact > 1 ? "s" : "",
        frenchCount(static_cast<double>(unsourced.size()), "chiffre saisi", "chiffres saisis"),
        rule);
    return result;
}

const AssessorRegistration kRegistration{
    {"note.synthese",
     {"mots_acquis", "mots_partiel", "references_acquis", "references_partiel",
      "part_exacte_acquis", "part_exacte_partiel"},
     assessNote}};

}  // namespace

}  // namespace cmcsim
