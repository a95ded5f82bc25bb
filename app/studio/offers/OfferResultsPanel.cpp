#include "offers/OfferResultsPanel.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QScrollArea>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <vector>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/reference/ReferenceData.h"
#include "common/Counts.h"
#include "common/StudioText.h"

using namespace studio;

namespace {

const QColor kBlue(0x4a, 0x7f, 0xb5), kOrange(0xd9, 0x82, 0x2b), kRed(0xb0, 0x00, 0x20),
    kGreen(0x1b, 0x7f, 0x3b), kGrey(0x9a, 0xa5, 0xb1);
const QString kTable = QStringLiteral(
    "<table cellspacing=0 cellpadding=3 border=1 "
    "style='border-collapse:collapse;border-color:#c8ced6' width='100%'>");

QChartView* chartView(QChart* chart, int height) {
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setMinimumHeight(height);
    return view;
}
QLabel* note() {
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
}  // namespace

OfferResultsPanel::OfferResultsPanel(const cmcsim::ReferenceData& reference, QWidget* parent)
    : QTabWidget(parent), reference_(reference) {
    price_ = new QTextBrowser;
    price_->setObjectName(QStringLiteral("offerPrice"));
    compliance_ = new QTextBrowser;
    compliance_->setObjectName(QStringLiteral("offerCompliance"));

    riskChart_ = new QChart;
    riskChart_->setTitle(tr("Distribution du rapport sinistres / primes (S/P) annuel"));
    riskChart_->legend()->setAlignment(Qt::AlignBottom);
    riskSummary_ = note();
    auto* risk = new QWidget;
    auto* riskLayout = new QVBoxLayout(risk);
    riskLayout->addWidget(chartView(riskChart_, 280), 1);
    riskLayout->addWidget(riskSummary_);

    costChart_ = new QChart;
    costChart_->setTitle(tr("Qui paie quoi (par an)"));
    costChart_->legend()->setAlignment(Qt::AlignRight);
    itemsChart_ = new QChart;
    itemsChart_->setTitle(
        tr("Cotisation santé TTC par poste de soins<br><small>au prorata des prestations "
           "attendues, hors services</small>"));
    itemsChart_->legend()->hide();
    projectionChart_ = new QChart;
    projectionChart_->setTitle(tr("Projection sur 3 ans : cotisations santé annuelles"));
    projectionChart_->legend()->setAlignment(Qt::AlignBottom);
    projectionNote_ = note();
    itemsView_ = chartView(itemsChart_, 470);
    auto* charts = new QWidget;
    auto* chartsLayout = new QVBoxLayout(charts);
    chartsLayout->addWidget(chartView(costChart_, 240));
    chartsLayout->addWidget(itemsView_);
    chartsLayout->addWidget(chartView(projectionChart_, 260));
    chartsLayout->addWidget(projectionNote_);
    auto* chartsScroll = new QScrollArea;
    chartsScroll->setWidget(charts);
    chartsScroll->setWidgetResizable(true);
    chartsScroll->setFrameShape(QFrame::NoFrame);

    comparisonSummary_ = note();
    comparison_ = new QTableWidget(0, 3);
    comparison_->setHorizontalHeaderLabels(
        {tr("Poste de soins"), tr("Contrat actuel"), tr("Offre proposée")});
    comparison_->verticalHeader()->hide();
    comparison_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    comparison_->setSelectionMode(QAbstractItemView::NoSelection);
    comparison_->setAlternatingRowColors(true);
    comparison_->setWordWrap(true);
    for (int c = 0; c < 3; ++c)
        comparison_->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    comparison_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* compare = new QWidget;
    auto* compareLayout = new QVBoxLayout(compare);
    compareLayout->addWidget(comparisonSummary_);
    compareLayout->addWidget(comparison_, 1);

    addTab(price_, tr("Tarif"));
    addTab(compliance_, tr("Conformité"));
    addTab(risk, tr("Risque"));
    addTab(chartsScroll, tr("Graphiques"));
    addTab(compare, tr("Comparaison"));
}

QString OfferResultsPanel::categoryName(const std::string& category) {
    return category == "cadres"       ? tr("Cadres")
           : category == "non_cadres" ? tr("Non-cadres")
                                      : tr("Ensemble du personnel");
}

void OfferResultsPanel::clearChart(QChart* chart) {
    chart->removeAllSeries();
    for (auto* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void OfferResultsPanel::showMessage(const QString& message, const QStringList& details) {
    auto shown = QStringLiteral("<p><i>%1</i></p>").arg(message.toHtmlEscaped());
    if (!details.isEmpty()) {
        shown += QStringLiteral("<ul>");
        for (const auto& d : details)
            shown += QStringLiteral("<li style='color:#b00020'>%1</li>").arg(d.toHtmlEscaped());
        shown += QStringLiteral("</ul>");
    }
    price_->setHtml(shown);
    compliance_->setHtml(shown);
    riskSummary_->setText(shown);
    projectionNote_->setText(shown);
    comparisonSummary_->setText(shown);
    comparison_->setRowCount(0);
    for (auto* chart : {riskChart_, costChart_, itemsChart_, projectionChart_}) clearChart(chart);
}

void OfferResultsPanel::showStudy(const cmcsim::OfferStudy& study) {
    price_->setHtml(priceHtml(study));
    compliance_->setHtml(complianceHtml(study.compliance));
    showRisk(study.risk);
    showCosts(study.quote);
    showItems(study.quote);
    showProjection(study.comparison, study.diagnosis);
    showComparison(study.comparison, study.diagnosis);
}

QString OfferResultsPanel::priceHtml(const cmcsim::OfferStudy& s) const {
    const auto& q = s.quote;
    const auto productLabel = [this](const std::string& id) {
        const auto* p = reference_.offers.healthProduct(id);
        return p ? html(p->label) : html(id);
    };
    QString out;
    if (s.diagnosis.estimated)
        out += tr("<p style='color:#8a5a00'><b>Tarif sur un effectif estimé</b> : %1.</p>")
                   .arg(html(s.diagnosis.workforceBasis));
    for (const auto& h : q.health) {
        bool pmss = false;
        for (const auto& c : s.offer.categories)
            if (c.category == h.category && c.health) pmss = c.health->ratesInPmss;
        out +=
            tr("<h3>Santé — %1 — %2</h3>").arg(categoryName(h.category), productLabel(h.product));
        out += tr("<p>%1, %2</p>")
                   .arg(Counts::employees(h.employees), Counts::insuredPeople(h.insuredPeople));
        out += kTable + QStringLiteral(
                            "<tr style='background:#eef1f5'><th align=left>%1</th><th "
                            "align=right>%2</th><th align=right>%3</th><th align=right>%4</th>")
                            .arg(tr("Classe"), tr("Membres"), tr("Répartition attendue"),
                                 tr("Cotisation / mois"));
        if (pmss) out += QStringLiteral("<th align=right>%1</th>").arg(tr("% PMSS"));
        out += QStringLiteral("<th align=right>%1</th><th align=right>%2</th></tr>")
                   .arg(tr("Employeur"), tr("Salarié"));
        for (const auto& c : h.classes) {
            out += QStringLiteral(
                       "<tr><td>%1</td><td align=right>%2</td><td align=right><i>%3</i></td><td "
                       "align=right>%4</td>")
                       .arg(html(c.name), number(c.members, 0), number(c.expectedMembers, 1),
                            euros(c.monthly));
            if (pmss) out += QStringLiteral("<td align=right>%1 %</td>").arg(number(c.pctPmss, 3));
            out += QStringLiteral("<td align=right>%1</td><td align=right>%2</td></tr>")
                       .arg(euros(c.employerMonthly), euros(c.employeeMonthly));
        }
        out += QStringLiteral("</table>");
        out +=
            tr("<p><small>Membres : nombre entier de personnes de chaque classe sur lesquelles "
               "la cotisation est perçue (salariés ; en structure adulte / enfant, chaque "
               "personne couverte) ; répartition attendue : estimation du modèle familial (ayants "
               "droit facultatifs adhérant avec une probabilité).</small></p>");
        out += tr("<p>Cotisations annuelles %1 TTC dont taxe de solidarité additionnelle %2 (%3, "
                  "contrat %4) ; prestations attendues %5, soit %6 par salarié et par an ; S/P "
                  "attendu %7.</p>")
                   .arg(euros(h.annualPremium), euros(h.annualTaxes), percent(h.tsaRate, 2),
                        h.responsible ? tr("responsable") : tr("non responsable"),
                        euros(h.annualClaims), euros(h.expectedBenefitsPerEmployee()),
                        percent(h.expectedLossRatio));
        for (const auto& note : h.notes)
            out += QStringLiteral("<p style='color:#8a5a00'>%1</p>").arg(html(note));
    }
    if (q.servicesMonthlyPerEmployee > 0)
        out += tr("<p>Services : %1 par salarié et par mois, payés par l'employeur avec la "
                  "cotisation santé.</p>")
                   .arg(euros(q.servicesMonthlyPerEmployee));
    for (const auto& p : q.provident) {
        const auto* product = reference_.offers.providentProduct(p.product);
        out += tr("<h3>Prévoyance — %1 — %2</h3>")
                   .arg(categoryName(p.category), product ? html(product->label) : html(p.product));
        out += tr("<p>%1 : %2 de la tranche 1 (dont décès %3) et %4 de la tranche 2, dont "
                  "employeur %5 (T1) et %6 (T2) ; soit %7 du salaire brut ; cotisations "
                  "annuelles %8 (employeur %9, salariés %10) ; S/P attendu %11.</p>")
                   .arg(p.contractual ? tr("Taux contractuel") : tr("Tarif sur l'effectif"),
                        percent(p.rateT1, 2), percent(p.deathRateT1, 2), percent(p.rateT2, 2),
                        percent(p.employerRateT1, 2), percent(p.employerRateT2, 2),
                        percent(p.rateOfPay, 2), euros(p.annualPremium), euros(p.annualEmployer))
                   .arg(euros(p.annualEmployee), p.lossRatioDefined()
                                                     ? percent(p.expectedLossRatio)
                                                     : tr("non calculable (aucune cotisation)"));
        for (const auto& note : p.notes)
            out += QStringLiteral("<p style='color:#8a5a00'>%1</p>").arg(html(note));
    }
    out +=
        tr("<h3>Coût annuel</h3><p><b>Employeur : %1</b> (forfait social compris) — <b>salariés : "
           "%2</b> — cotisations : %3</p>")
            .arg(euros(q.annualEmployerCost), euros(q.annualEmployeeCost), euros(q.annualPremium));
    for (const auto& [category, sim] : q.payroll) {
        out += tr("<h3>Salarié type — %1</h3><p>Salaire brut annuel %2</p>")
                   .arg(categoryName(category), html(sim.input.grossPay.french()));
        out += kTable;
        for (const auto& f : sim.figures)
            out += QStringLiteral(
                       "<tr><td>%1<br><small style='color:#5f6b7a'>%2</small></td><td "
                       "align=right>%3</td></tr>")
                       .arg(html(f.label), html(f.reference), html(f.amount.french()));
        out += QStringLiteral("</table><ul>");
        for (const auto& c : sim.checks)
            out += QStringLiteral(
                       "<li><span style='color:%1'>%2</span> %3 — %4 <small "
                       "style='color:#5f6b7a'>(%5)</small></li>")
                       .arg(c.met ? kGreen.name() : kRed.name(),
                            c.met ? QStringLiteral("✔") : QStringLiteral("✘"), html(c.label),
                            html(c.detail), html(c.reference));
        out += QStringLiteral("</ul>");
    }
    return out;
}

QString OfferResultsPanel::complianceHtml(const cmcsim::ComplianceReport& report) const {
    using Verdict = cmcsim::ComplianceRule::Verdict;
    QString out = report.compliant() ? tr("<p style='background:%1;color:white;padding:6px'><b>✔ "
                                          "Offre conforme</b> : aucune règle enfreinte.</p>")
                                           .arg(kGreen.name())
                                     : tr("<p style='background:%1;color:white;padding:6px'><b>✘ "
                                          "Offre non conforme</b> : elle peut être enregistrée, "
                                          "mais pas proposée en l'état.</p>")
                                           .arg(kRed.name());
    // Failed rules first, then those to check, then those met: among some sixty rules, a failure
    // listed in the engine's order sat below dozens of met ones, out of sight.
    std::vector<const cmcsim::ComplianceRule*> ordered;
    for (const auto verdict : {Verdict::NotMet, Verdict::ToCheck, Verdict::Met})
        for (const auto& r : report.rules)
            if (r.verdict == verdict) ordered.push_back(&r);
    for (const auto* rule : ordered) {
        const auto& r = *rule;
        const QColor color = r.verdict == Verdict::Met      ? kGreen
                             : r.verdict == Verdict::NotMet ? kRed
                                                            : kOrange;
        const QString mark = r.verdict == Verdict::Met      ? QStringLiteral("✔")
                             : r.verdict == Verdict::NotMet ? QStringLiteral("✘")
                                                            : QStringLiteral("?");
        out += QStringLiteral(
                   "<p style='margin-left:22px;text-indent:-22px'><b "
                   "style='color:%1'>%2</b>&nbsp;&nbsp;<b>%3</b><br>%4 — "
                   "<i style='color:%1'>%5</i><br><small style='color:#5f6b7a'>%6</small></p>")
                   .arg(color.name(), mark, html(r.label), html(r.figures),
                        html(cmcsim::ComplianceReport::verdictLabel(r.verdict)), html(r.reference));
    }
    return out;
}

void OfferResultsPanel::showRisk(const cmcsim::RiskReport& r) {
    clearChart(riskChart_);
    // Bins of 5 points from 0 % to 200 %: a step outline, blue below 100 % and red from 100 %.
    const auto area = [&](std::size_t from, std::size_t to, const QString& name,
                          const QColor& color) {
        auto* upper = new QLineSeries;
        for (std::size_t i = from; i < to && i < r.histogram.size(); ++i) {
            const double share = 100 * r.histogram[i];
            upper->append(5.0 * static_cast<double>(i), share);
            upper->append(5.0 * static_cast<double>(i + 1), share);
        }
        auto* series = new QAreaSeries(upper);
        series->setName(name);
        series->setColor(color);
        series->setBorderColor(color.darker(130));
        riskChart_->addSeries(series);
        return series;
    };
    auto* below = area(0, 20, tr("S/P inférieur à 100 %"), kBlue);
    auto* above = area(20, 40, tr("S/P de 100 % et plus : perte pour la mutuelle"), kRed);
    const double top =
        r.histogram.empty() ? 1.0 : 100 * *std::max_element(r.histogram.begin(), r.histogram.end());
    auto* x = new QValueAxis;
    x->setRange(0, 200);
    x->setTickCount(11);
    x->setLabelFormat(QStringLiteral("%.0f %%"));
    x->setTitleText(tr("S/P annuel (5 points par barre ; la dernière regroupe 195 % et plus)"));
    auto* y = new QValueAxis;
    y->setRange(0, std::max(1.0, top * 1.1));
    y->setLabelFormat(QStringLiteral("%.0f %%"));
    y->applyNiceNumbers();
    y->setTitleText(tr("part des années"));
    riskChart_->addAxis(x, Qt::AlignBottom);
    riskChart_->addAxis(y, Qt::AlignLeft);
    for (auto* s : {below, above}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    const auto& qs = r.lossRatioQuantiles;
    riskSummary_->setText(tr("<p><b>P(S/P &gt; 100 %) = %1</b> (la mutuelle perd de l'argent) ; "
                             "P(S/P &gt; 110 %) = %2 (hausse de cotisation probable).</p>"
                             "<p>S/P : 5 % des années sous %3 — quartiles %4, <b>médiane %5</b>, "
                             "%6 — 5 % des années au-dessus de %7.</p>"
                             "<p>Prestations annuelles : moyenne %8 (simulée %9), écart type %10, "
                             "coefficient de variation %11 ; primes hors taxes %12.</p>"
                             "<p><i>%13 années simulées.</i></p>")
                              .arg(percent(r.probabilityLossAbove100, 2),
                                   percent(r.probabilityIncreaseNeeded, 2), percent(qs[0]),
                                   percent(qs[1]), percent(qs[2]), percent(qs[3]), percent(qs[4]),
                                   euros(r.analyticMean), euros(r.simulatedMean))
                              .arg(euros(r.analyticStdDev), percent(r.coefficientOfVariation()),
                                   euros(r.premium), number(r.years)));
}

void OfferResultsPanel::showCosts(const cmcsim::OfferQuote& q) {
    clearChart(costChart_);
    const auto& c = q.costs;
    auto* pie = new QPieSeries;
    const auto slice = [&](const QString& name, double value, const QColor& color) {
        if (value <= 0.005) return;
        auto* s = pie->append(QStringLiteral("%1 : %2 €").arg(name, number(value)), value);
        s->setColor(color);
    };
    slice(tr("Employeur, cotisations"), c.employerContributions, kBlue);
    slice(tr("Employeur, forfait social"), c.forfaitSocial, kBlue.lighter(150));
    slice(tr("Salariés, cotisations"), c.employeeContributions, kOrange);
    slice(tr("Salariés, CSG/CRDS"), c.employeeCharges, kOrange.lighter(140));
    pie->setPieSize(0.8);
    costChart_->addSeries(pie);
    costChart_->setTitle(
        tr("Qui paie quoi, par an (taxes sur les cotisations santé comprises : %1 €)")
            .arg(number(c.taxes)));
}

void OfferResultsPanel::showItems(const cmcsim::OfferQuote& q) {
    clearChart(itemsChart_);
    const auto& items = reference_.offers.careItems;
    std::vector<double> premium(items.size(), 0.0);
    for (const auto& h : q.health) {
        const Eigen::VectorXd byItem = h.premiumByItem();
        for (std::size_t i = 0; i < items.size() && static_cast<Eigen::Index>(i) < byItem.size();
             ++i)
            premium[i] += byItem(static_cast<Eigen::Index>(i));
    }
    auto* set = new QBarSet(tr("Cotisation TTC"));
    set->setColor(kBlue);
    set->setBorderColor(Qt::transparent);
    QStringList labels;
    for (std::size_t k = items.size();
         k-- > 0;) {  // horizontal bars draw the first category at the bottom
        QString label = text(items[k].label);
        if (const auto cut = label.indexOf(QLatin1String(" (")); cut > 0) label.truncate(cut);
        if (label.size() > 32)
            label = label.left(15) + QChar(0x2026) +
                    label.right(16);  // the end tells similar items apart
        while (labels.contains(label)) label += QChar(0x200B);
        labels << label;
        *set << premium[k];
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    connect(set, &QBarSet::hovered, this, [this, premium](bool status, int index) {
        const auto k = premium.size() - 1 - static_cast<std::size_t>(std::max(0, index));
        if (status && k < premium.size())
            QToolTip::showText(QCursor::pos(), tr("%1 : %2 € par an")
                                                   .arg(text(reference_.offers.careItems[k].label),
                                                        number(premium[k])));
        else
            QToolTip::hideText();
    });
    itemsChart_->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(labels);
    axis->setTruncateLabels(false);
    axis->setGridLineVisible(false);
    itemsChart_->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    auto* values = new QValueAxis;
    values->setRange(0, std::max(1.0, *std::max_element(premium.begin(), premium.end()) * 1.25));
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->applyNiceNumbers();
    values->setTitleText(tr("€ par an"));
    itemsChart_->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
}

void OfferResultsPanel::showProjection(const cmcsim::OfferComparison& c,
                                       const cmcsim::Diagnosis& d) {
    clearChart(projectionChart_);
    auto* current = new QBarSet(tr("Contrat actuel"));
    auto* proposed = new QBarSet(tr("Offre proposée"));
    current->setColor(kGrey);
    proposed->setColor(kBlue);
    double top = 1;
    for (std::size_t y = 0; y < 3; ++y) {
        *current << c.currentProjection[y];
        *proposed << c.proposedProjection[y];
        top = std::max({top, c.currentProjection[y], c.proposedProjection[y]});
    }
    auto* series = new QBarSeries;
    series->append(current);
    series->append(proposed);
    projectionChart_->addSeries(series);
    auto* years = new QBarCategoryAxis;
    years->append({tr("Année 1"), tr("Année 2"), tr("Année 3")});
    projectionChart_->addAxis(years, Qt::AlignBottom);
    series->attachAxis(years);
    auto* values = new QValueAxis;
    values->setRange(0, top * 1.1);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->applyNiceNumbers();
    values->setTitleText(tr("€ par an"));
    projectionChart_->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    QStringList years3;
    for (std::size_t y = 0; y < 3; ++y)
        years3 << tr("année %1 : actuel %2, proposé %3 €")
                      .arg(y + 1)
                      .arg(d.premiumKnown ? number(c.currentProjection[y]) + QStringLiteral(" €")
                                          : tr("non connu"),
                           number(c.proposedProjection[y]));
    projectionNote_->setText(
        tr("<p>%1.</p><p>Inflation médicale de %2 par an (hypothèse). Contrat actuel : %3.</p>")
            .arg(years3.join(QStringLiteral(" ; ")), percent(c.medicalInflation),
                 html(d.currentHealth)));
}

void OfferResultsPanel::showComparison(const cmcsim::OfferComparison& c,
                                       const cmcsim::Diagnosis& d) {
    comparisonSummary_->setText(
        tr("<p><b>Contrat actuel</b> : %1.</p><p>Cotisation par salarié et par mois : actuelle "
           "<b>%2</b>, proposée <b>%3</b>. "
           "Prestations attendues par salarié et par an : actuelles %4, proposées %5.</p>")
            .arg(html(d.currentHealth),
                 d.premiumKnown ? euros(c.currentMonthlyPerEmployee) : tr("non connue"),
                 euros(c.proposedMonthlyPerEmployee),
                 d.coverKnown ? euros(c.currentExpectedBenefitsPerPerson) : tr("non connues"),
                 euros(c.proposedExpectedBenefitsPerPerson)));
    comparison_->setRowCount(static_cast<int>(c.guarantees.size()));
    for (std::size_t i = 0; i < c.guarantees.size(); ++i) {
        const auto& line = c.guarantees[i];
        const int row = static_cast<int>(i);
        comparison_->setItem(row, 0, new QTableWidgetItem(text(line.item)));
        comparison_->setItem(row, 1, new QTableWidgetItem(text(line.current)));
        auto* proposed = new QTableWidgetItem(text(line.proposed));
        if (line.proposed != line.current) {
            QFont bold = proposed->font();
            bold.setBold(true);
            proposed->setFont(bold);
        }
        comparison_->setItem(row, 2, proposed);
    }
}
