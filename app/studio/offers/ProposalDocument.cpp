#include "offers/ProposalDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <cmath>
#include <utility>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/offer/HealthPricing.h"
#include "cmcsim/reference/ReferenceData.h"
#include "common/StudioText.h"
#include "offers/ProductInformationSheet.h"

using namespace studio;

namespace {
QString categoryName(const std::string& c) {
    return c == "cadres"       ? QStringLiteral("Cadres")
           : c == "non_cadres" ? QStringLiteral("Non-cadres")
                               : QStringLiteral("Ensemble du personnel");
}
QString reference(const QString& text) {
    return QStringLiteral("<span style='color:#5f6b7a;font-size:7.5pt'>%1</span>").arg(text);
}

const QString kTable = QStringLiteral(
    "<table width='100%' cellspacing=0 cellpadding=3 border=1 "
    "style='border-collapse:collapse;border-color:#b9c2cc'>");
const QString kHead = QStringLiteral("<tr style='background-color:#e3e9f0'>");
constexpr double kMarginMm = 15, kFooterMm = 7, kLayoutDpi = 96;

const std::pair<const char*, const char*> kProvidentLabels[] = {
    {"deces_capital", "Capital décès toutes causes, en % du salaire annuel brut"},
    {"deces_double_effet",
     "Double effet (capital versé aux enfants au décès du conjoint), en % du capital"},
    {"rente_education", "Rente éducation par enfant à charge, en % du salaire annuel brut"},
    {"incapacite_ij",
     "Indemnités journalières d'incapacité, en % du salaire brut, Sécurité sociale incluse"},
    {"invalidite_rente",
     "Rente d'invalidité (2e et 3e catégories), en % du salaire brut, Sécurité sociale incluse"}};

// Moves to the next page each heading that would otherwise end a page, with its first lines.
void keepHeadingsWithText(QTextDocument& document) {
    const double page = document.pageSize().height();
    auto* layout = document.documentLayout();
    for (auto block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || QTextCursor(block).currentTable()) continue;
        const QRectF box = layout->blockBoundingRect(block);
        const double room = page - std::fmod(box.top(), page);
        if (room < box.height() + 4 * QFontMetricsF(document.defaultFont()).lineSpacing()) {
            auto format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            document.markContentsDirty(
                0,
                document.characterCount());  // the incremental layout would misplace what follows
        }
    }
}
}  // namespace

ProposalDocument::ProposalDocument(const cmcsim::ReferenceData& reference,
                                   const cmcsim::OfferStudy& study, QString mutuelle, QString date)
    : reference_(reference),
      study_(study),
      mutuelle_(std::move(mutuelle)),
      date_(std::move(date)) {}

QString ProposalDocument::html() const {
    return QStringLiteral("<html><body>") + header() + company() + needs() + guarantees() +
           contributions() + payroll() + compliance() +
           ProductInformationSheet(reference_, study_, mutuelle_).html() + complaints() +
           QStringLiteral(
               "<p style='color:#5f6b7a;font-size:7.5pt'><i>Document d'entraînement établi avec "
               "cmcsim : l'organisme, l'entreprise, "
               "les effectifs et les montants sont simulés.</i></p></body></html>");
}

QString ProposalDocument::header() const {
    const auto& d = study_.diagnosis;
    return QStringLiteral(
               "<table width='100%' cellpadding=10 style='background-color:#1f4e79'><tr><td>"
               "<p style='color:white;font-size:16pt'><b>%1</b></p>"
               "<p style='color:white;font-size:12pt'>Proposition de complémentaire santé et de "
               "prévoyance collectives</p>"
               "<p style='color:white;font-size:11pt'>pour <b>%2</b> — SIRET %3</p>"
               "<p style='color:#dce6f0'>%4 — proposition du %5 — date d'effet proposée : "
               "%6</p></td></tr></table>")
        .arg(mutuelle_.toHtmlEscaped(), studio::html(d.name), studio::html(d.siret),
             studio::html(study_.offer.title), date_.toHtmlEscaped(),
             studio::html(study_.offer.effectiveDate.french()));
}

