// AttemptComparison::toJson: the comparison as `cmcsim compare --json` prints it.
#include "cmcsim/assess/Evaluation.h"
#include "cmcsim/compare/AttemptComparison.h"

namespace cmcsim {

namespace {

nlohmann::json optional(const std::optional<double>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

const char* unitKey(SeriesUnit unit) {
    switch (unit) {
        case SeriesUnit::Score:
            return "score";
        case SeriesUnit::Share:
            return "part";
        case SeriesUnit::Count:
            return "nombre";
        case SeriesUnit::Euros:
            return "euros";
    }
    return "score";
}

nlohmann::json figuresJson(const ComparedFigures& f) {
    return {{"cibles_ecart_comptage", optional(f.targetCountGap)},
            {"cibles_ecart_potentiel", optional(f.targetPotentialGap)},
            {"signalements_precision", optional(f.flagPrecision)},
            {"signalements_rappel", optional(f.flagRecall)},
            {"offres_entreprises", f.offers},
            {"offres_versions", f.offerVersions},
            {"semaines_jouees", f.weeksPlayed},
            {"rdv_tenus", f.meetingsHeld},
            {"signatures", f.signatures},
            {"primes_signees_eur", f.premiumsWonEur}};
}

nlohmann::json resultsJson(const std::vector<IndicatorResult>& results, bool indicators) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& r : results)
        out.push_back({{"id", indicators ? r.indicator : r.criterion},
                       {"verdict", verdictKey(r.verdict)},
                       {"score", r.verdict == Verdict::AApprecier ? nlohmann::json(nullptr)
                                                                  : nlohmann::json(r.score)}});
    return out;
}

}  // namespace

nlohmann::json AttemptComparison::toJson() const {
    nlohmann::json group = nlohmann::json::array();
    for (const auto& a : attempts) {
        group.push_back({{"fichier", a.file.string()},
                         {"candidat", a.candidate},
                         {"entrees", a.entries},
                         {"remise", a.handedIn},
                         {"recu", a.receipt},
                         {"fin_journal", a.endText()},
                         {"avertissements", a.warnings},
                         {"criteres", resultsJson(a.criteria, false)},
                         {"indicateurs", resultsJson(a.results, true)},
                         {"chiffres", figuresJson(a.figures)}});
    }
    nlohmann::json apart = nlohmann::json::array();
    for (const auto& s : setApart)
        apart.push_back(
            {{"fichier", s.file.string()}, {"candidat", s.candidate}, {"motif", s.reason}});
    nlohmann::json allSeries = nlohmann::json::array();
    for (const auto& s : series) {
        nlohmann::json values = nlohmann::json::array();
        for (const auto& v : s.values) values.push_back(optional(v));
        nlohmann::json distribution = nullptr;
        if (const auto& d = s.distribution) {
            nlohmann::json outliers = nlohmann::json::array();
            for (const auto i : d->outliers) outliers.push_back(attempts[i].name());
            distribution = {{"n", d->count},
                            {"min", d->min},
                            {"q1", d->q1},
                            {"mediane", d->median},
                            {"q3", d->q3},
                            {"max", d->max},
                            {"moyenne", d->mean},
                            {"borne_basse", d->lowFence},
                            {"borne_haute", d->highFence},
                            {"atypiques", outliers}};
        }
        allSeries.push_back({{"cle", s.key},
                             {"libelle", s.label},
                             {"unite", unitKey(s.unit)},
                             {"plus_haut_mieux", s.higherIsBetter},
                             {"valeurs", values},
                             {"distribution", distribution}});
    }
    return {{"scenario",
             {{"id", scenarioId},
              {"titre", scenarioTitle},
              {"version", scenarioVersion},
              {"contenu", scenarioDigest}}},
            {"registre", registerFile.string()},
            {"epreuves", group},
            {"ecartees", apart},
            {"series", allSeries}};
}

}  // namespace cmcsim
