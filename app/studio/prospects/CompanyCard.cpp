#include "prospects/CompanyCard.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QValueAxis>
#include <array>
#include <cmath>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/Siret.h"
#include "common/Counts.h"
#include "common/CoverageLevels.h"
#include "common/ReadOnlyGuard.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"
#include "evaluation/TruthHtml.h"
#include "prospects/FlagDialog.h"

using namespace studio;

namespace {
QString employeesText(double n) {
    return n < 2 ? QCoreApplication::translate("CompanyCard", "%1 salarié").arg(n)
                 : QCoreApplication::translate("CompanyCard", "%1 salariés").arg(n);
}
const std::array<const char*, 6> kAges = {"16-24", "25-34", "35-44", "45-54", "55-64", "65+"};
}  // namespace

CompanyCard::CompanyCard(StudioSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    details_ = new QTextBrowser;
    details_->setObjectName(QStringLiteral("cardDetails"));
    pyramid_ = new QChart;
    pyramid_->setTitle(tr("Pyramide des âges (état du personnel de l'établissement)"));
    // The legend beside the bars leaves the six age bands their height at 1366×768.
    pyramid_->legend()->setAlignment(Qt::AlignRight);
    pyramid_->setMargins(QMargins(4, 4, 4, 4));
    ages_ = new QBarCategoryAxis;
    for (const auto* age : kAges) ages_->append(QString::fromLatin1(age));
    ages_->setTruncateLabels(false);  // short labels that Qt 6.4 would otherwise elide to "..."
    people_ = new QCategoryAxis;
    people_->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    pyramid_->addAxis(ages_, Qt::AlignLeft);
    pyramid_->addAxis(people_, Qt::AlignBottom);
    census_ = new QChartView(pyramid_);
    census_->setRenderHint(QPainter::Antialiasing);
    census_->setMinimumHeight(220);
    census_->setObjectName(QStringLiteral("cardCensus"));
    censusSummary_ = new QLabel;
    censusSummary_->setObjectName(QStringLiteral("cardCensusSummary"));
    censusSummary_->setWordWrap(true);
    verify_ = new QPushButton(tr("Vérifier la fiche"));
    verify_->setToolTip(tr("Appel et contrôle SIRENE : remplace les données du fichier par la "
                           "réalité (%1 jour d'analyse)")
                            .arg(number(cmcsim::AttemptState::kVerificationDays, 2)));
    requestCensus_ = new QPushButton(tr("Demander l'état du personnel"));
    requestCensus_->setObjectName(QStringLiteral("requestCensus"));
    requestCensus_->setToolTip(
        tr("Demande à l'entreprise son état du personnel (âge, sexe, cadres, situation familiale, "
           "salaires) : %1 jour d'analyse, définitif")
            .arg(number(cmcsim::AttemptState::kCensusRequestDays, 2)));
    flag_ = new QPushButton(tr("Signaler…"));
    tag_ = new QPushButton(tr("Étiqueter…"));
    note_ = new QPushButton(tr("Note…"));
    offer_ = new QPushButton(tr("Construire une offre…"));
    offer_->setToolTip(
        tr("Ouvrir l'onglet « Offres » sur cette entreprise : diagnostic, tarif, conformité, "
           "proposition"));
    auto* actions = new QHBoxLayout;
    for (auto* b : {verify_, requestCensus_, flag_, tag_, note_, offer_}) actions->addWidget(b);
    for (auto* b : {verify_, requestCensus_, flag_, tag_, note_}) studio::guardCommand(b, session_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(actions);
    layout->addWidget(details_, 3);
    layout->addWidget(census_, 2);
    layout->addWidget(censusSummary_);
    connect(verify_, &QPushButton::clicked, this, &CompanyCard::verify);
    connect(requestCensus_, &QPushButton::clicked, this, &CompanyCard::requestCensus);
    connect(flag_, &QPushButton::clicked, this, &CompanyCard::askFlag);
    connect(tag_, &QPushButton::clicked, this, &CompanyCard::askTag);
    connect(note_, &QPushButton::clicked, this, &CompanyCard::askNote);
    connect(offer_, &QPushButton::clicked, this, [this] {
        if (line_)
            Q_EMIT offerRequested(QString::fromStdString(
                cmcsim::siret::formatSiret(session_.view().rows()[*line_].siret)));
    });
    showLine(std::nullopt);
}

void CompanyCard::showLine(std::optional<std::uint32_t> line) {
    line_ = line;
    refresh();
}

void CompanyCard::refresh() {
    for (auto* b : {verify_, requestCensus_, flag_, tag_, note_, offer_})
        b->setEnabled(line_.has_value());
    if (!line_) {
        details_->setHtml(
            tr("<p><i>Choisissez une ligne du fichier prospects pour voir sa fiche.</i></p>"));
        pyramid_->removeAllSeries();
        census_->hide();  // no empty pyramid before a line is chosen
        censusSummary_->clear();
        return;
    }
    const auto& row = session_.view().rows()[*line_];
    verify_->setEnabled(!row.verified);
    verify_->setText(row.verified ? tr("Fiche vérifiée") : tr("Vérifier la fiche"));
    const bool censusKnown = session_.view().knowledge().censusRevealed(*line_);
    requestCensus_->setEnabled(!censusKnown);
    requestCensus_->setText(censusKnown ? tr("État du personnel reçu")
                                        : tr("Demander l'état du personnel"));
    // Evaluator mode on a handed-in attempt: the hidden truth under what the candidate saw.
    details_->setHtml((session_.truthOpen() ? TruthHtml::line(session_, *line_) : QString()) +
                      describe());
    updateCensusChart();
}

QString CompanyCard::describe() const {
    const auto& ref = session_.reference();
    const auto& market = session_.market();
    const auto& knowledge = session_.view().knowledge();
    const auto& row = session_.view().rows()[*line_];
    const auto known = knowledge.company(*line_);
    const auto& company = *known.directory;  // public directory facts only (SIRENE)
    const auto& naf = ref.naf.codes()[row.naf];
    const auto& commune = ref.geography.communes()[row.commune];
    QString page = QStringLiteral("<h2>%1</h2>").arg(html(*row.name));
    page += QStringLiteral("<p>SIRET %1 — SIREN %2")
                .arg(html(cmcsim::siret::formatSiret(row.siret)),
                     html(cmcsim::siret::formatSiren(row.siret / 100000)));
    if (row.verified) page += tr(" — <b>fiche vérifiée</b>");
    if (row.closed) page += tr(" — <b style='color:#a33'>établissement fermé</b>");
    if (row.mutuelleClient) page += tr(" — <b>client de votre mutuelle</b>");
    page += QStringLiteral("</p><table cellspacing=3>");
    auto line = [&page](const QString& label, const QString& value) {
        page += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label, value);
    };
    line(tr("Activité"), QStringLiteral("%1 – %2").arg(html(naf.code), html(naf.label)));
    if (row.sizeBand == ref.sizes.unknownBand())
        line(tr("Effectif"),
             tr("inconnu (tranche NN : « %1 »)").arg(html(ref.sizes.insee()[row.sizeBand].label)));
    else
        line(tr("Effectif"),
             tr("%1 (tranche « %2 »)")
                 .arg(employeesText(row.headcount), html(ref.sizes.insee()[row.sizeBand].label)));
    line(tr("Commune"),
         QStringLiteral("%1 (%2)").arg(html(commune.name), html(commune.departement)));
    line(tr("Convention"),
         row.idcc < 0
             ? tr("aucune connue")
             : QStringLiteral("IDCC %1 – %2")
                   .arg(html(ref.idcc.agreements()[static_cast<std::size_t>(row.idcc)].idcc),
                        html(cmcsim::IdccCatalogue::shortTitle(
                            ref.idcc.agreements()[static_cast<std::size_t>(row.idcc)].title))));
    line(tr("Forme juridique"), html(ref.legalForms[company.legalForm].label));
    line(tr("Entreprise"), tr("%1 du fichier sous ce SIREN ; effectif connu : %2")
                               .arg(Counts::lines(static_cast<double>(known.lines.size())))
                               .arg(employeesText(known.headcount)));
    line(tr("Créée le"), html(company.created.french()));
    const auto contact = session_.view().contact(row.record);
    line(tr("Contact"), contact.name.empty() ? tr("<i>aucun contact dans le fichier</i>")
                                             : QStringLiteral("%1, %2<br>%3 — %4")
                                                   .arg(html(contact.name), html(contact.role),
                                                        html(contact.phone), html(contact.email)));
    if (row.insurer == -2) {
        line(tr("Contrat santé"), tr("<i>non connu (révélé par la veille concurrentielle)</i>"));
    } else if (row.insurer == -1) {
        line(tr("Contrat santé"), tr("aucun contrat collectif"));
    } else {
        const auto& insurer = market.competitors[static_cast<std::size_t>(row.insurer)];
        QString cover = tr("%1, niveau %2, échéance %3")
                            .arg(html(insurer.name), coverageLevelName(row.coverageLevel),
                                 html(row.renewal.french()));
        if (const auto health = knowledge.companyHealth(*line_); health && health->monthlyPremium)
            cover += tr(", %1 par salarié et par mois").arg(html(health->monthlyPremium->french()));
        line(tr("Contrat santé"), cover);
    }
    if (row.accountant >= 0 || row.broker >= 0) {
        QStringList names;
        for (const auto index : {row.accountant, row.broker})
            if (index >= 0) names << html(market.prescribers[static_cast<std::size_t>(index)].name);
        line(tr("Prescripteurs"), names.join(QStringLiteral(", ")));
    }
    page += QStringLiteral("</table>");

    if (row.verified) {
        QStringList changes;
        for (const auto* d : knowledge.findings(*line_))
            changes << QStringLiteral("%1 : %2").arg(html(cmcsim::defectKindLabel(d->kind)),
                                                     html(d->truth));
        page += tr("<h3>Vérification</h3>");
        page += changes.isEmpty() ? tr("<p>Les données du fichier sont exactes.</p>")
                                  : QStringLiteral("<ul><li>%1</li></ul>")
                                        .arg(changes.join(QStringLiteral("</li><li>")));
    }

    QStringList history;
    const auto& state = session_.state();
    for (const auto& e : session_.engine().attempt().journal()) {
        if (e.sequence > session_.shownEntry()) break;  // evaluator mode: after the entry shown
        if (state.undone().contains(e.sequence)) continue;
        const auto payload = nlohmann::json::parse(e.payload, nullptr, false);
        if (!payload.is_object() || !payload.contains("ligne") || payload["ligne"] != *line_)
            continue;
        QString what = html(e.kind);
        if (e.kind == cmcsim::command::kFlag)
            what = tr("signalement « %1 » : %2")
                       .arg(html(payload.value("anomalie", "")), html(payload.value("motif", "")));
        else if (e.kind == cmcsim::command::kTag)
            what = tr("étiquette « %1 »").arg(html(payload.value("etiquette", "")));
        else if (e.kind == cmcsim::command::kNote)
            what = tr("note : %1").arg(html(payload.value("texte", "")));
        else if (e.kind == cmcsim::command::kVerify)
            what = tr("vérification");
        else if (e.kind == cmcsim::command::kCensusRequest)
            what = tr("demande de l'état du personnel");
        history << tr("n° %1, %2 : %3").arg(e.sequence).arg(html(e.simulatedDate.french()), what);
    }
    page += tr("<h3>Vos actions</h3>");
    page +=
        history.isEmpty()
            ? tr("<p><i>Aucune action sur cette fiche.</i></p>")
            : QStringLiteral("<ul><li>%1</li></ul>").arg(history.join(QStringLiteral("</li><li>")));
    return page;
}

