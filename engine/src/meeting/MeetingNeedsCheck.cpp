#include "cmcsim/meeting/MeetingNeedsCheck.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "MeetingNeedsText.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/meeting/MeetingContext.h"
#include "cmcsim/meeting/MeetingRules.h"
#include "cmcsim/meeting/MeetingTranscript.h"
#include "cmcsim/needs/CompanyNeeds.h"
#include "cmcsim/reference/CsvTable.h"
#include "cmcsim/reference/MeetingBank.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace {
// How the company names a topic it finds missing.
std::string topicWords(const std::string& topic, const CompanyNeeds& needs) {
    if (topic == "budget") return "notre budget";
    if (topic == "niveau_souhaite") return "le niveau de garanties que nous voulons";
    if (topic == "priorites") return "ce à quoi nos salariés tiennent";
    // A company that said its contract suits it has nothing « qui ne va pas ».
    if (topic == "insatisfactions")
        return needs.dissatisfactions.empty()
                   ? "ce que nous pensons de notre contrat actuel (il nous convient)"
                   : "ce qui ne va pas avec notre contrat actuel";
    if (topic == "prevoyance") return "la prévoyance";
    if (topic == "sensibilite_prix") return "notre arbitrage entre prix et garanties";
    return topic;
}

std::string joined(const std::vector<std::string>& items) {
    std::string list;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) list.append(i + 1 == items.size() ? " et " : ", ");
        list.append(items[i]);
    }
    return list;
}

// A sentence quoted back to the candidate: its first 60 bytes or so, cut at a space.
std::string shortened(const std::string& sentence) {
    constexpr std::size_t kLength = 60;
    if (sentence.size() <= kLength) return sentence;
    const auto space = sentence.rfind(' ', kLength);
    return sentence.substr(0, space == std::string::npos ? kLength : space) + " …";
}

// A sentence of the statement as the company reads it: the topics it mentions, its words
// besides keywords and small words, and whether it is written as a sentence.
struct ReadSentence {
    std::string text;
    std::set<std::string> topics;
    int words = 0;
    bool written = false;
};

std::vector<ReadSentence> readSentences(const MeetingNeedsText& parsed, int least) {
    std::vector<ReadSentence> out;
    for (const auto& s : parsed.sentences) {
        ReadSentence r{s.text, {}, 0, false};
        std::vector<bool> keyword(s.words.size(), false);
        for (const auto& [topic, keywords] : MeetingNeedsCheck::installed())
            for (const auto& k : keywords) {
                const auto parts = MeetingNeedsText::words(k);
                for (std::size_t at = 0; at + parts.size() <= s.words.size(); ++at) {
                    const auto from = s.words.begin() + static_cast<std::ptrdiff_t>(at);
                    if (!std::equal(parts.begin(), parts.end(), from)) continue;
                    r.topics.insert(topic);
                    for (std::size_t i = 0; i < parts.size(); ++i) keyword[at + i] = true;
                }
            }
        for (std::size_t i = 0; i < s.words.size(); ++i)
            if (!keyword[i] && !MeetingNeedsText::smallWord(s.words[i])) ++r.words;
        r.written = s.verb && r.words >= least;
        out.push_back(std::move(r));
    }
    return out;
}
}  // namespace

std::map<std::string, std::vector<std::string>> MeetingNeedsCheck::load(
    const std::filesystem::path& datasets) {
    const auto t = CsvTable::load(datasets / "besoins_rdv.csv", "datasets/besoins_rdv.csv",
                                  {"sujet", "mots_cles", "source"});
    const auto& codes = MeetingBank::revealCodes();
    std::map<std::string, std::vector<std::string>> out;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        const auto topic = t.required(r, 0);
        if (std::find(codes.begin(), codes.end(), topic) == codes.end() || out.contains(topic))
            t.fail(r, 0, "un code révélé des banques (revele), une seule fois");
        auto& words = out[topic];
        const auto list = t.required(r, 1);
        std::size_t at = 0;
        for (auto bar = list.find('|'); at <= list.size(); bar = list.find('|', at)) {
            const auto keyword = list.substr(at, bar == std::string::npos ? bar : bar - at);
            std::string joined;
            for (const auto& w : MeetingNeedsText::words(keyword))
                joined.append(joined.empty() ? "" : " ").append(w);
            if (joined.empty()) t.fail(r, 1, "des mots-clés non vides séparés par |");
            words.push_back(std::move(joined));
            if (bar == std::string::npos) break;
            at = bar + 1;
        }
        t.required(r, 2);
    }
    return out;
}

const std::map<std::string, std::vector<std::string>>& MeetingNeedsCheck::installed() {
    static const auto keywords = load(dataRoot() / "datasets");
    return keywords;
}

std::vector<std::string> MeetingNeedsCheck::problems(const MeetingContext& context,
                                                     const MeetingTranscript& sofar,
                                                     const std::string& text) {
    std::vector<std::string> out;
    // Needs and requirements are the company's, collected before they are written (L521-4
    // C. assur.): nothing discovered yet, nothing to sign.
    if (!MeetingRules::needsDiscovered(sofar))
        out.emplace_back(
            "vous ne connaissez pas encore nos besoins ; posez-nous d'abord vos "
            "questions");
    const auto least = static_cast<int>(context.parameter("besoins_mots_par_sujet"));
    const auto read = readSentences(MeetingNeedsText::of(text), least);
    std::vector<std::string> missing;
    std::vector<std::string> listed;
    std::string example;
    int required = 0;
    int words = 0;
    for (const auto& r : read) words += r.written ? r.words : 0;
    for (const auto& [topic, keywords] : installed()) {
        if (!sofar.known.contains(topic)) continue;
        ++required;
        bool mentioned = false;
        bool written = false;
        for (const auto& r : read) {
            if (!r.topics.contains(topic)) continue;
            mentioned = true;
            written = written || r.written;
            if (!r.written && example.empty()) example = r.text;
        }
        if (!written) (mentioned ? listed : missing).push_back(topicWords(topic, context.needs));
    }
    if (!missing.empty()) out.push_back("il y manque " + joined(missing));
    if (!listed.empty())
        out.push_back(fmt::format(
            "« {} » n'est pas une phrase (il y faut un verbe et au moins {} mots en plus des "
            "mots-clés) ; écrivez ce que vous retenez de {}",
            shortened(example), least, joined(listed)));
    else if (missing.empty() && words < least * required)
        out.push_back(fmt::format(
            "c'est trop succinct : {} mots pour les {} points que nous avons abordés, écrivez-en "
            "au moins {} (sans compter les mots-clés ni les petits mots)",
            words, required, least * required));
    for (auto& c : contradictions(context, sofar, text)) out.push_back(std::move(c));
    return out;
}

MeetingEffect MeetingNeedsCheck::refused(const MeetingContext& context) {
    MeetingEffect e;
    e.delta = context.parameter("besoins_refuses");
    e.effects.push_back(fmt::format("exigences et besoins que l'entreprise refuse de signer ({})",
                                    frenchShort(e.delta, 1)));
    return e;
}

std::string MeetingNeedsCheck::draft(const std::map<std::string, std::string>& restated,
                                     const std::string& written) {
    std::string out = written;
    for (const auto& [code, sentence] : restated)
        if (!sentence.empty() && out.find(sentence) == std::string::npos) {
            if (!out.empty()) out.push_back('\n');
            out.append("– ").append(sentence);
        }
    return out;
}

}  // namespace cmcsim
