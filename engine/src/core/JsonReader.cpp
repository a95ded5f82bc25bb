#include "cmcsim/core/JsonReader.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "JsonDocumentBuilder.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/Utf8.h"

namespace cmcsim {

namespace {
const nlohmann::json& nullValue() {
    static const nlohmann::json null;
    return null;
}
// A bound as the French write it: « 0,25 », « 100 000 ».
std::string bound(double value) {
    return frenchShort(value, 6);
}
std::string bound(std::int64_t value) {
    // Exact beyond 2^53, where a double would round the last digits.
    const auto digits = fmt::format(
        "{}", value < 0 ? -static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value));
    std::string grouped = value < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ' ';
        grouped += digits[i];
    }
    return grouped;
}
// The one wording of a range problem.
std::string describe(double min, bool minExcluded, double max) {
    // No upper bound: a rule read after (PlanCommand's legal capacity) says the maximum.
    if (max == std::numeric_limits<double>::max())
        return fmt::format("doit être un nombre {} {}",
                           minExcluded ? "supérieur à" : "supérieur ou égal à", bound(min));
    return fmt::format("doit être un nombre compris entre {}{} et {}", bound(min),
                       minExcluded ? " (exclu)" : "", bound(max));
}
}  // namespace

JsonReader::JsonReader(const nlohmann::json& value, std::vector<Problem>& problems,
                       std::string path)
    : value_(value), problems_(problems), path_(std::move(path)) {}

void JsonReader::problem(const std::string& what) const {
    problems_.push_back({path_, what});
}

void JsonReader::problemAt(const std::string& key, const std::string& what) const {
    problems_.push_back({path_ + "." + key, what});
}

bool JsonReader::expectObject() const {
    if (value_.is_object()) return true;
    problem("doit être un objet JSON { … }");
    return false;
}

void JsonReader::allowOnly(std::initializer_list<std::string_view> allowed) const {
    if (!value_.is_object()) return;
    for (const auto& [key, _] : value_.items()) {
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
            // The keys expected, so a misspelt key is corrected at once.
            std::string expected;
            for (const auto name : allowed)
                expected += (expected.empty() ? "" : ", ") + std::string(name);
            problemAt(key, "clé inconnue (attendu : " +
                               (expected.empty() ? std::string("aucune clé") : expected) + ")");
        }
    }
}

bool JsonReader::has(const std::string& key) const {
    return value_.is_object() && value_.contains(key);
}

JsonReader JsonReader::child(const std::string& key) const {
    if (!has(key)) return JsonReader(nullValue(), problems_, path_ + "." + key);
    return JsonReader(value_.at(key), problems_, path_ + "." + key);
}

std::optional<std::string> JsonReader::text(const std::string& key, std::size_t minLength,
                                            std::size_t maxLength, bool required) const {
    if (!has(key)) {
        if (required) problemAt(key, "champ obligatoire manquant");
        return std::nullopt;
    }
    const auto& v = value_.at(key);
    if (!v.is_string()) {
        problemAt(key, "doit être une chaîne de caractères");
        return std::nullopt;
    }
    auto s = v.get<std::string>();
    if (const auto control = utf8::firstControl(s, "\n\t")) {
        problemAt(key, fmt::format("caractère de contrôle {} interdit", *control));
        return std::nullopt;
    }
    if (const auto n = utf8::length(s); n < minLength || n > maxLength) {
        problemAt(key, minLength == maxLength
                           ? fmt::format("doit compter {} caractères",
                                         bound(static_cast<std::int64_t>(minLength)))
                           : fmt::format("doit compter de {} à {} caractères",
                                         bound(static_cast<std::int64_t>(minLength)),
                                         bound(static_cast<std::int64_t>(maxLength))));
        return std::nullopt;
    }
    return s;
}

std::optional<std::string> JsonReader::words(const std::string& key, std::size_t minLength,
                                             std::size_t maxLength, bool required) const {
    // "" and "   " are one fault, with one message (not "doit compter de 1 à …" for the first).
    if (minLength > 0 && has(key) && value_.at(key).is_string() &&
        utf8::isBlank(value_.at(key).get_ref<const std::string&>())) {
        problemAt(key, "ne doit pas être vide ni ne contenir que des espaces");
        return std::nullopt;
    }
    return text(key, minLength, maxLength, required);
}

