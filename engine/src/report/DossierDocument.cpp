#include "cmcsim/report/DossierDocument.h"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

#include "DossierParts.h"
#include "cmcsim/attempt/Attempt.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/report/DashboardDocument.h"
#include "cmcsim/sim/Campaign.h"
#include "cmcsim/sim/Dashboard.h"

namespace cmcsim {

using namespace dossier;

namespace {

std::string euros(double value) {
    return frenchNumber(value, 0) + " €";
}
std::string count(std::size_t n, const char* one, const char* many) {
    return frenchCount(static_cast<double>(n), one, many);
}
TableCell cell(std::string text) {
    return TableCell{RichTextBuilder().text(std::move(text)), {}};
}
void row(KeyValueList& list, std::string label, RichText value) {
    list.rows.emplace_back(std::move(label), std::move(value));
}
void row(KeyValueList& list, std::string label, std::string value) {
    row(list, std::move(label), RichTextBuilder().text(std::move(value)));
}

std::string candidateOf(const Attempt& attempt) {
    const auto found = attempt.info().find("candidat");
    return found == attempt.info().end() ? std::string() : found->second;
}

void cover(Document& doc, const Sources& s) {
    const auto& scenario = s.attempt.scenario();
    const auto candidate = candidateOf(s.attempt);
    doc.title = "Dossier de l'épreuve — " + (candidate.empty() ? scenario.title : candidate);
    doc.banner = {RichTextBuilder().bold("Dossier de l'épreuve"),
                  RichTextBuilder().text("Titre Conseiller·e mutualiste collectif — blocs 2 à 4"),
                  RichTextBuilder().text(candidate.empty() ? "Candidat non renseigné" : candidate),
                  RichTextBuilder().text(scenario.title + " — " + s.mutuelle)};
    doc.footer = "Dossier de " + (candidate.empty() ? std::string("l'épreuve") : candidate) +
                 " — " + scenario.title;
    auto about = section("L'épreuve", 2);
    KeyValueList list;
    row(list, "Candidat", candidate.empty() ? "non renseigné" : candidate);
    row(list, "Scénario", scenario.title);
    row(list, "Mutuelle", s.mutuelle);
    row(list, "Début de l'épreuve (date simulée)", scenario.startDate.french());
    row(list, "Date simulée du dossier", s.date);
    row(list, "Semaines jouées",
        fmt::format("{} sur {}", s.state.weekRuns().size(), scenario.durationWeeks));
    const auto& journal = s.attempt.journal();
    if (s.state.sealed() && !journal.empty()) {
        row(list, "Remise",
            "épreuve remise le " + journal.back().simulatedDate.french() + " (date simulée)");
        // A row of its own: the code alone in its cell never wraps at one of its hyphens.
        row(list, "Récépissé de remise",
            RichTextBuilder().bold(Journal::receiptCode(journal.back().hash)));
    } else {
        row(list, "Remise",
            RichTextBuilder().text(
                "épreuve non remise : ce dossier peut encore changer (Fichier ▸ Remettre "
                "l'épreuve)",
                Tone::Caution));
    }
    about.blocks.emplace_back(std::move(list));
    about.blocks.emplace_back(Paragraph{
        RichTextBuilder().text(
            "Ce dossier rassemble ce que le candidat a produit pendant l'épreuve, dans l'ordre "
            "de lecture du jury : l'analyse et la note de synthèse, les cibles, le plan d'actions "
            "et ses résultats, les offres et leurs simulations, les réponses aux appels d'offres, "
            "les rendez-vous et les documents remis aux entreprises.",
            Tone::Muted),
        false});
    doc.sections.push_back(std::move(about));
    auto contents = section("Sommaire", 2, true);
    contents.blocks.emplace_back(TableOfContents{2});
    doc.sections.push_back(std::move(contents));
}

// A version of the synthesis note as sections: its headings open sections, its sub-headings are
// bold lines, consecutive items one list; a reference shows the value the candidate inserted.
void note(Document& doc, const NoteVersion& version) {
    auto s = section("Note de synthèse", 2);
    s.blocks.emplace_back(paragraph(
        fmt::format("Version {} : {}, {}.", version.version,
                    count(version.note.wordCount(), "mot", "mots"),
                    count(version.note.references().size(), "chiffre sourcé", "chiffres sourcés")),
        Tone::Muted));
    const auto runs = [](const NoteBlock& block) {
        RichText text;
        for (const auto& span : block.spans)
            text.push_back(span.kind == NoteSpan::Kind::Reference
                               ? TextRun{span.text, true, false, false, Tone::Accent}
                               : TextRun{span.text, span.bold, span.italic, false, Tone::Normal});
        return text;
    };
    for (const auto& block : version.note.blocks) {
        switch (block.kind) {
            case NoteBlock::Kind::Heading1: {
                doc.sections.push_back(std::move(s));
                s = section({}, 3);
                for (const auto& span : block.spans) s.heading += span.text;
                break;
            }
            case NoteBlock::Kind::Heading2: {
                auto text = runs(block);
                for (auto& run : text) run.bold = true;
                s.blocks.emplace_back(Paragraph{std::move(text), false});
                break;
            }
            case NoteBlock::Kind::ListItem:
                if (s.blocks.empty() || !std::holds_alternative<BulletList>(s.blocks.back()))
                    s.blocks.emplace_back(BulletList{});
                std::get<BulletList>(s.blocks.back()).items.push_back(runs(block));
                break;
            case NoteBlock::Kind::Paragraph:
                s.blocks.emplace_back(Paragraph{runs(block), false});
                break;
        }
    }
    doc.sections.push_back(std::move(s));
}

void analysisPart(Document& doc, const Sources& s) {
    doc.sections.push_back(section("1. Analyse du marché et note de synthèse", 1, true));
    const auto& scenario = s.attempt.scenario();
    auto studies = section("Études de marché achetées", 2);
    Table bought;
    bought.header = {"Étude", "Coût", "Jours"};
    bought.rightAligned = {false, true, true};
    for (const auto& study : scenario.studies)
        if (s.state.studies().contains(study.id))
            bought.rows.push_back(
                {cell(study.title), cell(euros(study.costEur)), cell(frenchNumber(study.days, 1))});
    if (bought.rows.empty())
        studies.blocks.emplace_back(nothing("Aucune étude de marché achetée."));
    else
        studies.blocks.emplace_back(std::move(bought));
    doc.sections.push_back(std::move(studies));

    auto file = section("Fiabilisation du fichier de prospects", 2);
    std::size_t verified = 0, census = 0, annotated = 0;
    std::map<std::string, std::size_t> flags;
    for (const auto& [line, notes] : s.state.records()) {
        verified += notes.verifiedBy != 0;
        census += notes.censusBy != 0;
        annotated += !notes.notes.empty() || !notes.tags.empty();
        for (const auto& f : notes.flags) ++flags[f.kind];
    }
    KeyValueList work;
    row(work, "Lignes vérifiées", count(verified, "ligne", "lignes"));
    row(work, "États du personnel demandés", count(census, "demande", "demandes"));
    const std::pair<const char*, const char*> kinds[] = {{"doublon", "Doublons signalés"},
                                                         {"fermee", "Établissements fermés"},
                                                         {"donnee_erronee", "Données erronées"}};
    for (const auto& [kind, label] : kinds)
        row(work, label, count(flags[kind], "signalement", "signalements"));
    row(work, "Lignes annotées (notes, étiquettes)", count(annotated, "ligne", "lignes"));
    file.blocks.emplace_back(std::move(work));
    doc.sections.push_back(std::move(file));

    if (s.state.noteVersions().empty()) {
        auto none = section("Note de synthèse", 2);
        none.blocks.emplace_back(nothing("Aucune note de synthèse enregistrée."));
        doc.sections.push_back(std::move(none));
    } else {
        note(doc, s.state.noteVersions().back());
    }
}

void targetsPart(Document& doc, const Sources& s) {
    doc.sections.push_back(section("2. Les cibles", 1, true));
    const auto& segments = s.state.segments();
    const auto& plan = s.state.plan();
    auto list = section("Segments retenus", 2);
    if (segments.empty()) {
        list.blocks.emplace_back(nothing("Aucune cible enregistrée (aucun segment)."));
        doc.sections.push_back(std::move(list));
        return;
    }
    Table table;
    table.header = {"Segment",
                    "Établissements",
                    "Salariés",
                    "Primes annuelles potentielles",
                    "Conversion attendue",
                    "Priorité au plan"};
    table.rightAligned = {false, true, true, true, true, true};
    for (const auto& segment : segments) {
        const auto* target = plan.target(segment.id);
        table.rows.push_back({cell(segment.name),
                              cell(frenchNumber(static_cast<double>(segment.establishments), 0)),
                              cell(frenchNumber(static_cast<double>(segment.employees), 0)),
                              cell(euros(segment.premiumPotentialEur)),
                              cell(frenchNumber(100 * segment.expectedConversion, 1) + " %"),
                              cell(target ? std::to_string(target->priority) : "non ciblé")});
    }
    list.blocks.emplace_back(std::move(table));
    doc.sections.push_back(std::move(list));
    for (const auto& segment : segments) {
        auto qualified = section("Segment « " + segment.name + " »", 3);
        qualified.blocks.emplace_back(
            segment.qualification.empty()
                ? nothing("Qualification non rédigée.")
                : Paragraph{RichTextBuilder().text(segment.qualification), false});
        doc.sections.push_back(std::move(qualified));
    }
}

std::string actionTarget(const PlannedAction& a, const std::vector<Segment>& segments) {
    if (!a.segmentId.empty()) {
        const auto found = std::find_if(segments.begin(), segments.end(),
                                        [&](const Segment& s) { return s.id == a.segmentId; });
        return "segment « " + (found == segments.end() ? a.segmentId : found->name) + " »";
    }
    if (!a.sirets.empty())
        return count(a.sirets.size(), "établissement nommé", "établissements nommés");
    if (!a.prescriberKind.empty())
        return a.prescriberKind == "courtier" ? "courtiers" : "experts-comptables";
    return "—";
}

void planPart(Document& doc, const Sources& s) {
    doc.sections.push_back(section("3. Le plan d'actions et ses résultats", 1, true));
    const auto& plan = s.state.plan();
    auto planned = section("Le plan d'actions", 2);
    if (s.state.planVersions().empty()) {
        planned.blocks.emplace_back(nothing("Aucun plan d'actions enregistré."));
    } else {
        KeyValueList facts;
        row(facts, "Versions du plan", std::to_string(s.state.planVersions().size()));
        row(facts, "Capacité commerciale",
            frenchNumber(plan.weeklyCapacityHours, 1) + " h par semaine");
        row(facts, "Budget des actions déclaré", euros(plan.totalBudgetEur()));
        planned.blocks.emplace_back(std::move(facts));
        Table objectives;
        objectives.header = {"Période", "Nouveaux contrats", "Primes", "Appels par jour"};
        objectives.rightAligned = {false, true, true, true};
        for (const auto& o : plan.objectives)
            objectives.rows.push_back(
                {cell(o.week ? fmt::format("semaine {}", o.week) : fmt::format("mois {}", o.month)),
                 cell(std::to_string(o.newContracts)), cell(euros(o.premiumsEur)),
                 cell(o.dailyCalls ? std::to_string(o.dailyCalls) : "—")});
        if (objectives.rows.empty())
            planned.blocks.emplace_back(nothing("Aucun objectif fixé."));
        else
            planned.blocks.emplace_back(std::move(objectives));
        Table actions;
        actions.header = {"Action",        "Type",   "Cible",           "Semaines",
                          "Heures / sem.", "Budget", "Contacts / sem.", "Rendement attendu"};
        actions.rightAligned = {false, false, false, true, true, true, true, true};
        BulletList described;
        for (const auto& a : plan.actions) {
            actions.rows.push_back(
                {cell(a.id), cell(actionKindLabel(a.kind)),
                 cell(actionTarget(a, s.state.segments())),
                 cell(a.firstWeek == a.lastWeek ? std::to_string(a.firstWeek)
                                                : fmt::format("{} à {}", a.firstWeek, a.lastWeek)),
                 cell(frenchNumber(a.hoursPerWeek, 1)), cell(euros(a.budgetEur)),
                 cell(std::to_string(a.contactsPerWeek)),
                 cell(frenchNumber(100 * a.expectedYield, 1) + " %")});
            if (!a.description.empty())
                described.items.push_back(RichTextBuilder().bold(a.id + " : ").text(a.description));
        }
        if (actions.rows.empty()) {
            planned.blocks.emplace_back(nothing("Aucune action planifiée."));
        } else {
            planned.blocks.emplace_back(std::move(actions));
            if (!described.items.empty()) planned.blocks.emplace_back(std::move(described));
        }
    }
    doc.sections.push_back(std::move(planned));

    const auto& attempt = s.attempt;
    const auto campaign = Campaign::replay(attempt.scenario(), s.reference, attempt.market(),
                                           attempt.seed(), s.state);
    const auto dashboard = Dashboard::of(campaign, s.state);
    const DashboardSubject subject{candidateOf(attempt), attempt.scenario().title, s.mutuelle,
                                   s.date};
    doc.sections.push_back(section("Résultats : le tableau de pilotage", 2));
    appendBelow(doc, DashboardDocument::build(dashboard, subject).sections);
}

}  // namespace

Document DossierDocument::build(const ReferenceData& reference, const Attempt& attempt,
                                const AttemptState& state) {
    const Sources sources{reference, attempt, state, attempt.scenario().mutuelle.name,
                          state.simulatedDate().french()};
    Document doc;
    cover(doc, sources);
    analysisPart(doc, sources);
    targetsPart(doc, sources);
    planPart(doc, sources);
    const auto studies = studyVersions(sources);
    offersPart(doc, sources, studies);
    tendersPart(doc, sources);
    meetingsPart(doc, sources, studies);
    doc.closingNote =
        "Dossier d'entraînement établi avec cmcsim : le marché, les entreprises et les montants "
        "sont simulés.";
    return doc;
}

}  // namespace cmcsim
