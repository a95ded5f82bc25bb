#include "cmcsim/report/ProductInformationSheet.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "ProposalText.h"
#include "cmcsim/offer/HealthPricing.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

using namespace proposal_text;

namespace {

std::string categoryName(const std::string& c) {
    return c == "cadres" ? "cadres" : c == "non_cadres" ? "non-cadres" : "ensemble du personnel";
}
// A care item's label without its unit, "Optique hors 100 % Santé, classe B".
std::string shortLabel(const CareItem& item) {
    const auto cut = item.label.find(" (");
    return cut != std::string::npos && cut > 0 ? item.label.substr(0, cut) : item.label;
}
std::string ref(const std::string& text) {
    return "(" + text + ")";
}
std::string joined(const std::vector<std::string>& parts, const std::string& separator) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : separator) + p;
    return out;
}
DocumentSection heading(std::string text, Tone tone,
                        DocumentSection::Column column = DocumentSection::Column::Full) {
    DocumentSection s;
    s.heading = std::move(text);
    s.level = 3;
    s.tone = tone;
    s.column = column;
    return s;
}
BulletList bullets(std::vector<RichText> items, std::string mark, Tone tone) {
    return BulletList{std::move(mark), tone, std::move(items)};
}

const std::map<std::string, std::string> kGroupNames = {{"hospitalisation", "Hospitalisation"},
                                                        {"soins_courants", "Soins courants"},
                                                        {"dentaire", "Dentaire"},
                                                        {"optique", "Optique"},
                                                        {"audiologie", "Aides auditives"},
                                                        {"bien_etre", "Prévention et bien-être"}};

}  // namespace

ProductInformationSheet::ProductInformationSheet(const ReferenceData& reference,
                                                 const OfferStudy& study, std::string mutuelle)
    : reference_(reference), study_(study), mutuelle_(std::move(mutuelle)) {
    const auto& catalogue = reference_.offers;
    for (const auto& c : study_.offer.categories) {
        if (c.health)
            if (const auto* product = catalogue.healthProduct(c.health->product)) {
                HealthPlan plan{categoryName(c.category), product, {}};
                for (const auto& id : c.health->options)
                    if (const auto* o = catalogue.healthProduct(id)) plan.options.push_back(o);
                const auto same =
                    std::find_if(health_.begin(), health_.end(), [&](const HealthPlan& p) {
                        return p.product == plan.product && p.options == plan.options;
                    });
                if (same != health_.end())
                    same->categories += ", " + plan.categories;
                else
                    health_.push_back(std::move(plan));
            }
        if (c.provident)
            if (const auto* product = catalogue.providentProduct(c.provident->product)) {
                const auto same = std::find_if(provident_.begin(), provident_.end(),
                                               [&](const auto& p) { return p.second == product; });
                if (same != provident_.end())
                    same->first += ", " + categoryName(c.category);
                else
                    provident_.emplace_back(categoryName(c.category), product);
            }
    }
}

RichText ProductInformationSheet::kind() const {
    bool responsible = true, health = false, provident = false, mandatoryDependants = false;
    for (const auto& r : study_.compliance.rules)
        if (r.reference.find("L871-1") != std::string::npos &&
            r.verdict != ComplianceRule::Verdict::Met)
            responsible = false;
    for (const auto& c : study_.offer.categories) {
        health = health || c.health.has_value();
        provident = provident || c.provident.has_value();
        mandatoryDependants =
            mandatoryDependants || (c.health && c.health->dependants != Dependants::Optional);
    }
    RichTextBuilder out;
    if (health) {
        out.text(fmt::format(
            "Contrat collectif à adhésion obligatoire souscrit par l'employeur au profit de ses "
            "salariés et, {}, de leurs ayants droit. Il rembourse tout ou partie des frais de "
            "santé qui restent à la charge de l'assuré après l'intervention de la Sécurité "
            "sociale. ",
            mandatoryDependants ? "à titre obligatoire" : "s'ils le souhaitent"));
        if (responsible)
            out.text("Contrat solidaire et responsable ")
                .reference(ref("CSS art. L871-1 et R871-2"))
                .text(". ");
        else
            out.bold(
                   "Attention : l'offre ne remplit pas toutes les conditions du contrat "
                   "responsable (voir la conformité).",
                   Tone::Bad)
                .text(" ");
    }
    if (provident)
        out.text(
            "Il comprend des garanties de prévoyance : capital en cas de décès, indemnités "
            "en cas d'arrêt de travail et rente en cas d'invalidité.");
    return out;
}

