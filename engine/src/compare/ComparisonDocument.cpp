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

}  // namespace

Document ComparisonDocument::build(const AttemptComparison& c) {
    Document doc;
    const auto summary = ComparisonTables::summary(c);
    doc.title = "Comparaison des épreuves — " + c.scenarioTitle;
    doc.banner = {RichTextBuilder().bold(summary[0]), RichTextBuilder().text(summary[1]),
                  RichTextBuilder().text(summary[2])};
    doc.footer = "Comparaison des épreuves — " + c.scenarioTitle;
    doc.sections.push_back(verdictSection(c));
    doc.sections.push_back(tableSection(ComparisonTables::figures(c)));
    doc.sections.push_back(tableSection(
        ComparisonTables::distributions(c),
        summary[3] + " Les scores des critères sont sur 100 ; une épreuve sans objet pour une "
                     "série n'y compte pas."));
    doc.sections.push_back(tableSection(ComparisonTables::verdictCounts(c)));
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
