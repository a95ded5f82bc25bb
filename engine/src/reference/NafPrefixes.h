#pragma once

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "cmcsim/reference/NafNomenclature.h"

namespace cmcsim {

// Prefixes of NAF codes (56, 56.1, 56.10A) as the reference tables key their rows by them
// (datasets/naf_idcc.csv, noms_entreprises.csv): whether a prefix starts some code, found in the
// sorted codes, and the longest prefix of a table that starts a code, found by the code's own
// prefixes, instead of a comparison with every code or every prefix.
class NafPrefixes {
public:
    explicit NafPrefixes(const NafNomenclature& naf) {
        sorted_.reserve(naf.codes().size());
        for (const auto& c : naf.codes()) sorted_.push_back(c.code);
        std::sort(sorted_.begin(), sorted_.end());
    }

    // Whether a code of the nomenclature starts with `prefix` (the codes starting with it follow
    // it in their order).
    bool startsACode(std::string_view prefix) const {
        const auto it = std::lower_bound(sorted_.begin(), sorted_.end(), prefix);
        return it != sorted_.end() && it->starts_with(prefix);
    }

    // The entry of `byPrefix` whose key is the longest prefix of `code`, or byPrefix.end().
    template <class Value>
    static auto longest(const std::map<std::string, Value>& byPrefix, const std::string& code) {
        for (std::size_t size = code.size(); size > 0; --size)
            if (const auto it = byPrefix.find(code.substr(0, size)); it != byPrefix.end())
                return it;
        return byPrefix.end();
    }

private:
    std::vector<std::string_view> sorted_;  // the codes, in the nomenclature that outlives this
};

}  // namespace cmcsim
