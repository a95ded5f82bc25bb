#pragma once

#include <QString>
#include <cstdint>

class StudioSession;

// The hidden truth about one line of the prospect file as HTML for the top of the company card,
// in evaluator mode only: the real establishment and company, their current health and provident
// cover, the real census, and the defects injected in the line with the candidate's outcome.
namespace TruthHtml {
QString line(const StudioSession& session, std::uint32_t line);
}
