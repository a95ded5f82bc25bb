#include "offers/ProductInformationSheet.h"

#include <algorithm>
#include <map>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/offer/HealthPricing.h"
#include "cmcsim/reference/ReferenceData.h"
#include "common/StudioText.h"

using namespace studio;

namespace {
QString categoryName(const std::string& c) {
    return c == "cadres"       ? QStringLiteral("cadres")
           : c == "non_cadres" ? QStringLiteral("non-cadres")
                               : QStringLiteral("ensemble du personnel");
}
// A care item's label without its unit, "Optique hors 100 % Santé, classe B".
QString shortLabel(const cmcsim::CareItem& item) {
    auto label = QString::fromStdString(item.label);
    if (const auto cut = label.indexOf(QLatin1String(" (")); cut > 0) label.truncate(cut);
    return label.toHtmlEscaped();
}
QString heading(const QString& text, const QString& colour) {
    return QStringLiteral("<h3 style='color:%1;font-size:10pt'>%2</h3>").arg(colour, text);
}
QString bullets(const QStringList& lines, const QString& mark, const QString& colour) {
    QString out = QStringLiteral("<table cellpadding=1>");
    for (const auto& line : lines)
        out += QStringLiteral("<tr><td valign=top style='color:%1'><b>%2</b></td><td>%3</td></tr>")
                   .arg(colour, mark, line);
    return out + QStringLiteral("</table>");
}
QString ref(const QString& text) {
    return QStringLiteral("<span style='color:#5f6b7a;font-size:7.5pt'>(%1)</span>").arg(text);
}

const QString kBlue = QStringLiteral("#1f4e79"), kGreen = QStringLiteral("#1b7f3b"),
              kRed = QStringLiteral("#b00020"), kOrange = QStringLiteral("#c05f00");
const std::map<std::string, QString> kGroupNames = {
    {"hospitalisation", QStringLiteral("Hospitalisation")},
    {"soins_courants", QStringLiteral("Soins courants")},
    {"dentaire", QStringLiteral("Dentaire")},
    {"optique", QStringLiteral("Optique")},
    {"audiologie", QStringLiteral("Aides auditives")},
    {"bien_etre", QStringLiteral("Prévention et bien-être")}};
}  // namespace

ProductInformationSheet::ProductInformationSheet(const cmcsim::ReferenceData& reference,
                                                 const cmcsim::OfferStudy& study,
                                                 const QString& mutuelle)
    : reference_(reference), study_(study), mutuelle_(mutuelle.toHtmlEscaped()) {
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
                    same->categories += QStringLiteral(", ") + plan.categories;
                else
                    health_.push_back(std::move(plan));
            }
        if (c.provident)
            if (const auto* product = catalogue.providentProduct(c.provident->product)) {
                const auto same = std::find_if(provident_.begin(), provident_.end(),
                                               [&](const auto& p) { return p.second == product; });
                if (same != provident_.end())
                    same->first += QStringLiteral(", ") + categoryName(c.category);
                else
                    provident_.emplace_back(categoryName(c.category), product);
            }
    }
}

QString ProductInformationSheet::kind() const {
    bool responsible = true, health = false, provident = false, mandatoryDependants = false;
    for (const auto& r : study_.compliance.rules)
        if (r.reference.find("L871-1") != std::string::npos &&
            r.verdict != cmcsim::ComplianceRule::Verdict::Met)
            responsible = false;
    for (const auto& c : study_.offer.categories) {
        health = health || c.health.has_value();
        provident = provident || c.provident.has_value();
        mandatoryDependants = mandatoryDependants ||
                              (c.health && c.health->dependants != cmcsim::Dependants::Optional);
    }
    QString out;
    if (health)
        out +=
            QStringLiteral(
                "Contrat collectif à adhésion obligatoire souscrit par l'employeur au profit de "
                "ses salariés et, %1, de leurs ayants droit. "
                "Il rembourse tout ou partie des frais de santé qui restent à la charge de "
                "l'assuré après l'intervention de la "
                "Sécurité sociale. %2 ")
                .arg(mandatoryDependants ? QStringLiteral("à titre obligatoire")
                                         : QStringLiteral("s'ils le souhaitent"),
                     responsible ? QStringLiteral("Contrat solidaire et responsable %1.")
                                       .arg(ref(QStringLiteral("CSS art. L871-1 et R871-2")))
                                 : QStringLiteral("<b style='color:#b00020'>Attention : l'offre ne "
                                                  "remplit pas toutes les conditions du contrat "
                                                  "responsable (voir la conformité).</b>"));
    if (provident)
        out += QStringLiteral(
            "Il comprend des garanties de prévoyance : capital en cas de décès, indemnités en cas "
            "d'arrêt de travail et rente en cas "
            "d'invalidité.");
    return out;
}

