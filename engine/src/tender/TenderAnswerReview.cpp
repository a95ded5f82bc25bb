#include "cmcsim/tender/TenderAnswerReview.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/TextFold.h"
#include "cmcsim/reference/TenderReference.h"
#include "cmcsim/tender/Tender.h"
#include "cmcsim/tender/TenderAnswers.h"
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

// "tiers payant, réseau, carte…": the first terms of a question, to say what was expected.
std::string someTerms(const TenderQuestion& q) {
    std::string out;
    for (std::size_t i = 0; i < q.terms.size() && i < 4; ++i)
        out += (out.empty() ? "« " : ", « ") + q.terms[i] + " »";
    return out + (q.terms.size() > 4 ? "…" : "");
}

}  // namespace

std::vector<TenderAnswerVerdict> TenderAnswerReview::of(const TenderReference& reference,
                                                        const Tender& tender,
                                                        const TenderDraft& draft) {
    std::vector<TenderAnswerVerdict> out;
    // The normalised texts already answered, with the question that first gave them.
    std::vector<std::pair<std::string, std::string>> seen;
    for (const auto& id : tender.questions) {
        TenderAnswerVerdict v;
        v.question = id;
        const auto* q = reference.question(id);
        const auto it = draft.answers.find(id);
        const auto folded = it == draft.answers.end() ? std::string() : foldText(it->second);
        const auto words = wordsOf(folded);
        const std::set<std::string> distinct(words.begin(), words.end());
        const auto normal = joined(words);
        const auto same = std::find_if(seen.begin(), seen.end(),
                                       [&](const auto& s) { return s.first == normal; });
        const auto minWords = q ? q->minWords : 1;
        // Distinct words against the words asked, not the words written: a long answer repeats
        // its articles without repeating itself.
        const auto distinctWanted = std::max(
            1,
            static_cast<int>(std::ceil(reference.parameters.distinctWordsMin * minWords - 1e-9)));
        const bool onTopic = !q || q->terms.empty() ||
                             std::any_of(q->terms.begin(), q->terms.end(), [&](const auto& t) {
                                 return TenderAnswers::matchLength(folded, foldText(t)) > 0;
                             });
        if (words.empty())
            v.reason = "sans réponse";
        else if (same != seen.end())
            v.reason = "même texte que la réponse à la question « " + same->second +
                       " » : un même texte ne compte qu'une fois";
        else if (static_cast<int>(words.size()) < minWords)
            v.reason = fmt::format("trop courte : {} sur les {} demandés",
                                   frenchCount(static_cast<double>(words.size()), "mot", "mots"),
                                   minWords);
        else if (static_cast<int>(distinct.size()) < distinctWanted)
            v.reason = fmt::format("répétitive : {} sur {} (au moins {} demandés)",
                                   frenchCount(static_cast<double>(distinct.size()),
                                               "mot différent", "mots différents"),
                                   words.size(),
                                   frenchCount(distinctWanted, "mot différent", "mots différents"));
        else if (!onTopic)
            v.reason = "hors sujet : aucun des termes de la question (" + someTerms(*q) + ")";
        else
            v.addressed = true;
        if (!words.empty() && same == seen.end()) seen.emplace_back(normal, q ? q->text : id);
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
    return verdicts.empty()
               ? 1.0
               : static_cast<double>(addressed(verdicts)) / static_cast<double>(verdicts.size());
}

}  // namespace cmcsim
