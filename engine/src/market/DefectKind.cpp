#include "cmcsim/market/Market.h"

namespace cmcsim {

const char* defectKindCode(DefectKind kind) {
    switch (kind) {
        case DefectKind::StaleHeadcount:
            return "effectif_perime";
        case DefectKind::Duplicate:
            return "doublon";
        case DefectKind::Closed:
            return "etablissement_ferme";
        case DefectKind::WrongNaf:
            return "naf_errone";
        case DefectKind::MissingContact:
            return "contact_manquant";
        case DefectKind::WrongContact:
            return "contact_errone";
    }
    return "inconnu";
}

const char* defectKindLabel(DefectKind kind) {
    switch (kind) {
        case DefectKind::StaleHeadcount:
            return "Effectif périmé";
        case DefectKind::Duplicate:
            return "Doublon";
        case DefectKind::Closed:
            return "Établissement fermé";
        case DefectKind::WrongNaf:
            return "Code NAF erroné";
        case DefectKind::MissingContact:
            return "Contact manquant";
        case DefectKind::WrongContact:
            return "Contact erroné";
    }
    return "Inconnu";
}

}  // namespace cmcsim