QString ProposalDocument::company() const {
    const auto& d = study_.diagnosis;
    QString out = QStringLiteral("<h2>Votre entreprise</h2><table cellpadding=2>");
    const auto line = [&out](const QString& label, const QString& value) {
        out += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label, value);
    };
    line(QStringLiteral("Raison sociale"), studio::html(d.name));
    line(QStringLiteral("SIREN / SIRET"),
         studio::html(d.siren) + QStringLiteral(" / ") + studio::html(d.siret));
    line(QStringLiteral("Activité"), studio::html(d.naf));
    line(QStringLiteral("Convention collective"), studio::html(d.agreement));
    line(QStringLiteral("Forme juridique"), studio::html(d.legalForm));
    line(QStringLiteral("Effectif"),
         QStringLiteral("%1 salariés, dont %2 cadres ; âge moyen %3 ans%4")
             .arg(number(d.employees), number(d.cadres), number(d.meanAge, 1),
                  d.estimated ? QStringLiteral(" (%1)").arg(studio::html(d.workforceBasis))
                              : QString()));
    line(QStringLiteral("Contrat santé actuel"), studio::html(d.currentHealth));
    line(QStringLiteral("Prévoyance actuelle"), studio::html(d.currentProvident));
    return out + QStringLiteral("</table>");
}

QString ProposalDocument::needs() const {
    const auto& text = study_.offer.needsAndRequirements;
    return QStringLiteral("<h2>Vos besoins et exigences</h2>") +
           (text.empty() ? QStringLiteral("<p style='color:#b00020'><i>Non renseignés.</i></p>")
                         : QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
                               .arg(studio::html(text))) +
           QStringLiteral("<p>%1</p>")
               .arg(reference(
                   QStringLiteral("Recueillis avant toute proposition, au titre du devoir de "
                                  "conseil : la proposition qui suit est "
                                  "cohérente avec ces besoins et exigences (C. assur. art. L521-4 "
                                  "; C. mutualité art. L116-6 ; "
                                  "directive (UE) 2016/97 sur la distribution d'assurances).")));
}

QString ProposalDocument::guarantees() const {
    struct Column {
        QString name;
        const cmcsim::HealthProduct* product;
        std::vector<const cmcsim::HealthProduct*> options;
    };
    const auto& catalogue = reference_.offers;
    std::vector<Column> columns;
    for (const auto& c : study_.offer.categories) {
        if (!c.health) continue;
        Column column{categoryName(c.category), catalogue.healthProduct(c.health->product), {}};
        if (!column.product) continue;
        column.name += QStringLiteral("<br>") + studio::html(column.product->label);
        for (const auto& id : c.health->options)
            if (const auto* o = catalogue.healthProduct(id)) {
                column.options.push_back(o);
                column.name += QStringLiteral(" + ") + studio::html(o->label);
            }
        columns.push_back(std::move(column));
    }
    QString out = QStringLiteral("<h2>Tableau de garanties</h2>");
    if (!columns.empty()) {
        out += QStringLiteral(
                   "<p>Remboursements Sécurité sociale incluse, dans la limite des frais réels (BR "
                   ": base de remboursement de la "
                   "Sécurité sociale).</p>") +
               kTable + QStringLiteral("<thead>") + kHead +
               QStringLiteral("<th align=left>Poste de soins</th>");
        for (const auto& c : columns) out += QStringLiteral("<th align=left>%1</th>").arg(c.name);
        out += QStringLiteral("</tr></thead>");
        for (const auto& item : catalogue.careItems) {
            out += QStringLiteral("<tr><td>%1</td>").arg(studio::html(item.label));
            for (const auto& c : columns)
                out += QStringLiteral("<td>%1</td>")
                           .arg(studio::html(cmcsim::OfferComparison::describe(
                               item, cmcsim::HealthPricing::effectiveGuarantee(item.id, *c.product,
                                                                               c.options))));
            out += QStringLiteral("</tr>");
        }
        out += QStringLiteral("</table>");
    }
    for (const auto& c : study_.offer.categories) {
        if (!c.provident) continue;
        const auto* product = catalogue.providentProduct(c.provident->product);
        if (!product) continue;
        out += QStringLiteral("<h3>Prévoyance — %1 — %2</h3>")
                   .arg(categoryName(c.category), studio::html(product->label)) +
               kTable;
        for (const auto& [kind, label] : kProvidentLabels) {
            const double value = product->value(kind);
            if (value <= 0) continue;
            QString shown = number(value) + QStringLiteral(" %");
            if (std::string(kind) == "incapacite_ij" && product->waitingDays() > 0)
                shown +=
                    QStringLiteral(", après une franchise de %1 jours").arg(product->waitingDays());
            out += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                       .arg(QString::fromUtf8(label), shown);
        }
        out += QStringLiteral("</table>");
    }
    if (!study_.offer.services.empty()) {
        out += QStringLiteral("<h3>Services inclus</h3><ul>");
        for (const auto& id : study_.offer.services)
            if (const auto* s = catalogue.service(id))
                out += QStringLiteral("<li><b>%1</b> : %2</li>")
                           .arg(studio::html(s->label), studio::html(s->description));
        out += QStringLiteral("</ul>");
    }
    return out;
}

