#include "cmcsim/core/JsonReader.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace cmcsim {

namespace {
const nlohmann::json& nullValue() {
    static const nlohmann::json null;
    return null;
}
std::string describe(double min, double max) {
    return fmt::format("doit être un nombre compris entre {} et {}", min, max);
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
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
            problemAt(key, "clé inconnue");
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
    if (s.size() < minLength || s.size() > maxLength) {
        problemAt(key, fmt::format("doit compter de {} à {} caractères", minLength, maxLength));
        return std::nullopt;
    }
    return s;
}

std::optional<double> JsonReader::number(const std::string& key, double min, double max,
                                         bool required) const {
    if (!has(key)) {
        if (required) problemAt(key, "champ obligatoire manquant");
        return std::nullopt;
    }
    const auto& v = value_.at(key);
    if (!v.is_number()) {
        problemAt(key, describe(min, max));
        return std::nullopt;
    }
    const double d = v.get<double>();
    if (!std::isfinite(d) || d < min || d > max) {
        problemAt(key, describe(min, max));
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
    const auto message = fmt::format("doit être un entier compris entre {} et {}", min, max);
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
        problemAt(key, fmt::format("doit compter de {} à {} éléments", minSize, maxSize));
        return items;
    }
    for (std::size_t i = 0; i < v.size(); ++i)
        items.emplace_back(v[i], problems_, fmt::format("{}.{}[{}]", path_, key, i));
    return items;
}

std::vector<std::string> JsonReader::textArray(const std::string& key, bool required) const {
    std::vector<std::string> out;
    for (const auto& item : array(key, 0, 100000, required)) {
        if (!item.value().is_string()) {
            item.problem("doit être une chaîne de caractères");
            out.emplace_back();  // keeps positions, so later problems name the right index
            continue;
        }
        out.push_back(item.value().get<std::string>());
    }
    return out;
}

nlohmann::json JsonReader::parse(std::string_view text, const std::string& sourceName) {
    try {
        return nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& e) {
        const std::size_t offset = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
        const auto before = text.substr(0, offset);
        const auto line =
            1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
        const auto lastNewline = before.rfind('\n');
        const auto column =
            offset - (lastNewline == std::string_view::npos ? 0 : lastNewline + 1) + 1;
        const bool truncated = e.byte >= text.size();
        throw InputError(fmt::format("{}:{}:{}", sourceName, line, column),
                         truncated ? "JSON incomplet : le fichier s'arrête avant la fin (tronqué ?)"
                                   : "JSON invalide à cet endroit");
    }
}

}  // namespace cmcsim
