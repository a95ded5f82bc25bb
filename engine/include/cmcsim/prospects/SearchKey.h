#pragma once

#include <compare>
#include <cstring>
#include <string_view>

namespace cmcsim {

// A line's folded name (foldText of its listed name) for text search and sorting by name: a
// NUL-terminated text in the view's block, 8 bytes in each row instead of a string_view's 16;
// empty until the view's first text search or sort by name builds the keys.
class SearchKey {
public:
    SearchKey() = default;
    explicit SearchKey(const char* text) : text_(text) {}
    const char* c_str() const { return text_ ? text_ : ""; }
    operator std::string_view() const {  // NOLINT(google-explicit-constructor): a key is a text
        return c_str();
    }
    friend bool operator==(SearchKey a, SearchKey b) {
        return std::strcmp(a.c_str(), b.c_str()) == 0;
    }
    friend std::strong_ordering operator<=>(SearchKey a, SearchKey b) {
        return std::strcmp(a.c_str(), b.c_str()) <=> 0;
    }

private:
    const char* text_ = nullptr;
};

}  // namespace cmcsim