QStringList ProductInformationSheet::covered() const {
    QStringList lines;
    const auto& catalogue = reference_.offers;
    for (const auto& plan : health_) {
        std::vector<std::pair<std::string, QStringList>>
            groups;  // in the catalogue's order of care items
        for (const auto& item : catalogue.careItems) {
            const auto g =
                cmcsim::HealthPricing::effectiveGuarantee(item.id, *plan.product, plan.options);
            if (g.kind == cmcsim::Guarantee::Kind::None) continue;
            if (groups.empty() || groups.back().first != item.group)
                groups.emplace_back(item.group, QStringList());
            // "Hospitalisation : frais de séjour" reads "frais de séjour" under the Hospitalisation
            // group.
            QString label = shortLabel(item);
            if (kGroupNames.contains(item.group) &&
                label.startsWith(kGroupNames.at(item.group) + QStringLiteral(" : ")))
                label = label.mid(kGroupNames.at(item.group).size() + 3);
            groups.back().second << QStringLiteral("%1 : %2").arg(
                label, studio::html(cmcsim::OfferComparison::describe(item, g)));
        }
        QString name = studio::html(plan.product->label);
        for (const auto* o : plan.options) name += QStringLiteral(" + ") + studio::html(o->label);
        lines << QStringLiteral("<b>Frais de santé — %1 (%2)</b>").arg(plan.categories, name);
        for (const auto& [group, items] : groups) {
            const auto label =
                kGroupNames.contains(group) ? kGroupNames.at(group) : QString::fromStdString(group);
            lines << QStringLiteral("<i>%1</i> — %2").arg(label, items.join(QStringLiteral(" ; ")));
        }
    }
    for (const auto& [categories, p] : provident_) {
        QStringList parts;
        if (p->value("deces_capital") > 0)
            parts << QStringLiteral("capital décès de %1 % du salaire annuel")
                         .arg(number(p->value("deces_capital")));
        if (p->value("rente_education") > 0)
            parts << QStringLiteral("rente éducation de %1 % par enfant")
                         .arg(number(p->value("rente_education")));
        if (p->value("incapacite_ij") > 0)
            parts << QStringLiteral("indemnités d'incapacité de %1 % du salaire")
                         .arg(number(p->value("incapacite_ij")));
        if (p->value("invalidite_rente") > 0)
            parts << QStringLiteral("rente d'invalidité de %1 % du salaire")
                         .arg(number(p->value("invalidite_rente")));
        lines << QStringLiteral("<b>Prévoyance — %1 (%2)</b> : %3")
                     .arg(categories, studio::html(p->label), parts.join(QStringLiteral(", ")));
    }
    QStringList services;
    for (const auto& id : study_.offer.services)
        if (const auto* s = catalogue.service(id)) services << studio::html(s->label);
    if (!services.isEmpty())
        lines << QStringLiteral("<b>Services</b> : %1").arg(services.join(QStringLiteral(", ")));
    return lines;
}

QStringList ProductInformationSheet::notCovered() const {
    QStringList lines;
    const auto& catalogue = reference_.offers;
    for (const auto& plan : health_)
        for (const auto& item : catalogue.careItems)
            if (cmcsim::HealthPricing::effectiveGuarantee(item.id, *plan.product, plan.options)
                    .kind == cmcsim::Guarantee::Kind::None)
                lines << (health_.size() > 1
                              ? QStringLiteral("%1 (%2)").arg(shortLabel(item), plan.categories)
                              : shortLabel(item));
    lines << QStringLiteral("La participation forfaitaire et les franchises médicales %1")
                 .arg(ref(QStringLiteral("CSS art. L160-13 et L871-1")))
          << QStringLiteral(
                 "La majoration du ticket modérateur et les dépassements d'honoraires hors "
                 "parcours de soins coordonnés %1")
                 .arg(ref(QStringLiteral("CSS art. L162-5-3")))
          << QStringLiteral(
                 "Les dépassements d'honoraires au-delà des plafonds du contrat responsable %1")
                 .arg(ref(QStringLiteral("CSS art. R871-2")))
          << QStringLiteral(
                 "Les soins reçus avant la date d'effet des garanties ou après leur cessation");
    return lines;
}

