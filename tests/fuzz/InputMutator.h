#pragma once

#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace cmcsim::test {

// Deterministic corruption of a JSON input file (scenario, offer): from (base text, seed) it
// always gives the same mutant, so a finding is reproduced by its seed alone. Kinds: text
// damage (truncation, bit flips, byte edits, deleted or repeated spans, stray punctuation),
// key edits (removed, renamed, repeated), value edits (type swaps, huge and tiny numbers,
// empty, long or control-character strings, ill-formed UTF-8), list edits (repeated, emptied
// or multiplied elements) and deep nesting; one to three per mutant.
class InputMutator {
public:
    explicit InputMutator(std::string base) : base_(std::move(base)) {}

    // The mutant of `seed`, and in `description` what was done ("truncate@123; huge $.x").
    std::string mutate(std::uint64_t seed, std::string* description = nullptr) const {
        Random random{seed * 0x9E3779B97F4A7C15ULL + 1};
        std::string text = base_;
        std::string what;
        const auto roll = random.below(10);
        const int count = roll < 6 ? 1 : roll < 9 ? 2 : 3;
        for (int i = 0; i < count; ++i) {
            if (!what.empty()) what += "; ";
            what += mutateOnce(text, random);
        }
        if (description) *description = what;
        return text;
    }

private:
    // splitmix64: fixed algorithm, the same mutants on every machine.
    struct Random {
        std::uint64_t state;
        std::uint64_t next() {
            std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            return z ^ (z >> 31);
        }
        std::size_t below(std::size_t n) {
            return n == 0 ? 0 : static_cast<std::size_t>(next() % n);
        }
        template <typename T>
        const T& pick(const std::vector<T>& items) {
            return items[below(items.size())];
        }
    };

    using json = nlohmann::json;

    static void paths(const json& node, const json::json_pointer& at,
                      std::vector<json::json_pointer>& out) {
        out.push_back(at);
        if (node.is_object())
            for (const auto& [key, value] : node.items()) paths(value, at / key, out);
        else if (node.is_array())
            for (std::size_t i = 0; i < node.size(); ++i) paths(node[i], at / i, out);
    }

