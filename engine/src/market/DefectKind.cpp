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
        case DefectKind::PartialDiffusion:
            return "diffusion_partielle";
        case DefectKind::UnknownSizeBand:
            return "tranche_nn";
        case DefectKind::UndeclaredAgreement:
            return "idcc_9999";
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
        case DefectKind::PartialDiffusion:
            return "Diffusion partielle ([ND])";
        case DefectKind::UnknownSizeBand:
            return "Tranche d'effectif NN";
        case DefectKind::UndeclaredAgreement:
            return "IDCC 9999 déclaré";
    }
    return "Inconnu";
}

}  // namespace cmcsim
