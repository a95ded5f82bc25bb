#include "MeetingNeedsFigures.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/TextFold.h"

namespace cmcsim {

namespace {
bool digit(char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// `text` with "€" as " eur " and the typographic minus as "-", folded (foldText drops them).
std::string prepared(std::string_view text) {
    std::string out;
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (text.substr(at, 3) == "€") {
            out += " eur ";
            at += 2;
        } else if (text.substr(at, 3) == "−") {
            out += "-";
            at += 2;
        } else {
            out += text[at];
        }
    }
    return foldText(out);
}

// The end of the sentence holding `at`: the next . ! ? ; or line break not between digits.
std::size_t sentenceEnd(const std::string& s, std::size_t at) {
    for (; at < s.size(); ++at) {
        const char c = s[at];
        if (c == '!' || c == '?' || c == ';' || c == '\n') return at;
        if (c == '.' && !(at > 0 && digit(s[at - 1]) && at + 1 < s.size() && digit(s[at + 1])))
            return at;
    }
    return s.size();
}

std::size_t sentenceStart(const std::string& s, std::size_t at) {
    while (at > 0) {
        const char c = s[at - 1];
        if (c == '!' || c == '?' || c == ';' || c == '\n' ||
            (c == '.' && !(at >= 2 && digit(s[at - 2]) && at < s.size() && digit(s[at]))))
            return at;
        --at;
    }
    return 0;
}

bool startsWithAny(std::string_view s, std::initializer_list<std::string_view> prefixes) {
    for (const auto p : prefixes)
        if (s.starts_with(p)) return true;
    return false;
}

const std::array<const char*, 12> kMonths = {"janvier",   "fevrier", "mars",     "avril",
                                             "mai",       "juin",    "juillet",  "aout",
                                             "septembre", "octobre", "novembre", "decembre"};

// A date at `at` (its first digit): "JJ/MM/AAAA" or "1er janvier 2027"; its length in `length`.
std::optional<Date> dateAt(const std::string& s, std::size_t at, std::size_t& length) {
    char* end = nullptr;
    const long day = std::strtol(s.c_str() + at, &end, 10);
    std::size_t i = static_cast<std::size_t>(end - s.c_str());
    if (day < 1 || day > 31) return std::nullopt;
    if (i < s.size() && s[i] == '/') {
        const long month = std::strtol(s.c_str() + i + 1, &end, 10);
        const std::size_t j = static_cast<std::size_t>(end - s.c_str());
        if (j >= s.size() || s[j] != '/' || month < 1 || month > 12) return std::nullopt;
        const long year = std::strtol(s.c_str() + j + 1, &end, 10);
        if (year < 1900 || year > 2200) return std::nullopt;
        length = static_cast<std::size_t>(end - s.c_str()) - at;
        return Date::fromCivil(static_cast<int>(year), static_cast<unsigned>(month),
                               static_cast<unsigned>(day));
    }
    if (s.compare(i, 2, "er") == 0) i += 2;
    while (i < s.size() && s[i] == ' ') ++i;
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
        const std::string_view name = kMonths[m];
        if (s.compare(i, name.size(), name) != 0) continue;
        const long year = std::strtol(s.c_str() + i + name.size(), &end, 10);
        if (year < 1900 || year > 2200) return std::nullopt;
        length = static_cast<std::size_t>(end - s.c_str()) - at;
        return Date::fromCivil(static_cast<int>(year), static_cast<unsigned>(m + 1),
                               static_cast<unsigned>(day));
    }
    return std::nullopt;
}

bool holds(std::string_view sentence, std::initializer_list<std::string_view> parts) {
    for (const auto p : parts)
        if (sentence.find(p) != std::string_view::npos) return true;
    return false;
}

// The levels and the priorities named in one sentence (folded, with spaces around).
void sentence(std::string_view folded, MeetingNeedsFigures& out) {
    std::string s(" ");
    s.append(folded);
    s.push_back(' ');
    // The labels of coverageLevelLabel, folded; the current contract's level is no request.
    // The trade's other words for them too (« entrée de gamme », « premier prix »).
    const std::array<std::pair<const char*, int>, 11> levels = {{{"panier ani", 1},
                                                                 {"entree de gamme", 1},
                                                                 {"premier prix", 1},
                                                                 {"basique", 1},
                                                                 {"minimum legal", 1},
                                                                 {"intermediaire", 2},
                                                                 {"milieu de gamme", 2},
                                                                 {"confort", 3},
                                                                 {"haut de gamme", 4},
                                                                 {"haut niveau", 4},
                                                                 {"premium", 4}}};
    if (!holds(s, {"actuel", "aujourd'hui", "en place"}))
        for (const auto& [name, level] : levels)
            if (s.find(name) != std::string::npos) out.levels.push_back(level);
    if (!holds(s, {"priorit", "tiennent", "d'abord", "surtout"}) ||
        holds(s, {" pas ", " ni ", " n'", " ne ", " aucun", " moins "}))
        return;
    const std::array<std::pair<const char*, const char*>, 8> areas = {
        {{"optique", "optique"},
         {"lunette", "optique"},
         {"dentaire", "dentaire"},
         {"hospitalisation", "hospitalisation"},
         {"hopita", "hospitalisation"},
         {"medecine douce", "medecines_douces"},
         {"medecines douces", "medecines_douces"},
         {"service", "services"}}};
    for (const auto& [word, area] : areas)
        if (s.find(word) != std::string::npos &&
            std::find(out.priorities.begin(), out.priorities.end(), area) == out.priorities.end())
            out.priorities.emplace_back(area);
}
}  // namespace

