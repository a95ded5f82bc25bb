#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "cmcsim/reference/CsvTable.h"

namespace cmcsim {

// When an objection can be raised: the company's situation it needs (objections_rdv.csv's
// `condition` column).
enum class ObjectionCondition {
    Always,            // toujours
    Covered,           // assure: the company has a health contract
    Uncovered,         // sans_contrat: it has none
    Satisfied,         // satisfait: with its current insurer (satisfaction ≥ 0.6)
    Dissatisfied,      // insatisfait: satisfaction < 0.5, or a dissatisfaction found
    PriceSensitive,    // sensible_prix: price sensitivity ≥ 0.5
    Branch,            // branche: its collective agreement imposes something
    PendingDue,        // due: a DUE is being drafted
    ProvidentCovered,  // prevoyance: it has a provident contract
    Cadres,            // cadres: it employs cadres
    Broker,            // courtier: a broker weighs in
    Large              // grande: 50 employees or more
};

// An objection a decision maker raises in a meeting, as the client says it (a row of
// datasets/objections_rdv.csv).
struct Objection {
    std::string code;
    std::vector<std::string> roles;  // kDecisionRoles codes of who may raise it
    std::string topic;  // prix | garanties | changement_assureur | gestion | confiance | timing |
                        // branche | prevoyance | obligations
    ObjectionCondition condition = ObjectionCondition::Always;
    double weight = 1;    // relative chance among the eligible ones (> 0)
    std::string wording;  // French, in the client's words
    std::string source, confidence;
    std::string label;  // French, short: how a list, a transcript or the debrief names it
    // The wording when raised by a decision maker that `wording` names (the CSE saying "consult
    // the CSE"): a decision maker never speaks of itself in the third person. Required, and
    // only allowed, when `wording` names one of `roles` (ObjectionBank::namedRoles).
    std::string ownWording;

    bool raisedBy(std::string_view role) const;
    // The words of a decision maker of `role` raising it.
    const std::string& wordingBy(std::string_view role) const;
};

// The objections of datasets/objections_rdv.csv, validated row by row.
class ObjectionBank {
public:
    // An InputError with the file, line and column of a wrong cell: an unknown role, topic or
    // condition, a weight out of range, a repeated code, a row without source.
    static ObjectionBank load(const std::filesystem::path& datasets);
    static ObjectionBank from(const CsvTable& table);

    const std::vector<Objection>& all() const { return objections_; }
    // The objection of `code`, or null.
    const Objection* find(std::string_view code) const;

    static constexpr const char* kTopics[] = {"prix",    "garanties",  "changement_assureur",
                                              "gestion", "confiance",  "timing",
                                              "branche", "prevoyance", "obligations"};
    // The French name of a topic ("changement d'assureur").
    static std::string topicLabel(std::string_view topic);
    // The decision-maker roles a French text names ("le CSE" names cse, "DRH" drh…).
    static std::vector<std::string> namedRoles(std::string_view text);
    // The French label of an objection code (`libelle`), of a topic (topicLabel), else the code
    // with its underscores as spaces: what is shown wherever an objection is named.
    std::string label(std::string_view code) const;

private:
    std::vector<Objection> objections_;
};

}  // namespace cmcsim
