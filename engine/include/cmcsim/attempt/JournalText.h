#pragma once

#include <string>

#include "cmcsim/attempt/Journal.h"
#include "cmcsim/attempt/ProspectDirectory.h"

namespace cmcsim {

struct Scenario;

// Journal entries in the words trainers and evaluators read (`cmcsim journal`, the evaluator's
// timeline): the kind of command and what its payload asked, in French. Never throws: a payload
// that cannot be read is described as such.
struct JournalText {
    // "Achat d'étude" for "etude.achat", …; an unknown kind is returned as it is.
    static std::string kindName(const std::string& kind);
    // The words of a command the session refused before writing it: « clôture du rendez-vous
    // refusée » for "rdv.cloture", « « x.y » refusé » for an unknown kind (issue 12 §5).
    static std::string refusedName(const std::string& kind);
    // What the entry asked, from its payload alone: "étude « Veille concurrentielle » (600,00 €,
    // 0,5 j)", "ligne 12 « Boulangerie Martin » : doublon (« même adresse »)", "entrée 5
    // (Note)" for an undo, … `journal` gives the kind of an undone or redone entry.
    static std::string describe(const JournalEntry& entry, const Scenario& scenario,
                                const ProspectDirectory& prospects,
                                const std::vector<JournalEntry>* journal = nullptr);
};

}  // namespace cmcsim
