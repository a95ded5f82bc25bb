// The note command: the candidate's synthesis note with each reference checked against the data
// now, the key figures the candidate may insert, and a new version of the note from a markup
// file (the journal command note.enregistrement), README.md "CLI".
#include <fmt/format.h>

#include <algorithm>

#include "CliContext.h"
#include "CliOutput.h"
#include "cmcsim/attempt/JournalText.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/OneLine.h"
#include "cmcsim/core/TextFile.h"
#include "cmcsim/core/Utf8.h"
#include "cmcsim/note/KeyFigures.h"
#include "cmcsim/note/NoteReferenceCheck.h"
#include "cmcsim/note/SynthesisNote.h"
#include "cmcsim/store/AttemptSession.h"

namespace cmcsim::cli {

namespace {

// The figures the candidate may insert now.
std::vector<KeyFigure> figuresOf(const AttemptSession& session, const ReferenceData& reference) {
    const auto& attempt = session.attempt();
    return KeyFigures::of(reference, attempt.scenario(), attempt.market(), attempt.seed(),
                          session.state());
}

// One block as text: its spans, each reference as [value] with a mark when the data changed.
std::string blockText(const NoteBlock& block, const std::vector<KeyFigure>& figures,
                      std::vector<std::string>& marks) {
    std::string text;
    for (const auto& span : block.spans) {
        if (span.kind == NoteSpan::Kind::Text) {
            text += span.bold     ? "**" + span.text + "**"
                    : span.italic ? "*" + span.text + "*"
                                  : span.text;
            continue;
        }
        text += "[" + span.text + "]";
        const auto status = KeyFigures::status(span, figures);
        if (status == ReferenceStatus::Same) continue;
        marks.push_back(
            status == ReferenceStatus::Changed
                ? fmt::format("« {} » ({}) vaut maintenant {}", span.text, span.figureId,
                              KeyFigures::find(figures, span.figureId)->shown())
                : fmt::format("« {} » ({}) : chiffre plus disponible", span.text, span.figureId));
        text += fmt::format("⚠{}", marks.size());
    }
    return oneLine(text);
}

void show(const AttemptSession& session, const ReferenceData& reference, const std::string& file) {
    const auto& versions = session.state().noteVersions();
    CliOutput::print("Épreuve : {}\n", file);
    if (versions.empty()) {
        CliOutput::print("Aucune note de synthèse (cmcsim note FICHIER set --from NOTE.md)\n");
        return;
    }
    const auto& last = versions.back();
    const auto figures = figuresOf(session, reference);
    CliOutput::print(
        "Note de synthèse, version {} (entrée {}) : {}, {}\n\n", last.version, last.entry,
        frenchCount(static_cast<double>(last.note.wordCount()), "mot", "mots"),
        frenchCount(static_cast<double>(last.note.references().size()), "référence", "références"));
    std::vector<std::string> marks;
    for (const auto& block : last.note.blocks) {
        const auto text = blockText(block, figures, marks);
        switch (block.kind) {
            case NoteBlock::Kind::Heading1:
                CliOutput::print("{}\n{}\n\n", text,
                                 std::string(std::min<std::size_t>(utf8::length(text), 60), '='));
                break;
            case NoteBlock::Kind::Heading2:
                CliOutput::print("{}\n\n", text);
                break;
            case NoteBlock::Kind::ListItem:
                CliOutput::print("  • {}\n", text);
                break;
            case NoteBlock::Kind::Paragraph:
                CliOutput::print("{}\n\n", text);
                break;
        }
    }
    CliOutput::print("\nRéférences changées depuis leur insertion : {}\n",
                     marks.empty() ? "aucune" : frenchNumber(static_cast<double>(marks.size()), 0));
    for (std::size_t i = 0; i < marks.size(); ++i) CliOutput::print("  ⚠{} {}\n", i + 1, marks[i]);
}

const char* blockKind(NoteBlock::Kind kind) {
    switch (kind) {
        case NoteBlock::Kind::Heading1:
            return "titre";
        case NoteBlock::Kind::Heading2:
            return "sous_titre";
        case NoteBlock::Kind::ListItem:
            return "puce";
        case NoteBlock::Kind::Paragraph:
            break;
    }
    return "paragraphe";
}

const char* statusCode(ReferenceStatus status) {
    return status == ReferenceStatus::Same      ? "identique"
           : status == ReferenceStatus::Changed ? "changee"
                                                : "indisponible";
}

// The note now as JSON: its blocks and spans, each reference with its value now and status.
void showJson(const AttemptSession& session, const ReferenceData& reference,
              const std::string& file) {
    const auto& versions = session.state().noteVersions();
    nlohmann::json out = {{"fichier", file}, {"note", nullptr}};
    if (versions.empty()) {
        CliOutput::json(out);
        return;
    }
    const auto& last = versions.back();
    const auto figures = figuresOf(session, reference);
    auto blocks = nlohmann::json::array();
    std::size_t changed = 0;
    for (const auto& block : last.note.blocks) {
        auto spans = nlohmann::json::array();
        for (const auto& span : block.spans) {
            nlohmann::json item = {
                {"texte", span.text}, {"gras", span.bold}, {"italique", span.italic}};
            if (span.kind == NoteSpan::Kind::Reference) {
                const auto status = KeyFigures::status(span, figures);
                const auto* figure = KeyFigures::find(figures, span.figureId);
                item["chiffre"] = span.figureId;
                item["etat"] = statusCode(status);
                item["valeur_actuelle"] = figure ? nlohmann::json(figure->shown()) : nullptr;
                if (status != ReferenceStatus::Same) ++changed;
            }
            spans.push_back(std::move(item));
        }
        blocks.push_back(
            {{"type", blockKind(block.kind)}, {"ligne", block.line}, {"segments", spans}});
    }
    out["note"] = {{"version", last.version},        {"entree", last.entry},
                   {"mots", last.note.wordCount()},  {"references", last.note.references().size()},
                   {"references_changees", changed}, {"blocs", blocks},
                   {"texte", last.note.toMarkup()}};
    CliOutput::json(out);
}

void listFigures(const AttemptSession& session, const ReferenceData& reference, bool json) {
    const auto figures = figuresOf(session, reference);
    if (json) {
        auto out = nlohmann::json::array();
        for (const auto& f : figures)
            out.push_back({{"id", f.id},
                           {"theme", f.theme},
                           {"libelle", f.label},
                           {"valeur", f.value},
                           {"unite", f.unit},
                           {"affiche", f.shown()},
                           {"source", f.source}});
        CliOutput::json(out);
        return;
    }
    std::string theme;
    for (const auto& f : figures) {
        if (f.theme != theme) CliOutput::print("{}{} :\n", theme.empty() ? "" : "\n", f.theme);
        theme = f.theme;
        CliOutput::print("  {} = {} — {} (source : {})\n", oneLine(f.id), f.shown(),
                         oneLine(f.label), oneLine(f.source));
    }
    if (figures.empty()) CliOutput::print("Aucun chiffre disponible\n");
}

}  // namespace

void addNoteCommand(CLI::App& app, CliContext& context) {
    auto* note = app.add_subcommand(
        "note", "La note de synthèse : la montrer, lister les chiffres insérables, l'enregistrer");
    note->require_subcommand(1);
    static std::string file;
    note->add_option("FILE", file, "Fichier d'épreuve (.cmc)")->required();

    auto* showCommand = note->add_subcommand(
        "show", "La note avec la valeur actuelle de chaque référence (⚠ quand elle a changé)");
    static bool showAsJson = false;
    showCommand->add_flag("--json", showAsJson, "Sortie JSON");
    showCommand->callback([&context] {
        AttemptSession session(file, context.reference(), {}, AttemptSession::Access::ReadOnly);
        if (showAsJson)
            showJson(session, context.reference(), file);
        else
            show(session, context.reference(), file);
    });

    auto* figures = note->add_subcommand(
        "figures", "Les chiffres que le candidat peut insérer maintenant : id, valeur, source");
    static bool json = false;
    figures->add_flag("--json", json, "Sortie JSON");
    figures->callback([&context] {
        AttemptSession session(file, context.reference(), {}, AttemptSession::Access::ReadOnly);
        listFigures(session, context.reference(), json);
    });

    auto* set = note->add_subcommand(
        "set", "Enregistre une nouvelle version de la note (commande note.enregistrement)");
    static std::string from;
    set->add_option("--from", from,
                    "Fichier de la note au format de docs/attempt-format.md (titres « # », listes "
                    "« - », **gras**, *italique*, {{chiffre:ID|VALEUR}})")
        ->required();
    set->callback([&context] {
        const auto text = TextFile::read(from, SynthesisNote::kMaxBytes);
        // Read first, so a markup error names the user's file and line, not the journal.
        const auto parsed = SynthesisNote::parse(text, from);
        AttemptSession session(file, context.reference());
        // Each reference must name a figure insertable now, with its value now.
        auto problems = NoteReferenceCheck::problems(
            parsed, figuresOf(session, context.reference()), session.state(), from);
        if (!problems.empty()) throw InputError(std::move(problems));
        session.execute(command::kSaveNote, {{"texte", text}});
        const auto& attempt = session.attempt();
        const auto& entry = attempt.journal().back();
        CliOutput::print(
            "Entrée {} enregistrée : {} — {}\n", entry.sequence, JournalText::kindName(entry.kind),
            JournalText::describe(entry, attempt.scenario(),
                                  *ProspectDirectory::over(attempt.market()), &attempt.journal()));
    });
}

}  // namespace cmcsim::cli