void CompanyCard::updateCensusChart() {
    // Nothing of the real workforce before the company sent its census (issue 7, case E1).
    const auto census = session_.view().knowledge().census(*line_);
    census_->setVisible(census.has_value());
    if (!census) {
        pyramid_->removeAllSeries();
        censusSummary_->setText(
            tr("<b>État du personnel non connu.</b> L'âge, le sexe, les cadres, les situations "
               "familiales et les salaires ne sont connus qu'une fois l'état du personnel demandé "
               "à l'entreprise (bouton « Demander l'état du personnel », %1 jour d'analyse). "
               "L'effectif affiché est celui %2.")
                .arg(number(cmcsim::AttemptState::kCensusRequestDays, 2),
                     session_.view().rows()[*line_].verified ? tr("de la fiche vérifiée")
                                                             : tr("du fichier prospects")));
        return;
    }
    std::array<double, 6> women{}, men{};
    double cadres = 0, total = 0, pay = 0;
    for (const auto& cell : *census) {
        (cell.sex == 0 ? women : men)[cell.ageBand] += cell.headcount;
        total += cell.headcount;
        if (cell.cadre) cadres += cell.headcount;
        pay += static_cast<double>(cell.headcount) * cell.meanAnnualPayEur;
    }
    auto* womenSet = new QBarSet(tr("Femmes"));
    auto* menSet = new QBarSet(tr("Hommes"));
    double largest = 1;
    for (std::size_t a = 0; a < 6; ++a) {
        *womenSet << -women[a];  // women to the left of the axis, men to the right
        *menSet << men[a];
        largest = std::max({largest, women[a], men[a]});
    }
    pyramid_->removeAllSeries();
    auto* series = new QHorizontalStackedBarSeries;
    series->append(womenSet);
    series->append(menSet);
    pyramid_->addSeries(series);
    series->attachAxis(ages_);
    series->attachAxis(people_);
    // Headcounts on both sides are shown as positive numbers at round ticks.
    const double step = std::max(1.0, std::ceil(largest / 4.0));
    const double bound = 4 * step;
    for (const auto& label : people_->categoriesLabels()) people_->remove(label);
    for (int i = -4; i <= 4; ++i) {
        QString label = QString::number(std::abs(i) * step);
        if (i < 0) label += QChar(0x200B);  // category labels must be unique
        people_->append(label, i * step);
    }
    people_->setRange(-bound, bound);
    people_->setStartValue(-bound);
    censusSummary_->setText(
        tr("%1 : %2 et %3 ; salaire brut annuel moyen %4 €")
            .arg(employeesText(total))
            .arg(tr("%n cadre(s)", nullptr, static_cast<int>(cadres)))
            .arg(tr("%n non-cadre(s)", nullptr, static_cast<int>(total - cadres)))
            .arg(number(total > 0 ? pay / total : 0)));
}

