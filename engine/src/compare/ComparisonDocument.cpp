#include "cmcsim/compare/ComparisonDocument.h"

#include <fmt/format.h>

#include "cmcsim/compare/ComparisonTables.h"
#include "cmcsim/report/GridDocument.h"
#include "cmcsim/report/TablesXlsx.h"

namespace cmcsim {

namespace {

// "A 100", "P 55", "N 0", "—".
std::string shortVerdict(const IndicatorResult& r) {
    switch (r.verdict) {
        case Verdict::Acquis:
            return fmt::format("A {}", r.score);
        case Verdict::PartiellementAcquis:
            return fmt::format("P {}", r.score);
        case Verdict::NonAcquis:
            return fmt::format("N {}", r.score);
        case Verdict::AApprecier:
            break;
    }
    return "—";
}

DocumentSection verdictSection(const AttemptComparison& c) {
    DocumentSection s;
    s.heading = "Verdicts par critère";
    Table table;
    table.header.push_back("Candidat");
    for (const auto& col : c.criteria) table.header.push_back(col.id);
    table.rightAligned.assign(table.header.size(), true);
    table.rightAligned.front() = false;
    for (const auto& a : c.attempts) {
        std::vector<TableCell> row{{RichTextBuilder().text(a.name()), {}}};
        for (const auto& r : a.criteria)
            row.push_back(
                {RichTextBuilder().bold(shortVerdict(r), GridDocument::verdictTone(r.verdict)),
                 {}});
        table.rows.push_back(std::move(row));
    }
    s.blocks.emplace_back(Paragraph{
        RichTextBuilder().text(
            "A : acquis, P : partiellement acquis, N : non acquis, suivis du score sur 100 ; — : à "
            "apprécier par l'évaluateur. Un critère prend le verdict le plus faible de ses "
            "indicateurs évalués et le score le plus bas de ce verdict ; le détail par indicateur "
            "est dans le classeur (--xlsx) et dans cmcsim assess."),
        false});
    s.blocks.emplace_back(std::move(table));
    RichTextBuilder legend;
    for (const auto& col : c.criteria) legend.text(col.id + " : " + col.label + "\n");
    s.blocks.emplace_back(Paragraph{legend, false});
    return s;
}

// The section of `t` on a new page, after `intro` when given.
DocumentSection tableSection(const DashboardTable& t, const std::string& intro = {}) {
    DocumentSection s;
    s.heading = t.title;
    s.newPage = true;
    if (!intro.empty()) s.blocks.emplace_back(Paragraph{RichTextBuilder().text(intro), false});
    if (t.rows.empty())
        s.blocks.emplace_back(Paragraph{RichTextBuilder().italic("Aucune.", Tone::Muted), false});
    else
        s.blocks.emplace_back(DashboardTables::document(t));
    return s;
}

// The columns `from`..`to` (included) of `t` after its first (the candidate).
DashboardTable columns(const DashboardTable& t, std::size_t from, std::size_t to) {
    DashboardTable part{t.title, t.sheet, {t.header.front()}, {t.widths.front()}, {}};
    part.header.insert(part.header.end(), t.header.begin() + static_cast<std::ptrdiff_t>(from),
                       t.header.begin() + static_cast<std::ptrdiff_t>(to) + 1);
    for (const auto& row : t.rows) {
        std::vector<DashboardCell> cells{row.front()};
        cells.insert(cells.end(), row.begin() + static_cast<std::ptrdiff_t>(from),
                     row.begin() + static_cast<std::ptrdiff_t>(to) + 1);
        part.rows.push_back(std::move(cells));
    }
    return part;
}

// The key figures in two tables, the analysis (targets, flags) then the offers and the plan: in
// one, eleven columns on a portrait page cut their headers in the middle of a word.
DocumentSection figuresSection(const AttemptComparison& c) {
    const auto figures = ComparisonTables::figures(c);
    auto s = tableSection(columns(figures, 1, 4));
    if (!c.attempts.empty())
        s.blocks.emplace_back(DashboardTables::document(columns(figures, 5, 10)));
    return s;
}

}  // namespace

Document ComparisonDocument::build(const AttemptComparison& c) {
    Document doc;
    const auto summary = ComparisonTables::summary(c);
    doc.title = "Comparaison des épreuves — " + c.scenarioTitle;
    doc.banner = {RichTextBuilder().bold(summary[0]), RichTextBuilder().text(summary[1]),
                  RichTextBuilder().text(summary[2])};
    doc.footer = "Comparaison des épreuves — " + c.scenarioTitle;
    doc.sections.push_back(verdictSection(c));
    doc.sections.push_back(figuresSection(c));
    doc.sections.push_back(tableSection(
        ComparisonTables::distributions(c),
        summary[3] + " Les scores des critères sont sur 100 ; une épreuve sans objet pour une "
                     "série n'y compte pas."));
    doc.sections.push_back(tableSection(ComparisonTables::verdictCounts(c)));
    DocumentSection warned;
    warned.heading = "Fin des journaux et avertissements";
    warned.newPage = true;
    warned.blocks.emplace_back(Paragraph{RichTextBuilder().text(summary[5]), false});
    BulletList ends{"•", Tone::Normal, {}};
    for (const auto& a : c.attempts) {
        RichTextBuilder item;
        item.bold(a.name()).text(" : " + a.endText());
        if (!a.receipt.empty()) item.text(" (reçu " + a.receipt + ")");
        for (const auto& w : a.warnings) item.text(" ; ").bold("! " + w, Tone::Caution);
        ends.items.push_back(std::move(item));
    }
    warned.blocks.emplace_back(std::move(ends));
    doc.sections.push_back(std::move(warned));
    DocumentSection apart;
    apart.heading = "Épreuves écartées";
    apart.newPage = true;
    if (c.setApart.empty()) {
        apart.blocks.emplace_back(Paragraph{
            RichTextBuilder().italic("Aucune : toutes les épreuves sont comparées.", Tone::Muted),
            false});
    } else {
        BulletList list{"!", Tone::Caution, {}};
        for (const auto& s : c.setApart)
            list.items.push_back(RichTextBuilder()
                                     .bold(s.file.filename().string())
                                     .text(s.candidate.empty() ? "" : " (" + s.candidate + ")")
                                     .text(" : " + s.reason));
        apart.blocks.emplace_back(std::move(list));
    }
    doc.sections.push_back(std::move(apart));
    doc.closingNote =
        "Pré-évaluation automatique : chaque verdict se lit avec son explication et ses preuves "
        "(cmcsim assess FICHIER.cmc) ; l'évaluateur reste juge.";
    return doc;
}

void ComparisonDocument::writeXlsx(const AttemptComparison& c, const std::filesystem::path& file) {
    TablesXlsx::write(ComparisonTables::summary(c), ComparisonTables::all(c), file);
}

}  // namespace cmcsim
