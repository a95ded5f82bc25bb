#include "evaluation/DefectTruth.h"

#include <QCoreApplication>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/market/Market.h"

DefectTruth::DefectTruth(const cmcsim::Market& market) {
    for (const auto& defect : market.defects) byLine_[defect.record].push_back(&defect);
}

const std::vector<const cmcsim::Defect*>& DefectTruth::defects(std::uint32_t line) const {
    static const std::vector<const cmcsim::Defect*> none;
    const auto it = byLine_.find(line);
    return it == byLine_.end() ? none : it->second;
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