bool CompanyCard::verify() {
    if (!line_) return false;
    return session_.run(tr("Vérification de « %1 »")
                            .arg(QString::fromStdString(*session_.view().rows()[*line_].name)),
                        cmcsim::command::kVerify, {{"ligne", *line_}});
}

bool CompanyCard::requestCensus() {
    return line_ && session_.requestCensus(*line_);
}

bool CompanyCard::flag(const QString& kind, const QString& reason) {
    if (!line_) return false;
    return session_.run(
        tr("Signalement d'une anomalie"), cmcsim::command::kFlag,
        {{"ligne", *line_}, {"anomalie", kind.toStdString()}, {"motif", reason.toStdString()}});
}

bool CompanyCard::tag(const QString& value) {
    if (!line_) return false;
    return session_.run(tr("Étiquette « %1 »").arg(value), cmcsim::command::kTag,
                        {{"ligne", *line_}, {"etiquette", value.toStdString()}});
}

bool CompanyCard::note(const QString& value) {
    if (!line_) return false;
    return session_.run(tr("Note sur une fiche"), cmcsim::command::kNote,
                        {{"ligne", *line_}, {"texte", value.toStdString()}});
}

void CompanyCard::askFlag() {
    FlagDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) flag(dialog.kind(), dialog.reason());
}

void CompanyCard::askTag() {
    bool ok = false;
    const auto value =
        QInputDialog::getText(this, tr("Étiqueter"), tr("Étiquette :"), QLineEdit::Normal, {}, &ok)
            .trimmed();
    if (ok && !value.isEmpty()) tag(value);
}

void CompanyCard::askNote() {
    bool ok = false;
    const auto value =
        QInputDialog::getMultiLineText(this, tr("Note"), tr("Note sur cette fiche :"), {}, &ok)
            .trimmed();
    if (ok && !value.isEmpty()) note(value);
}