QStringList ProductInformationSheet::restrictions() const {
    QStringList lines;
    lines << QStringLiteral(
        "Les remboursements ne peuvent dépasser les frais réellement engagés, après l'intervention "
        "de la Sécurité sociale.");
    const auto& catalogue = reference_.offers;
    for (const auto& plan : health_)
        for (const auto& item : catalogue.careItems) {
            const auto g =
                cmcsim::HealthPricing::effectiveGuarantee(item.id, *plan.product, plan.options);
            const double cap =
                g.kind == cmcsim::Guarantee::Kind::PerYear ? g.value : g.annualCapEur;
            if (cap > 0)
                lines << QStringLiteral("%1 : plafond de %2 par an et par bénéficiaire%3")
                             .arg(shortLabel(item), euros(cap),
                                  health_.size() > 1 ? QStringLiteral(" (%1)").arg(plan.categories)
                                                     : QString());
        }
    for (const auto& [categories, p] : provident_)
        if (p->waitingDays() > 0)
            lines << QStringLiteral(
                         "Incapacité de travail (%1) : indemnisation après une franchise de %2 "
                         "jours d'arrêt")
                         .arg(categories)
                         .arg(p->waitingDays());
    lines << QStringLiteral(
                 "Optique : un équipement tous les deux ans, ou tous les ans pour les moins de 16 "
                 "ans ou si la vue évolue %1")
                 .arg(ref(QStringLiteral("CSS art. R871-2")))
          << QStringLiteral("Aides auditives : un appareil par oreille tous les quatre ans %1")
                 .arg(ref(QStringLiteral("CSS art. R871-2")));
    return lines;
}

QString ProductInformationSheet::payments() const {
    QStringList lines;
    for (const auto& h : study_.quote.health) {
        QStringList classes;
        for (const auto& c : h.classes)
            classes << QStringLiteral("%1 %2 (dont %3 pour le salarié)")
                           .arg(studio::html(c.name), euros(c.monthly), euros(c.employeeMonthly));
        lines << QStringLiteral("Santé, %1 : %2 par mois.")
                     .arg(categoryName(h.category), classes.join(QStringLiteral(" ; ")));
    }
    for (const auto& p : study_.quote.provident)
        lines << QStringLiteral("Prévoyance, %1 : %2 % du salaire brut.")
                     .arg(categoryName(p.category), number(100 * p.rateOfPay, 2));
    return QStringLiteral(
               "<p>Les cotisations sont appelées auprès de l'employeur, qui les verse à %1 "
               "mensuellement ou trimestriellement ; la part "
               "du salarié est prélevée sur son bulletin de paie.</p><p>%2</p>")
        .arg(mutuelle_, lines.join(QStringLiteral("<br>")));
}

