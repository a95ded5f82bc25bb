#pragma once

#include <exception>
#include <memory>

namespace cmcsim {

// The check of a CompanyExtract's rows against the seal, left running on a read-only connection
// and a thread of its own (CompanyExtract::read with a check) while the caller works with the
// extract: finish() throws what CompanyExtract::read alone would have thrown, in the same order
// ("épreuve altérée : table …", or "fichier endommagé" for a damaged row in an edited block).
// A caller shows nothing made of the extract before finish() returned, and lets the check's
// error precede its own (guard(), around()), so that its outputs and errors are those of a check
// made first (docs/performance.md, *One company: `quote`, the seal beside the draws*).
class ExtractCheck {
public:
    // A started check: compares, validates and throws when finished.
    struct Pending {
        virtual ~Pending() = default;
        virtual void finish() = 0;
    };

    // A check with nothing to do: finish() returns at once.
    ExtractCheck();
    explicit ExtractCheck(std::unique_ptr<Pending> pending);
    // Waits for a check never finished (its result is dropped).
    ~ExtractCheck();
    ExtractCheck(ExtractCheck&&) noexcept;
    ExtractCheck& operator=(ExtractCheck&&) noexcept;

    // Waits for the check and reports it, once; later calls give the first call's result.
    void finish();

    // Runs `work` without waiting for the check; when work throws, the check is finished first
    // and its error, if any, is thrown instead of work's.
    template <class Work>
    auto guard(Work&& work) -> decltype(work()) {
        try {
            return work();
        } catch (...) {
            finish();
            throw;
        }
    }
    // guard(work), then finish(): work's result once the check passed.
    template <class Work>
    auto around(Work&& work) -> decltype(work()) {
        auto result = guard(work);
        finish();
        return result;
    }

private:
    std::unique_ptr<Pending> pending_;
    std::exception_ptr failure_;
};

}  // namespace cmcsim
