#include "cmcsim/report/GridDocument.h"

#include <fmt/format.h>

#include "cmcsim/assess/Agreement.h"
#include "cmcsim/core/Date.h"
#include "cmcsim/core/FrenchFormat.h"

namespace cmcsim {

namespace {

TableCell text(std::string s) {
    return TableCell{RichTextBuilder().text(std::move(s)), {}};
}

TableCell verdictCell(std::optional<Verdict> v, bool marked = false) {
    if (!v) return TableCell{RichTextBuilder().text("—", Tone::Muted), {}};
    RichTextBuilder b;
    b.bold(std::string(verdictLabel(*v)), GridDocument::verdictTone(*v));
    if (marked) b.text(" ≠", Tone::Bad);
    return TableCell{b, {}};
}

std::string frenchDate(const std::string& iso) {
    const auto date = Date::parseIso(iso.substr(0, 10));
    return date ? date->french() : iso;
}

DocumentSection section(std::string heading, int level = 2, bool newPage = false) {
    DocumentSection s;
    s.heading = std::move(heading);
    s.level = level;
    s.newPage = newPage;
    return s;
}

std::string evaluatorText(const EvaluatorGrid& g) {
    if (g.name.empty()) return "non renseigné";
    return g.role.empty() ? g.name : g.name + " (" + g.role + ")";
}

void header(Document& doc, const Evaluation& e) {
    const auto& b = e.binding();
    auto s = section("Épreuve et évaluateurs");
    KeyValueList list;
    const auto line = [&list](std::string label, std::string value) {
        list.rows.emplace_back(std::move(label), RichTextBuilder().text(std::move(value)));
    };
    line("Candidat·e", b.candidate.empty() ? "non renseigné" : b.candidate);
    line("Scénario", b.scenarioName + " (" + b.scenarioId + ")");
    line("Épreuve remise le", frenchDate(b.sealedAt));
    line("Reçu de remise", b.receipt);
    line("Évaluateur 1", evaluatorText(e.evaluator(1)));
    line("Évaluateur 2", evaluatorText(e.evaluator(2)));
    s.blocks.emplace_back(std::move(list));
    s.blocks.emplace_back(Paragraph{
        RichTextBuilder().text(
            "Chaque évaluateur a rempli la grille indépendamment, à partir de la pré-évaluation "
            "automatique (en annexe) ; les verdicts ci-dessous sont ceux dont ils sont convenus "
            "ensemble."),
        false});
    doc.sections.push_back(std::move(s));
}

void bloc(Document& doc, const Evaluation& e, int number) {
    auto s = section(fmt::format("Bloc {}", number), 1, true);
    Table table;
    table.header = {"Critère", "Compétence et indicateurs", "Verdict convenu", "Commentaire"};
    for (const auto& c : e.criteria()) {
        if (c.bloc != number) continue;
        RichTextBuilder wording;
        wording.text(c.competence);
        for (const auto& i : c.indicators) wording.text("\n→ " + i.wording);
        const auto agreed = e.agreed().find(c.id);
        const bool has = agreed != e.agreed().end();
        table.rows.push_back(
            {TableCell{RichTextBuilder().bold(c.id).text("\n" + c.title), {}},
             TableCell{wording, {}},
             verdictCell(has ? std::optional<Verdict>(agreed->second.verdict) : std::nullopt),
             text(has ? agreed->second.comment : "")});
    }
    s.blocks.emplace_back(std::move(table));
    const auto comment = e.blocComments().find(number);
    s.blocks.emplace_back(
        Paragraph{RichTextBuilder()
                      .bold("Commentaires des évaluateurs : ")
                      .text(comment != e.blocComments().end() && !comment->second.empty()
                                ? comment->second
                                : std::string("aucun")),
                  true});
    doc.sections.push_back(std::move(s));
}

void agreement(Document& doc, const Evaluation& e) {
    const auto stats = AgreementStatistics::of(e);
    auto s = section("Accord des évaluateurs", 1, true);
    Table table;
    table.header = {"Critère", "Automatique", "Évaluateur 1", "Évaluateur 2", "Convenu"};
    for (const auto& a : stats.criteria) {
        const auto agreed = e.agreed().find(a.criterion);
        table.rows.push_back(
            {text(a.criterion), verdictCell(a.automatic), verdictCell(a.first, a.disagreement),
             verdictCell(a.second, a.disagreement),
             verdictCell(agreed != e.agreed().end() ? std::optional<Verdict>(agreed->second.verdict)
                                                    : std::nullopt)});
    }
    s.blocks.emplace_back(std::move(table));
    KeyValueList list;
    const auto kappa = [&list](std::string label, const Kappa& k) {
        list.rows.emplace_back(
            std::move(label),
            RichTextBuilder()
                .bold(kappaText(k))
                .text(
                    fmt::format(" ({} par les deux, {})",
                                frenchCount(k.items, "critère jugé", "critères jugés"),
                                frenchCount(k.same, "verdict identique", "verdicts identiques"))));
    };
    list.rows.emplace_back("Désaccords",
                           RichTextBuilder().bold(fmt::format(
                               "{} sur {} par les deux", stats.disagreements,
                               frenchCount(stats.judgedByBoth, "critère jugé", "critères jugés"))));
    kappa("Kappa de Cohen, évaluateur 1 / évaluateur 2", stats.evaluators);
    kappa("Kappa de Cohen, évaluateur 1 / automatique", stats.firstVsAutomatic);
    kappa("Kappa de Cohen, évaluateur 2 / automatique", stats.secondVsAutomatic);
    s.blocks.emplace_back(std::move(list));
    s.blocks.emplace_back(Paragraph{
        RichTextBuilder().reference(
            "≠ : les deux évaluateurs ont donné des verdicts différents. Le kappa ne compte que "
            "les critères que les deux ont jugés acquis, partiellement acquis ou non acquis."),
        false});
    doc.sections.push_back(std::move(s));
}

void signatures(Document& doc, const Evaluation& e) {
    auto s = section("Signatures");
    Table table;
    table.header = {"Évaluateur", "Nom", "Rôle", "Signé le"};
    for (int n = 1; n <= 2; ++n) {
        const Signature* signature = nullptr;
        for (const auto& sig : e.signatures())
            if (sig.evaluator == n) signature = &sig;
        const auto& g = e.evaluator(n);
        table.rows.push_back({text(std::to_string(n)), text(g.name), text(g.role),
                              signature
                                  ? text(frenchDate(signature->date))
                                  : TableCell{RichTextBuilder().text("non signé", Tone::Bad), {}}});
    }
    s.blocks.emplace_back(std::move(table));
    if (e.signedByAny())
        s.blocks.emplace_back(Paragraph{
            RichTextBuilder()
                .text("Code de la grille signée : ")
                .bold(e.code())
                .text(" — cmcsim evaluation show le recalcule à partir du fichier d'évaluation",
                      Tone::Muted),
            false});
    doc.sections.push_back(std::move(s));
}

void annex(Document& doc, const Evaluation& e) {
    doc.sections.push_back(
        section("Annexe — pré-évaluation automatique à la remise de l'épreuve", 1, true));
    for (const auto& c : e.criteria()) {
        const auto automatic = automaticVerdict(e.preAssessment(), c.id);
        auto s = section(fmt::format("{} — {} : {}", c.id, c.title, verdictLabel(automatic)), 3);
        s.tone = GridDocument::verdictTone(automatic);
        for (const auto& r : e.preAssessment()) {
            if (r.criterion != c.id) continue;
            std::string wording = r.indicator;
            for (const auto& i : c.indicators)
                if (i.id == r.indicator) wording += " " + i.wording;
            s.blocks.emplace_back(Paragraph{RichTextBuilder()
                                                .bold(wording + " : ")
                                                .bold(std::string(verdictLabel(r.verdict)),
                                                      GridDocument::verdictTone(r.verdict))
                                                .text(r.verdict == Verdict::AApprecier
                                                          ? std::string()
                                                          : fmt::format(" (score {}/100)", r.score))
                                                .text("\n" + r.explanation),
                                            false});
            if (r.evidence.empty()) continue;
            BulletList evidence;
            for (const auto& ev : r.evidence) {
                RichTextBuilder item;
                if (ev.entry > 0) item.text(fmt::format("entrée n° {} — ", ev.entry));
                item.text(ev.label);
                if (!ev.value.empty()) item.text(" : ").bold(ev.value);
                evidence.items.push_back(item);
            }
            s.blocks.emplace_back(std::move(evidence));
        }
        doc.sections.push_back(std::move(s));
    }
}

}  // namespace

Document GridDocument::build(const Evaluation& e) {
    Document doc;
    const auto& b = e.binding();
    doc.title = "Grille d'évaluation — " + (b.candidate.empty() ? b.receipt : b.candidate);
    doc.banner = {RichTextBuilder().bold("Grille d'évaluation"),
                  RichTextBuilder().text("Conseiller·e mutualiste collectif — blocs " +
                                         [&] {
                                             std::string list;
                                             for (const int n : e.blocs())
                                                 list +=
                                                     (list.empty() ? "" : ", ") + std::to_string(n);
                                             return list;
                                         }()),
                  RichTextBuilder().text("Épreuve de reçu " + b.receipt)};
    doc.footer = "Grille d'évaluation — reçu " + b.receipt;
    if (!e.complete()) doc.watermark = kUnsignedMark;
    header(doc, e);
    signatures(doc, e);
    for (const int n : e.blocs()) bloc(doc, e, n);
    agreement(doc, e);
    annex(doc, e);
    doc.closingNote =
        "Grille établie avec cmcsim ; la pré-évaluation automatique aide les "
        "évaluateurs, elle ne remplace pas leur jugement.";
    return doc;
}

Tone GridDocument::verdictTone(Verdict v) {
    switch (v) {
        case Verdict::Acquis:
            return Tone::Good;
        case Verdict::PartiellementAcquis:
            return Tone::Caution;
        case Verdict::NonAcquis:
            return Tone::Bad;
        case Verdict::AApprecier:
            return Tone::Muted;
    }
    return Tone::Normal;
}

}  // namespace cmcsim
