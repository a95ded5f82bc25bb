#include "evaluation/DefectTruth.h"

#include <QCoreApplication>
#include <algorithm>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/market/Market.h"

DefectTruth::DefectTruth(const cmcsim::Market& market) : market_(market) {
    const auto& all = market.defects;
    byLine_.reserve(all.size());
    for (std::uint32_t d = 0; d < all.size(); ++d) byLine_.push_back(d);
    std::stable_sort(byLine_.begin(), byLine_.end(), [&](std::uint32_t a, std::uint32_t b) {
        return all[a].record < all[b].record;
    });
    for (std::size_t i = 0; i < byLine_.size(); ++i)
        defectiveLines_ += i == 0 || all[byLine_[i]].record != all[byLine_[i - 1]].record;
}

std::vector<const cmcsim::Defect*> DefectTruth::defects(std::uint32_t line) const {
    const auto& all = market_.defects;
    const auto first = std::partition_point(byLine_.begin(), byLine_.end(),
                                            [&](std::uint32_t d) { return all[d].record < line; });
    const auto last = std::partition_point(first, byLine_.end(),
                                           [&](std::uint32_t d) { return all[d].record == line; });
    std::vector<const cmcsim::Defect*> found;
    for (auto it = first; it != last; ++it) found.push_back(&all[*it]);
    return found;
}

DefectTruth::Outcome DefectTruth::outcome(std::uint32_t line,
                                          const cmcsim::AttemptState& state) const {
    return classify(!defects(line).empty(), flagged(line, state));
}

DefectTruth::Outcome DefectTruth::classify(bool defective, bool flagged) {
    if (!defective) return flagged ? Outcome::FalseAlarm : Outcome::Clean;
    return flagged ? Outcome::Hit : Outcome::Miss;
}

bool DefectTruth::flagged(std::uint32_t line, const cmcsim::AttemptState& state) {
    const auto* notes = state.notesFor(line);
    return notes && !notes->flags.empty();
}

QString DefectTruth::outcomeText(Outcome outcome) {
    switch (outcome) {
        case Outcome::Hit:
            return QCoreApplication::translate("DefectTruth", "Repéré");
        case Outcome::Miss:
            return QCoreApplication::translate("DefectTruth", "Manqué");
        case Outcome::FalseAlarm:
            return QCoreApplication::translate("DefectTruth", "Fausse alerte");
        case Outcome::Clean:
            break;
    }
    return {};
}
