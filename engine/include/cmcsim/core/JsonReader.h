#pragma once

#include <cstdint>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cmcsim/core/InputError.h"

namespace cmcsim {

// Reads a JSON value field by field, recording each problem with its JSON path instead of
// stopping at the first one, so a user sees everything wrong in a file at once.
class JsonReader {
public:
    JsonReader(const nlohmann::json& value, std::vector<Problem>& problems, std::string path = "$");

    const std::string& path() const { return path_; }
    const nlohmann::json& value() const { return value_; }
    void problem(const std::string& what) const;
    void problemAt(const std::string& key, const std::string& what) const;

    bool expectObject() const;
    // Records every key of this object not in `allowed`.
    void allowOnly(std::initializer_list<std::string_view> allowed) const;
    bool has(const std::string& key) const;
    JsonReader child(const std::string& key) const;

    std::optional<std::string> text(const std::string& key, std::size_t minLength,
                                    std::size_t maxLength, bool required = true) const;
    std::optional<double> number(const std::string& key, double min, double max,
                                 bool required = true) const;
    std::optional<std::int64_t> integer(const std::string& key, std::int64_t min, std::int64_t max,
                                        bool required = true) const;
    // The elements of an array field (empty with a problem when absent or not an array).
    std::vector<JsonReader> array(const std::string& key, std::size_t minSize, std::size_t maxSize,
                                  bool required = true) const;
    // The strings of an array field; a non-string element is reported and left empty, so
    // indices still match the file.
    std::vector<std::string> textArray(const std::string& key, bool required = false) const;

    // Parses text; a syntax error becomes a problem "ligne L, colonne C" under `sourceName`.
    static nlohmann::json parse(std::string_view text, const std::string& sourceName);

private:
    const nlohmann::json& value_;
    std::vector<Problem>& problems_;
    std::string path_;
};

}  // namespace cmcsim
