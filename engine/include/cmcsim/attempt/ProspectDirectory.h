#pragma once

#include <cstdint>
#include <memory>
#include <string>

namespace cmcsim {

struct Market;

// What replaying a journal needs to know of the prospect file: how many lines it has, whether
// it lists a SIRET, and a line's name (to word a refusal). Answered from a market in memory
// (over(Market)) or from the attempt file's indexes (AttemptReader), so that a command about
// one company does not load the whole market.
class ProspectDirectory {
public:
    virtual ~ProspectDirectory() = default;
    virtual std::uint32_t lines() const = 0;
    virtual bool listsSiret(std::uint64_t siret) const = 0;
    // The listed raison sociale of `line` (< lines()).
    virtual std::string lineName(std::uint32_t line) const = 0;

    // A directory over `market`, which must outlive it.
    static std::shared_ptr<const ProspectDirectory> over(const Market& market);
};

}  // namespace cmcsim
