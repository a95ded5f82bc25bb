#include "cmcsim/assess/Assessment.h"

#include <stdexcept>

namespace cmcsim {

namespace {

// Built on first use, so registrations from any translation unit's static initialisation find it.
std::map<std::string, AssessorDefinition>& registry() {
    static std::map<std::string, AssessorDefinition> definitions;
    return definitions;
}

}  // namespace

std::string_view verdictLabel(Verdict verdict) {
    switch (verdict) {
        case Verdict::Acquis:
            return "acquis";
        case Verdict::PartiellementAcquis:
            return "partiellement acquis";
        case Verdict::NonAcquis:
            return "non acquis";
        case Verdict::AApprecier:
            return "à apprécier par l'évaluateur";
    }
    return "à apprécier par l'évaluateur";
}

double AssessorThresholds::at(const std::string& name) const {
    const auto found = values_.find(name);
    if (found == values_.end())
        throw std::out_of_range("datasets/seuils_evaluation.csv : paramètre « " + name +
                                " » manquant");
    return found->second;
}

const std::map<std::string, AssessorDefinition>& AssessorRegistry::all() {
    return registry();
}

void AssessorRegistry::add(AssessorDefinition definition) {
    auto& definitions = registry();
    const auto found = definitions.find(definition.id);
    if (found != definitions.end()) {
        // A placeholder gives way to the real assessor, whatever the order of registration.
        if (definition.placeholder) return;
        if (!found->second.placeholder)
            throw std::logic_error("évaluateur automatique enregistré deux fois : " +
                                   definition.id);
        found->second = std::move(definition);
        return;
    }
    auto id = definition.id;
    definitions.emplace(std::move(id), std::move(definition));
}

}  // namespace cmcsim
