#include "cmcsim/store/ExtractCheck.h"

namespace cmcsim {

ExtractCheck::ExtractCheck() = default;
ExtractCheck::ExtractCheck(std::unique_ptr<Pending> pending) : pending_(std::move(pending)) {}
ExtractCheck::~ExtractCheck() = default;
ExtractCheck::ExtractCheck(ExtractCheck&&) noexcept = default;
ExtractCheck& ExtractCheck::operator=(ExtractCheck&&) noexcept = default;

void ExtractCheck::finish() {
    if (pending_) {
        // Taken first: a check finishes once, even when it throws.
        const auto pending = std::move(pending_);
        try {
            pending->finish();
        } catch (...) {
            failure_ = std::current_exception();
        }
    }
    if (failure_) std::rethrow_exception(failure_);
}

}  // namespace cmcsim
