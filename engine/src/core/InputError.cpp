#include "cmcsim/core/InputError.h"

namespace cmcsim {
namespace {
std::string summarise(const std::vector<Problem>& problems) {
    std::string text;
    for (const auto& p : problems) {
        if (!text.empty()) text += '\n';
        text += p.where + " : " + p.what;
    }
    return text;
}
}  // namespace

InputError::InputError(std::vector<Problem> problems)
    : std::runtime_error(summarise(problems)), problems_(std::move(problems)) {}

InputError::InputError(std::string where, std::string what)
    : InputError(std::vector<Problem>{{std::move(where), std::move(what)}}) {}

}  // namespace cmcsim