    // Whether brackets nest beyond 100 levels: such a text is only damaged as text, since
    // writing its document back would recurse that deep.
    static bool tooDeep(const std::string& text) {
        int depth = 0;
        bool inString = false;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (inString) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > 100) return true;
            } else if (c == ']' || c == '}') {
                --depth;
            }
        }
        return false;
    }

    static std::string textMutation(std::string& text, Random& random) {
        if (text.empty()) {
            text = "{";
            return "empty→{";
        }
        const auto at = random.below(text.size());
        switch (random.below(6)) {
            case 0:
                text.resize(at);
                return "truncate@" + std::to_string(at);
            case 1:
                text[at] = static_cast<char>(text[at] ^ (1 << random.below(8)));
                return "bitflip@" + std::to_string(at);
            case 2: {
                static const std::vector<char> bytes = {'\0',   '\x1b', '\x7f', '\xff', '\xc3',
                                                        '\x80', '"',    '\\',   '\n',   '9'};
                text[at] = random.pick(bytes);
                return "byte@" + std::to_string(at);
            }
            case 3: {
                const auto length = 1 + random.below(std::min<std::size_t>(64, text.size() - at));
                text.erase(at, length);
                return "delete@" + std::to_string(at);
            }
            case 4: {
                const auto length = 1 + random.below(std::min<std::size_t>(200, text.size() - at));
                text.insert(at, text.substr(at, length));
                return "repeat@" + std::to_string(at);
            }
            default: {
                static const std::vector<std::string> stray = {"{", "}",  "[",    "]", ",",
                                                               ":", "\"", "null", "-", "1e"};
                text.insert(at, random.pick(stray));
                return "stray@" + std::to_string(at);
            }
        }
    }

    static json hugeNumber(Random& random) {
        static const std::vector<std::string> numbers = {"1e308",
                                                         "-1e308",
                                                         "1e-400",
                                                         "-0.0",
                                                         "0",
                                                         "-1",
                                                         "4294967296",
                                                         "9007199254740993",
                                                         "18446744073709551615",
                                                         "-9223372036854775808",
                                                         "1e15",
                                                         "2.5e-8",
                                                         "0.5000000001"};
        return json::parse(random.pick(numbers));
    }

    static json otherValue(Random& random) {
        switch (random.below(9)) {
            case 0:
                return nullptr;
            case 1:
                return true;
            case 2:
                return json::array();
            case 3:
                return json::object();
            case 4:
                return "";
            case 5:
                return std::string(100000, 'x');
            case 6:
                return std::string("\x1b[2J\xc2\x9b") + "31m";
            case 7:
                return json::array({1, "a", nullptr});
            default:
                return hugeNumber(random);
        }
    }

    static std::string jsonMutation(std::string& text, Random& random) {
        json doc =
            tooDeep(text) ? json(json::value_t::discarded) : json::parse(text, nullptr, false);
        if (doc.is_discarded()) return textMutation(text, random);
        std::vector<json::json_pointer> all;
        paths(doc, json::json_pointer(), all);
        const auto at = random.pick(all);
        auto& node = doc[at];
        std::string what;
        // Text-level edits after dumping: the DOM cannot hold them.
        std::string overflow, repeatedKey, badString, nesting;
        switch (random.below(11)) {
            case 0:
                if (!at.empty()) {
                    const auto parent = at.parent_pointer();
                    if (doc[parent].is_object())
                        doc[parent].erase(at.back());
                    else
                        doc[parent].erase(static_cast<std::size_t>(std::stoul(at.back())));
                }
                what = "remove";
                break;
            case 1:
                if (!at.empty() && doc[at.parent_pointer()].is_object()) {
                    auto value = node;
                    const auto parent = at.parent_pointer();
                    const auto key = at.back();
                    doc[parent].erase(key);
                    static const std::vector<std::string> suffix = {"_", "X", "", "\x1b", " "};
                    doc[parent][key + random.pick(suffix) + (random.below(2) ? "" : "é")] = value;
                }
                what = "rename";
                break;
            case 2:
                node = otherValue(random);
                what = "type";
                break;
            case 3:
                node = hugeNumber(random);
                what = "number";
                break;
            case 4:
                if (node.is_number()) {
                    const double factor = random.below(2) ? 1e6 : -1;
                    node = node.get<double>() * factor;
                } else {
                    node = hugeNumber(random);
                }
                what = "scale";
                break;
            case 5:
                overflow = random.below(2) ? "1e400" : "-123456789e999";
                node = "@@OVERFLOW@@";
                what = "overflow";
                break;
            case 6:
                if (node.is_array() && !node.empty()) {
                    const auto item = node[random.below(node.size())];
                    const std::size_t times = random.below(3) == 0 ? 1000 : 1;
                    for (std::size_t i = 0; i < times; ++i) node.push_back(item);
                } else if (node.is_array()) {
                    node.push_back(otherValue(random));
                } else {
                    node = json::array({node, node});
                }
                what = "repeat";
                break;
            case 7:
                if (node.is_array() || node.is_object())
                    node.clear();
                else
                    node = "";
                what = "empty";
                break;
            case 8: {
                // Written as text: a 5,000-deep document would overflow the stack of any
                // recursive writer, including nlohmann's dump under AddressSanitizer.
                const std::size_t depth = random.below(2) ? 70 : 5000;
                const bool arrays = random.below(2) == 1;
                nesting = arrays ? std::string(depth, '[') : "";
                for (std::size_t i = 0; !arrays && i < depth; ++i) nesting += "{\"a\": ";
                nesting += node.dump();
                nesting += arrays ? std::string(depth, ']') : std::string(depth, '}');
                node = "@@NEST@@";
                what = "nest";
                break;
            }
            case 9:
                if (node.is_object() && !node.empty()) {
                    repeatedKey = node.begin().key();
                    node["@@REPEAT@@"] = 0;
                }
                what = "repeat-key";
                break;
            default: {
                static const std::vector<std::string> bad = {"\\ud800", "\xff\xfe", "\xc3(",
                                                             "\\u0000", "\xed\xa0\x80"};
                badString = random.pick(bad);
                node = "@@BAD@@";
                what = "bad-string";
                break;
            }
        }
        text = doc.dump(random.below(2) ? 2 : -1);
        const auto replace = [&](const std::string& marker, const std::string& by) {
            const auto found = text.find(marker);
            if (found != std::string::npos) text.replace(found, marker.size(), by);
        };
        if (!overflow.empty()) replace("\"@@OVERFLOW@@\"", overflow);
        if (!repeatedKey.empty()) replace("\"@@REPEAT@@\"", json(repeatedKey).dump());
        if (!badString.empty()) replace("@@BAD@@", badString);
        if (!nesting.empty()) replace("\"@@NEST@@\"", nesting);
        return what + " " + at.to_string();
    }

    // An edit that keeps the file well formed and often valid, to reach what lies behind the
    // checks: a number scaled or redrawn, a string replaced by another of the file or a
    // plausible code (a commune without inhabitants, overseas, a département, a band, an
    // IDCC), an element dropped.
    static std::string gentleMutation(std::string& text, Random& random) {
        json doc =
            tooDeep(text) ? json(json::value_t::discarded) : json::parse(text, nullptr, false);
        if (doc.is_discarded()) return textMutation(text, random);
        std::vector<json::json_pointer> all, strings;
        paths(doc, json::json_pointer(), all);
        for (const auto& p : all)
            if (doc[p].is_string()) strings.push_back(p);
        const auto at = random.pick(all);
        auto& node = doc[at];
        std::string what;
        if (node.is_number()) {
            const double x = node.get<double>();
            const double u = static_cast<double>(random.below(1000001)) / 1e6;
            switch (random.below(4)) {
                case 0:
                    node = node.is_number_integer()
                               ? json(static_cast<std::int64_t>(std::llround(x * 2 * u)))
                               : json(x * 2 * u);
                    break;
                case 1:
                    node = u;
                    break;
                case 2:
                    node = node.is_number_integer() ? json(node.get<std::int64_t>() + 1) : json(x);
                    break;
                default:
                    node = node.is_number_integer()
                               ? json(std::max<std::int64_t>(0, node.get<std::int64_t>() - 1))
                               : json(x / 2);
            }
            what = "gentle-number";
        } else if (node.is_string()) {
            static const std::vector<std::string> codes = {"55039",
                                                           "76540",
                                                           "75056",
                                                           "97411",
                                                           "2A004",
                                                           "13055",
                                                           "76",
                                                           "2A",
                                                           "971",
                                                           "976",
                                                           "0-9",
                                                           "2000+",
                                                           "10-19",
                                                           "G",
                                                           "56",
                                                           "1979",
                                                           "9999",
                                                           "0016",
                                                           "ensemble",
                                                           "cadres",
                                                           "sante_socle",
                                                           "tiers_payant",
                                                           "isole_duo_famille",
                                                           "pct_pmss"};
            node = random.below(2) ? json(random.pick(codes)) : doc[random.pick(strings)];
            what = "gentle-string";
        } else if ((node.is_array() || node.is_object()) && !node.empty()) {
            if (node.is_array())
                node.erase(random.below(node.size()));
            else
                node.erase(node.begin());
            what = "gentle-drop";
        } else {
            what = "gentle-none";
        }
        text = doc.dump(2);
        return what + " " + at.to_string();
    }

    static std::string mutateOnce(std::string& text, Random& random) {
        const auto kind = random.below(20);
        return kind < 4    ? textMutation(text, random)
               : kind < 10 ? jsonMutation(text, random)
                           : gentleMutation(text, random);
    }

    std::string base_;
};

}  // namespace cmcsim::test
