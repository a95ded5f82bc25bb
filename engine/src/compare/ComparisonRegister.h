#pragma once

#include <filesystem>
#include <vector>

#include "cmcsim/compare/AttemptComparison.h"

namespace cmcsim {

// The attempts of a comparison checked against the trainer's register of issued attempts
// (AttemptRegister, `cmcsim issue`; docs/attempt-format.md « Reçu de remise »): the register is
// `given`, else the registre.csv of the folder of the first of `files` that has one. An attempt
// whose register entry holds a receipt its journal does not end with is marked journalCut, with
// the reason as a warning (its last entries were removed: nothing in the file alone shows it); an
// attempt the register does not list is warned. Returns the register read (empty when none);
// InputError naming the register when it cannot be read.
std::filesystem::path checkRegister(std::vector<ComparedAttempt>& attempts,
                                    const std::vector<std::filesystem::path>& files,
                                    const std::filesystem::path& given);

}  // namespace cmcsim
