#include "cmcsim/reference/PlanRules.h"

#include <algorithm>
#include <stdexcept>

#include "cmcsim/core/InputError.h"
#include "cmcsim/reference/CsvTable.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

const std::vector<std::pair<std::string, std::vector<std::string>>>& PlanRules::placeholders() {
    static const std::vector<std::pair<std::string, std::vector<std::string>>> list = {
        {"capacite_semaine", {"semaine", "heures", "capacite", "jours"}},
        {"budget", {"budget", "disponible"}},
        {"segment_exclu", {"action", "segment", "part", "exclus"}},
        {"prioritaire_sans_action", {"prioritaire"}},
        {"objectifs_inferieurs", {"plan", "mutuelle", "quoi"}},
        {"action_hors_semaines", {"action", "debut", "fin", "semaines"}},
        {"cible_sans_action", {"segment", "priorite"}},
        {"ecart_modele", {"action", "declare", "quoi", "modele", "detail"}},
        {"plafond_contacts", {"action", "contacts", "plafond", "type"}},
        {"capacite_max_legale", {"heures", "max"}},
    };
    return list;
}

const PlanRule& PlanRules::rule(const std::string& id) const {
    const auto it =
        std::find_if(rules.begin(), rules.end(), [&](const PlanRule& r) { return r.id == id; });
    if (it == rules.end())
        throw std::out_of_range("datasets/regles_plan.csv : règle « " + id + " » absente");
    return *it;
}

std::optional<std::vector<std::string>> PlanRules::placeholdersIn(const std::string& message) {
    std::vector<std::string> names;
    for (std::size_t at = 0; at < message.size(); ++at) {
        if (message[at] == '}') return std::nullopt;
        if (message[at] != '{') continue;
        const auto end = message.find_first_of("{}", at + 1);
        if (end == std::string::npos || message[end] != '}' || end == at + 1) return std::nullopt;
        names.push_back(message.substr(at + 1, end - at - 1));
        at = end;
    }
    return names;
}

std::string PlanRules::fill(const std::string& message,
                            const std::vector<std::pair<std::string, std::string>>& values) {
    std::string out;
    for (std::size_t at = 0; at < message.size();) {
        const auto open = message.find('{', at);
        const auto close = open == std::string::npos ? open : message.find('}', open);
        if (close == std::string::npos) {
            out += message.substr(at);
            break;
        }
        out += message.substr(at, open - at);
        const auto name = message.substr(open + 1, close - open - 1);
        const auto value = std::find_if(values.begin(), values.end(),
                                        [&](const auto& v) { return v.first == name; });
        out += value != values.end() ? value->second : message.substr(open, close - open + 1);
        at = close + 1;
    }
    return out;
}

PlanRules PlanRules::load(const std::filesystem::path& datasets) {
    const auto t = CsvTable::load(
        datasets / "regles_plan.csv", "datasets/regles_plan.csv",
        {"regle", "active", "seuil", "unite", "message", "description", "source", "confidence"});
    PlanRules out;
    const auto& known = placeholders();
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        PlanRule rule;
        rule.id = t.required(r, 0);
        const auto it = std::find_if(known.begin(), known.end(),
                                     [&](const auto& k) { return k.first == rule.id; });
        if (it == known.end()) {
            std::string ids;
            for (const auto& k : known) ids += (ids.empty() ? "" : ", ") + k.first;
            t.fail(r, 0, "une règle connue (" + ids + ")");
        }
        if (std::any_of(out.rules.begin(), out.rules.end(),
                        [&](const PlanRule& x) { return x.id == rule.id; }))
            t.fail(r, 0, "une règle pas encore décrite (une ligne par règle)");
        rule.active = t.integer(r, 1, 0, 1) == 1;
        rule.threshold = t.number(r, 2, 0, 100);
        rule.unit = t.text(r, 3);
        rule.message = t.required(r, 4);
        // Every placeholder must be one the rule fills.
        const auto names = placeholdersIn(rule.message);
        const bool fills =
            names && std::all_of(names->begin(), names->end(), [&](const auto& n) {
                return std::find(it->second.begin(), it->second.end(), n) != it->second.end();
            });
        if (!fills) {
            std::string list;
            for (const auto& n : it->second) list += (list.empty() ? "{" : "}, {") + n;
            t.fail(r, 4, "un message dont les seuls champs entre accolades sont " + list + "}");
        }
        rule.description = t.text(r, 5);
        out.rules.push_back(std::move(rule));
    }
    for (const auto& [id, _] : known)
        if (std::none_of(out.rules.begin(), out.rules.end(),
                         [&](const PlanRule& x) { return x.id == id; }))
            throw InputError("datasets/regles_plan.csv",
                             "règle « " + id + " » manquante (une ligne par règle attendue)");
    return out;
}

}  // namespace cmcsim
