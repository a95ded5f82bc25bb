#include "cmcsim/report/ProposalDocument.h"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

#include "ProposalText.h"
#include "cmcsim/core/FrenchElision.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/offer/HealthPricing.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/report/ProductInformationSheet.h"

namespace cmcsim {

using namespace proposal_text;

namespace {

const std::pair<const char*, const char*> kProvidentLabels[] = {
    {"deces_capital", "Capital décès toutes causes, en % du salaire annuel brut"},
    {"deces_double_effet",
     "Double effet (capital versé aux enfants au décès du conjoint), en % du capital"},
    {"rente_education", "Rente éducation par enfant à charge, en % du salaire annuel brut"},
    {"incapacite_ij",
     "Indemnités journalières d'incapacité, en % du salaire brut, Sécurité sociale incluse"},
    {"invalidite_rente",
     "Rente d'invalidité (2e et 3e catégories), en % du salaire brut, Sécurité sociale incluse"}};

DocumentSection section(std::string heading, int level = 2) {
    DocumentSection s;
    s.heading = std::move(heading);
    s.level = level;
    return s;
}
Paragraph paragraph(RichText text) {
    return Paragraph{std::move(text), false};
}
// The quote's notes on a category (an empty one priced at zero, a non-responsible contract).
void addNotes(DocumentSection& s, const std::vector<std::string>& notes) {
    for (const auto& note : notes)
        s.blocks.emplace_back(paragraph(RichTextBuilder().text("Note : " + note + ".")));
}
TableCell cell(std::string text, std::string reference = {}) {
    return TableCell{RichTextBuilder().text(std::move(text)), std::move(reference)};
}

// The sections of the proposal, in order.
class ProposalBuilder {
public:
    ProposalBuilder(const ReferenceData& reference, const OfferStudy& study, std::string mutuelle)
        : reference_(reference), study_(study), mutuelle_(std::move(mutuelle)) {}

