#include "cmcsim/note/FigureEarning.h"

#include <fmt/format.h>

#include <algorithm>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/attempt/PortfolioSight.h"

namespace cmcsim {

std::optional<FigureEarning> FigureEarning::of(std::string_view id) {
    const auto slash = id.find('/');
    if (slash == std::string_view::npos || slash + 1 >= id.size()) return std::nullopt;
    const auto family = id.substr(0, slash);
    const auto rest = id.substr(slash + 1);
    if (family == "marche") return FigureEarning{Need::Nothing, ""};
    if (family == "portefeuille") return FigureEarning{Need::Portfolio, ""};
    if (family == "plan") return FigureEarning{Need::Plan, ""};
    if (family == "semaines") return FigureEarning{Need::Weeks, "", rest == "taux_retention"};
    // A segment's id may hold a "/": the figure's name is after the last one.
    if (family == "segment") {
        const auto last = rest.rfind('/');
        if (last == std::string_view::npos || last == 0 || last + 1 >= rest.size())
            return std::nullopt;
        return FigureEarning{Need::Segment, std::string(rest.substr(0, last))};
    }
    if (family == "etude") {
        const auto next = rest.find('/');
        if (next == std::string_view::npos || next == 0 || next + 1 >= rest.size())
            return std::nullopt;
        return FigureEarning{Need::Study, std::string(rest.substr(0, next))};
    }
    return std::nullopt;
}

std::optional<std::string> FigureEarning::missing(const std::string& id,
                                                  const AttemptState& state) {
    const auto earning = of(id);
    if (!earning)
        return "chiffre inconnu (marche/, segment/, etude/, portefeuille/, plan/ ou "
               "semaines/ attendu)";
    const auto& segments = state.segments();
    switch (earning->need) {
        case Need::Nothing:
            return std::nullopt;
        case Need::Segment:
            if (std::none_of(segments.begin(), segments.end(),
                             [&](const Segment& s) { return s.id == earning->key; }))
                return fmt::format("aucun segment « {} » enregistré", earning->key);
            return std::nullopt;
        case Need::Study:
            if (!state.studies().contains(earning->key))
                return fmt::format("l'étude « {} » n'est pas achetée", earning->key);
            return std::nullopt;
        case Need::Portfolio:
            if (!PortfolioSight::now(state)) return "l'extrait de portefeuille n'est pas acheté";
            return std::nullopt;
        case Need::Plan:
            if (state.planVersions().empty()) return "le plan d'actions est vide";
            return std::nullopt;
        case Need::Weeks:
            if (state.weekRuns().empty()) return "aucune semaine n'est jouée";
            if (earning->portfolio && !PortfolioSight::now(state))
                return "l'extrait de portefeuille n'est pas acheté";
            return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace cmcsim
