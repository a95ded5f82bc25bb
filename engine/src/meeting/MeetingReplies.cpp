#include "MeetingReplies.h"

#include <algorithm>

#include "cmcsim/meeting/MeetingContext.h"
#include "cmcsim/meeting/MeetingTranscript.h"
#include "cmcsim/reference/MeetingBank.h"

namespace cmcsim {

std::string MeetingReplies::irrelevant(const MeetingEntry& entry, bool objectionNotRaised) {
    if (objectionNotRaised) return "Ce n'est pas une question que nous nous posons.";
    const auto& r = entry.relevance;
    if (r == "si:offre" || r == "si:garanties_connues")
        return entry.move == MeetingMove::Signature
                   ? "Signer ? Vous ne nous avez encore présenté aucune offre."
                   : "Vous ne nous avez encore présenté aucune offre.";
    if (r == "si:besoins_ecrits")
        return "Vous ne connaissez pas encore nos besoins : nous ne les avons pas encore écrits "
               "ensemble. Comment pourriez-vous nous conseiller par écrit ?";
    if (r == "si:assure") return "Nous n'avons pas de contrat collectif aujourd'hui.";
    if (r == "si:insatisfactions") return "Rien de particulier : notre contrat nous convient.";
    if (r == "si:prevoyance") return "La prévoyance n'est pas un sujet pour nous aujourd'hui.";
    if (r == "si:services") return "Les services ne sont pas une attente chez nous.";
    if (r == "si:cse") return "Le CSE n'a pas à intervenir sur ce sujet chez nous.";
    if (r == "si:prescripteur")
        return "Nous n'avons ni courtier ni expert-comptable sur ce dossier.";
    if (r == "si:ayants_droit")
        return "La couverture des familles n'est pas une attente chez nous.";
    if (r == "si:sensible_prix") return "Le prix n'est pas notre premier critère.";
    if (r == "si:due" || r == "si:branche") return "Ce n'est pas un sujet chez nous.";
    return "";
}

std::string MeetingReplies::notReadyToSign(const MeetingContext& c, const MeetingTranscript& t) {
    if (!t.offer) return "vous ne nous avez encore présenté aucune offre";
    if (t.needsStep == 0) return "nos exigences et besoins ne sont pas encore écrits et signés";
    if (t.offer->overBudget) return "le coût dépasse notre budget";
    if (t.offer->overLevel()) return "l'offre va au-delà de ce dont nous avons besoin";
    if (t.offer->underLevel) return "l'offre reste en dessous de nos attentes";
    if (!t.offer->compliant())
        return "le contrat doit d'abord être conforme à nos obligations (" +
               t.offer->breaches.front() + ")";
    const bool reserved = std::any_of(c.objections.begin(), c.objections.end(), [&](const auto& o) {
        return !t.answeredObjections.contains(o.first);
    });
    if (reserved) return "nous avons encore des réserves";
    for (const auto& code : MeetingBank::obligations())
        if (!t.obligations.contains(code))
            return "il nous manque une information : " + MeetingBank::obligationLabel(code);
    if (t.trust < c.parameter("seuil_signature")) return "nous avons besoin d'y réfléchir";
    return "";
}

std::string MeetingReplies::closing(MeetingOutcome outcome, bool stopped) {
    std::string words;
    switch (outcome) {
        case MeetingOutcome::Signed:
            words = "Nous signons. Merci pour votre conseil.";
            break;
        case MeetingOutcome::NextStep:
            words = "Nous allons réfléchir ; revoyons-nous comme convenu.";
            break;
        case MeetingOutcome::Complement:
            words = "Nous ajoutons ce complément à notre contrat. Merci pour votre conseil.";
            break;
        case MeetingOutcome::FollowUp:
            words = "Merci pour ce point sur notre contrat ; nous restons en contact.";
            break;
        default:
            words = "Nous n'allons pas donner suite pour le moment.";
    }
    return stopped ? "Nous devons nous arrêter là : le temps prévu est passé. " + words : words;
}

}  // namespace cmcsim
