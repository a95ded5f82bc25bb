#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace cmcsim {

// One thing wrong in a file a user gave: where it is and what was expected there.
struct Problem {
    std::string where;  // "datasets/communes.csv:12:7", "$.competitors[1].market_share", a path
    std::string what;   // in French, for the user
};

// Bad input from a user file (dataset, scenario, attempt, CSV): every problem found, never a crash.
class InputError : public std::runtime_error {
public:
    explicit InputError(std::vector<Problem> problems);
    InputError(std::string where, std::string what);

    const std::vector<Problem>& problems() const { return problems_; }

private:
    std::vector<Problem> problems_;
};

}  // namespace cmcsim
