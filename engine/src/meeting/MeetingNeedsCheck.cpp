#include "cmcsim/meeting/MeetingNeedsCheck.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/TextFold.h"
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
std::string topicWords(const std::string& topic) {
    if (topic == "budget") return "notre budget";
    if (topic == "niveau_souhaite") return "le niveau de garanties que nous voulons";
    if (topic == "priorites") return "ce à quoi nos salariés tiennent";
    if (topic == "insatisfactions") return "ce qui ne va pas avec notre contrat actuel";
    if (topic == "prevoyance") return "la prévoyance";
    if (topic == "sensibilite_prix") return "notre arbitrage entre prix et garanties";
    return topic;
}

// The amounts in euros of `text` ("45 €", "45,50 euros", "1 200 €").
std::vector<double> euroAmounts(const std::string& text) {
    std::vector<double> out;
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (!std::isdigit(static_cast<unsigned char>(text[at])) ||
            (at > 0 && std::isdigit(static_cast<unsigned char>(text[at - 1]))))
            continue;
        std::string digits;
        std::size_t end = at;
        while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) ||
                                     text[end] == ',' || text[end] == '.' ||
                                     (text[end] == ' ' && end + 1 < text.size() &&
                                      std::isdigit(static_cast<unsigned char>(text[end + 1]))))) {
            if (text[end] != ' ') digits += text[end] == ',' ? '.' : text[end];
            ++end;
        }
        auto rest = text.substr(end, 8);
        rest.erase(0, rest.find_first_not_of(' '));
        if (rest.starts_with("€") || rest.starts_with("euro") || rest.starts_with("EUR"))
            out.push_back(std::atof(digits.c_str()));
        at = end;
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
            const auto word = list.substr(at, bar == std::string::npos ? bar : bar - at);
            // "€" folds to nothing: kept as written.
            words.push_back(word == "€" ? word : foldText(word));
            if (words.back().empty()) t.fail(r, 1, "des mots-clés non vides séparés par |");
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
    const auto folded = foldText(text);
    std::vector<std::string> missing;
    for (const auto& [topic, words] : installed()) {
        if (!sofar.known.contains(topic)) continue;
        const bool said = std::any_of(words.begin(), words.end(), [&](const std::string& w) {
            return (w == "€" ? text : folded).find(w) != std::string::npos;
        });
        if (!said) missing.push_back(topicWords(topic));
    }
    if (!missing.empty()) {
        std::string list;
        for (std::size_t i = 0; i < missing.size(); ++i) {
            if (i > 0) list.append(i + 1 == missing.size() ? " et " : ", ");
            list.append(missing[i]);
        }
        out.push_back(std::string("il y manque ").append(list));
    }
    // The company knows its budget whether it said it or not: an amount that contradicts it is
    // refused, its figure given only once the company said it.
    const double budget = context.needs.budgetEurPerEmployeeMonth;
    const double tolerance = context.parameter("tolerance_budget");
    for (const double amount : euroAmounts(text))
        if (std::abs(amount - budget) > budget * tolerance + 0.5) {
            out.push_back(
                sofar.known.contains("budget")
                    ? fmt::format("notre budget est de {} € par salarié et par mois, pas de {} €",
                                  frenchNumber(budget, 0), frenchShort(amount, 2))
                    : fmt::format("{} € ne correspond pas à notre budget", frenchShort(amount, 2)));
            break;
        }
    return out;
}

std::string MeetingNeedsCheck::draft(const std::map<std::string, std::string>& known,
                                     const std::string& written) {
    std::string out = written;
    for (const auto& [code, statement] : known)
        if (!statement.empty() && out.find(statement) == std::string::npos) {
            if (!out.empty()) out.push_back('\n');
            out.append("– ").append(statement);
        }
    return out;
}

}  // namespace cmcsim