    void company(Document& doc) const;
    void needs(Document& doc) const;
    void guarantees(Document& doc) const;
    void contributions(Document& doc) const;
    void payroll(Document& doc) const;
    void compliance(Document& doc) const;
    void needsRecord(Document& doc, const std::string& date) const;
    void complaints(Document& doc) const;

private:
    const ReferenceData& reference_;
    const OfferStudy& study_;
    std::string mutuelle_;
};

void ProposalBuilder::company(Document& doc) const {
    const auto& d = study_.diagnosis;
    auto s = section("Votre entreprise");
    KeyValueList list;
    const auto line = [&list](std::string label, std::string value) {
        list.rows.emplace_back(std::move(label), RichTextBuilder().text(std::move(value)));
    };
    line("Raison sociale", d.name);
    line("SIREN / SIRET", d.siren + " / " + d.siret);
    line("Activité", d.naf);
    line("Convention collective", d.agreement);
    line("Forme juridique", d.legalForm);
    line("Effectif", fmt::format("{}, dont {} ; âge moyen {} ans{}",
                                 frenchCount(d.employees, "salarié", "salariés"),
                                 frenchCount(d.cadres, "cadre", "cadres"), number(d.meanAge, 1),
                                 d.estimated ? " (" + d.workforceBasis + ")" : std::string()));
    line("Contrat santé actuel", d.currentHealth);
    line("Prévoyance actuelle", d.currentProvident);
    s.blocks.emplace_back(std::move(list));
    doc.sections.push_back(std::move(s));
}

void ProposalBuilder::needs(Document& doc) const {
    const auto& text = study_.offer.needsAndRequirements;
    auto s = section("Vos besoins et exigences");
    s.blocks.emplace_back(paragraph(text.empty()
                                        ? RichTextBuilder().italic("Non renseignés.", Tone::Bad)
                                        : RichTextBuilder().text(text)));
    s.blocks.emplace_back(paragraph(RichTextBuilder().reference(
        "Recueillis avant toute proposition, au titre du devoir de conseil : la proposition qui "
        "suit est cohérente avec ces besoins et exigences (C. assur. art. L521-4 ; C. mutualité "
        "art. L116-6 ; directive (UE) 2016/97 sur la distribution d'assurances).")));
    doc.sections.push_back(std::move(s));
}

void ProposalBuilder::guarantees(Document& doc) const {
    struct Column {
        std::string name;
        const HealthProduct* product;
        std::vector<const HealthProduct*> options;
    };
    const auto& catalogue = reference_.offers;
    std::vector<Column> columns;
    for (const auto& c : study_.offer.categories) {
        if (!c.health) continue;
        Column column{
            Offer::categoryTitle(c.category), catalogue.healthProduct(c.health->product), {}};
        if (!column.product) continue;
        column.name += "\n" + column.product->label;
        for (const auto& id : c.health->options)
            if (const auto* o = catalogue.healthProduct(id)) {
                column.options.push_back(o);
                column.name += " + " + o->label;
            }
        columns.push_back(std::move(column));
    }
    auto s = section("Tableau de garanties");
    if (!columns.empty()) {
        s.blocks.emplace_back(paragraph(RichTextBuilder().text(
            "Remboursements Sécurité sociale incluse, dans la limite des frais réels (BR : base "
            "de remboursement de la Sécurité sociale).")));
        Table table;
        table.header.push_back("Poste de soins");
        for (const auto& c : columns) table.header.push_back(c.name);
        for (const auto& item : catalogue.careItems) {
            std::vector<TableCell> row{cell(item.label)};
            for (const auto& c : columns)
                row.push_back(cell(OfferComparison::describe(
                    item, HealthPricing::effectiveGuarantee(item.id, *c.product, c.options))));
            table.rows.push_back(std::move(row));
        }
        s.blocks.emplace_back(std::move(table));
    }
    doc.sections.push_back(std::move(s));
    for (const auto& c : study_.offer.categories) {
        if (!c.provident) continue;
        const auto* product = catalogue.providentProduct(c.provident->product);
        if (!product) continue;
        auto p = section(
            fmt::format("Prévoyance — {} — {}", Offer::categoryTitle(c.category), product->label),
            3);
        Table table;
        for (const auto& [kind, label] : kProvidentLabels) {
            const double value = product->value(kind);
            if (value <= 0) continue;
            auto shown = number(value) + " %";
            if (std::string(kind) == "incapacite_ij" && product->waitingDays() > 0)
                shown += fmt::format(", après une franchise de {} jours", product->waitingDays());
            table.rows.push_back({cell(label), cell(shown)});
        }
        p.blocks.emplace_back(std::move(table));
        doc.sections.push_back(std::move(p));
    }
    if (!study_.offer.services.empty()) {
        auto services = section("Services inclus", 3);
        BulletList list;
        for (const auto& id : study_.offer.services)
            if (const auto* service = catalogue.service(id))
                list.items.push_back(
                    RichTextBuilder().bold(service->label).text(" : " + service->description));
        services.blocks.emplace_back(std::move(list));
        doc.sections.push_back(std::move(services));
    }
}

void ProposalBuilder::contributions(Document& doc) const {
    const auto& q = study_.quote;
    const int year = study_.diagnosis.year;
    const double pmss = reference_.regulation.value(year, "pmss");
    doc.sections.push_back(section("Cotisations"));
    for (const auto& h : q.health) {
        const auto* product = reference_.offers.healthProduct(h.product);
        auto s = section(fmt::format("Santé — {} — {}", Offer::categoryTitle(h.category),
                                     product ? product->label : h.product),
                         3);
        Table table;
        table.header = {"Classe", "Cotisation mensuelle TTC", "en % du PMSS", "Part employeur",
                        "Part salarié"};
        table.rightAligned = {false, true, true, true, true};
        for (const auto& c : h.classes)
            table.rows.push_back({cell(c.name), cell(euros(c.monthly)),
                                  cell(number(c.pctPmss, 3) + " %"), cell(euros(c.employerMonthly)),
                                  cell(euros(c.employeeMonthly))});
        s.blocks.emplace_back(std::move(table));
        s.blocks.emplace_back(paragraph(RichTextBuilder().text(
            fmt::format("{}, {} ; cotisations annuelles {}, dont taxes {}.",
                        frenchCount(h.employees, "salarié", "salariés"),
                        frenchCount(h.insuredPeople, "personne couverte", "personnes couvertes"),
                        euros(h.annualPremium), euros(h.annualTaxes)))));
        addNotes(s, h.notes);
        doc.sections.push_back(std::move(s));
    }
    auto notes = section("", 3);  // under the health tables, before the provident
    notes.blocks.emplace_back(paragraph(RichTextBuilder().reference(fmt::format(
        "PMSS {} : {}. Taxe de solidarité additionnelle de {} % incluse pour un contrat "
        "responsable (CSS art. L862-4).",
        year, euros(pmss), number(reference_.regulation.value(year, "tsa_responsable_pct"), 2)))));
    if (q.servicesMonthlyPerEmployee > 0)
        notes.blocks.emplace_back(paragraph(RichTextBuilder().text(
            fmt::format("Services : {} par salarié et par mois, à la charge de l'employeur.",
                        euros(q.servicesMonthlyPerEmployee)))));
    doc.sections.push_back(std::move(notes));
    for (const auto& p : q.provident) {
        const auto* product = reference_.offers.providentProduct(p.product);
        auto s = section(fmt::format("Prévoyance — {} — {}", Offer::categoryTitle(p.category),
                                     product ? product->label : p.product),
                         3);
        auto text = RichTextBuilder()
                        .text("Taux de cotisation : ")
                        .bold(percent(p.rateOfPay, 2) + " du salaire brut")
                        .text(fmt::format(" (dont décès {}) ; cotisations annuelles {}, dont "
                                          "employeur {} et salariés {}.",
                                          percent(p.deathRateOfPay, 2), euros(p.annualPremium),
                                          euros(p.annualEmployer), euros(p.annualEmployee)));
        s.blocks.emplace_back(paragraph(text));
        // The rate as the market quotes it: % of the T1 and T2 bands of pay.
        if (p.rateT1 > 0 || p.rateT2 > 0)
            s.blocks.emplace_back(paragraph(RichTextBuilder().text(fmt::format(
                "Soit {} de la tranche 1 et {} de la tranche 2 (part employeur {} "
                "et {}), dont décès {} de la tranche 1.",
                percent(p.rateT1, 2), percent(p.rateT2, 2), percent(p.employerRateT1, 2),
                percent(p.employerRateT2, 2), percent(p.deathRateT1, 2)))));
        addNotes(s, p.notes);
        doc.sections.push_back(std::move(s));
    }
    auto total = section("", 3);
    total.blocks.emplace_back(paragraph(RichTextBuilder().bold(
        fmt::format("Coût annuel total : employeur {} (forfait social compris), salariés {}.",
                    euros(q.annualEmployerCost), euros(q.annualEmployeeCost)))));
    doc.sections.push_back(std::move(total));
}

void ProposalBuilder::payroll(Document& doc) const {
    auto s = section("Traitement social et fiscal");
    s.blocks.emplace_back(paragraph(RichTextBuilder().text(fmt::format(
        "Pour un salarié type de chaque catégorie, aux paramètres {}.", study_.diagnosis.year))));
    doc.sections.push_back(std::move(s));
    for (const auto& [category, sim] : study_.quote.payroll) {
        auto c = section(fmt::format("{} — salaire brut annuel {}", Offer::categoryTitle(category),
                                     sim.input.grossPay.french()),
                         3);
        Table table;
        table.rightAligned = {false, true};
        for (const auto& f : sim.figures)
            table.rows.push_back({cell(f.label, f.reference), cell(f.amount.french())});
        c.blocks.emplace_back(std::move(table));
        for (const auto& check : sim.checks)
            c.blocks.emplace_back(
                paragraph(RichTextBuilder()
                              .bold(check.met ? "✔" : "✘", check.met ? Tone::Good : Tone::Bad)
                              .text(" " + check.label + " : " + check.detail + " ")
                              .reference("(" + check.reference + ")")));
        doc.sections.push_back(std::move(c));
    }
}

void ProposalBuilder::compliance(Document& doc) const {
    using Verdict = ComplianceRule::Verdict;
    const bool ok = study_.compliance.compliant();
    auto s = section("Conformité");
    s.blocks.emplace_back(paragraph(
        RichTextBuilder().bold(ok ? "Offre conforme aux règles vérifiées ci-dessous."
                                  : "Offre non conforme : au moins une règle n'est pas respectée.",
                               ok ? Tone::Good : Tone::Bad)));
    Table table;
    table.header = {"", "Règle", "Constat"};
    for (const auto& r : study_.compliance.rules) {
        const auto tone = r.verdict == Verdict::Met      ? Tone::Good
                          : r.verdict == Verdict::NotMet ? Tone::Bad
                                                         : Tone::Caution;
        const char* mark = r.verdict == Verdict::Met      ? "✔"
                           : r.verdict == Verdict::NotMet ? "✘"
                                                          : "?";
        table.rows.push_back(
            {TableCell{RichTextBuilder().bold(mark, tone), {}}, cell(r.label, r.reference),
             cell(fmt::format("{} ({})", r.figures, ComplianceReport::verdictLabel(r.verdict)))});
    }
    s.blocks.emplace_back(std::move(table));
    doc.sections.push_back(std::move(s));
}

// The needs and requirements on their own page, to be signed before the contract is concluded
// (the DDA asks for them in writing, on a durable medium).
void ProposalBuilder::needsRecord(Document& doc, const std::string& date) const {
    const auto& d = study_.diagnosis;
    const auto& text = study_.offer.needsAndRequirements;
    auto s = section("Recueil des besoins et exigences", 1);
    s.tone = Tone::Accent;
    s.newPage = true;
    KeyValueList facts;
    const auto line = [&facts](std::string label, std::string value) {
        facts.rows.emplace_back(std::move(label), RichTextBuilder().text(std::move(value)));
    };
    line("Entreprise", d.name + " — SIRET " + d.siret);
    line("Organisme", mutuelle_);
    line("Date", date);
    line("Solution proposée", study_.offer.title);
    s.blocks.emplace_back(std::move(facts));
    s.blocks.emplace_back(paragraph(RichTextBuilder().bold("Besoins et exigences exprimés :")));
    s.blocks.emplace_back(paragraph(text.empty()
                                        ? RichTextBuilder().italic("Non renseignés.", Tone::Bad)
                                        : RichTextBuilder().text(text)));
    s.blocks.emplace_back(paragraph(
        RichTextBuilder()
            .text("La solution proposée est cohérente avec ces besoins et exigences ; les "
                  "informations qui les fondent ont été recueillies auprès de l'entreprise avant "
                  "toute proposition. ")
            .reference("(C. assur. art. L521-4 ; C. mutualité art. L116-6 ; directive (UE) "
                       "2016/97, art. 20)")));
    KeyValueList signatures;
    signatures.rows.emplace_back("Pour l'entreprise (nom, qualité, date et signature)",
                                 RichTextBuilder().text("\n\n"));
    signatures.rows.emplace_back("Pour " + mutuelle_ + " (conseiller, date et signature)",
                                 RichTextBuilder().text("\n\n"));
    s.blocks.emplace_back(std::move(signatures));
    doc.sections.push_back(std::move(s));
}

void ProposalBuilder::complaints(Document& doc) const {
    const auto& m = mutuelle_;
    auto s = section("Réclamations et médiation");
    s.blocks.emplace_back(paragraph(
        RichTextBuilder()
            .text("Pour toute réclamation, adressez-vous d'abord à votre conseiller, puis par "
                  "écrit au service Réclamations " +
                  elide("de", m) + ". ")
            .bold(m + " accuse réception de votre réclamation dans un délai de 10 jours ouvrables")
            .text(" au plus à compter de son envoi, sauf si la réponse vous est apportée dans ce "
                  "délai, ")
            .bold("et y répond dans un délai de deux mois")
            .text(" au plus à compter de son envoi.\n")
            .reference("Recommandation ACPR 2022-R-01 du 9 mai 2022 sur le traitement des "
                       "réclamations.")));
    s.blocks.emplace_back(paragraph(
        RichTextBuilder()
            .text("Si la réponse ne vous satisfait pas, ou sans réponse au bout de deux mois, "
                  "vous pouvez saisir gratuitement le ")
            .bold("Médiateur de la Mutualité française")
            .text(", par courrier (Médiateur de la Mutualité française, FNMF, 255 rue de "
                  "Vaugirard, 75719 Paris Cedex 15) ou sur www.mediateur-mutualite.fr, dans un "
                  "délai d'un an à compter de votre réclamation écrite. Le recours au médiateur "
                  "ne vous prive pas de la possibilité de saisir ensuite le tribunal "
                  "compétent.\n")
            .reference("C. consommation art. L611-1 et suivants, notamment L612-2 (médiation "
                       "de la consommation).")));
    s.blocks.emplace_back(
        paragraph(RichTextBuilder().text(
            m + " est soumise au contrôle de l'Autorité de contrôle prudentiel et de résolution "
                "(ACPR), 4 place de Budapest, CS 92459, 75436 Paris Cedex 09.")));
    doc.sections.push_back(std::move(s));
}

}  // namespace

Document ProposalDocument::build(const ReferenceData& reference, const OfferStudy& study,
                                 const std::string& mutuelle, const std::string& date) {
    const auto& d = study.diagnosis;
    Document doc;
    doc.title = "Proposition — " + d.name;
    doc.banner = {
        RichTextBuilder().bold(mutuelle),
        RichTextBuilder().text("Proposition de complémentaire santé et de prévoyance collectives"),
        RichTextBuilder().text("pour ").bold(d.name).text(" — SIRET " + d.siret),
        RichTextBuilder().text(fmt::format("{} — proposition du {} — date d'effet proposée : {}",
                                           study.offer.title, date,
                                           study.offer.effectiveDate.french()))};
    doc.footer = mutuelle + " — proposition pour " + d.name;
    if (!study.compliance.compliant()) doc.watermark = kNonCompliantMark;
    auto [studied, delivered] = halves(reference, study, mutuelle, date);
    doc.sections = std::move(studied);
    for (auto& s : delivered) doc.sections.push_back(std::move(s));
    doc.closingNote =
        "Document d'entraînement établi avec cmcsim : l'organisme, l'entreprise, les effectifs "
        "et les montants sont simulés.";
    return doc;
}

ProposalDocument::Halves ProposalDocument::halves(const ReferenceData& reference,
                                                  const OfferStudy& study,
                                                  const std::string& mutuelle,
                                                  const std::string& date) {
    const ProposalBuilder builder(reference, study, mutuelle);
    Document first, second;
    builder.company(first);
    builder.needs(first);
    builder.guarantees(first);
    builder.contributions(first);
    builder.payroll(first);
    builder.compliance(first);
    second.sections = ProductInformationSheet(reference, study, mutuelle).sections();
    builder.needsRecord(second, date);
    builder.complaints(second);
    return {std::move(first.sections), std::move(second.sections)};
}

const SavedOffer& ProposalDocument::savedVersion(const std::vector<SavedOffer>& offers,
                                                 const std::string& siret,
                                                 std::optional<int> version) {
    auto digits = siret;
    std::erase(digits, ' ');  // "465 757 839 00019" as typed
    const auto number = siret::parse(digits, 14);
    std::vector<const SavedOffer*> versions;
    std::vector<std::string> companies;
    for (const auto& o : offers) {
        if (number && siret::parse(o.siret, 14) == number) versions.push_back(&o);
        if (std::find(companies.begin(), companies.end(), o.siret) == companies.end())
            companies.push_back(o.siret);
    }
    if (versions.empty()) {
        std::string known;
        for (const auto& c : companies) known += (known.empty() ? "" : ", ") + c;
        throw InputError("--siret",
                         fmt::format("aucune offre enregistrée pour « {} » ; {}", siret,
                                     companies.empty() ? "l'épreuve n'en a aucune"
                                                       : "offres enregistrées pour : " + known));
    }
    if (!version) return *versions.back();
    for (const auto* o : versions)
        if (o->version == *version) return *o;
    throw InputError("--version",
                     fmt::format("pas de version {} de l'offre pour {} : versions 1 à {}", *version,
                                 versions.front()->siret, versions.back()->version));
}

}  // namespace cmcsim
