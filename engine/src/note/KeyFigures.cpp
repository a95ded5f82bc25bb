#include "cmcsim/note/KeyFigures.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/TextFold.h"
#include "cmcsim/note/NoteBlock.h"
#include "cmcsim/plan/PeriodObjective.h"
#include "cmcsim/prospects/ProspectBreakdown.h"
#include "cmcsim/prospects/ProspectView.h"
#include "cmcsim/report/StudyReport.h"
#include "cmcsim/scenario/Scenario.h"
#include "cmcsim/sim/Campaign.h"
#include "cmcsim/sim/Dashboard.h"

namespace cmcsim {

namespace {

constexpr const char* kFile =
    "Fichier prospects tel que vous le connaissez (statistiques du marché)";

// A number as StudyReport formats it ("1 234", "12,5 %", "7,5 / 10"): its value, decimals and
// unit; false when the cell is no number (a name, a date, "–").
bool readCell(const std::string& cell, KeyFigure& figure) {
    std::string digits;
    std::string rest;
    int decimals = -1;
    std::size_t i = 0;
    for (; i < cell.size(); ++i) {
        const char c = cell[i];
        if (c >= '0' && c <= '9') {
            digits += c;
            if (decimals >= 0) ++decimals;
        } else if (c == ',' && decimals < 0 && !digits.empty()) {
            digits += '.';
            decimals = 0;
        } else if (c == ' ' && !digits.empty() && i + 1 < cell.size() && cell[i + 1] >= '0' &&
                   cell[i + 1] <= '9') {
            continue;  // a thousands separator
        } else {
            break;
        }
    }
    if (digits.empty() || decimals == 0) return false;
    rest = cell.substr(i);
    while (!rest.empty() && rest.front() == ' ') rest.erase(rest.begin());
    if (!rest.empty() && rest != "%" && rest != "/ 10" && rest != "€") return false;
    figure.value = std::stod(digits);
    figure.decimals = std::max(decimals, 0);
    figure.unit = rest;
    return true;
}

// "Établissements" → "etablissements": ids are folded, spaces as "_".
std::string slug(const std::string& text) {
    std::string out;
    for (const char c : foldText(text)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out += c;
        else if (!out.empty() && out.back() != '_')
            out += '_';
    }
    while (!out.empty() && out.back() == '_') out.pop_back();
    return out.empty() ? "valeur" : out;
}

void studyFigures(const Market& market, const ReferenceData& reference, const StudyOffer& study,
                  std::vector<KeyFigure>& out) {
    const auto tables = StudyReport(market, reference).findings(study);
    std::set<std::string> ids;  // two rows of the same name: the first one only
    for (std::size_t t = 0; t < tables.size(); ++t) {
        const auto& table = tables[t];
        for (const auto& row : table.rows) {
            if (row.empty()) continue;
            std::string previous;
            for (std::size_t c = 1; c < row.size() && c < table.columns.size(); ++c) {
                const auto& column = table.columns[c];
                if (column == "SIREN" || column == "Téléphone") continue;  // codes, not figures
                const bool share = column == "%" || column == "Part";
                const auto name = share ? previous + " (part)" : column;
                if (!share) previous = column;
                KeyFigure figure;
                if (!readCell(row[c], figure)) continue;
                figure.id =
                    fmt::format("etude/{}/{}/{}/{}", study.id, t + 1, slug(row[0]), slug(name));
                if (!ids.insert(figure.id).second) continue;
                figure.theme = "Études";
                figure.label = fmt::format("{} — {}", row[0], name);
                figure.source =
                    fmt::format("Étude « {} », tableau « {} »", study.title, table.title);
                out.push_back(std::move(figure));
            }
        }
    }
}

}  // namespace

std::vector<KeyFigure> KeyFigures::available(const ReferenceData& reference,
                                             const AttemptState& state, const ProspectView& view,
                                             const Campaign& campaign) {
    std::vector<KeyFigure> out;
    const auto add = [&](std::string id, const char* theme, std::string label, double value,
                         int decimals, std::string unit, std::string source) {
        out.push_back({std::move(id), theme, std::move(label), value, decimals, std::move(unit),
                       std::move(source)});
    };
    const auto& scenario = campaign.scenario();
    const auto& market = view.market();

    const auto stats = ProspectBreakdown::statistics(view, reference);
    const auto count = [](std::uint64_t n) { return static_cast<double>(n); };
    add("marche/lignes", "Marché", "Lignes du fichier prospects", count(stats.prospectRecords), 0,
        "lignes", kFile);
    add("marche/etablissements", "Marché", "Établissements du fichier prospects",
        count(stats.establishments), 0, "établissements", kFile);
    add("marche/entreprises", "Marché", "Entreprises du fichier prospects", count(stats.companies),
        0, "entreprises", kFile);
    add("marche/effectif_salarie", "Marché", "Salariés du fichier prospects",
        count(stats.employees), 0, "salariés", kFile);

    for (const auto& s : state.segments()) {
        const auto lines = view.filter(s.filter);
        const auto source = fmt::format("Segment « {} » appliqué au fichier prospects", s.name);
        const auto prefix = "segment/" + s.id + "/";
        add(prefix + "lignes", "Segments", fmt::format("« {} » : lignes du fichier", s.name),
            count(lines.size()), 0, "lignes", source);
        add(prefix + "effectif_salarie", "Segments", fmt::format("« {} » : salariés", s.name),
            count(view.employees(lines)), 0, "salariés", source);
        const auto own = fmt::format("Votre quantification du segment « {} »", s.name);
        add(prefix + "etablissements_estimes", "Segments",
            fmt::format("« {} » : établissements (votre estimation)", s.name),
            static_cast<double>(s.establishments), 0, "établissements", own);
        add(prefix + "potentiel_primes", "Segments",
            fmt::format("« {} » : potentiel de primes annuel (votre estimation)", s.name),
            s.premiumPotentialEur, 0, "€", own);
    }

    for (const auto& study : scenario.studies)
        if (state.studies().contains(study.id)) studyFigures(market, reference, study, out);

    if (state.knowledge().portfolio) {
        const auto& book = campaign.portfolio();
        const char* source = "Extrait de portefeuille (contrats de votre mutuelle)";
        add("portefeuille/clients", "Portefeuille", "Entreprises clientes de la mutuelle",
            count(book.clients()), 0, "entreprises", source);
        add("portefeuille/contrats", "Portefeuille", "Contrats du portefeuille",
            count(book.contracts.size()), 0, "contrats", source);
        add("portefeuille/primes_annuelles", "Portefeuille", "Primes annuelles du portefeuille",
            book.totalAnnualPremium().euros(), 0, "€", source);
    }

    if (!state.planVersions().empty()) {
        const auto& plan = state.plan();
        // The objective over the scenario's weeks (PeriodObjective, as the dashboard and the plan
        // checks count it).
        const auto objective = PeriodObjective::ofScenario(plan, campaign.scenario());
        const char* source = "Votre plan d'actions";
        add("plan/objectif_contrats", "Plan d'actions", "Objectif de nouveaux contrats du plan",
            objective.contracts, objective.contracts == std::floor(objective.contracts) ? 0 : 1,
            "contrats", source);
        add("plan/objectif_primes", "Plan d'actions", "Objectif de primes du plan",
            objective.premiumsEur, 0, "€", source);
        add("plan/actions", "Plan d'actions", "Actions du plan", count(plan.actions.size()), 0,
            "actions", source);
        add("plan/budget", "Plan d'actions", "Budget total des actions du plan",
            plan.totalBudgetEur(), 0, "€", source);
        add("plan/capacite_heures", "Plan d'actions", "Capacité commerciale par semaine",
            plan.weeklyCapacityHours, 1, "h", source);
    }

    if (!state.weekRuns().empty()) {
        const auto d = Dashboard::of(campaign, state);
        std::int64_t meetings = 0, calls = 0;
        for (const auto& w : d.weeks) {
            meetings += w.meetingsBooked;
            calls += w.calls;
        }
        const char* source = "Tableau de pilotage des semaines jouées";
        add("semaines/jouees", "Semaines", "Semaines jouées", count(d.weeks.size()), 0, "semaines",
            source);
        add("semaines/signatures", "Semaines", "Contrats signés", static_cast<double>(d.signatures),
            0, "contrats", source);
        add("semaines/primes_signees", "Semaines", "Primes annuelles signées", d.premiumsSignedEur,
            0, "€", source);
        add("semaines/appels", "Semaines", "Appels passés", static_cast<double>(calls), 0, "appels",
            source);
        add("semaines/rendez_vous", "Semaines", "Rendez-vous obtenus",
            static_cast<double>(meetings), 0, "rendez-vous", source);
        // Retention is "sans objet" before any renewal was due: no figure to insert then.
        if (d.retentionRate)
            add("semaines/taux_retention", "Semaines", "Taux de rétention du portefeuille",
                100 * *d.retentionRate, 1, "%", source);
    }
    return out;
}

std::vector<KeyFigure> KeyFigures::of(const ReferenceData& reference, const Scenario& scenario,
                                      const Market& market, std::uint64_t seed,
                                      const AttemptState& state) {
    ProspectView view(market, reference, state.knowledge());
    view.setMarks(state.marks());
    const auto campaign = Campaign::replay(scenario, reference, market, seed, state);
    return available(reference, state, view, campaign);
}

ReferenceStatus KeyFigures::status(const NoteSpan& reference,
                                   const std::vector<KeyFigure>& figures) {
    const auto* figure = find(figures, reference.figureId);
    if (!figure) return ReferenceStatus::Unavailable;
    return figure->shown() == reference.text ? ReferenceStatus::Same : ReferenceStatus::Changed;
}

const KeyFigure* KeyFigures::find(const std::vector<KeyFigure>& figures, const std::string& id) {
    const auto it = std::find_if(figures.begin(), figures.end(),
                                 [&](const KeyFigure& f) { return f.id == id; });
    return it == figures.end() ? nullptr : &*it;
}

}  // namespace cmcsim