QString ProductInformationSheet::html() const {
    QStringList products;
    for (const auto& plan : health_) products << studio::html(plan.product->label);
    for (const auto& plan : provident_) products << studio::html(plan.second->label);
    products.removeDuplicates();
    const QString date = studio::html(study_.offer.effectiveDate.french());
    QString out =
        QStringLiteral(
            "<h1 style='page-break-before:always;color:%1;font-size:14pt'>Document d'information "
            "normalisé sur le produit d'assurance (IPID)</h1>"
            "<p style='font-size:11pt'><b>Assurance complémentaire santé et prévoyance "
            "collective</b></p>"
            "<p><b>Organisme :</b> %2, mutuelle régie par le livre II du Code de la mutualité — "
            "France<br><b>Produit :</b> %3</p>"
            "<p style='background-color:#eef1f5'><i>Ce document d'information présente un résumé "
            "des principales garanties et exclusions "
            "du produit. Il ne prend pas en compte vos besoins et demandes spécifiques. Vous "
            "trouverez l'information complète sur ce "
            "produit dans la documentation précontractuelle et contractuelle.</i> %4</p>")
            .arg(kBlue, mutuelle_, products.join(QStringLiteral(", ")),
                 ref(QStringLiteral(
                     "Règlement d'exécution (UE) 2017/1469 ; directive (UE) 2016/97, art. 20")));
    out += heading(QStringLiteral("De quel type d'assurance s'agit-il ?"), kBlue) +
           QStringLiteral("<p>%1</p>").arg(kind());
    out += QStringLiteral(
               "<table width='100%' cellspacing=0 cellpadding=6 border=1 "
               "style='border-collapse:collapse;border-color:#b9c2cc'><tr>"
               "<td width='55%' valign=top>%1%2</td><td width='45%' "
               "valign=top>%3%4%5%6</td></tr></table>")
               .arg(heading(QStringLiteral("Qu'est-ce qui est assuré ?"), kGreen),
                    bullets(covered(), QStringLiteral("✔"), kGreen),
                    heading(QStringLiteral("Qu'est-ce qui n'est pas assuré ?"), kRed),
                    bullets(notCovered(), QStringLiteral("✘"), kRed),
                    heading(QStringLiteral("Y a-t-il des exclusions à la couverture ?"), kOrange),
                    bullets(restrictions(), QStringLiteral("!"), kOrange));
    out += heading(QStringLiteral("Où suis-je couvert ?"), kBlue) +
           bullets({QStringLiteral("En France."),
                    QStringLiteral("À l'étranger, pour les soins pris en charge par la Sécurité "
                                   "sociale française, sur la base de ses tarifs.")},
                   QStringLiteral("✔"), kGreen);
    out +=
        heading(QStringLiteral("Quelles sont mes obligations ?"), kBlue) +
        bullets({QStringLiteral("L'employeur affilie tous les salariés de la catégorie assurée, "
                                "remet à chacun la notice d'information établie "
                                "par la mutuelle et l'acte instituant les garanties (décision "
                                "unilatérale, accord ou référendum), déclare les "
                                "entrées et sorties de salariés et paie les cotisations %1.")
                     .arg(ref(QStringLiteral("C. mutualité art. L221-6 ; CSS art. L911-1"))),
                 QStringLiteral(
                     "Le salarié déclare ses ayants droit et leurs changements de situation et "
                     "fournit les justificatifs demandés ; "
                     "s'il remplit l'un des cas de dispense, il en fait la demande par écrit %1.")
                     .arg(ref(QStringLiteral("CSS art. R242-1-6 et D911-2")))},
                QStringLiteral("•"), kBlue);
    out +=
        heading(QStringLiteral("Quand et comment effectuer les paiements ?"), kBlue) + payments();
    out += heading(QStringLiteral("Quand commence et se termine la couverture ?"), kBlue) +
           QStringLiteral(
               "<p>Le contrat prend effet le <b>%1</b> pour une durée d'un an ; il se renouvelle "
               "ensuite par tacite reconduction à chaque "
               "échéance. La garantie d'un salarié débute à la date d'effet du contrat ou à son "
               "embauche et cesse à la rupture de son "
               "contrat de travail, sous réserve du maintien des garanties au titre de la "
               "portabilité, jusqu'à 12 mois %2, et du maintien "
               "à titre individuel ouvert aux anciens salariés %3.</p>")
               .arg(date, ref(QStringLiteral("CSS art. L911-8")),
                    ref(QStringLiteral("loi n° 89-1009 du 31 décembre 1989, art. 4")));
    out += heading(QStringLiteral("Comment puis-je résilier le contrat ?"), kBlue) +
           QStringLiteral(
               "<p>L'employeur peut résilier le contrat chaque année à l'échéance, par lettre ou "
               "tout autre support durable envoyé au moins "
               "deux mois avant cette date %1. <b>Après un an de contrat, il peut le résilier à "
               "tout moment</b>, sans frais ni pénalités : "
               "la résiliation prend effet un mois après que %2 en a reçu la notification %3.</p>")
               .arg(ref(QStringLiteral("C. mutualité art. L221-10")), mutuelle_,
                    ref(QStringLiteral("C. mutualité art. L221-10-2")));
    return out;
}
