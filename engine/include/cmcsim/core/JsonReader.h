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
    // Records every key of this object not in `allowed` ("clé inconnue (attendu : …)").
    void allowOnly(std::initializer_list<std::string_view> allowed) const;
    bool has(const std::string& key) const;
    JsonReader child(const std::string& key) const;

    std::optional<std::string> text(const std::string& key, std::size_t minLength,
                                    std::size_t maxLength, bool required = true) const;
    // A free text a person reads (a title, a name, a description): text() that also refuses,
    // when `minLength` is at least 1, one that is empty or blank once trimmed (utf8::isBlank),
    // with one message for both.
    std::optional<std::string> words(const std::string& key, std::size_t minLength,
                                     std::size_t maxLength, bool required = true) const;
    // Every range problem reads « doit être un nombre compris entre 0 et 0,25 », the bounds
    // written the French way (decimal comma, spaces between thousands); integer() says
    // « un entier ».
    std::optional<double> number(const std::string& key, double min, double max,
                                 bool required = true) const;
    // number() with `min` itself refused (a share or a rate that must be positive): « doit être
    // un nombre compris entre 0 (exclu) et 1 ».
    std::optional<double> numberAbove(const std::string& key, double min, double max,
                                      bool required = true) const;
    std::optional<std::int64_t> integer(const std::string& key, std::int64_t min, std::int64_t max,
                                        bool required = true) const;
    // The elements of an array field (empty with a problem when absent or not an array).
    std::vector<JsonReader> array(const std::string& key, std::size_t minSize, std::size_t maxSize,
                                  bool required = true) const;
    // The strings of an array field; a non-string, empty or repeated element is reported and
    // left empty, so indices still match the file (no list of codes or ids repeats a value).
    std::vector<std::string> textArray(const std::string& key, bool required = false) const;

    static constexpr std::size_t kMaxDepth = 64;  // nesting of arrays and objects

    // Parses text into a document, recording in `problems`, with their JSON paths, what the
    // JSON grammar allows but a cmcsim file may not hold: a key repeated in an object, and a
    // number too large for a double (1e400; it is read as ±1e308, so the field's own check
    // also says what range is expected). Ill-formed JSON or UTF-8 and nesting deeper than
    // kMaxDepth throw InputError "sourceName:line:column".
    static nlohmann::json parse(std::string_view text, const std::string& sourceName,
                                std::vector<Problem>& problems);
    // The same, throwing every recorded problem at once.
    static nlohmann::json parse(std::string_view text, const std::string& sourceName);
    // Throws InputError when `problems` is not empty: each place prefixed with
    // "sourceName ", the reasons given for one place joined on one line.
    static void throwIfAny(std::vector<Problem> problems, const std::string& sourceName);

private:
    std::optional<double> numberIn(const std::string& key, double min, bool minExcluded, double max,
                                   bool required) const;

    const nlohmann::json& value_;
    std::vector<Problem>& problems_;
    std::string path_;
};

}  // namespace cmcsim