MeetingNeedsFigures MeetingNeedsFigures::of(std::string_view text) {
    MeetingNeedsFigures out;
    const auto s = prepared(text);
    for (std::size_t at = 0; at < s.size(); ++at) {
        if (!digit(s[at]) || (at > 0 && (digit(s[at - 1]) || s[at - 1] == ',' || s[at - 1] == '.' ||
                                         s[at - 1] == '/')))
            continue;
        const std::size_t sentence = sentenceStart(s, at), stop = sentenceEnd(s, at);
        const auto whole = std::string_view(s).substr(sentence, stop - sentence);
        std::size_t length = 0;
        if (const auto date = dateAt(s, at, length)) {
            if (whole.find("effet") != std::string_view::npos ||
                whole.find("a compter") != std::string_view::npos)
                out.effectiveDates.push_back(*date);
            at += length;
            continue;
        }
        // The number: digits, thousands spaces (a space between digit groups), a decimal
        // comma or point.
        std::string digits;
        std::size_t end = at;
        while (end < s.size() &&
               (digit(s[end]) ||
                ((s[end] == ',' || s[end] == '.') && end + 1 < s.size() && digit(s[end + 1])) ||
                (s[end] == ' ' && end + 3 < s.size() && digit(s[end + 1]) && digit(s[end + 2]) &&
                 digit(s[end + 3]) && (end + 4 >= s.size() || !digit(s[end + 4]))))) {
            if (s[end] != ' ') digits += s[end] == ',' ? '.' : s[end];
            ++end;
        }
        std::size_t before = at;
        while (before > 0 && s[before - 1] == ' ') --before;
        const bool minus =
            before > 0 && s[before - 1] == '-' &&
            (before == 1 || !std::isalnum(static_cast<unsigned char>(s[before - 2])));
        Figure f;
        f.value = std::atof(digits.c_str()) * (minus ? -1 : 1);
        std::size_t rest = end;
        while (rest < s.size() && s[rest] == ' ') ++rest;
        const auto after = std::string_view(s).substr(rest, stop > rest ? stop - rest : 0);
        // Quoted back as the company would write it ("5 000", "45,5").
        f.text = frenchShort(std::abs(f.value), 2);
        if (minus) f.text.insert(0, 1, '-');
        if (startsWithAny(after, {"eur"})) {
            f.text += " €";
            const auto tail = after.substr(0, 40);
            f.perYear = tail.find("par an") != std::string_view::npos ||
                        tail.find("/an") != std::string_view::npos ||
                        tail.find("annuel") != std::string_view::npos ||
                        tail.find("par annee") != std::string_view::npos;
            f.perMonth = tail.find("mois") != std::string_view::npos ||
                         tail.find("mensuel") != std::string_view::npos;
            f.perQuarter = tail.find("trimest") != std::string_view::npos;
            f.wholeCompany = holds(tail, {"ensemble", "l'entreprise", "au total", "en tout",
                                          "pour tous", "global"}) &&
                             !holds(tail, {"par salarie", "par personne", "par tete"});
            // Another amount (the current premium, a ceiling of a guarantee) is no budget.
            f.budget =
                holds(whole, {"budget", "part employeur", "part patronale", "enveloppe", "financ",
                              "prise en charge par l'employeur", "consacr", "disposez"});
            out.euros.push_back(f);
        } else if (startsWithAny(after, {"%", "pour cent", "pourcent"})) {
            f.text += " %";
            out.percents.push_back(f);
        } else if (startsWithAny(after,
                                 {"salarie", "employe", "collaborat", "personne", "agent"})) {
            out.headcounts.push_back(f);
        }
        if (minus) out.negatives.push_back(f);
        at = end;
    }
    for (std::size_t from = 0; from < s.size();) {
        const auto stop = sentenceEnd(s, from);
        sentence(std::string_view(s).substr(from, stop - from), out);
        from = stop + 1;
    }
    // « isolé » alone is the rate structure's (isolé / famille), no choice of cover.
    for (const char* alone : {"salarie seul",
                              "salaries seuls",
                              "seuls salaries",
                              "seul salarie",
                              "sans ayant",
                              "sans les ayant",
                              "sans leur famille",
                              "sans la famille",
                              "hors ayant",
                              "hors famille",
                              "sans conjoint",
                              "sans les conjoint",
                              "ni conjoint",
                              "ni enfant",
                              "ni les enfant",
                              "uniquement le salarie",
                              "uniquement les salaries",
                              "limitee aux salaries",
                              "limitee au salarie",
                              "reservee aux salaries",
                              "reservee au salarie"})
        if (s.find(alone) != std::string::npos) out.employeeAlone = true;
    return out;
}

}  // namespace cmcsim