std::vector<RichText> ProductInformationSheet::covered() const {
    std::vector<RichText> lines;
    const auto& catalogue = reference_.offers;
    for (const auto& plan : health_) {
        // In the catalogue's order of care items.
        std::vector<std::pair<std::string, std::vector<std::string>>> groups;
        for (const auto& item : catalogue.careItems) {
            const auto g = HealthPricing::effectiveGuarantee(item.id, *plan.product, plan.options);
            if (g.kind == Guarantee::Kind::None) continue;
            if (groups.empty() || groups.back().first != item.group)
                groups.emplace_back(item.group, std::vector<std::string>());
            // "Hospitalisation : frais de séjour" reads "frais de séjour" under its group.
            auto label = shortLabel(item);
            if (const auto name = kGroupNames.find(item.group); name != kGroupNames.end()) {
                const auto prefix = name->second + " : ";
                if (label.starts_with(prefix)) label = label.substr(prefix.size());
            }
            groups.back().second.push_back(label + " : " + OfferComparison::describe(item, g));
        }
        auto name = plan.product->label;
        for (const auto* o : plan.options) name += " + " + o->label;
        lines.push_back(
            RichTextBuilder().bold(fmt::format("Frais de santé — {} ({})", plan.categories, name)));
        for (const auto& [group, items] : groups) {
            const auto known = kGroupNames.find(group);
            lines.push_back(RichTextBuilder()
                                .italic(known != kGroupNames.end() ? known->second : group)
                                .text(" — " + joined(items, " ; ")));
        }
    }
    for (const auto& [categories, p] : provident_) {
        std::vector<std::string> parts;
        if (p->value("deces_capital") > 0)
            parts.push_back(fmt::format("capital décès de {} % du salaire annuel",
                                        number(p->value("deces_capital"))));
        if (p->value("rente_education") > 0)
            parts.push_back(fmt::format("rente éducation de {} % par enfant",
                                        number(p->value("rente_education"))));
        if (p->value("incapacite_ij") > 0)
            parts.push_back(fmt::format("indemnités d'incapacité de {} % du salaire",
                                        number(p->value("incapacite_ij"))));
        if (p->value("invalidite_rente") > 0)
            parts.push_back(fmt::format("rente d'invalidité de {} % du salaire",
                                        number(p->value("invalidite_rente"))));
        lines.push_back(RichTextBuilder()
                            .bold(fmt::format("Prévoyance — {} ({})", categories, p->label))
                            .text(" : " + joined(parts, ", ")));
    }
    std::vector<std::string> services;
    for (const auto& id : study_.offer.services)
        if (const auto* s = catalogue.service(id)) services.push_back(s->label);
    if (!services.empty())
        lines.push_back(RichTextBuilder().bold("Services").text(" : " + joined(services, ", ")));
    return lines;
}

std::vector<RichText> ProductInformationSheet::notCovered() const {
    std::vector<RichText> lines;
    for (const auto& plan : health_)
        for (const auto& item : reference_.offers.careItems)
            if (HealthPricing::effectiveGuarantee(item.id, *plan.product, plan.options).kind ==
                Guarantee::Kind::None)
                lines.push_back(RichTextBuilder().text(
                    health_.size() > 1 ? fmt::format("{} ({})", shortLabel(item), plan.categories)
                                       : shortLabel(item)));
    lines.push_back(RichTextBuilder()
                        .text("La participation forfaitaire et les franchises médicales ")
                        .reference(ref("CSS art. L160-13 et L871-1")));
    lines.push_back(RichTextBuilder()
                        .text("La majoration du ticket modérateur et les dépassements "
                              "d'honoraires hors parcours de soins coordonnés ")
                        .reference(ref("CSS art. L162-5-3")));
    lines.push_back(
        RichTextBuilder()
            .text("Les dépassements d'honoraires au-delà des plafonds du contrat responsable ")
            .reference(ref("CSS art. R871-2")));
    lines.push_back(RichTextBuilder().text(
        "Les soins reçus avant la date d'effet des garanties ou après leur cessation"));
    return lines;
}