QString ProposalDocument::contributions() const {
    const auto& q = study_.quote;
    const int year = study_.diagnosis.year;
    const double pmss = reference_.regulation.value(year, "pmss");
    QString out = QStringLiteral("<h2>Cotisations</h2>");
    for (const auto& h : q.health) {
        const auto* product = reference_.offers.healthProduct(h.product);
        out += QStringLiteral("<h3>Santé — %1 — %2</h3>")
                   .arg(categoryName(h.category),
                        product ? studio::html(product->label) : studio::html(h.product));
        out += kTable + kHead +
               QStringLiteral(
                   "<th align=left>Classe</th><th align=right>Cotisation mensuelle TTC</th><th "
                   "align=right>en % du PMSS</th>"
                   "<th align=right>Part employeur</th><th align=right>Part salarié</th></tr>");
        for (const auto& c : h.classes)
            out += QStringLiteral(
                       "<tr><td>%1</td><td align=right>%2</td><td align=right>%3 %</td><td "
                       "align=right>%4</td><td align=right>%5</td></tr>")
                       .arg(studio::html(c.name), euros(c.monthly), number(c.pctPmss, 3),
                            euros(c.employerMonthly), euros(c.employeeMonthly));
        out += QStringLiteral(
                   "</table><p>%1 salariés, %2 personnes couvertes ; cotisations annuelles %3, "
                   "dont taxes %4.</p>")
                   .arg(number(h.employees), number(h.insuredPeople), euros(h.annualPremium),
                        euros(h.annualTaxes));
    }
    out += QStringLiteral("<p>%1</p>")
               .arg(reference(
                   QStringLiteral("PMSS %1 : %2. Taxe de solidarité additionnelle de %3 % incluse "
                                  "pour un contrat "
                                  "responsable (CSS art. L862-4).")
                       .arg(year)
                       .arg(euros(pmss),
                            number(reference_.regulation.value(year, "tsa_responsable_pct"), 2))));
    if (q.servicesMonthlyPerEmployee > 0)
        out += QStringLiteral(
                   "<p>Services : %1 par salarié et par mois, à la charge de l'employeur.</p>")
                   .arg(euros(q.servicesMonthlyPerEmployee));
    for (const auto& p : q.provident) {
        const auto* product = reference_.offers.providentProduct(p.product);
        out += QStringLiteral(
                   "<h3>Prévoyance — %1 — %2</h3><p>Taux de cotisation : <b>%3 du salaire brut</b> "
                   "(dont décès %4) ; cotisations "
                   "annuelles %5, dont employeur %6 et salariés %7.</p>")
                   .arg(categoryName(p.category),
                        product ? studio::html(product->label) : studio::html(p.product),
                        percent(p.rateOfPay, 2), percent(p.deathRateOfPay, 2),
                        euros(p.annualPremium), euros(p.annualEmployer), euros(p.annualEmployee));
    }
    out +=
        QStringLiteral(
            "<p><b>Coût annuel total : employeur %1 (forfait social compris), salariés %2.</b></p>")
            .arg(euros(q.annualEmployerCost), euros(q.annualEmployeeCost));
    return out;
}

