#include "cmcsim/core/TextQuery.h"

#include "cmcsim/core/TextFold.h"

namespace cmcsim {

TextQuery::TextQuery(std::string_view query) {
    const auto folded = foldText(query);
    for (std::size_t start = 0; start < folded.size();) {
        auto end = folded.find_first_of(" \t", start);
        if (end == std::string::npos) end = folded.size();
        if (end > start) words_.push_back(folded.substr(start, end - start));
        start = end + 1;
    }
}

bool TextQuery::matches(std::string_view folded) const {
    for (const auto& word : words_)
        if (folded.find(word) == std::string_view::npos) return false;
    return true;
}

bool TextQuery::matches(std::string_view a, std::string_view b) const {
    for (const auto& word : words_)
        if (a.find(word) == std::string_view::npos && b.find(word) == std::string_view::npos)
            return false;
    return true;
}

bool TextQuery::matchesText(std::string_view text) const {
    return empty() || matches(foldText(text));
}

}  // namespace cmcsim
