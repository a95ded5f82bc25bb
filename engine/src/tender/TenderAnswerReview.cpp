#include "cmcsim/tender/TenderAnswerReview.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

#include "../meeting/MeetingNeedsText.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/FrenchStemmer.h"
#include "cmcsim/core/TextFold.h"
#include "cmcsim/reference/TenderReference.h"
#include "cmcsim/tender/Tender.h"
#include "cmcsim/tender/TenderFile.h"

namespace cmcsim {

namespace {

// The words of a folded text: runs of letters and digits.
std::vector<std::string> wordsOf(const std::string& folded) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : folded + ' ') {
        if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
            word += c;
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    return words;
}

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

// A sentence of an answer: the text between « . », « ! », « ? » and line breaks, its folded
// words, whether it reads as written French and whether it says what the offer does not do.
struct Segment {
    std::string text;
    std::vector<std::string> words;
    std::vector<std::string> keys;  // of its words (keyOf)
    bool written = false;
    bool denies = false;
};

// The linking words (MeetingNeedsText::smallWord, the subject pronouns and the prepositions an
// answer uses), folded and singular.
bool linkWord(const std::string& folded) {
    static const std::set<std::string> more{
        "je",     "il",   "ils",    "elle", "elles", "on",    "nous",    "vous",  "qui",
        "dont",   "sous", "entre",  "apre", "avant", "depui", "pendant", "selon", "jusqu",
        "contre", "via",  "parmi",  "lor",  "quand", "si",    "leur",    "notre", "votre",
        "no",     "vo",   "chaque", "tout", "toute", "comme", "ainsi",   "aussi"};
    const auto normal = MeetingNeedsText::normalWord(folded);
    return MeetingNeedsText::smallWord(normal) || more.contains(normal) || folded == "des";
}

// A stem shorter than this is shared by unrelated words (« délai » and « au-delà » both stem to
// « del », « aide » and « aidant » to « aid »): such a word is compared whole.
constexpr std::size_t kShortStem = 4;

// A folded word's key for comparison: its stem (frenchStem), so that the forms of one word
// compare equal; when the stem is shorter than kShortStem letters, the word itself without its
// plural mark (« délais » → « délai »), marked « = » so that it equals no stem.
std::string keyOf(const std::string& folded) {
    auto stem = frenchStem(folded);
    if (stem.size() >= kShortStem) return stem;
    auto word = folded;
    if (word.size() > 1 && (word.back() == 's' || word.back() == 'x')) word.pop_back();
    return "=" + word;
}

// The keys of words (keyOf): the forms of one word share its key.
std::vector<std::string> keysOf(const std::vector<std::string>& words) {
    std::vector<std::string> keys;
    keys.reserve(words.size());
    for (const auto& w : words) keys.push_back(keyOf(w));
    return keys;
}

// The shortest stem that also names the longer stems it begins: Snowball's French algorithm
// leaves the « -ons » of the present (« nous remboursons » → « rembourson », against
// « rembours »), the form a written answer uses most; shorter stems would begin unrelated
// words (« heur », « heureux »). A whole word (« = ») names only itself.
constexpr std::size_t kPrefixStem = 5;

// Whether a word of the text (its key) is a form of a term's word (its key).
bool sameWord(const std::string& key, const std::string& term) {
    return key == term ||
           (term.size() >= kPrefixStem && term.front() != '=' && key.starts_with(term));
}

// Where the keys of a text hold a term's keys in a row (a multi-word term as a phrase).
std::vector<std::size_t> occurrences(const std::vector<std::string>& keys,
                                     const std::vector<std::string>& term) {
    std::vector<std::size_t> out;
    if (term.empty() || term.size() > keys.size()) return out;
    for (std::size_t at = 0; at + term.size() <= keys.size(); ++at) {
        std::size_t i = 0;
        while (i < term.size() && sameWord(keys[at + i], term[i])) ++i;
        if (i == term.size()) out.push_back(at);
    }
    return out;
}

// Whether the keys of a text hold a term's keys in a row.
bool names(const std::vector<std::string>& keys, const std::vector<std::string>& term) {
    return !occurrences(keys, term).empty();
}

// Whether folded words (and their keys) deny: « ne » / « n' » followed by pas, jamais, plus, ni,
// aucun(e), rien or guère, or preceded by a negative subject (« aucune portabilité n'est
// proposée », « rien n'est prévu »), or a form of « refuser » or « exclure » (« nous excluons
// la portabilité »), unless that word belongs to a wording the trade reads as a commitment
// (`affirming`, the keys of datasets/ao_tournures_affirmatives.csv: « il n'y a aucun délai de
// carence », « les salariés n'avancent pas les frais »). « sans » and « aucun » alone do not
// deny (« sans avance de frais »).
bool denies(const std::vector<std::string>& words, const std::vector<std::string>& keys,
            const std::vector<std::vector<std::string>>& affirming) {
    static const std::set<std::string> second{"pas",   "jamais", "plus", "ni",
                                              "aucun", "aucune", "rien", "guere"};
    static const std::set<std::string> subject{"aucun", "aucune", "rien", "nul", "nulle"};
    static const std::set<std::string> excluding{"exclu",    "exclue",   "exclus",   "exclues",
                                                 "excluons", "excluez",  "excluent", "exclut",
                                                 "exclura",  "excluront"};
    std::vector<bool> affirmed(words.size(), false);
    for (const auto& wording : affirming)
        for (const auto at : occurrences(keys, wording))
            std::fill_n(affirmed.begin() + static_cast<std::ptrdiff_t>(at), wording.size(), true);
    bool negated = false, negativeSubject = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto& w = words[i];
        if ((w.starts_with("refus") || excluding.contains(w)) && !affirmed[i]) return true;
        if (subject.contains(w) && !affirmed[i]) negativeSubject = true;
        if (w == "ne" || w == "n") {
            if (negativeSubject) return true;
            negated = true;
        } else if (negated && second.contains(w)) {
            if (!affirmed[i]) return true;
            negated = false;
        }
    }
    return false;
}

