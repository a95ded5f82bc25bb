// Assessor "rdv.decouverte" (B3.2.5, B3.2.6, B4.2.2, B4.5.4): what the meetings' discovery found of
// the company's hidden needs (CompanyNeeds), whether the candidate questioned and reformulated (and
// wrote the needs down), and
// whether the choices listened to the company (relevant, not repeated, not asking what was
// already said). docs/assessment.md, « Les rendez-vous ».
#include <fmt/format.h>

#include <map>
#include <set>

#include "PlayedMeetings.h"
#include "cmcsim/assess/Grading.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/reference/MeetingBank.h"

namespace cmcsim::assess {

namespace {

// The needs fields (MeetingBank::revealCodes) a discovery of this company should find: those
// every company has, and those its hidden situation holds (a current contract, dissatisfactions,
// provident cover wanted, a pending DUE, a branch regime).
std::vector<std::string> expectedFields(const JudgedMeeting& m) {
    const auto& n = m.needs;
    std::vector<std::string> out = {"decideurs",       "budget",         "priorites",
                                    "niveau_souhaite", "etat_personnel", "calendrier"};
    if (n.covered) {
        out.insert(out.end(), {"garanties_actuelles", "echeance"});
        if (!n.dissatisfactions.empty()) out.emplace_back("insatisfactions");
    }
    if (n.providentWanted) out.emplace_back("prevoyance");
    if (n.pendingDue) out.emplace_back("due");
    if (!n.branchRegime.empty()) out.emplace_back("regime_branche");
    return out;
}

// The French label of a needs field (MeetingBank::revealCodes).
std::string fieldLabel(const std::string& field) {
    static const std::map<std::string, std::string> labels = {
        {"decideurs", "décideurs"},
        {"budget", "budget"},
        {"sensibilite_prix", "sensibilité au prix"},
        {"priorites", "priorités des salariés"},
        {"niveau_souhaite", "niveau souhaité"},
        {"insatisfactions", "insatisfactions"},
        {"prevoyance", "prévoyance"},
        {"due", "DUE en préparation"},
        {"preavis", "préavis"},
        {"echeance", "échéance"},
        {"calendrier", "calendrier de décision"},
        {"regime_branche", "régime de branche"},
        {"etat_personnel", "état du personnel"},
        {"garanties_actuelles", "garanties actuelles"}};
    const auto it = labels.find(field);
    return it != labels.end() ? it->second : field;
}

// B3.2.5: per company met, the expected needs found in any of its closed meetings; judged on
// the company's last meeting (earlier ones count nothing, their findings are carried over).
MeetingRule discoveryRule() {
    return {"besoins_acquis",
            "besoins_partiel",
            false,
            "Besoins de l'entreprise découverts",
            "(par entreprise rencontrée)",
            "Règle : les besoins cachés de chaque entreprise rencontrée (décideurs, budget, "
            "priorités des salariés, niveau souhaité, état du personnel, calendrier de décision ; "
            "garanties actuelles et échéance si elle est assurée, insatisfactions si elle en a, "
            "prévoyance si elle en veut, DUE en préparation, régime de branche) sont comparés à "
            "ce que ses rendez-vous clos ont fait dire à l'entreprise."};
}

MeetingTally discovered(const JudgedMeeting& m, const std::vector<const JudgedMeeting*>& same) {
    MeetingTally t;
    if (same.back() != &m) return t;  // the company's last meeting carries its findings
    std::map<std::string, Evidence> found;
    for (const auto* other : same)
        for (const auto& s : other->steps)
            for (const auto& field : s.turn->revealed)
                found.try_emplace(field,
                                  other->evidence(s, "Besoin découvert : " + fieldLabel(field)));
    std::string missing;
    for (const auto& field : expectedFields(m)) {
        t.of += 1;
        if (const auto it = found.find(field); it != found.end()) {
            t.met += 1;
            t.steps.push_back(it->second);
        } else {
            missing += (missing.empty() ? "" : ", ") + fieldLabel(field);
        }
    }
    t.summary = fmt::format("{} sur {} ; non découverts : {}",
                            frenchCount(t.met, "besoin découvert", "besoins découverts"), t.of,
                            missing.empty() ? "aucun" : missing);
    return t;
}

IndicatorResult assessDiscovery(const AssessmentContext& context,
                                const AssessorThresholds& thresholds, const std::string& criterion,
                                const std::string& indicator) {
    const auto& played = PlayedMeetings::of(context);
    if (indicator == "B3.2.5") {
        std::map<std::string, std::vector<const JudgedMeeting*>> bySiren;
        for (const auto& m : played.closed) bySiren[m->record->siren()].push_back(m.get());
        return judgeMeetings(
            context, thresholds, criterion, indicator, discoveryRule(),
            [&](const JudgedMeeting& m) { return discovered(m, bySiren.at(m.record->siren())); });
    }
    if (indicator == "B3.2.6") {
        const MeetingRule rule = shareRule(
            "Attentes reformulées et précisées par écrit", "arrivés à la reformulation",
            "Règle : chaque rendez-vous clos arrivé à la phase de reformulation (ou au-delà) "
            "compte deux points — une reformulation pertinente (un choix de la phase de "
            "reformulation qui fait monter la confiance), puis les exigences et besoins écrits "
            "et signés avant la conclusion.");
        return judgeMeetings(
            context, thresholds, criterion, indicator, rule, [](const JudgedMeeting& m) {
                MeetingTally t;
                if (m.transcript.phase < MeetingPhase::Reformulation) return t;
                t.of = 2;
                const JudgedStep* reformulation = nullptr;
                for (const auto& s : m.steps)
                    if (!reformulation && s.good() && s.entry->phase == MeetingPhase::Reformulation)
                        reformulation = &s;
                if (reformulation) {
                    t.met += 1;
                    t.steps.push_back(m.evidence(*reformulation, "Reformulation"));
                }
                const int written = m.transcript.needsStep;
                if (m.beforeConclusion(written)) {
                    t.met += 1;
                    t.steps.push_back(m.evidence(m.steps.at(static_cast<std::size_t>(written - 1)),
                                                 "Exigences et besoins écrits"));
                }
                t.summary = fmt::format(
                    "reformulation : {} ; exigences et besoins écrits avant la conclusion : {}",
                    reformulation ? "oui" : "non", m.beforeConclusion(written) ? "oui" : "non");
                return t;
            });
    }
    if (indicator == "B4.2.2") {
        const MeetingRule rule = shareRule(
            "Questionnement et reformulation", "",
            "Règle : chaque rendez-vous clos compte deux points — au moins une question de "
            "découverte pertinente qui apprend un besoin, puis une reformulation (un choix "
            "pertinent de la phase de reformulation, ou les exigences et besoins écrits).");
        return judgeMeetings(
            context, thresholds, criterion, indicator, rule, [](const JudgedMeeting& m) {
                MeetingTally t;
                t.of = 2;
                const JudgedStep *question = nullptr, *reformulation = nullptr;
                for (const auto& s : m.steps) {
                    if (!question && s.good() && !s.turn->revealed.empty() &&
                        s.turn->phase == MeetingPhase::Discovery)
                        question = &s;
                    if (!reformulation &&
                        ((s.good() && s.entry->phase == MeetingPhase::Reformulation) ||
                         s.turn->kind == MeetingAct::Kind::Needs))
                        reformulation = &s;
                }
                if (question) {
                    t.met += 1;
                    t.steps.push_back(m.evidence(*question, "Question"));
                }
                if (reformulation) {
                    t.met += 1;
                    t.steps.push_back(m.evidence(*reformulation, "Reformulation"));
                }
                t.summary = fmt::format("question de découverte utile : {} ; reformulation : {}",
                                        question ? "oui" : "non", reformulation ? "oui" : "non");
                return t;
            });
    }
    // B4.5.4: active listening.
    const MeetingRule rule{
        "ecoute_acquis",
        "ecoute_partiel",
        false,
        "Choix à l'écoute de l'entreprise",
        "",
        "Règle : part des choix (questions et arguments) à l'écoute de l'entreprise ; ne le sont "
        "pas un choix hors sujet pour elle, un choix répété, une question sur ce qu'elle a déjà "
        "dit, une réponse à une objection qu'elle n'a pas (répondre d'avance à une objection "
        "qu'elle a sans l'avoir encore dite est à son écoute)."};
    return judgeMeetings(
        context, thresholds, criterion, indicator, rule, [](const JudgedMeeting& m) {
            MeetingTally t;
            for (const auto& s : m.steps) {
                if (!s.entry) continue;
                t.of += 1;
                const bool known = s.entry->reveals != "aucun" && s.effect.relevant &&
                                   !s.effect.repeated && s.effect.revealed.empty();
                // Answering an objection the company holds before it voices it is listening.
                if ((s.effect.relevant && !s.effect.repeated && !known) || s.answersHeld()) {
                    t.met += 1;
                    continue;
                }
                const auto why = s.effect.repeated ? "choix répété"
                                 : known           ? "déjà dit par l'entreprise"
                                                   : "hors sujet pour l'entreprise";
                t.steps.push_back(m.evidence(s, fmt::format("Écoute : {}", why)));
            }
            t.summary = fmt::format("{} choix à l'écoute sur {}", t.met, t.of);
            return t;
        });
}

const AssessorRegistration registration{{"rdv.decouverte",
                                         {"besoins_acquis", "besoins_partiel", "part_acquis",
                                          "part_partiel", "ecoute_acquis", "ecoute_partiel"},
                                         assessDiscovery}};

}  // namespace

}  // namespace cmcsim::assess
