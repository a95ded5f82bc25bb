#include "ParseErrorText.h"

#include <fmt/format.h>

#include <functional>
#include <regex>
#include <vector>

namespace cmcsim::cli {

namespace {
// "1 valeur attendue", "2 valeurs attendues"; "0 reçue", "3 reçues" (French plural from 2).
std::string expected(const std::string& count) {
    return count + (count == "0" || count == "1" ? " valeur attendue" : " valeurs attendues");
}
std::string received(const std::string& count) {
    return count + (count == "0" || count == "1" ? " reçue" : " reçues");
}

// One English message shape of CLI11 (CLI/Error.hpp) and its French text.
struct Shape {
    std::regex pattern;
    std::function<std::string(const std::smatch&)> french;
};

const std::vector<Shape>& shapes() {
    static const std::vector<Shape> all = {
        {std::regex("A subcommand is required"),
         [](const std::smatch&) {
             return std::string("une commande est attendue (cmcsim --help les liste)");
         }},
        {std::regex("(.+) is required"),
         [](const std::smatch& m) { return m[1].str() + " est obligatoire"; }},
        {std::regex("The following arguments? (?:was|were) not expected: ([\\s\\S]*)"),
         [](const std::smatch& m) { return "argument inattendu : " + m[1].str(); }},
        {std::regex("(.+) excludes (.+)"),
         [](const std::smatch& m) { return m[1].str() + " ne se combine pas avec " + m[2].str(); }},
        {std::regex("(.+) requires (.+)"),
         [](const std::smatch& m) { return m[1].str() + " suppose " + m[2].str(); }},
        {std::regex("(.+): At Most (\\d+) required but received (\\d+)"),
         [](const std::smatch& m) {
             return fmt::format("{} : au plus {}, {}", m[1].str(), expected(m[2].str()),
                                received(m[3].str()));
         }},
        {std::regex("(.+): At least (\\d+) required but received (\\d+)"),
         [](const std::smatch& m) {
             return fmt::format("{} : au moins {}, {}", m[1].str(), expected(m[2].str()),
                                received(m[3].str()));
         }},
        {std::regex("Expected (?:exactly|at least) (\\d+) arguments to (.+), got (\\d+)"),
         [](const std::smatch& m) {
             return fmt::format("{} : {}, {}", m[2].str(), expected(m[1].str()),
                                received(m[3].str()));
         }},
        {std::regex("The value (.+) is not an allowed value for (.+)"),
         [](const std::smatch& m) {
             return m[2].str() + " : valeur non admise « " + m[1].str() + " »";
         }},
        {std::regex("Could not convert: (.+) = (.*)"),
         [](const std::smatch& m) {
             return m[1].str() + " : valeur illisible « " + m[2].str() + " »";
         }},
        {std::regex("(.+): Should be true/false or a number"),
         [](const std::smatch& m) { return m[1].str() + " : vrai/faux ou un nombre attendu"; }},
        {std::regex("(.+): too many inputs for a flag"),
         [](const std::smatch& m) { return m[1].str() + " : option sans valeur"; }},
        {std::regex("(.+) not found"),
         [](const std::smatch& m) { return m[1].str() + " : option inconnue"; }},
        // A validator's own (French) message after the option's name (or a positional's, such
        // as KIND, or "--payload $.ligne"): French spacing.
        {std::regex("(-[^:]+|[A-Z]+): (.+)"),
         [](const std::smatch& m) { return m[1].str() + " : " + m[2].str(); }},
    };
    return all;
}
}  // namespace

std::string frenchParseError(const std::string& english) {
    std::smatch match;
    for (const auto& shape : shapes())
        if (std::regex_match(english, match, shape.pattern)) return shape.french(match);
    return english;
}

}  // namespace cmcsim::cli
