#pragma once

#include <QString>
#include <string>
#include <vector>

namespace cmcsim {
class TenderDesk;
}

// The tenders' calendar and the engine's refusals as the Appels d'offres workspace shows them,
// in French.
namespace studio::tenderText {

// "semaine 3 (23/01/2026)": a week of the attempt with the date of its end (TenderDesk::weekEnd).
QString week(const cmcsim::TenderDesk& desk, int week);
// How long until the end of week `deadline` seen from simulated week `now`: "encore 2 semaines
// simulées", "dernière semaine", "échue depuis la semaine 3".
QString countdown(int now, int deadline);
// The engine's French reasons as an HTML list ("✘ …" each), or `none` when there are none.
QString reasons(const std::vector<std::string>& reasons, const QString& none = {});
// The same reasons one per line, for a tooltip.
QString reasonLines(const std::vector<std::string>& reasons);

}  // namespace studio::tenderText
