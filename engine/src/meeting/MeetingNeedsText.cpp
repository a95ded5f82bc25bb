#include "MeetingNeedsText.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <utility>

#include "cmcsim/core/TextFold.h"

namespace cmcsim {

namespace {

// A word of the text: as written (to tell the verb "a" from the preposition "à") and normalised.
struct Token {
    std::string raw;
    std::string normal;
};

std::set<std::string> normalised(std::initializer_list<std::string_view> words) {
    std::set<std::string> out;
    for (const auto w : words) out.insert(MeetingNeedsText::normalWord(w));
    return out;
}

// The forms of `stems` with each ending of `endings` (folded, before normalisation).
void conjugate(std::set<std::string>& out, std::initializer_list<std::string_view> stems,
               std::initializer_list<std::string_view> endings) {
    for (const auto stem : stems)
        for (const auto ending : endings)
            out.insert(MeetingNeedsText::normalWord(std::string(stem).append(ending)));
}

// The verb forms recognised: the verbs a statement of needs uses (être, avoir, vouloir,
// souhaiter, tenir à, rembourser, couvrir, prévoir…), conjugated at the present, imperfect,
// future and conditional, the infinitive and the participles; folded (no accents).
const std::set<std::string>& verbForms() {
    static const auto forms = [] {
        std::set<std::string> out;
        // First group: the stem and the endings of the -er verbs.
        conjugate(out,
                  {"accept",  "accord",  "adapt",     "aim",     "ajout",   "allou",   "amelior",
                   "apprec",  "arriv",   "assur",     "attach",  "augment", "baiss",   "benefici",
                   "calcul",  "chang",   "charg",     "cherch",  "compar",  "complet", "comport",
                   "compt",   "concern", "confirm",   "consacr", "consult", "cotis",   "cout",
                   "demand",  "depass",  "depens",    "desir",   "diminu",  "dispos",  "donn",
                   "dur",     "engag",   "envisag",   "estim",   "evoqu",   "expliqu", "exprim",
                   "financ",  "fix",     "gard",      "hesit",   "indiqu",  "insist",  "jou",
                   "jug",     "lanc",    "limit",     "manqu",   "mention", "mesur",   "montr",
                   "not",     "organis", "particip",  "pass",    "pes",     "pens",    "plac",
                   "plafonn", "port",    "precis",    "prefer",  "present", "prioris", "privilegi",
                   "propos",  "proteg",  "rappel",    "regard",  "regrett", "relev",   "rembours",
                   "remplac", "renforc", "represent", "reproch", "resili",  "rest",    "retard",
                   "sembl",   "sign",    "signal",    "souhait", "touch",   "trait",   "travaill",
                   "trouv",   "utilis",  "valid",     "vers"},
                  {"e", "es", "ent", "ons", "ez", "er", "ait", "aient", "ions", "iez", "era",
                   "eront", "erait", "eraient", "ee", "ees", "ant"});
        // Second group (choisir): the stem and the endings of the -ir verbs in -issons.
        conjugate(out,
                  {"ag", "chois", "defin", "etabl", "fin", "fourn", "garant", "invest", "reflech",
                   "rempl", "reuss", "sais"},
                  {"is", "it", "issons", "issez", "issent", "ir", "i", "ie", "ira", "irait",
                   "issait", "issaient"});
        // -dre verbs (attendre), -vrir verbs (couvrir) and the tenir / venir family.
        conjugate(out,
                  {"attend", "correspond", "depend", "entend", "perd", "rend", "repond", "vend"},
                  {"s", "", "ons", "ez", "ent", "re", "u", "ue", "ait", "aient", "ra", "rait"});
        conjugate(out, {"couvr", "offr", "ouvr", "souffr"},
                  {"e", "es", "ent", "ons", "ez", "ir", "ert", "erte", "ira", "irait", "ait"});
        conjugate(out, {"t", "ret", "obt", "maint", "cont", "sout", "v", "conv", "prev", "dev"},
                  {"iens", "ient", "enons", "enez", "iennent", "enir", "enu", "enue", "iendra",
                   "iendrait", "enait", "enaient"});
        // Irregular verbs, as written.
        for (const auto& w :
             normalised({"suis",        "es",          "est",       "sommes",      "etes",
                         "sont",        "etait",       "etaient",   "sera",        "seront",
                         "serait",      "seraient",    "ete",       "etre",        "soit",
                         "soient",      "ai",          "avons",     "avez",        "ont",
                         "avait",       "avaient",     "aura",      "auront",      "aurait",
                         "auraient",    "eu",          "avoir",     "ait",         "aient",
                         "vais",        "va",          "allons",    "allez",       "vont",
                         "aller",       "ira",         "iront",     "irait",       "fais",
                         "fait",        "faisons",     "faites",    "font",        "faire",
                         "fera",        "ferait",      "veux",      "veut",        "voulons",
                         "voulez",      "veulent",     "vouloir",   "voudrait",    "voudraient",
                         "voudrions",   "voudriez",    "voulait",   "voulu",       "peux",
                         "peut",        "pouvons",     "pouvez",    "peuvent",     "pouvoir",
                         "pourrait",    "pourraient",  "pourrions", "pourriez",    "pouvait",
                         "dois",        "doit",        "devons",    "devez",       "doivent",
                         "devoir",      "devrait",     "devraient", "devrions",    "devriez",
                         "devait",      "faut",        "faudra",    "faudrait",    "fallait",
                         "vaut",        "valent",      "vaudrait",  "prend",       "prenons",
                         "prenez",      "prennent",    "prendre",   "pris",        "comprend",
                         "comprennent", "comprendre",  "compris",   "met",         "mettent",
                         "mettre",      "mis",         "permet",    "permettent",  "permettre",
                         "transmet",    "transmis",    "dit",       "disons",      "dites",
                         "disent",      "dire",        "voit",      "voient",      "voir",
                         "vu",          "verra",       "sait",      "savons",      "savez",
                         "savent",      "savoir",      "connait",   "connaissent", "connu",
                         "prevoit",     "prevoient",   "prevoyons", "prevoyez",    "prevoir",
                         "prevu",       "prevue",      "recoit",    "recoivent",   "recevoir",
                         "recu",        "plaint",      "plaignent", "plaindre",    "atteint",
                         "atteignent",  "atteindre",   "inclut",    "incluent",    "inclure",
                         "souscrit",    "souscrivent", "souscrire", "ecrit",       "ecrivent",
                         "ecrire",      "lit",         "lisent",    "lire",        "paie",
                         "paient",      "emploie",     "emploient", "suit",        "suivent",
                         "suivre",      "vit",         "vivent",    "parait",      "paraissent"}))
            out.insert(w);
        return out;
    }();
    return forms;
}

const std::set<std::string>& subjects() {
    static const auto words = normalised(
        {"je", "j", "tu", "il", "ils", "elle", "elles", "on", "nous", "vous", "ne", "n"});
    return words;
}

// The pronouns that may stand between a subject and its verb ("vous nous avez", "il n'y a").
const std::set<std::string>& clitics() {
    static const auto words = normalised({"nous", "vous", "me", "m", "te", "t", "se", "s", "le",
                                          "la", "les", "l", "lui", "leur", "y", "en", "ne", "n"});
    return words;
}

bool digit(char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// The length of the UTF-8 character starting at `at`.
std::size_t charLength(std::string_view text, std::size_t at) {
    const auto c = static_cast<unsigned char>(text[at]);
    const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    return std::min(n, text.size() - at);
}

// Whether the character starting at `at` ends a sentence.
bool endsSentence(std::string_view text, std::size_t at) {
    const char c = text[at];
    if (c == '.')
        return !(at > 0 && digit(text[at - 1]) && at + 1 < text.size() && digit(text[at + 1]));
    return c == '!' || c == '?' || c == ';' || c == '\n' || c == '\r' || text.substr(at, 3) == "…";
}

std::vector<Token> tokens(std::string_view text) {
    std::vector<Token> out;
    std::string raw;
    bool number = false;
    const auto flush = [&] {
        if (!raw.empty()) out.push_back({raw, MeetingNeedsText::normalWord(foldText(raw))});
        raw.clear();
    };
    for (std::size_t at = 0; at < text.size();) {
        const auto n = charLength(text, at);
        const auto ch = text.substr(at, n);
        at += n;
        const bool isDigit = n == 1 && digit(ch[0]);
        bool letter = n == 1 && std::isalpha(static_cast<unsigned char>(ch[0]));
        if (n > 1) {
            const auto folded = foldText(ch);
            letter = !folded.empty() && std::isalpha(static_cast<unsigned char>(folded[0]));
        }
        if ((letter || isDigit) && !raw.empty() && number != isDigit) flush();
        if (letter || isDigit) {
            number = isDigit;
            raw.append(ch);
            continue;
        }
        flush();
        if (ch == "€") out.push_back({"€", "€"});
    }
    flush();
    return out;
}

bool hasVerb(const std::vector<Token>& words) {
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i].raw == "a" || words[i].raw == "A" || verbForms().contains(words[i].normal))
            return true;
        if (!subjects().contains(words[i].normal)) continue;
        // After a subject pronoun (and the pronouns it may carry), the next word is its verb.
        std::size_t next = i + 1;
        while (next < words.size() && clitics().contains(words[next].normal)) ++next;
        if (next < words.size() && !MeetingNeedsText::smallWord(words[next].normal) &&
            !digit(words[next].normal[0]) && words[next].normal != "€")
            return true;
    }
    return false;
}

}  // namespace

