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

// Whether folded words deny: « ne » / « n' » followed by pas, jamais, plus, ni, aucun(e), rien
// or guère, or a form of « refuser ». « sans » and « aucun » alone do not (« sans avance de
// frais », « aucun délai de carence » are commitments).
bool denies(const std::vector<std::string>& words) {
    static const std::set<std::string> second{"pas",   "jamais", "plus", "ni",
                                              "aucun", "aucune", "rien", "guere"};
    bool negated = false;
    for (const auto& w : words) {
        if (w.starts_with("refus")) return true;
        if (w == "ne" || w == "n")
            negated = true;
        else if (negated && second.contains(w))
            return true;
    }
    return false;
}

// The sentences of an answer as written (`text`), judged with `p`.
std::vector<Segment> segmentsOf(const std::string& text, const TenderParameters& p) {
    std::vector<Segment> out;
    std::string part;
    const auto cut = [&] {
        auto words = wordsOf(foldText(part));
        if (!words.empty()) {
            const auto links = std::count_if(words.begin(), words.end(), linkWord);
            const auto n = static_cast<int>(words.size());
            const auto first = part.find_first_not_of(" \t\r");
            Segment s{part.substr(first, part.find_last_not_of(" \t\r") + 1 - first),
                      std::move(words)};
            s.written =
                n >= p.sentenceWords && static_cast<double>(links) >= p.linkWordsMin * n - 1e-9;
            s.denies = denies(s.words);
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

// "« tiers payant », « réseau »…": the first term of each point, to say what was expected.
std::string pointNames(const TenderQuestion& q, const std::vector<bool>* covered = nullptr) {
    std::string out;
    int named = 0;
    for (std::size_t i = 0; i < q.points.size(); ++i) {
        if (covered && (*covered)[i]) continue;
        if (++named > 4) return out + "…";
        out += (out.empty() ? "« " : ", « ") + q.points[i].front() + " »";
    }
    return out;
}

// The stems of words (frenchStem): the forms of one word share its stem.
std::vector<std::string> stemsOf(const std::vector<std::string>& words) {
    std::vector<std::string> stems;
    stems.reserve(words.size());
    for (const auto& w : words) stems.push_back(frenchStem(w));
    return stems;
}

// The shortest stem that also names the longer stems it begins: Snowball's French algorithm
// leaves the « -ons » of the present (« nous remboursons » → « rembourson », against
// « rembours »), the form a written answer uses most; shorter stems would begin unrelated
// words (« heur », « heureux »).
constexpr std::size_t kPrefixStem = 5;

// Whether a word of the text (its stem) is a form of a term's word (its stem).
bool sameWord(const std::string& stem, const std::string& term) {
    return stem == term || (term.size() >= kPrefixStem && stem.starts_with(term));
}

// Whether the stems of a text hold a term's stems in a row (a multi-word term as a phrase).
bool names(const std::vector<std::string>& stems, const std::vector<std::string>& term) {
    if (term.empty() || term.size() > stems.size()) return false;
    for (std::size_t at = 0; at + term.size() <= stems.size(); ++at) {
        std::size_t i = 0;
        while (i < term.size() && sameWord(stems[at + i], term[i])) ++i;
        if (i == term.size()) return true;
    }
    return false;
}

// The share of `stems` that are forms of the words of the question's terms (3 letters or more):
// a list of keywords has most of its words there, a written answer a minority.
int termWords(const TenderQuestion& q, const std::vector<std::string>& stems) {
    std::set<std::string> terms;
    for (const auto& point : q.points)
        for (const auto& synonym : point)
            for (const auto& w : wordsOf(foldText(synonym)))
                if (w.size() >= 3) terms.insert(frenchStem(w));
    return static_cast<int>(std::count_if(stems.begin(), stems.end(), [&](const auto& stem) {
        return std::any_of(terms.begin(), terms.end(),
                           [&](const auto& term) { return sameWord(stem, term); });
    }));
}

// What one answer writes that no earlier answer (nor itself) wrote.
struct NewText {
    std::vector<std::string> words;        // all its new words
    std::vector<std::string> stems;        // those of its sentences that do not deny
    std::vector<std::string> deniedStems;  // those of its sentences that deny
    std::string denial;                    // the first sentence that denies, as written
    int sentences = 0;                     // its written sentences (Segment::written)
    int repeats = 0;                       // its sentences it wrote again
};

// Whether one of a point's synonyms appears in `stems`.
bool named(const std::vector<std::string>& stems, const std::vector<std::string>& point) {
    return std::any_of(point.begin(), point.end(), [&](const auto& synonym) {
        return names(stems, stemsOf(wordsOf(foldText(synonym))));
    });
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
        v.reason = fmt::format("répétitive : {} dans cette réponse {}, {} {} sur les {} demandés",
                               frenchCount(t.repeats, "phrase déjà écrite", "phrases déjà écrites"),
                               t.repeats > 1 ? "ne comptent pas" : "ne compte pas",
                               total > 1 ? "restent" : "reste", frenchCount(total, "mot", "mots"),
                               minWords);
        return;
    }
    if (total < minWords) {
        v.reason = fmt::format("trop courte : {} sur les {} demandés",
                               frenchCount(total, "mot", "mots"), minWords);
        return;
    }
    if (static_cast<int>(distinct.size()) < distinctWanted) {
        v.reason = fmt::format(
            "répétitive : {} sur {} (au moins {} demandés)",
            frenchCount(static_cast<double>(distinct.size()), "mot différent", "mots différents"),
            total, frenchCount(distinctWanted, "mot différent", "mots différents"));
        return;
    }
    if (q && !q->points.empty()) {
        auto all = t.stems;
        all.insert(all.end(), t.deniedStems.begin(), t.deniedStems.end());
        const auto terms = termWords(*q, all);
        if (terms > p.maxTermShare * total + 1e-9) {
            v.reason = fmt::format(
                "liste de mots-clés : {} sur {} sont des termes de la question (au plus {} %)",
                frenchCount(terms, "mot", "mots"), total, frenchNumber(100 * p.maxTermShare, 0));
            return;
        }
    }
    if (t.sentences < p.minSentences) {
        v.reason = fmt::format(
            "pas rédigée : {} sur les {} demandées (une phrase : {} au moins, dont {} % de mots "
            "de liaison : articles, prépositions, pronoms)",
            frenchCount(t.sentences, "phrase", "phrases"), p.minSentences,
            frenchCount(p.sentenceWords, "mot", "mots"), frenchNumber(100 * p.linkWordsMin, 0));
        return;
    }
    if (!q || q->points.empty()) {
        v.credit = 1;
        return;
    }
    std::vector<bool> covered;
    bool denied = false;
    for (const auto& point : q->points) {
        covered.push_back(named(t.stems, point));
        denied = denied || (!covered.back() && named(t.deniedStems, point));
    }
    v.pointsTreated = static_cast<int>(std::count(covered.begin(), covered.end(), true));
    v.pointsWanted = std::max(
        1, static_cast<int>(
               std::ceil(p.pointsForFullCredit * static_cast<double>(q->points.size()) - 1e-9)));
    // A point named only where the answer says the offer does not do it is not treated.
    const auto denial =
        denied
            ? " ; « " + t.denial + " » dit ce que l'offre ne fait pas : ses points ne comptent pas"
            : std::string();
    if (v.pointsTreated == 0) {
        v.reason = "hors sujet : aucun des points attendus (" + pointNames(*q) + ")" + denial;
        return;
    }
    v.credit = std::min(1.0, static_cast<double>(v.pointsTreated) / v.pointsWanted);
    v.addressed = true;
    if (v.credit < 1)
        v.reason =
            fmt::format("incomplète : {} sur les {} attendus pour la note pleine (manquent {}){}",
                        frenchCount(v.pointsTreated, "point traité", "points traités"),
                        v.pointsWanted, pointNames(*q, &covered), denial);
}

}  // namespace

std::vector<TenderAnswerVerdict> TenderAnswerReview::of(const TenderReference& reference,
                                                        const Tender& tender,
                                                        const TenderDraft& draft) {
    std::vector<TenderAnswerVerdict> out;
    // The sentences already written (their words), with the question whose answer first had them.
    std::map<std::string, std::string> seen;
    for (const auto& id : tender.questions) {
        TenderAnswerVerdict v;
        v.question = id;
        const auto* q = reference.question(id);
        const auto it = draft.answers.find(id);
        const auto segments = segmentsOf(it == draft.answers.end() ? std::string() : it->second,
                                         reference.parameters);
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
            auto stems = stemsOf(segment.words);
            auto& into = segment.denies ? t.deniedStems : t.stems;
            into.insert(into.end(), stems.begin(), stems.end());
            if (segment.denies && t.denial.empty()) t.denial = segment.text;
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
