#include "cmcsim/assess/Assessment.h"

namespace cmcsim {

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

}  // namespace cmcsim