std::string MeetingNeedsText::normalWord(std::string_view folded) {
    std::string w(folded);
    if (w.size() > 4 && w.ends_with("aux")) return w.replace(w.size() - 3, 3, "al");
    if (w.size() > 3 && (w.back() == 's' || w.back() == 'x')) w.pop_back();
    return w;
}

bool MeetingNeedsText::smallWord(const std::string& normal) {
    static const auto words = normalised(
        {"le", "la",  "les",   "l",    "un",  "une",  "des",  "de",  "du",   "d",    "et",
         "ou", "a",   "au",    "aux",  "en",  "par",  "pour", "sur", "dans", "avec", "sans",
         "ce", "cet", "cette", "ces",  "c",   "s",    "se",   "qu",  "que",  "y",    "ne",
         "n",  "pas", "mon",   "ma",   "mes", "ton",  "ta",   "tes", "son",  "sa",   "ses",
         "m",  "t",   "j",     "puis", "ni",  "mais", "donc", "or",  "car",  "chez"});
    return words.contains(normal);
}

std::vector<std::string> MeetingNeedsText::words(std::string_view text) {
    std::vector<std::string> out;
    for (auto& t : tokens(text)) out.push_back(std::move(t.normal));
    return out;
}

MeetingNeedsText MeetingNeedsText::of(std::string_view text) {
    MeetingNeedsText out;
    std::size_t start = 0;
    const auto cut = [&](std::size_t end) {
        auto part = text.substr(start, end - start);
        const auto first = part.find_first_not_of(" \t");
        part = first == std::string_view::npos ? std::string_view() : part.substr(first);
        part = part.substr(0, part.find_last_not_of(" \t") + 1);
        auto found = tokens(part);
        if (found.empty()) return;
        Sentence s{std::string(part), {}, hasVerb(found)};
        for (auto& t : found) s.words.push_back(std::move(t.normal));
        out.sentences.push_back(std::move(s));
    };
    for (std::size_t at = 0; at < text.size();) {
        const auto n = charLength(text, at);
        if (endsSentence(text, at)) {
            cut(at);
            start = at + n;
        }
        at += n;
    }
    cut(text.size());
    return out;
}

}  // namespace cmcsim
