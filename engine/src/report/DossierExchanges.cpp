// The dossier's parts on the candidate's exchanges with companies: the responses to calls for
// tender (part 5) and the client meetings with the documents handed over (part 6).
#include <fmt/format.h>

#include <optional>

#include "DossierParts.h"
#include "cmcsim/attempt/Attempt.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/meeting/MeetingView.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/reference/TenderReference.h"
#include "cmcsim/report/MeetingDocument.h"
#include "cmcsim/report/ProposalDocument.h"
#include "cmcsim/report/TenderDocument.h"
#include "cmcsim/tender/TenderDesk.h"

namespace cmcsim::dossier {

namespace {

TableCell cell(std::string text) {
    return TableCell{RichTextBuilder().text(std::move(text)), {}};
}

// The candidate's response to one call for tender: where it stands, the questions asked with
// the company's answers, the answers to the specifications' questions, the documents provided.
void response(Document& dossier, const TenderDesk& desk, const TenderStatus& status) {
    const auto& tender = *status.tender;
    const auto& r = *status.response;
    auto head = section(fmt::format("Appel d'offres {} — {}", tender.id, status.company), 2,
                        dossier.sections.back().level > 1);
    KeyValueList facts;
    const auto fact = [&facts](std::string label, std::string value) {
        facts.rows.emplace_back(std::move(label), RichTextBuilder().text(std::move(value)));
    };
    fact("Objet", "couverture " + tender.productsLabel() + ", niveau " +
                      std::to_string(tender.level) + ", structure " + tender.structureLabel());
    fact("Calendrier", fmt::format("questions jusqu'au {} ; dépôt jusqu'au {} ; attribution en "
                                   "semaine {}",
                                   desk.weekEnd(tender.questionWeek).french(),
                                   desk.weekEnd(tender.submissionWeek).french(), tender.awardWeek));
    fact("État", status.stage);
    fact("Offre de la réponse",
         r.draft ? fmt::format("version {}", r.draft->offerVersion) : "aucune réponse préparée");
    facts.rows.emplace_back(
        "Dépôt", r.submittedBy
                     ? RichTextBuilder().bold(fmt::format("déposée en semaine {}", r.submittedWeek),
                                              Tone::Good)
                     : RichTextBuilder().bold("non déposée", Tone::Bad));
    head.blocks.emplace_back(std::move(facts));
    dossier.sections.push_back(std::move(head));

    const auto asked = desk.questions(tender.id);
    if (!asked.empty()) {
        auto questions = section("Questions posées à l'entreprise", 3);
        for (const auto& [q, answer] : asked)
            questions.blocks.emplace_back(Paragraph{RichTextBuilder()
                                                        .bold(fmt::format("Semaine {} — ", q.week))
                                                        .text(q.text)
                                                        .text("\nRéponse : ")
                                                        .italic(answer),
                                                    false});
        dossier.sections.push_back(std::move(questions));
    }
    if (!r.draft) return;
    const auto& reference = TenderReference::installed();
    auto answers = section("Réponses au cahier des charges", 3);
    Table table;
    table.header = {"Question", "Réponse du candidat"};
    for (const auto& id : tender.questions) {
        const auto* q = reference.question(id);
        const auto found = r.draft->answers.find(id);
        table.rows.push_back(
            {cell(q ? q->text : id),
             found == r.draft->answers.end() || found->second.empty()
                 ? TableCell{RichTextBuilder().italic("sans réponse", Tone::Bad), {}}
                 : cell(found->second)});
    }
    answers.blocks.emplace_back(std::move(table));
    BulletList documents{"✔", Tone::Good, {}};
    for (const auto& id : r.draft->documents) {
        const auto* d = reference.document(id);
        documents.items.push_back(RichTextBuilder().text(d ? d->label : id));
    }
    answers.blocks.emplace_back(Paragraph{RichTextBuilder().bold("Documents fournis :"), false});
    if (documents.items.empty())
        answers.blocks.emplace_back(nothing("Aucun document fourni."));
    else
        answers.blocks.emplace_back(std::move(documents));
    dossier.sections.push_back(std::move(answers));
}

}  // namespace

void tendersPart(Document& dossier, const Sources& sources) {
    dossier.sections.push_back(section("5. Les réponses aux appels d'offres", 1, true));
    const auto& attempt = sources.attempt;
    const TenderDesk desk(sources.reference, attempt.scenario(), attempt.market(), sources.state);
    bool any = false;
    for (const auto& status : desk.list()) {
        if (!status.response) continue;  // not read: nothing the candidate produced
        any = true;
        response(dossier, desk, status);
        if (const auto award = desk.award(status.tender->id)) {
            dossier.sections.push_back(section("Résultat de l'appel d'offres", 3));
            appendBelow(dossier,
                        TenderDocument::debrief(desk.truth(*status.tender), *award).sections);
        }
    }
    if (!any) {
        auto none = section("Appels d'offres", 2);
        none.blocks.emplace_back(nothing("Aucun appel d'offres traité."));
        dossier.sections.push_back(std::move(none));
    }
}

void meetingsPart(Document& dossier, const Sources& sources, const VersionStudies& studies) {
    dossier.sections.push_back(section("6. Les rendez-vous et les documents remis", 1, true));
    const auto& attempt = sources.attempt;
    const auto& meetings = sources.state.meetings().meetings();
    if (meetings.empty()) {
        auto none = section("Rendez-vous", 2);
        none.blocks.emplace_back(nothing("Aucun rendez-vous tenu."));
        dossier.sections.push_back(std::move(none));
        return;
    }
    std::vector<std::string> sirets;
    for (const auto& record : meetings) sirets.push_back(record.siret);
    const auto companies = MeetingView::companiesOf(attempt.market(), sirets);
    for (const auto& record : meetings) {
        const auto company = companies.find(record.siret);
        std::optional<MeetingView> meeting;
        if (company == companies.end())
            meeting.emplace(attempt.market(), sources.reference, attempt.scenario(), attempt.seed(),
                            sources.state, record.id);
        else
            meeting.emplace(attempt.market(), sources.reference, attempt.scenario(), attempt.seed(),
                            sources.state, record.id, company->second);
        const auto& view = *meeting;
        dossier.sections.push_back(section(fmt::format("Rendez-vous n° {} — {} ({})", record.id,
                                                       view.companyName(), record.date.french()),
                                           2, record.id > 1));
        appendBelow(
            dossier,
            MeetingDocument::transcript(view.transcript(), record, view.companyName()).sections);
        // Only the statement the company signed (the first it agreed to); drafts it refused are
        // not the client's needs and requirements.
        auto signedNeeds = section("Besoins et exigences écrits et signés", 3);
        const auto& transcript = view.transcript();
        std::int64_t signedEntry = 0;
        for (const auto& turn : transcript.turns)
            if (transcript.needsStep > 0 && turn.step == transcript.needsStep)
                signedEntry = turn.entry;
        for (const auto& act : record.acts)
            if (act.kind == MeetingAct::Kind::Needs && act.entry == signedEntry)
                signedNeeds.blocks.emplace_back(Paragraph{RichTextBuilder().text(act.needs), true});
        if (signedNeeds.blocks.empty())
            signedNeeds.blocks.emplace_back(
                nothing("Aucun recueil des besoins et exigences signé par l'entreprise pendant ce "
                        "rendez-vous."));
        dossier.sections.push_back(std::move(signedNeeds));
        for (const auto& act : record.acts) {
            if (act.kind != MeetingAct::Kind::Offer) continue;
            const auto found = studies.find({record.siret, act.version});
            auto delivered =
                section(fmt::format("Documents remis avec l'offre v{}", act.version), 3);
            if (found == studies.end() || !found->second.study) {
                delivered.blocks.emplace_back(
                    paragraph("Documents non reproduits : l'offre ne peut pas être chiffrée" +
                                  (found == studies.end() ? std::string()
                                                          : " (" + found->second.error + ")") +
                                  ".",
                              Tone::Bad));
                dossier.sections.push_back(std::move(delivered));
                continue;
            }
            dossier.sections.push_back(std::move(delivered));
            appendBelow(dossier, ProposalDocument::halves(sources.reference, *found->second.study,
                                                          sources.mutuelle, record.date.french())
                                     .delivered);
        }
    }
}

}  // namespace cmcsim::dossier