std::optional<double> JsonReader::number(const std::string& key, double min, double max,
                                         bool required) const {
    return numberIn(key, min, false, max, required);
}

std::optional<double> JsonReader::numberAbove(const std::string& key, double min, double max,
                                              bool required) const {
    return numberIn(key, min, true, max, required);
}

std::optional<double> JsonReader::numberIn(const std::string& key, double min, bool minExcluded,
                                           double max, bool required) const {
    if (!has(key)) {
        if (required) problemAt(key, "champ obligatoire manquant");
        return std::nullopt;
    }
    const auto& v = value_.at(key);
    if (!v.is_number()) {
        problemAt(key, describe(min, minExcluded, max));
        return std::nullopt;
    }
    const double d = v.get<double>();
    if (!std::isfinite(d) || d < min || (minExcluded && d <= min) || d > max) {
        problemAt(key, describe(min, minExcluded, max));
        return std::nullopt;
    }
    return d;
}

std::optional<std::int64_t> JsonReader::integer(const std::string& key, std::int64_t min,
                                                std::int64_t max, bool required) const {
    if (!has(key)) {
        if (required) problemAt(key, "champ obligatoire manquant");
        return std::nullopt;
    }
    const auto& v = value_.at(key);
    const auto message =
        fmt::format("doit être un entier compris entre {} et {}", bound(min), bound(max));
    if (!v.is_number_integer()) {
        problemAt(key, message);
        return std::nullopt;
    }
    std::int64_t i = 0;
    if (v.is_number_unsigned()) {
        const auto u = v.get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(max)) {
            problemAt(key, message);
            return std::nullopt;
        }
        i = static_cast<std::int64_t>(u);
    } else {
        i = v.get<std::int64_t>();
    }
    if (i < min || i > max) {
        problemAt(key, message);
        return std::nullopt;
    }
    return i;
}

std::vector<JsonReader> JsonReader::array(const std::string& key, std::size_t minSize,
                                          std::size_t maxSize, bool required) const {
    std::vector<JsonReader> items;
    if (!has(key)) {
        if (required) problemAt(key, "champ obligatoire manquant");
        return items;
    }
    const auto& v = value_.at(key);
    if (!v.is_array()) {
        problemAt(key, "doit être un tableau JSON [ … ]");
        return items;
    }
    if (v.size() < minSize || v.size() > maxSize) {
        problemAt(key, fmt::format("doit compter de {} à {} éléments",
                                   bound(static_cast<std::int64_t>(minSize)),
                                   bound(static_cast<std::int64_t>(maxSize))));
        return items;
    }
    for (std::size_t i = 0; i < v.size(); ++i)
        items.emplace_back(v[i], problems_, fmt::format("{}.{}[{}]", path_, key, i));
    return items;
}

std::vector<std::string> JsonReader::textArray(const std::string& key, bool required) const {
    std::vector<std::string> out;
    std::map<std::string, std::size_t> seen;
    for (const auto& item : array(key, 0, 100000, required)) {
        out.emplace_back();  // stays empty when wrong, so later problems name the right index
        if (!item.value().is_string()) {
            item.problem("doit être une chaîne de caractères");
            continue;
        }
        auto text = item.value().get<std::string>();
        if (text.empty()) {
            item.problem("ne doit pas être vide");
            continue;
        }
        if (const auto control = utf8::firstControl(text)) {
            item.problem(fmt::format("caractère de contrôle {} interdit", *control));
            continue;
        }
        const auto [at, inserted] = seen.emplace(text, out.size() - 1);
        if (!inserted) {
            item.problem(fmt::format("« {} » figure déjà en position {} : une seule fois attendu",
                                     text, at->second));
            continue;
        }
        out.back() = std::move(text);
    }
    return out;
}

