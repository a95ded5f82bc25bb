#pragma once

#include <QString>
#include <string>

namespace cmcsim {
class ObjectionBank;
}

namespace studio {

// The French name the studio gives an objection of datasets/objections_rdv.csv, wherever it
// names one (the meeting's conversation). The one place to switch to the objection's own label
// once the engine holds it (objections_rdv.csv `libelle`); until then the French name of its
// topic ("prix", "changement d'assureur"), or the code with spaces for an unknown one.
QString objectionLabel(const cmcsim::ObjectionBank& objections, const std::string& code);

}  // namespace studio