// The sentences of an answer as written (`text`), judged with `p`; `affirming` as denies().
std::vector<Segment> segmentsOf(const std::string& text, const TenderParameters& p,
                                const std::vector<std::vector<std::string>>& affirming) {
    std::vector<Segment> out;
    std::string part;
    const auto cut = [&] {
        auto words = wordsOf(foldText(part));
        if (!words.empty()) {
            const auto links = std::count_if(words.begin(), words.end(), linkWord);
            const auto n = static_cast<int>(words.size());
            const auto first = part.find_first_not_of(" \t\r");
            Segment s;
            s.text = part.substr(first, part.find_last_not_of(" \t\r") + 1 - first);
            s.words = std::move(words);
            s.written =
                n >= p.sentenceWords && static_cast<double>(links) >= p.linkWordsMin * n - 1e-9;
            s.keys = keysOf(s.words);
            s.denies = denies(s.words, s.keys, affirming);
            out.push_back(std::move(s));
        }
        part.clear();
    };
    for (const char c : text) {
        if (c == '.' || c == '!' || c == '?' || c == '\n')
            cut();
        else
            part += c;
    }
    cut();
    return out;
}

// "« tiers payant », « réseau de soins conventionné »…": the points (their labels in the trade's
// words) whose flag in `which` is `wanted`, all of them without `which`.
std::string pointNames(const TenderQuestion& q, const std::vector<bool>* which = nullptr,
                       bool wanted = false) {
    std::string out;
    int named = 0;
    for (std::size_t i = 0; i < q.points.size(); ++i) {
        if (which && (*which)[i] != wanted) continue;
        if (++named > 4) return out + "…";
        const auto& label = i < q.pointLabels.size() ? q.pointLabels[i] : q.points[i].front();
        out += (out.empty() ? "« " : ", « ") + label + " »";
    }
    return out;
}

// The share of `keys` that are forms of the words of the question's terms (3 letters or more):
// a list of keywords has most of its words there, a written answer a minority.
int termWords(const TenderQuestion& q, const std::vector<std::string>& keys) {
    std::set<std::string> terms;
    for (const auto& point : q.points)
        for (const auto& synonym : point)
            for (const auto& w : wordsOf(foldText(synonym)))
                if (w.size() >= 3) terms.insert(keyOf(w));
    return static_cast<int>(std::count_if(keys.begin(), keys.end(), [&](const auto& key) {
        return std::any_of(terms.begin(), terms.end(),
                           [&](const auto& term) { return sameWord(key, term); });
    }));
}

