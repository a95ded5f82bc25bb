#include "cmcsim/report/MeetingDocument.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/market/BreakdownTally.h"
#include "cmcsim/meeting/MeetingDebrief.h"
#include "cmcsim/meeting/MeetingFacts.h"
#include "cmcsim/needs/CompanyNeeds.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace {
std::string trustMove(const MeetingTurn& t) {
    return fmt::format("{} → {}", frenchNumber(t.trustBefore, 0), frenchNumber(t.trustAfter, 0));
}

Tone outcomeTone(MeetingOutcome o) {
    return o == MeetingOutcome::Signed     ? Tone::Good
           : o == MeetingOutcome::NextStep ? Tone::Caution
           : o == MeetingOutcome::Lost     ? Tone::Bad
                                           : Tone::Normal;
}

Document frame(const MeetingTranscript& t, const MeetingRecord& record, const std::string& name,
               const std::string& what) {
    Document d;
    d.title = fmt::format("{} — rendez-vous n° {}", what, record.id);
    // The studio's and the PDF's renderings show no title of their own: the banner carries it.
    d.banner.push_back(RichTextBuilder().bold(d.title));
    d.banner.push_back(RichTextBuilder().bold(name).text(fmt::format(
        " (SIRET {}) — {} (semaine {})", record.siret, record.date.french(), record.week)));
    KeyValueList summary;
    if (!record.subject.empty())
        summary.rows.push_back({"Objet", RichTextBuilder().text(record.subject)});
    summary.rows.push_back({"Phase", RichTextBuilder().text(meetingPhaseLabel(t.phase))});
    summary.rows.push_back(
        {"Issue", RichTextBuilder().bold(meetingOutcomeLabel(t.outcome), outcomeTone(t.outcome))});
    if (!t.closure.empty()) summary.rows.push_back({"Clôture", RichTextBuilder().text(t.closure)});
    summary.rows.push_back(
        {"Confiance", RichTextBuilder().text(frenchNumber(t.trust, 0) + " sur 100")});
    summary.rows.push_back(
        {"Durée", RichTextBuilder().text(frenchCount(t.minutes, "minute", "minutes"))});
    d.sections.push_back(
        {"Synthèse", 2, Tone::Normal, false, DocumentSection::Column::Full, {std::move(summary)}});
    return d;
}

// The alternatives of turn `i` under `heading`, by their French wording (no bank id: a debrief
// is read, not typed from), nothing when there are none.
void addAlternatives(DocumentSection& s, const char* heading,
                     const std::vector<std::vector<MeetingAlternative>>& perTurn, std::size_t i) {
    if (i >= perTurn.size() || perTurn[i].empty()) return;
    BulletList list{"→", Tone::Accent, {}};
    for (const auto& a : perTurn[i])
        list.items.push_back(
            RichTextBuilder()
                .text(a.wording + " ")
                .reference(fmt::format("({} ; effet {:+.0f} avant l'aléa)", a.criterion, a.delta)));
    s.blocks.push_back(Paragraph{RichTextBuilder().text(heading), false});
    s.blocks.push_back(std::move(list));
}

// What became of a decision maker's objection in the meeting, for the evaluator: " (non
// exprimée)" when the company never voiced it, else whether it was answered well.
std::string objectionStatus(const MeetingTranscript& t, const std::string& code) {
    const bool voiced = std::find(t.raisedObjections.begin(), t.raisedObjections.end(), code) !=
                        t.raisedObjections.end();
    return !voiced                                ? " (non exprimée)"
           : t.answeredObjections.contains(code)  ? " (exprimée, traitée)"
           : t.addressedObjections.contains(code) ? " (exprimée, mal traitée)"
                                                  : " (exprimée, sans réponse)";
}

void addKnown(Document& d, const MeetingTranscript& t) {
    BulletList known;
    for (const auto& [code, statement] : t.known)
        known.items.push_back(RichTextBuilder().text(statement));
    if (known.items.empty())
        known.items.push_back(RichTextBuilder().text("Rien encore", Tone::Muted));
    d.sections.push_back({"Ce que l'entreprise a révélé",
                          2,
                          Tone::Normal,
                          false,
                          DocumentSection::Column::Full,
                          {std::move(known)}});
}

