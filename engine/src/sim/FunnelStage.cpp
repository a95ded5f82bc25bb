#include "cmcsim/sim/FunnelStage.h"

#include <array>

namespace cmcsim {

namespace {
struct StageName {
    const char* code;
    const char* label;
};
constexpr std::array<StageName, 8> kNames = {{{"a_contacter", "À contacter"},
                                              {"contacte", "Contacté"},
                                              {"rendez_vous", "Rendez-vous"},
                                              {"decouverte", "Découverte"},
                                              {"proposition", "Proposition"},
                                              {"negociation", "Négociation"},
                                              {"signe", "Signé"},
                                              {"perdu", "Perdu"}}};
}  // namespace

const char* funnelStageCode(FunnelStage stage) {
    return kNames[static_cast<std::size_t>(stage)].code;
}

const char* funnelStageLabel(FunnelStage stage) {
    return kNames[static_cast<std::size_t>(stage)].label;
}

}  // namespace cmcsim