std::vector<RichText> ProductInformationSheet::restrictions() const {
    std::vector<RichText> lines;
    lines.push_back(
        RichTextBuilder().text("Les remboursements ne peuvent dépasser les frais réellement "
                               "engagés, après l'intervention de la Sécurité sociale."));
    for (const auto& plan : health_)
        for (const auto& item : reference_.offers.careItems) {
            const auto g = HealthPricing::effectiveGuarantee(item.id, *plan.product, plan.options);
            const double cap = g.kind == Guarantee::Kind::PerYear ? g.value : g.annualCapEur;
            if (cap > 0)
                lines.push_back(RichTextBuilder().text(fmt::format(
                    "{} : plafond de {} par an et par bénéficiaire{}", shortLabel(item), euros(cap),
                    health_.size() > 1 ? " (" + plan.categories + ")" : std::string())));
        }
    for (const auto& [categories, p] : provident_)
        if (p->waitingDays() > 0)
            lines.push_back(RichTextBuilder().text(
                fmt::format("Incapacité de travail ({}) : indemnisation après une franchise de "
                            "{} jours d'arrêt",
                            categories, p->waitingDays())));
    lines.push_back(RichTextBuilder()
                        .text("Optique : un équipement tous les deux ans, ou tous les ans pour "
                              "les moins de 16 ans ou si la vue évolue ")
                        .reference(ref("CSS art. R871-2")));
    lines.push_back(RichTextBuilder()
                        .text("Aides auditives : un appareil par oreille tous les quatre ans ")
                        .reference(ref("CSS art. R871-2")));
    return lines;
}

std::vector<DocumentBlock> ProductInformationSheet::payments() const {
    std::vector<std::string> lines;
    for (const auto& h : study_.quote.health) {
        std::vector<std::string> classes;
        for (const auto& c : h.classes)
            classes.push_back(fmt::format("{} {} (dont {} pour le salarié)", c.name,
                                          euros(c.monthly), euros(c.employeeMonthly)));
        lines.push_back(fmt::format("Santé, {} : {} par mois.", categoryName(h.category),
                                    joined(classes, " ; ")));
    }
    for (const auto& p : study_.quote.provident)
        lines.push_back(fmt::format(
            "Prévoyance, {} : {} % de la tranche 1 et {} % de la tranche 2 du salaire brut.",
            categoryName(p.category), number(100 * p.rateT1, 2), number(100 * p.rateT2, 2)));
    return {Paragraph{RichTextBuilder().text(
                          "Les cotisations sont appelées auprès de l'employeur, qui les verse à " +
                          mutuelle_ +
                          " mensuellement ou trimestriellement ; la part du salarié est "
                          "prélevée sur son bulletin de paie."),
                      false},
            Paragraph{RichTextBuilder().text(joined(lines, "\n")), false}};
}