// What one answer writes that no earlier answer (nor itself) wrote.
struct NewText {
    std::vector<std::string> words;        // all its new words
    std::vector<std::string> stems;        // the keys of its sentences that do not deny
    std::vector<std::string> deniedStems;  // the keys of its sentences that deny
    std::vector<const Segment*> denials;   // its sentences that deny
    int sentences = 0;                     // its written sentences (Segment::written)
    int repeats = 0;                       // its sentences it wrote again
};

// Whether one of a point's synonyms appears in `stems`.
bool named(const std::vector<std::string>& stems, const std::vector<std::string>& point) {
    return std::any_of(point.begin(), point.end(), [&](const auto& synonym) {
        return names(stems, keysOf(wordsOf(foldText(synonym))));
    });
}

// "sur les 20 demandés", "sur 1 demandé": out of `wanted`, agreed in number.
std::string outOf(int wanted, const char* singular, const char* plural) {
    return wanted == 1 ? fmt::format("sur 1 {}", singular)
                       : fmt::format("sur les {} {}", wanted, plural);
}

// Judges one answer's new text against its question.
void judge(TenderAnswerVerdict& v, const TenderQuestion* q, const TenderParameters& p,
           const NewText& t) {
    const auto& words = t.words;
    const auto minWords = q ? q->minWords : 1;
    const std::set<std::string> distinct(words.begin(), words.end());
    // Distinct words against the words asked, not the words written: a long answer repeats
    // its articles without repeating itself.
    const auto distinctWanted =
        std::max(1, static_cast<int>(std::ceil(p.distinctWordsMin * minWords - 1e-9)));
    const auto total = static_cast<int>(words.size());
    if (total < minWords && t.repeats > 0) {
        v.reason = fmt::format("répétitive : {} dans cette réponse {}, {} {} {}",
                               frenchCount(t.repeats, "phrase déjà écrite", "phrases déjà écrites"),
                               t.repeats > 1 ? "ne comptent pas" : "ne compte pas",
                               total > 1 ? "restent" : "reste", frenchCount(total, "mot", "mots"),
                               outOf(minWords, "demandé", "demandés"));
        return;
    }
    if (total < minWords) {
        v.reason = fmt::format("trop courte : {} {}", frenchCount(total, "mot", "mots"),
                               outOf(minWords, "demandé", "demandés"));
        return;
    }
    if (static_cast<int>(distinct.size()) < distinctWanted) {
        v.reason = fmt::format(
            "répétitive : {} sur {} (au moins {} {})",
            frenchCount(static_cast<double>(distinct.size()), "mot différent", "mots différents"),
            total, frenchCount(distinctWanted, "mot différent", "mots différents"),
            distinctWanted > 1 ? "demandés" : "demandé");
        return;
    }
    if (q && !q->points.empty()) {
        auto all = t.stems;
        all.insert(all.end(), t.deniedStems.begin(), t.deniedStems.end());
        const auto terms = termWords(*q, all);
        if (terms > p.maxTermShare * total + 1e-9) {
            v.reason =
                fmt::format("liste de mots-clés : {} sur {} {} de la question (au plus {} %)",
                            frenchCount(terms, "mot", "mots"), total,
                            terms > 1 ? "sont des termes" : "est un terme",
                            frenchNumber(100 * p.maxTermShare, 0));
            return;
        }
    }
    if (t.sentences < p.minSentences) {
        v.reason = fmt::format(
            "pas rédigée : {} {} (une phrase : {} au moins, dont {} % de mots de liaison : "
            "articles, prépositions, pronoms)",
            frenchCount(t.sentences, "phrase", "phrases"),
            outOf(p.minSentences, "demandée", "demandées"),
            frenchCount(p.sentenceWords, "mot", "mots"), frenchNumber(100 * p.linkWordsMin, 0));
        return;
    }
    if (!q || q->points.empty()) {
        v.credit = 1;
        return;
    }
    // A point named only where the answer says the offer does not do it is not treated: the
    // answer refuses it.
    std::vector<bool> covered, refused;
    for (const auto& point : q->points) {
        covered.push_back(named(t.stems, point));
        refused.push_back(!covered.back() && named(t.deniedStems, point));
    }
    for (std::size_t i = 0; i < refused.size(); ++i)
        if (refused[i]) v.pointsRefused.push_back(q->pointLabels.at(i));
    for (const auto* segment : t.denials)
        if (v.denial.empty())
            for (std::size_t i = 0; i < refused.size(); ++i)
                if (refused[i] && named(segment->keys, q->points[i])) v.denial = segment->text;
    v.pointsTreated = static_cast<int>(std::count(covered.begin(), covered.end(), true));
    v.pointsWanted = std::max(
        1, static_cast<int>(
               std::ceil(p.pointsForFullCredit * static_cast<double>(q->points.size()) - 1e-9)));
    const auto refusal =
        v.pointsRefused.empty()
            ? std::string()
            : fmt::format(
                  "répond non sur {} (« {} » : une phrase qui dit ce que l'offre ne fait "
                  "pas ne traite pas le point)",
                  pointNames(*q, &refused, true), v.denial);
    // A refused legal obligation or required point does not answer its question: the offer is
    // non-compliant on its criterion (TenderAward) and the file's completeness does not count it.
    if (v.pointsTreated == 0 || (!q->requirement.empty() && !v.pointsRefused.empty())) {
        v.credit = 0;
        v.reason = refusal.empty()
                       ? "hors sujet : aucun des points attendus (" + pointNames(*q) + ")"
                       : "refus : " + refusal;
        return;
    }
    v.credit = std::min(1.0, static_cast<double>(v.pointsTreated) / v.pointsWanted);
    v.addressed = true;
    if (v.credit < 1)
        v.reason = fmt::format("incomplète : {} {} pour la note pleine (manquent {}){}",
                               frenchCount(v.pointsTreated, "point traité", "points traités"),
                               outOf(v.pointsWanted, "attendu", "attendus"),
                               pointNames(*q, &covered, false),
                               refusal.empty() ? std::string() : " ; " + refusal);
    else if (!refusal.empty())
        v.reason = refusal;
}

}  // namespace

