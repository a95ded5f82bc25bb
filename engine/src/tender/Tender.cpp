#include "cmcsim/tender/Tender.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "cmcsim/core/KeyedRandom.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/reference/TenderReference.h"
#include "cmcsim/scenario/Scenario.h"
#include "cmcsim/scenario/TenderSpec.h"

namespace cmcsim {

namespace {

std::vector<std::pair<std::string, int>> defaultWeights(const TenderReference& reference) {
    std::vector<std::pair<std::string, int>> weights;
    for (const auto& c : reference.criteria) weights.emplace_back(c.id, c.defaultWeight);
    return weights;
}

// `count` ids of `items` drawn without replacement, in the dataset's order; `always` first kept.
template <typename T>
std::vector<std::string> drawIds(const std::vector<T>& items, std::size_t count,
                                 const std::vector<std::string>& always, KeyedRandom& random) {
    std::vector<std::string> chosen = always;
    std::vector<std::string> pool;
    for (const auto& item : items)
        if (std::find(always.begin(), always.end(), item.id) == always.end())
            pool.push_back(item.id);
    while (chosen.size() < count && !pool.empty()) {
        const auto at = random.below(static_cast<std::uint32_t>(pool.size()));
        chosen.push_back(pool[at]);
        pool.erase(pool.begin() + at);
    }
    std::vector<std::string> ordered;
    for (const auto& item : items)
        if (std::find(chosen.begin(), chosen.end(), item.id) != chosen.end())
            ordered.push_back(item.id);
    return ordered;
}

}  // namespace

std::string Tender::structureLabel() const {
    return fmt::format("{}, {}", structure == "uniforme" ? "uniforme" : "isolé / famille",
                       pmss ? "en % du PMSS" : "en euros");
}

std::string Tender::productsLabel() const {
    if (health && provident) return "santé et prévoyance";
    return health ? "santé" : "prévoyance";
}

Date Tender::weekEnd(const Scenario& scenario, int week) {
    return scenario.startDate.plusDays(7 * (week - 1) + 4);
}

int Tender::weekOf(const Scenario& scenario, const Date& date) {
    const int days = date.days() - scenario.startDate.days();
    return days < 0 ? 1 : days / 7 + 1;
}

std::string Tender::generatedId(std::uint64_t siret) {
    return "ao-" + siret::formatSiret(siret);
}

Tender Tender::fromSpec(const TenderSpec& spec, const TenderReference& reference) {
    Tender t;
    t.id = spec.id;
    t.siret = spec.siret.value_or(0);
    t.publicationWeek = spec.publicationWeek;
    t.questionWeek = spec.questionWeek;
    t.submissionWeek = spec.submissionWeek;
    t.awardWeek =
        spec.awardWeek ? spec.awardWeek : spec.submissionWeek + reference.parameters.awardWeeks;
    t.level = spec.level;
    t.health = spec.health;
    t.provident = spec.provident;
    t.structure = spec.structure;
    t.pmss = spec.pmss;
    t.weights = spec.weights.empty() ? defaultWeights(reference) : spec.weights;
    t.questions = spec.questions;
    t.documents = spec.documents;
    return t;
}

Tender Tender::generated(const Scenario& scenario, const TenderReference& reference,
                         std::uint64_t siret) {
    const auto& p = reference.parameters;
    KeyedRandom random(scenario.seed, Purpose("ao.termes"), siret);
    Tender t;
    t.id = generatedId(siret);
    t.fromGenerator = true;
    t.siret = siret;
    // Published early enough for the award to fall within the attempt when it can.
    const int latest = std::clamp(scenario.durationWeeks - p.submissionWeeks - p.awardWeeks, 1,
                                  std::max(1, p.lastPublicationWeek));
    t.publicationWeek = static_cast<int>(random.between(1, latest));
    t.questionWeek = t.publicationWeek + p.questionWeeks;
    t.submissionWeek = t.publicationWeek + p.submissionWeeks;
    t.awardWeek = t.submissionWeek + p.awardWeeks;
    t.level = static_cast<int>(random.between(p.minLevel, p.maxLevel));
    t.health = true;
    t.provident = random.chance(p.providentChance);
    t.structure = random.chance(p.uniformChance) ? "uniforme" : "isole_famille";
    t.pmss = random.chance(p.pmssChance);
    t.weights = defaultWeights(reference);
    // Only questions about the covers the tender asks for.
    std::vector<TenderQuestion> fitting;
    for (const auto& q : reference.questions)
        if (q.fits(t.health, t.provident)) fitting.push_back(q);
    t.questions = drawIds(fitting, static_cast<std::size_t>(p.questionsPerTender), {}, random);
    t.documents = drawIds(reference.documents, static_cast<std::size_t>(p.documentsPerTender),
                          {"tableau_garanties", "ipid"}, random);
    return t;
}

std::optional<Tender> Tender::find(const Scenario& scenario, const TenderReference& reference,
                                   const std::string& id) {
    for (const auto& spec : TenderSpec::of(scenario))
        if (spec.id == id) return fromSpec(spec, reference);
    if (id.size() == 17 && id.rfind("ao-", 0) == 0)
        if (const auto number = siret::parse(std::string_view(id).substr(3), 14))
            return generated(scenario, reference, *number);
    return std::nullopt;
}

}  // namespace cmcsim
