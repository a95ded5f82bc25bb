#include "cmcsim/report/TenderDocument.h"

#include <fmt/format.h>

#include <utility>

#include "cmcsim/core/FrenchElision.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/reference/TenderReference.h"
#include "cmcsim/scenario/Scenario.h"
#include "cmcsim/tender/TenderAward.h"
#include "cmcsim/tender/TenderTruth.h"

namespace cmcsim {

namespace {

DocumentSection section(std::string heading, bool newPage = false) {
    DocumentSection s;
    s.heading = std::move(heading);
    s.newPage = newPage;
    return s;
}
TableCell cell(std::string text) {
    return TableCell{RichTextBuilder().text(std::move(text)), {}};
}
void row(KeyValueList& list, std::string label, std::string value) {
    list.rows.emplace_back(std::move(label), RichTextBuilder().text(std::move(value)));
}
// A table whose plain-text columns fit their widest cell (Table::fitColumns): the tender's labels
// come from datasets and may be long.
Table fitted() {
    Table table;
    table.fitColumns = true;
    return table;
}
std::string euros(double value) {
    return frenchNumber(value, 0) + " €";
}
std::string percent(double share) {
    return frenchNumber(100 * share, 1) + " %";
}
const char* levelLabel(int level) {
    static const char* labels[] = {"aucun", "1 — panier ANI", "2 — intermédiaire", "3 — confort",
                                   "4 — haut de gamme"};
    return labels[level >= 0 && level <= 4 ? level : 0];
}

// A loss history table: year, contributions, benefits, loss ratio.
Table lossTable(const std::vector<TenderLossYear>& years) {
    auto losses = fitted();
    losses.header = {"Année", "Cotisations", "Prestations", "Rapport S/P"};
    losses.rightAligned = {false, true, true, true};
    for (const auto& y : years)
        losses.rows.push_back({cell(std::to_string(y.year)), cell(euros(y.premium)),
                               cell(euros(y.benefits)), cell(percent(y.lossRatio()))});
    return losses;
}

// A section of the current guarantees: one row per guarantee with its cover.
void guarantees(Document& doc, std::string heading, std::vector<std::string> header,
                const std::vector<std::pair<std::string, std::string>>& rows) {
    auto g = section(std::move(heading));
    auto table = fitted();
    table.header = std::move(header);
    for (const auto& [guarantee, cover] : rows)
        table.rows.push_back({cell(guarantee), cell(cover)});
    g.blocks.emplace_back(std::move(table));
    doc.sections.push_back(std::move(g));
}

void census(Document& doc, const TenderTruth& t) {
    const auto& d = t.diagnosis;
    auto s = section("Données sur le personnel");
    KeyValueList list;
    row(list, "Effectif", frenchCount(d.employees, "salarié", "salariés"));
    row(list, "Femmes / hommes",
        frenchNumber(d.women, 0) + " / " + frenchNumber(d.employees - d.women, 0));
    row(list, "Cadres / non-cadres",
        frenchNumber(d.cadres, 0) + " / " + frenchNumber(d.employees - d.cadres, 0));
    row(list, "Âge moyen", frenchNumber(d.meanAge, 1) + " ans");
    row(list, "Masse salariale brute annuelle", euros(d.salaryMass));
    s.blocks.emplace_back(list);
    static const char* ages[] = {"16-24 ans", "25-34 ans", "35-44 ans",
                                 "45-54 ans", "55-64 ans", "65 ans et plus"};
    static const char* families[] = {"Isolés", "Couples sans enfant", "Parents isolés", "Familles"};
    auto table = fitted();
    table.header = {"Tranche d'âge", "Salariés", "Situation familiale", "Salariés"};
    table.rightAligned = {false, true, false, true};
    for (std::size_t i = 0; i < 6; ++i)
        table.rows.push_back({cell(ages[i]), cell(frenchNumber(d.byAge[i], 0)),
                              cell(i < 4 ? families[i] : ""),
                              cell(i < 4 ? frenchNumber(d.byFamily[i], 0) : "")});
    s.blocks.emplace_back(std::move(table));
    doc.sections.push_back(std::move(s));
}

// A current contract as the specifications give it (health or provident): its insurer, level
// and premium, its loss history, then its guarantee table; or that there is none.
struct CurrentCover {
    std::string heading, none, insurer, level;
    double monthlyPremium = 0;
    const std::vector<TenderLossYear>* losses = nullptr;
    std::string lossNote;  // what the losses are, before the source
    std::string source;
    std::string guaranteesHeading;
    std::vector<std::string> guaranteesHeader;
    const std::vector<std::pair<std::string, std::string>>* guarantees = nullptr;
};

void currentCover(Document& doc, const CurrentCover& c) {
    auto s = section(c.heading, true);
    if (c.insurer.empty()) {
        s.blocks.emplace_back(Paragraph{RichTextBuilder().text(c.none), false});
        doc.sections.push_back(std::move(s));
        return;
    }
    KeyValueList list;
    row(list, "Organisme actuel", c.insurer);
    row(list, "Niveau", c.level);
    row(list, "Cotisation moyenne", euros(c.monthlyPremium) + " par salarié et par mois");
    s.blocks.emplace_back(list);
    s.blocks.emplace_back(lossTable(*c.losses));
    s.blocks.emplace_back(Paragraph{RichTextBuilder().text(c.lossNote).reference(c.source), false});
    doc.sections.push_back(std::move(s));
    guarantees(doc, c.guaranteesHeading, c.guaranteesHeader, *c.guarantees);
}

void currentContract(Document& doc, const TenderTruth& t) {
    const auto years = t.losses.size() == 1
                           ? std::string("de la dernière année")
                           : fmt::format("des {} dernières années", t.losses.size());
    currentCover(doc, {"Contrat santé actuel et sinistralité",
                       "L'entreprise n'a pas de contrat collectif santé en cours.",
                       t.currentInsurer,
                       levelLabel(t.currentLevel),
                       t.currentMonthlyPremium,
                       &t.losses,
                       "Sinistralité reconstituée à partir des prestations du contrat actuel ; ",
                       "statistiques " + years + " transmises par l'assureur actuel",
                       "Tableau de garanties actuel",
                       {"Poste", "Garantie actuelle"},
                       &t.currentGuarantees});
}

// The current provident contract, its guarantees and loss history, as the health one's: given
// when the tender covers provident or the company has a contract (domain-facts H, J.7).
void currentProvident(Document& doc, const TenderTruth& t) {
    if (!t.tender.provident && t.providentInsurer.empty()) return;
    currentCover(doc, {"Contrat de prévoyance actuel et sinistralité",
                       "L'entreprise n'a pas de contrat collectif de prévoyance en cours.",
                       t.providentInsurer,
                       std::to_string(t.providentLevel) + " sur 3",
                       t.providentMonthlyPremium,
                       &t.providentLosses,
                       "Prestations de prévoyance (décès, incapacité, invalidité) du contrat "
                       "actuel ; ",
                       "statistiques transmises par l'assureur actuel",
                       "Garanties de prévoyance actuelles",
                       {"Garantie", "Niveau actuel"},
                       &t.providentGuarantees});
}

}  // namespace

Document TenderDocument::specifications(const Scenario& scenario, const TenderTruth& truth) {
    const auto& t = truth.tender;
    const auto& d = truth.diagnosis;
    Document doc;
    doc.title = "Cahier des charges — " + d.name;
    doc.banner = {RichTextBuilder().bold("Cahier des charges"),
                  RichTextBuilder().text("Consultation pour la couverture collective " +
                                         t.productsLabel() + " " + elide("de", d.name)),
                  RichTextBuilder().text("Appel d'offres " + t.id)};
    doc.footer = "Cahier des charges " + t.id + " — document confidentiel";

    auto company = section("L'entreprise et la consultation");
    KeyValueList list;
    row(list, "Raison sociale", d.name);
    row(list, "SIREN / SIRET", d.siren + " / " + d.siret);
    row(list, "Activité", d.naf);
    row(list, "Convention collective", d.agreement.empty() ? "aucune" : d.agreement);
    row(list, "Consultation menée par",
        truth.broker.empty() ? "l'entreprise (sans courtier)" : "le courtier " + truth.broker);
    row(list, "Objet",
        "couverture collective obligatoire " + t.productsLabel() + " de l'ensemble du personnel");
    if (!t.provident)
        row(list, "Prévoyance en cours",
            d.providentInsurer && !d.providentInsurer->empty()
                ? "contrat assuré par " + *d.providentInsurer +
                      " (hors consultation : la prévoyance des cadres y reste assurée)"
                : "aucun contrat de prévoyance" +
                      std::string(d.cadres > 0 ? " : l'offre doit proposer aux cadres la "
                                                 "prévoyance que l'employeur leur doit (1,50 % "
                                                 "de la tranche 1, ANI du 17 novembre 2017)"
                                               : ""));
    company.blocks.emplace_back(list);
    doc.sections.push_back(std::move(company));

    auto calendar = section("Calendrier");
    auto dates = fitted();
    dates.header = {"Étape", "Semaine", "Date"};
    dates.rightAligned = {false, true, true};
    const std::pair<const char*, int> steps[] = {
        {"Publication", t.publicationWeek},
        {"Date limite des questions", t.questionWeek},
        {"Date limite de dépôt des offres", t.submissionWeek},
        {"Attribution", t.awardWeek}};
    for (const auto& [label, week] : steps)
        dates.rows.push_back({cell(label), cell(std::to_string(week)),
                              cell(Tender::weekEnd(scenario, week).french())});
    calendar.blocks.emplace_back(std::move(dates));
    calendar.blocks.emplace_back(Paragraph{
        RichTextBuilder().text("Une offre déposée après la date limite n'est pas examinée."),
        true});
    doc.sections.push_back(std::move(calendar));

    census(doc, truth);
    currentContract(doc, truth);
    currentProvident(doc, truth);

    auto requested = section("Garanties et cotisations demandées", true);
    KeyValueList want;
    row(want, "Produits", t.productsLabel());
    if (t.health) row(want, "Niveau de garanties santé", levelLabel(t.level));
    row(want, "Structure de cotisation", t.structureLabel());
    row(want, "Format de réponse",
        "taux par structure, engagement de maintien des taux, frais de gestion");
    requested.blocks.emplace_back(want);
    doc.sections.push_back(std::move(requested));

    auto criteria = section("Critères d'évaluation et pondération");
    auto weights = fitted();
    weights.header = {"Critère", "Poids", "Ce qui est apprécié"};
    weights.rightAligned = {false, true, false};
    for (const auto& [id, weight] : t.weights) {
        const auto* c = TenderReference::installed().criterion(id);
        weights.rows.push_back({cell(c ? c->label : id), cell(std::to_string(weight) + " %"),
                                cell(c ? c->description : "")});
    }
    criteria.blocks.emplace_back(std::move(weights));
    doc.sections.push_back(std::move(criteria));

    auto questions = section("Questions auxquelles répondre");
    auto asked = fitted();
    // The question last: its text is the long cell.
    asked.header = {"Identifiant", "Mots min.", "Exigence", "Question"};
    asked.rightAligned = {false, true, false, false};
    BulletList rules;
    for (const auto& id : t.questions)
        if (const auto* q = TenderReference::installed().question(id)) {
            asked.rows.push_back({cell(id), cell(std::to_string(q->minWords)),
                                  cell(q->required() ? q->requirementLabel() : "—"),
                                  cell(q->text)});
            if (q->required())
                rules.items.push_back(RichTextBuilder().bold(id).text(
                    " — " + q->requirementLabel() + " : " + q->requirementSource));
        }
    questions.blocks.emplace_back(std::move(asked));
    if (!rules.items.empty()) {
        questions.blocks.emplace_back(std::move(rules));
        questions.blocks.emplace_back(Paragraph{
            RichTextBuilder().text(
                "Une réponse qui refuse une obligation légale ou un point exigé (elle dit que "
                "l'offre ne le fait pas) rend l'offre non conforme sur le critère de la "
                "question : 0 point sur ce critère."),
            true});
    }
    doc.sections.push_back(std::move(questions));

    auto documents = section("Documents à fournir");
    BulletList docs;
    for (const auto& id : t.documents)
        if (const auto* k = TenderReference::installed().document(id))
            docs.items.push_back(RichTextBuilder().bold(k->label).text(" (" + id + ")"));
    documents.blocks.emplace_back(std::move(docs));
    doc.sections.push_back(std::move(documents));
    doc.closingNote =
        "Cahier des charges simulé pour l'entraînement au titre de Conseiller·e mutualiste "
        "collectif : entreprise et chiffres fictifs.";
    return doc;
}

namespace {

// "1 réponse sur 4 traite sa question", "2 réponses sur 4 traitent leur question", "aucune des 4
// réponses ne traite sa question".
std::string treatedText(int treated, int answers) {
    if (treated == 0)
        return answers == 1 ? "Votre réponse ne traite pas sa question"
                            : fmt::format("Aucune des {} réponses ne traite sa question", answers);
    return fmt::format("{} sur {} {}", frenchCount(treated, "réponse", "réponses"), answers,
                       treated == 1 ? "traite sa question" : "traitent leur question");
}

// The answers that refuse a legal obligation or a required point, by criterion: the bid scores 0
// there (TenderBid::refusals).
void refusalsBlocks(DocumentSection& scores, const Tender& t, const TenderBid& mine) {
    for (const auto& [id, weight] : t.weights) {
        const auto refusals = mine.refusals(id);
        if (refusals.empty()) continue;
        const auto* c = TenderReference::installed().criterion(id);
        scores.blocks.emplace_back(
            Paragraph{RichTextBuilder().bold(
                          fmt::format("Réponse non conforme : 0 point sur le critère « {} ».",
                                      c ? c->label : id),
                          Tone::Bad),
                      false});
        BulletList lines{"✘", Tone::Bad, {}};
        for (const auto* v : refusals) {
            const auto* q = TenderReference::installed().question(v->question);
            std::string points;
            for (const auto& p : v->pointsRefused)
                points += (points.empty() ? "« " : ", « ") + p + " »";
            lines.items.push_back(RichTextBuilder().text(
                fmt::format("{} — refuse {} ({} : {}) : « {} »", q ? q->text : v->question, points,
                            v->requirement, v->requirementSource, v->denial)));
        }
        scores.blocks.emplace_back(std::move(lines));
    }
}

// The answers that did not treat their question, with why: what cost the « dossier » points.
void answersSection(Document& doc, const TenderBid& mine) {
    auto answers = section("Vos réponses aux questions");
    answers.blocks.emplace_back(Paragraph{
        RichTextBuilder().text(fmt::format(
            "{}, pour une note de dossier de {} : une réponse compte selon la part des points "
            "attendus qu'elle traite, si elle a assez de mots, de mots différents et de phrases "
            "rédigées, n'est pas une liste de mots-clés et n'est pas faite de phrases d'une "
            "autre réponse ; une phrase négative ne traite aucun point.",
            treatedText(TenderAnswerReview::addressed(mine.answers),
                        static_cast<int>(mine.answers.size())),
            percent(TenderAnswerReview::completeness(mine.answers)))),
        false});
    BulletList missed;
    for (const auto& v : mine.answers)
        if (!v.reason.empty()) {
            const auto* q = TenderReference::installed().question(v.question);
            missed.items.push_back(
                RichTextBuilder().bold(q ? q->text : v.question).text(" — " + v.reason));
        }
    if (!missed.items.empty()) answers.blocks.emplace_back(std::move(missed));
    doc.sections.push_back(std::move(answers));
}

}  // namespace

Document TenderDocument::debrief(const TenderTruth& truth, const TenderAward& award) {
    const auto& t = truth.tender;
    Document doc;
    doc.title = "Résultat de l'appel d'offres " + t.id;
    doc.banner = {RichTextBuilder().bold("Résultat de l'appel d'offres"),
                  RichTextBuilder().text(truth.diagnosis.name + " — " + t.id)};
    doc.footer = "Appel d'offres " + t.id;
    auto summary = section("Décision");
    KeyValueList list;
    row(list, "Offres reçues", std::to_string(award.ranking.size()));
    row(list, "Offre retenue", award.winner().bidder);
    row(list, "Cotisation de référence",
        euros(truth.referencePremium) +
            " par an : les garanties demandées au tarif du marché sur le recensement réel");
    row(list, "Niveau de prix de l'offre retenue",
        frenchNumber(award.winner().priceIndex, 2) + " × la cotisation de référence, soit " +
            euros(award.winner().price()) + " par an");
    const auto* mine = award.candidate();
    row(list, "Votre rang",
        mine ? fmt::format("{} sur {}", award.candidateRank, award.ranking.size())
             : "aucune offre déposée");
    if (award.candidateWon())
        row(list, "Suite",
            fmt::format("votre offre est retenue : l'entreprise devient cliente à la fin de la "
                        "semaine {}",
                        t.awardWeek));
    summary.blocks.emplace_back(list);
    doc.sections.push_back(std::move(summary));
    if (!mine) return doc;
    auto scores = section("Notes par critère");
    auto table = fitted();
    // Points: the criterion's score (0 to 1) times its weight.
    table.header = {"Critère", "Poids", "Vos points", "Points de l'offre retenue"};
    table.rightAligned = {false, true, true, true};
    for (const auto& [id, weight] : t.weights) {
        const auto* c = TenderReference::installed().criterion(id);
        table.rows.push_back({cell(c ? c->label : id), cell(std::to_string(weight)),
                              cell(frenchNumber(weight * mine->score(id), 1)),
                              cell(frenchNumber(weight * award.winner().score(id), 1))});
    }
    table.rows.push_back({cell("Total"), cell("100"), cell(frenchNumber(mine->points, 1)),
                          cell(frenchNumber(award.winner().points, 1))});
    scores.blocks.emplace_back(std::move(table));
    const auto services =
        mine->annualServices > 0
            ? fmt::format(" de cotisations et {} de services payés par l'employeur",
                          euros(mine->annualServices))
            : std::string();
    scores.blocks.emplace_back(Paragraph{
        RichTextBuilder().text(fmt::format(
            "Votre offre : {}{} par an, soit {} × la cotisation de référence ; niveau {}.",
            euros(mine->annualPremium), services, frenchNumber(mine->priceIndex, 2), mine->level)),
        false});
    if (!mine->breaches.empty()) {
        BulletList breaches{"✘", Tone::Bad, {}};
        for (const auto& b : mine->breaches) breaches.items.push_back(RichTextBuilder().text(b));
        scores.blocks.emplace_back(Paragraph{
            RichTextBuilder().bold("Offre non conforme : 0 point sur les garanties.", Tone::Bad),
            false});
        scores.blocks.emplace_back(std::move(breaches));
    }
    refusalsBlocks(scores, t, *mine);
    doc.sections.push_back(std::move(scores));
    answersSection(doc, *mine);
    return doc;
}

}  // namespace cmcsim