std::vector<TenderAnswerVerdict> TenderAnswerReview::of(const TenderReference& reference,
                                                        const Tender& tender,
                                                        const TenderDraft& draft) {
    std::vector<TenderAnswerVerdict> out;
    // The sentences already written (their words), with the question whose answer first had them.
    std::map<std::string, std::string> seen;
    std::vector<std::vector<std::string>> affirming;
    for (const auto& wording : reference.affirmingWordings)
        affirming.push_back(keysOf(wordsOf(foldText(wording.expression))));
    for (const auto& id : tender.questions) {
        TenderAnswerVerdict v;
        v.question = id;
        const auto* q = reference.question(id);
        if (q) {
            v.criterion = q->theme;
            v.requirement = q->requirementLabel();
            v.requirementSource = q->requirementSource;
        }
        const auto it = draft.answers.find(id);
        const auto segments = segmentsOf(it == draft.answers.end() ? std::string() : it->second,
                                         reference.parameters, affirming);
        const auto here = q ? q->text : id;
        // Only sentences no earlier answer (nor this one) has written count.
        NewText t;
        const std::string* repeatOf = nullptr;
        for (const auto& segment : segments) {
            const auto [at, added] = seen.emplace(joined(segment.words), here);
            if (!added) {
                if (at->second == here)
                    ++t.repeats;
                else if (!repeatOf)
                    repeatOf = &at->second;
                continue;
            }
            t.words.insert(t.words.end(), segment.words.begin(), segment.words.end());
            auto& into = segment.denies ? t.deniedStems : t.stems;
            into.insert(into.end(), segment.keys.begin(), segment.keys.end());
            if (segment.denies) t.denials.push_back(&segment);
            t.sentences += segment.written;
        }
        if (segments.empty())
            v.reason = "sans réponse";
        else if (t.words.empty() && repeatOf)
            v.reason = "même texte que la réponse à la question « " + *repeatOf +
                       " » : un même texte ne compte qu'une fois";
        else
            judge(v, q, reference.parameters, t);
        out.push_back(std::move(v));
    }
    return out;
}

std::string TenderAnswerReview::normalised(const std::string& text) {
    return joined(wordsOf(foldText(text)));
}

int TenderAnswerReview::addressed(const std::vector<TenderAnswerVerdict>& verdicts) {
    return static_cast<int>(
        std::count_if(verdicts.begin(), verdicts.end(), [](const auto& v) { return v.addressed; }));
}

double TenderAnswerReview::completeness(const std::vector<TenderAnswerVerdict>& verdicts) {
    double sum = 0;
    for (const auto& v : verdicts) sum += v.credit;
    return verdicts.empty() ? 1.0 : sum / static_cast<double>(verdicts.size());
}

}  // namespace cmcsim
