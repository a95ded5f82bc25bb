#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "cmcsim/reference/MeetingEntry.h"

namespace cmcsim {

// The banks of questions and arguments a candidate chooses from in a client meeting, and the
// meeting's parameters (datasets/questions_rdv.csv, arguments_rdv.csv, parametres_rdv.csv;
// docs/simulation.md "Les rendez-vous").
struct MeetingBank {
    std::vector<MeetingEntry> entries;     // the questions, then the arguments, in file order
    std::map<std::string, double> values;  // parametres_rdv.csv, by name

    // The entry `id`, or null.
    const MeetingEntry* find(const std::string& id) const;
    // A parameter of parametres_rdv.csv; throws std::out_of_range for a name the file lacks.
    double parameter(const std::string& name) const;
    // The codes an entry may reveal (`revele`), the conditions of its relevance rule, the
    // mandatory information codes and the parameters the file must hold.
    static const std::vector<std::string>& revealCodes();
    static const std::vector<std::string>& conditions();
    static const std::vector<std::string>& obligations();
    static const std::vector<std::string>& parameterNames();
    // The French label of an obligation code ("IPID remis" …).
    static std::string obligationLabel(const std::string& code);
    // The French label of an objection code or topic (datasets/objections_rdv.csv `libelle`,
    // ObjectionBank::label, from the installed datasets): what the CLI, the documents and the
    // studio show wherever an objection is named, never its code.
    static std::string objectionLabel(const std::string& code);

    // Reads the three files; an unknown phase, type, reveal code, condition, criterion (against
    // `criteria`, when not empty), a repeated id, an answer with an unknown placeholder or a
    // missing parameter are InputErrors naming file, line and column.
    // An objection answer's code must be one of `objections` (the codes and topics of
    // datasets/objections_rdv.csv), when not empty.
    static MeetingBank load(const std::filesystem::path& datasets,
                            const std::vector<std::string>& criteria = {},
                            const std::vector<std::string>& objections = {});
    // The banks of the installed datasets (dataRoot()), read once: what validating the journal
    // reads where no ReferenceData is at hand (each choice's phase).
    static const MeetingBank& installed();
};

}  // namespace cmcsim