namespace {
// Where a parse error stopped, as "sourceName:line:column".
std::string placeOf(std::string_view text, std::size_t end, const std::string& sourceName) {
    const std::size_t offset = std::min<std::size_t>(end == 0 ? 0 : end - 1, text.size());
    const auto before = text.substr(0, offset);
    const auto line = 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
    const auto lastNewline = before.rfind('\n');
    const auto column = offset - (lastNewline == std::string_view::npos ? 0 : lastNewline + 1) + 1;
    return fmt::format("{}:{}:{}", sourceName, line, column);
}

std::string syntaxReason(const JsonDocumentBuilder::Stop& stop, std::size_t size) {
    const auto says = [&](const char* part) {
        return stop.message.find(part) != std::string::npos;
    };
    if (says("UTF-8")) return "texte UTF-8 invalide (le fichier doit être enregistré en UTF-8)";
    if (says("control character"))
        return "caractère de contrôle dans une chaîne : il doit être écrit \\uXXXX";
    if (says("surrogate")) return "séquence \\u invalide (demi-paire de substitution UTF-16)";
    if (stop.end >= size) return "JSON incomplet : le fichier s'arrête avant la fin (tronqué ?)";
    return "JSON invalide à cet endroit";
}
}  // namespace

nlohmann::json JsonReader::parse(std::string_view text, const std::string& sourceName,
                                 std::vector<Problem>& problems) {
    // A number too large for a double stops nlohmann's parser: it is overwritten in a copy by
    // ±1e308 padded with spaces (same length, so lines and columns stay right) and parsed again.
    std::string patched;
    std::string_view current = text;
    std::vector<Problem> overflows;
    while (true) {
        nlohmann::json root;
        std::vector<Problem> found;
        JsonDocumentBuilder builder(root, found, kMaxDepth);
        if (nlohmann::json::sax_parse(current.begin(), current.end(), &builder)) {
            problems.insert(problems.end(), overflows.begin(), overflows.end());
            problems.insert(problems.end(), found.begin(), found.end());
            return root;
        }
        const auto& stop = builder.stop();
        if (stop.tooDeep)
            throw InputError(sourceName + " " + stop.path,
                             fmt::format("imbrication trop profonde : au plus {} niveaux de "
                                         "tableaux et d'objets",
                                         kMaxDepth));
        const bool negative = stop.token.starts_with('-');
        const std::string_view largest = negative ? "-1e308" : "1e308";
        const std::size_t length = stop.token.size();
        if (stop.id == 406 && length >= largest.size() && stop.end >= length &&
            stop.end <= current.size() && current.substr(stop.end - length, length) == stop.token &&
            overflows.size() < 1000) {
            overflows.push_back(
                {stop.path, fmt::format("nombre hors des limites représentables « {} »",
                                        stop.token.substr(0, 40))});
            if (patched.empty()) patched = std::string(text);
            patched.replace(stop.end - length, length,
                            std::string(largest) + std::string(length - largest.size(), ' '));
            current = patched;
            continue;
        }
        // nlohmann stops a byte or two after an ill-formed UTF-8 sequence: name its first byte.
        const auto invalid = utf8::firstInvalidByte(current);
        const auto end =
            stop.message.find("UTF-8") != std::string::npos && invalid ? *invalid + 1 : stop.end;
        throw InputError(placeOf(current, end, sourceName), syntaxReason(stop, current.size()));
    }
}

nlohmann::json JsonReader::parse(std::string_view text, const std::string& sourceName) {
    std::vector<Problem> problems;
    auto document = parse(text, sourceName, problems);
    throwIfAny(std::move(problems), sourceName);
    return document;
}

void JsonReader::throwIfAny(std::vector<Problem> problems, const std::string& sourceName) {
    if (problems.empty()) return;
    std::vector<Problem> merged;
    for (auto& p : problems) {
        const auto where = sourceName + " " + p.where;
        const auto same = std::find_if(merged.begin(), merged.end(),
                                       [&](const Problem& m) { return m.where == where; });
        if (same != merged.end())
            same->what += " ; " + p.what;
        else
            merged.push_back({where, std::move(p.what)});
    }
    throw InputError(std::move(merged));
}

}  // namespace cmcsim