void addOutcome(Document& d, const MeetingTranscript& t) {
    if (t.outcome == MeetingOutcome::Open) return;
    DocumentSection s{"Issue du rendez-vous",        2, outcomeTone(t.outcome), false,
                      DocumentSection::Column::Full, {}};
    s.blocks.push_back(Paragraph{
        RichTextBuilder().bold(meetingOutcomeLabel(t.outcome), outcomeTone(t.outcome)), true});
    if (!t.reasons.empty()) {
        BulletList reasons{"✘", Tone::Bad, {}};
        for (const auto& r : t.reasons) reasons.items.push_back(RichTextBuilder().text(r));
        s.blocks.push_back(std::move(reasons));
    }
    if (t.offer)
        s.blocks.push_back(KeyValueList{
            {{"Offre présentée",
              RichTextBuilder().text(
                  fmt::format("version {}, niveau {} ; part employeur {} € par salarié et "
                              "par mois ; cotisations {} € par an ; effet au {}",
                              t.offer->version, coverageLevelLabel(t.offer->level),
                              frenchNumber(t.offer->employerMonthly, 2),
                              frenchNumber(t.offer->annualPremium, 0),
                              t.offer->effective.french()) +
                  (t.offer->discountPct > 0
                       ? fmt::format(" ; remise négociée de {} % (cotisations avant remise {} €)",
                                     frenchShort(t.offer->discountPct, 1),
                                     frenchNumber(t.offer->listAnnualPremium, 0))
                       : std::string()))}}});
    d.sections.push_back(std::move(s));
}
}  // namespace

Document MeetingDocument::transcript(const MeetingTranscript& t, const MeetingRecord& record,
                                     const std::string& name) {
    auto d = frame(t, record, name, "Compte rendu");
    DocumentSection turns{"Déroulé", 2, Tone::Normal, false, DocumentSection::Column::Full, {}};
    for (const auto& turn : t.turns) {
        auto text = RichTextBuilder()
                        .bold(fmt::format("{}. [{}] ", turn.step, meetingPhaseLabel(turn.phase)))
                        .text("Vous : " + turn.said);
        if (!turn.answer.empty()) text.text("\nEntreprise : ").italic(turn.answer);
        turns.blocks.push_back(Paragraph{text, false});
    }
    if (t.turns.empty())
        turns.blocks.push_back(
            Paragraph{RichTextBuilder().text("Aucun échange", Tone::Muted), false});
    d.sections.push_back(std::move(turns));
    addKnown(d, t);
    addOutcome(d, t);
    return d;
}

