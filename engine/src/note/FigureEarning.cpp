#include "cmcsim/note/FigureEarning.h"

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

}  // namespace cmcsim