QString ProposalDocument::payroll() const {
    QString out = QStringLiteral(
                      "<h2>Traitement social et fiscal</h2><p>Pour un salarié type de chaque "
                      "catégorie, aux paramètres %1.</p>")
                      .arg(study_.diagnosis.year);
    for (const auto& [category, sim] : study_.quote.payroll) {
        out += QStringLiteral("<h3>%1 — salaire brut annuel %2</h3>")
                   .arg(categoryName(category), studio::html(sim.input.grossPay.french())) +
               kTable;
        for (const auto& f : sim.figures)
            out += QStringLiteral("<tr><td>%1<br>%2</td><td align=right width='18%'>%3</td></tr>")
                       .arg(studio::html(f.label), reference(studio::html(f.reference)),
                            studio::html(f.amount.french()));
        out += QStringLiteral("</table>");
        for (const auto& c : sim.checks)
            out += QStringLiteral("<p><span style='color:%1'><b>%2</b></span> %3 : %4 %5</p>")
                       .arg(c.met ? QStringLiteral("#1b7f3b") : QStringLiteral("#b00020"),
                            c.met ? QStringLiteral("✔") : QStringLiteral("✘"),
                            studio::html(c.label), studio::html(c.detail),
                            reference(QStringLiteral("(%1)").arg(studio::html(c.reference))));
    }
    return out;
}

QString ProposalDocument::compliance() const {
    using Verdict = cmcsim::ComplianceRule::Verdict;
    const bool ok = study_.compliance.compliant();
    QString out =
        QStringLiteral("<h2>Conformité</h2><p style='color:%1'><b>%2</b></p>")
            .arg(ok ? QStringLiteral("#1b7f3b") : QStringLiteral("#b00020"),
                 ok ? QStringLiteral("Offre conforme aux règles vérifiées ci-dessous.")
                    : QStringLiteral(
                          "Offre non conforme : au moins une règle n'est pas respectée."));
    out += kTable + QStringLiteral("<thead>") + kHead +
           QStringLiteral(
               "<th></th><th align=left>Règle</th><th align=left>Constat</th></tr></thead>");
    for (const auto& r : study_.compliance.rules) {
        const auto color = r.verdict == Verdict::Met      ? QStringLiteral("#1b7f3b")
                           : r.verdict == Verdict::NotMet ? QStringLiteral("#b00020")
                                                          : QStringLiteral("#d9822b");
        const auto mark = r.verdict == Verdict::Met      ? QStringLiteral("✔")
                          : r.verdict == Verdict::NotMet ? QStringLiteral("✘")
                                                         : QStringLiteral("?");
        out += QStringLiteral(
                   "<tr><td align=center style='color:%1'><b>%2</b></td><td>%3<br>%4</td><td>%5 "
                   "(%6)</td></tr>")
                   .arg(color, mark, studio::html(r.label), reference(studio::html(r.reference)),
                        studio::html(r.figures),
                        studio::html(cmcsim::ComplianceReport::verdictLabel(r.verdict)));
    }
    return out + QStringLiteral("</table>");
}

