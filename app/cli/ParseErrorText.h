#pragma once

#include <string>

namespace cmcsim::cli {

// The French text of a command-line usage error that CLI11 wrote in English ("--siret is
// required" → "--siret est obligatoire"); a message it does not know (the project's own
// validators already speak French) is returned unchanged.
std::string frenchParseError(const std::string& english);

}  // namespace cmcsim::cli
