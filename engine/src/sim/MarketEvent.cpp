#include "cmcsim/sim/MarketEvent.h"

#include <array>

namespace cmcsim {

namespace {
struct EventName {
    const char* code;
    const char* label;
};
constexpr std::array<EventName, 5> kNames = {
    {{"franchissement_seuil", "Franchissement de seuil d'effectif"},
     {"hausse_concurrent", "Hausse tarifaire d'un concurrent"},
     {"pass", "PASS de l'année suivante"},
     {"preavis_resiliation", "Lettre de résiliation d'un client"},
     {"derive_sinistralite", "Dérive de sinistralité d'un contrat"}}};
}  // namespace

const char* marketEventCode(MarketEventKind kind) {
    return kNames[static_cast<std::size_t>(kind)].code;
}

const char* marketEventLabel(MarketEventKind kind) {
    return kNames[static_cast<std::size_t>(kind)].label;
}

}  // namespace cmcsim