QString ProposalDocument::complaints() const {
    const auto m = mutuelle_.toHtmlEscaped();
    return QStringLiteral(
               "<h2>Réclamations et médiation</h2>"
               "<p>Pour toute réclamation, adressez-vous d'abord à votre conseiller, puis par "
               "écrit au service Réclamations de %1. "
               "<b>%1 accuse réception de votre réclamation dans un délai de 10 jours "
               "ouvrables</b> au plus à compter de son envoi, sauf si la "
               "réponse vous est apportée dans ce délai, <b>et y répond dans un délai de deux "
               "mois</b> au plus à compter de son envoi.<br>%2</p>"
               "<p>Si la réponse ne vous satisfait pas, ou sans réponse au bout de deux mois, vous "
               "pouvez saisir gratuitement le "
               "<b>Médiateur de la Mutualité française</b>, par courrier (Médiateur de la "
               "Mutualité française, FNMF, 255 rue de Vaugirard, "
               "75719 Paris Cedex 15) ou sur www.mediateur-mutualite.fr, dans un délai d'un an à "
               "compter de votre réclamation écrite. "
               "Le recours au médiateur ne vous prive pas de la possibilité de saisir ensuite le "
               "tribunal compétent.<br>%3</p>"
               "<p>%1 est soumise au contrôle de l'Autorité de contrôle prudentiel et de "
               "résolution (ACPR), 4 place de Budapest, CS 92459, "
               "75436 Paris Cedex 09.</p>")
        .arg(
            m,
            reference(QStringLiteral(
                "Recommandation ACPR 2022-R-01 du 9 mai 2022 sur le traitement des réclamations.")),
            reference(QStringLiteral("C. consommation art. L611-1 et suivants, notamment L612-2 "
                                     "(médiation de la consommation).")));
}

bool ProposalDocument::writePdf(const QString& file, QString* error) const {
    QSaveFile out(file);  // written to a temporary file, renamed only when complete
    if (!out.open(QIODevice::WriteOnly)) {
        if (error) *error = out.errorString();
        return false;
    }
    {
        QPdfWriter writer(&out);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                              QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(
            QStringLiteral("Proposition — %1").arg(QString::fromStdString(study_.diagnosis.name)));
        writer.setCreator(QStringLiteral("cmcsim-studio"));

        // Laid out at 96 dpi on a page the size of the printable area less the footer, then scaled
        // to the writer.
        QImage layoutDevice(1, 1, QImage::Format_RGB32);
        layoutDevice.setDotsPerMeterX(static_cast<int>(kLayoutDpi / 0.0254));
        layoutDevice.setDotsPerMeterY(static_cast<int>(kLayoutDpi / 0.0254));
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&layoutDevice);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(8.5);
        document.setDefaultFont(font);
        document.setDocumentMargin(0);
        const double scale = writer.resolution() / kLayoutDpi;
        const double footer = kFooterMm / 25.4 * writer.resolution();
        const QSizeF page(writer.width() / scale, (writer.height() - footer) / scale);
        document.setPageSize(page);
        document.setHtml(html());
        keepHeadingsWithText(document);

        QPainter painter(&writer);
        QFont small = font;
        small.setPointSizeF(7);
        const int pages = document.pageCount();
        for (int i = 0; i < pages; ++i) {
            if (i > 0) writer.newPage();
            painter.save();
            painter.scale(scale, scale);
            painter.translate(0, -i * page.height());
            document.drawContents(&painter,
                                  QRectF(0, i * page.height(), page.width(), page.height()));
            painter.restore();
            painter.setFont(small);
            painter.setPen(QColor(0x5f, 0x6b, 0x7a));
            const QRectF band(0, writer.height() - footer * 0.6, writer.width(), footer * 0.6);
            painter.drawText(band, Qt::AlignLeft | Qt::AlignBottom,
                             QStringLiteral("%1 — proposition pour %2")
                                 .arg(mutuelle_, QString::fromStdString(study_.diagnosis.name)));
            painter.drawText(band, Qt::AlignRight | Qt::AlignBottom,
                             QStringLiteral("page %1 / %2").arg(i + 1).arg(pages));
        }
    }
    if (!out.commit()) {
        if (error) *error = out.errorString();
        return false;
    }
    return true;
}