Document MeetingDocument::debrief(const MeetingDebrief& debrief, const MeetingRecord& record,
                                  const std::string& name, const ReferenceData& reference,
                                  const CompanyNeeds* needs) {
    const auto& t = debrief.transcript;
    auto d = frame(t, record, name, "Débriefing");
    for (std::size_t i = 0; i < t.turns.size(); ++i) {
        const auto& turn = t.turns[i];
        DocumentSection s{fmt::format("Étape {} — {}", turn.step, meetingPhaseLabel(turn.phase)),
                          3,
                          Tone::Normal,
                          false,
                          DocumentSection::Column::Full,
                          {}};
        s.blocks.push_back(Paragraph{RichTextBuilder().text("Vous : " + turn.said), false});
        if (!turn.answer.empty())
            s.blocks.push_back(
                Paragraph{RichTextBuilder().italic("Entreprise : " + turn.answer), false});
        KeyValueList facts;
        if (!turn.criterion.empty()) {
            const auto* indicator = reference.framework.indicator(turn.criterion);
            facts.rows.push_back({"Critère", RichTextBuilder()
                                                 .bold(turn.criterion)
                                                 .text(indicator ? " " + indicator->wording : "")});
        }
        std::string revealed;
        for (const auto& r : turn.revealed)
            revealed += (revealed.empty() ? "" : " ; ") + t.known.at(r);
        facts.rows.push_back(
            {"Révélé", RichTextBuilder().text(revealed.empty() ? "rien" : revealed)});
        std::string effects;
        for (const auto& e : turn.effects) effects += (effects.empty() ? " : " : " ; ") + e;
        // The move as shown (whole points) against the effects' points: the rest is the
        // company's keyed noise (± bruit_confiance) and the diminishing returns.
        const auto shown = std::round(turn.trustAfter) - std::round(turn.trustBefore);
        if (const auto rest = shown - std::round(turn.nominal); rest != 0 && !turn.effects.empty())
            effects +=
                fmt::format(" ; {} : {:+.0f}",
                            turn.diminished ? "aléa et rendement décroissant" : "aléa", rest);
        const auto tone = turn.trustAfter > turn.trustBefore + 1e-9   ? Tone::Good
                          : turn.trustAfter < turn.trustBefore - 1e-9 ? Tone::Bad
                                                                      : Tone::Normal;
        facts.rows.push_back(
            {"Confiance", RichTextBuilder().bold(trustMove(turn), tone).text(effects)});
        facts.rows.push_back(
            {"Durée", RichTextBuilder().text(frenchCount(turn.minutes, "minute", "minutes"))});
        s.blocks.push_back(std::move(facts));
        if (!turn.flags.empty()) {
            BulletList flags{"!", Tone::Bad, {}};
            for (const auto& f : turn.flags) flags.items.push_back(RichTextBuilder().text(f));
            s.blocks.push_back(std::move(flags));
        }
        addAlternatives(s, "Meilleurs choix disponibles :", debrief.better, i);
        addAlternatives(s, "Autres choix aussi pertinents :", debrief.asGood, i);
        d.sections.push_back(std::move(s));
    }
    Table checklist{
        {"Obligation", "Étape", "Avant la conclusion", "Source"}, {}, {false, true, false, false}};
    for (const auto& c : debrief.checklist)
        checklist.rows.push_back(
            {{RichTextBuilder().text(c.label), ""},
             {RichTextBuilder().text(c.step ? std::to_string(c.step) : "—"), ""},
             {RichTextBuilder().text(c.step == 0          ? "✘ non faite"
                                     : c.beforeConclusion ? "✔ oui"
                                                          : "✘ après",
                                     c.step && c.beforeConclusion ? Tone::Good : Tone::Bad),
              ""},
             {RichTextBuilder().reference(c.reference), ""}});
    d.sections.push_back({"Obligations de la DDA, dans l'ordre",
                          2,
                          Tone::Normal,
                          false,
                          DocumentSection::Column::Full,
                          {std::move(checklist)}});
    addKnown(d, t);
    addOutcome(d, t);
    if (needs) {
        KeyValueList truth;
        std::string makers;
        for (const auto& m : needs->decisionMakers) {
            std::string objections;
            for (const auto& o : m.objections)
                objections += (objections.empty() ? "" : ", ") + MeetingFacts::codeLabel(o) +
                              objectionStatus(t, o);
            makers += fmt::format("{}{} ({:.0f} %{}{})", makers.empty() ? "" : " ; ",
                                  MeetingFacts::roleLabel(m.role), m.influence * 100,
                                  objections.empty() ? "" : ", objections : ", objections);
        }
        truth.rows.push_back({"Décideurs", RichTextBuilder().text(makers)});
        truth.rows.push_back(
            {"Budget", RichTextBuilder().text(frenchNumber(needs->budgetEurPerEmployeeMonth, 2) +
                                              " € par salarié et par mois")});
        truth.rows.push_back(
            {"Niveau souhaité", RichTextBuilder().text(coverageLevelLabel(needs->wantedLevel))});
        truth.rows.push_back({"Sensibilité au prix",
                              RichTextBuilder().text(frenchNumber(needs->priceSensitivity, 2))});
        truth.rows.push_back({"Prévoyance souhaitée",
                              RichTextBuilder().text(needs->providentWanted ? "oui" : "non")});
        d.sections.push_back({"Besoins réels (vue évaluateur)",
                              2,
                              Tone::Accent,
                              false,
                              DocumentSection::Column::Full,
                              {std::move(truth)}});
    }
    d.footer = "cmcsim — débriefing de rendez-vous";
    return d;
}

}  // namespace cmcsim