std::vector<DocumentSection> ProductInformationSheet::sections() const {
    std::vector<std::string> products;
    for (const auto& plan : health_) products.push_back(plan.product->label);
    for (const auto& plan : provident_) products.push_back(plan.second->label);
    std::vector<std::string> unique;
    for (const auto& p : products)
        if (std::find(unique.begin(), unique.end(), p) == unique.end()) unique.push_back(p);

    std::vector<DocumentSection> out;
    DocumentSection title;
    title.heading = "Document d'information normalisé sur le produit d'assurance (IPID)";
    title.level = 1;
    title.tone = Tone::Accent;
    title.newPage = true;
    title.blocks.emplace_back(Paragraph{
        RichTextBuilder().bold("Assurance complémentaire santé et prévoyance collective"), false});
    title.blocks.emplace_back(
        Paragraph{RichTextBuilder()
                      .bold("Organisme :")
                      .text(" " + mutuelle_ +
                            ", mutuelle régie par le livre II du Code de la mutualité — "
                            "France\n")
                      .bold("Produit :")
                      .text(" " + joined(unique, ", ")),
                  false});
    title.blocks.emplace_back(Paragraph{
        RichTextBuilder()
            .italic("Ce document d'information présente un résumé des principales garanties et "
                    "exclusions du produit. Il ne prend pas en compte vos besoins et demandes "
                    "spécifiques. Vous trouverez l'information complète sur ce produit dans la "
                    "documentation précontractuelle et contractuelle.")
            .text(" ")
            .reference(
                ref("Règlement d'exécution (UE) 2017/1469 ; directive (UE) 2016/97, art. 20")),
        true});
    out.push_back(std::move(title));

    auto kindSection = heading("De quel type d'assurance s'agit-il ?", Tone::Accent);
    kindSection.blocks.emplace_back(Paragraph{kind(), false});
    out.push_back(std::move(kindSection));
    using Column = DocumentSection::Column;
    auto insured = heading("Qu'est-ce qui est assuré ?", Tone::Good, Column::Left);
    insured.blocks.emplace_back(bullets(covered(), "✔", Tone::Good));
    out.push_back(std::move(insured));
    auto excluded = heading("Qu'est-ce qui n'est pas assuré ?", Tone::Bad, Column::Right);
    excluded.blocks.emplace_back(bullets(notCovered(), "✘", Tone::Bad));
    out.push_back(std::move(excluded));
    auto limits =
        heading("Y a-t-il des exclusions à la couverture ?", Tone::Caution, Column::Right);
    limits.blocks.emplace_back(bullets(restrictions(), "!", Tone::Caution));
    out.push_back(std::move(limits));

    auto where = heading("Où suis-je couvert ?", Tone::Accent);
    where.blocks.emplace_back(
        bullets({RichTextBuilder().text("En France."),
                 RichTextBuilder().text("À l'étranger, pour les soins pris en charge par la "
                                        "Sécurité sociale française, sur la base de ses tarifs.")},
                "✔", Tone::Good));
    out.push_back(std::move(where));
    auto duties = heading("Quelles sont mes obligations ?", Tone::Accent);
    duties.blocks.emplace_back(bullets(
        {RichTextBuilder()
             .text("L'employeur affilie tous les salariés de la catégorie assurée, remet à chacun "
                   "la notice d'information établie par la mutuelle et l'acte instituant les "
                   "garanties (décision unilatérale, accord ou référendum), déclare les entrées "
                   "et sorties de salariés et paie les cotisations ")
             .reference(ref("C. mutualité art. L221-6 ; CSS art. L911-1"))
             .text("."),
         RichTextBuilder()
             .text("Le salarié déclare ses ayants droit et leurs changements de situation et "
                   "fournit les justificatifs demandés ; s'il remplit l'un des cas de dispense, "
                   "il en fait la demande par écrit ")
             .reference(ref("CSS art. R242-1-6 et D911-2"))
             .text(".")},
        "•", Tone::Accent));
    out.push_back(std::move(duties));
    auto paying = heading("Quand et comment effectuer les paiements ?", Tone::Accent);
    paying.blocks = payments();
    out.push_back(std::move(paying));
    auto term = heading("Quand commence et se termine la couverture ?", Tone::Accent);
    term.blocks.emplace_back(Paragraph{
        RichTextBuilder()
            .text("Le contrat prend effet le ")
            .bold(study_.offer.effectiveDate.french())
            .text(" pour une durée d'un an ; il se renouvelle ensuite par tacite reconduction à "
                  "chaque échéance. La garantie d'un salarié débute à la date d'effet du contrat "
                  "ou à son embauche et cesse à la rupture de son contrat de travail, sous "
                  "réserve du maintien des garanties au titre de la portabilité, jusqu'à 12 mois ")
            .reference(ref("CSS art. L911-8"))
            .text(", et du maintien à titre individuel ouvert aux anciens salariés ")
            .reference(ref("loi n° 89-1009 du 31 décembre 1989, art. 4"))
            .text("."),
        false});
    out.push_back(std::move(term));
    auto ending = heading("Comment puis-je résilier le contrat ?", Tone::Accent);
    ending.blocks.emplace_back(Paragraph{
        RichTextBuilder()
            .text("L'employeur peut résilier le contrat chaque année à l'échéance, par lettre ou "
                  "tout autre support durable envoyé au moins deux mois avant cette date ")
            .reference(ref("C. mutualité art. L221-10"))
            .text(". ")
            .bold("Après un an de contrat, il peut le résilier à tout moment")
            .text(", sans frais ni pénalités : la résiliation prend effet un mois après que " +
                  mutuelle_ + " en a reçu la notification ")
            .reference(ref("C. mutualité art. L221-10-2"))
            .text("."),
        false});
    out.push_back(std::move(ending));
    return out;
}

}  // namespace cmcsim
