#include "shell/WelcomePage.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/Money.h"
#include "cmcsim/market/MarketGenerator.h"
#include "cmcsim/market/Territory.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/store/AttemptPreview.h"
#include "common/Counts.h"
#include "common/StudioText.h"

using namespace studio;

WelcomePage::WelcomePage(const cmcsim::ReferenceData& reference,
                         const cmcsim::ScenarioLibrary& library, QWidget* parent)
    : QWidget(parent), reference_(reference), library_(library) {
    auto* title = new QLabel(
        tr("<h1>cmcsim</h1><p>Simulateur d'entraînement du Conseiller·e mutualiste collectif : "
           "analyse de marché, fichier prospects, cibles et plan d'actions.</p>"));
    title->setWordWrap(true);
    scenarios_ = new QListWidget;
    scenarios_->setObjectName(QStringLiteral("scenarioList"));
    scenarios_->setWordWrap(true);  // long titles wrap instead of hiding past the edge
    scenarios_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scenarios_->setResizeMode(QListView::Adjust);
    details_ = new QTextBrowser;
    details_->setOpenExternalLinks(false);
    candidate_ = new QLineEdit;
    candidate_->setPlaceholderText(tr("Nom du candidat ou de la candidate"));
    candidate_->setText(QSettings().value(QStringLiteral("candidat")).toString());
    auto* create = new QPushButton(tr("Nouvelle épreuve…"));
    create->setDefault(true);
    recent_ = new QListWidget;
    recent_->setObjectName(QStringLiteral("recentList"));
    recent_->setWordWrap(true);
    recent_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    recent_->setResizeMode(QListView::Adjust);
    recent_->setSpacing(3);
    recent_->setAlternatingRowColors(true);
    auto* open = new QPushButton(tr("Ouvrir"));
    auto* evaluate = new QPushButton(tr("Ouvrir en mode évaluateur…"));
    evaluate->setObjectName(QStringLiteral("openEvaluation"));
    evaluate->setToolTip(
        tr("Évaluateurs : ouvrir l'épreuve d'un candidat en lecture seule, la "
           "rejouer et lire la pré-évaluation automatique"));

    auto* compare = new QPushButton(tr("Comparer des épreuves…"));
    compare->setObjectName(QStringLiteral("compareAttempts"));
    compare->setToolTip(
        tr("Formateurs et évaluateurs : comparer les épreuves d'un groupe sur un "
           "même scénario, critère par critère"));

    auto* editScenarios = new QPushButton(tr("Créer ou modifier des scénarios…"));
    editScenarios->setObjectName(QStringLiteral("editScenarios"));
    editScenarios->setToolTip(tr("Formateurs : l'éditeur de scénarios et de paquets"));
    auto* left = new QVBoxLayout;
    auto* scenarioTitle = new QHBoxLayout;
    scenarioTitle->addWidget(new QLabel(tr("<b>Scénarios</b>")), 1);
    scenarioTitle->addWidget(editScenarios);
    left->addLayout(scenarioTitle);
    left->addWidget(scenarios_, 2);
    left->addWidget(new QLabel(tr("<b>Épreuves récentes</b>")));
    left->addWidget(recent_, 1);
    auto* openButtons = new QHBoxLayout;
    openButtons->addWidget(open);
    openButtons->addWidget(evaluate);
    openButtons->addWidget(compare);
    left->addLayout(openButtons);
    auto* right = new QVBoxLayout;
    right->addWidget(details_, 1);
    auto* form = new QHBoxLayout;
    form->addWidget(candidate_, 1);
    form->addWidget(create);
    right->addLayout(form);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(columns, 1);

    connect(scenarios_, &QListWidget::currentRowChanged, this, &WelcomePage::showScenario);
    connect(create, &QPushButton::clicked, this, [this] {
        QSettings().setValue(QStringLiteral("candidat"), candidate_->text());
        if (!selectedScenario().isEmpty())
            Q_EMIT newAttemptRequested(selectedScenario(), candidate_->text());
    });
    auto openRecent = [this] {
        if (auto* item = recent_->currentItem())
            Q_EMIT openAttemptRequested(item->data(Qt::UserRole).toString());
    };
    connect(open, &QPushButton::clicked, this, openRecent);
    connect(evaluate, &QPushButton::clicked, this, &WelcomePage::evaluationRequested);
    connect(compare, &QPushButton::clicked, this, &WelcomePage::comparisonRequested);
    connect(editScenarios, &QPushButton::clicked, this, &WelcomePage::scenarioEditorRequested);
    connect(recent_, &QListWidget::itemActivated, this, openRecent);
    refresh();
}

void WelcomePage::refresh() {
    scenarios_->clear();
    for (const auto& s : library_.scenarios()) {
        auto* item =
            new QListWidgetItem(text(s.title) + (s.isDefault ? tr(" (par défaut)") : QString()));
        item->setData(Qt::UserRole, text(s.path.string()));
        scenarios_->addItem(item);
    }
    for (const auto& file : QSettings().value(QStringLiteral("scenariosOuverts")).toStringList()) {
        if (!QFileInfo::exists(file)) continue;
        auto* item = new QListWidgetItem(tr("%1 (fichier)").arg(QFileInfo(file).fileName()));
        item->setData(Qt::UserRole, file);
        scenarios_->addItem(item);
    }
    scenarios_->setCurrentRow(0);
    recent_->clear();
    for (const auto& file : QSettings().value(QStringLiteral("epreuvesRecentes")).toStringList()) {
        bool available = false;
        auto* item = new QListWidgetItem(recentText(file, &available));
        item->setToolTip(file);
        item->setData(Qt::UserRole, file);
        if (!available) item->setForeground(palette().brush(QPalette::PlaceholderText));
        recent_->addItem(item);
    }
}

QString WelcomePage::recentText(const QString& file, bool* available) {
    if (available) *available = false;
    const auto when = [](const std::string& iso) {
        const auto time = QDateTime::fromString(text(iso), Qt::ISODate);
        return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                              : tr("date inconnue");
    };
    const QString name = QFileInfo(file).fileName();
    try {
        const auto p = cmcsim::AttemptPreview::read(file.toStdString());
        const QString candidate =
            p.candidate.empty() ? tr("candidat non renseigné") : text(p.candidate);
        const int actions = static_cast<int>(std::max<std::int64_t>(0, p.entries - 1));
        if (available) *available = true;
        return tr("%1 — %2\ncréée le %3 · dernière activité le %4 · %n action(s)\n%5", nullptr,
                  actions)
            .arg(candidate, text(p.scenarioTitle), when(p.created), when(p.lastActivity), name);
    } catch (const std::exception& e) {
        // A missing or damaged file is listed, never opened here, and never crashes the page.
        return tr("%1 — indisponible\n%2").arg(name, QString::fromUtf8(e.what()));
    }
}

QString WelcomePage::selectedScenario() const {
    const auto* item = scenarios_->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString WelcomePage::candidateName() const {
    return candidate_->text();
}

void WelcomePage::showScenario() {
    const auto path = selectedScenario();
    if (path.isEmpty()) return;
    try {
        const auto s = cmcsim::ScenarioLoader(reference_).fromFile(path.toStdString());
        const cmcsim::Territory territory(reference_.geography, s);
        const cmcsim::MarketGenerator generator(reference_, s);
        QString html = QStringLiteral("<h2>%1</h2>").arg(text(s.title).toHtmlEscaped());
        html += QStringLiteral("<table cellspacing=4>");
        auto row = [&html](const QString& label, const QString& value) {
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label, value);
        };
        row(tr("Territoire"),
            tr("%1, %2").arg(Counts::communes(static_cast<double>(territory.communes().size())),
                             Counts::inhabitants(static_cast<double>(territory.population()))));
        // Rounded to two significant digits: the exact planned count, beside the prospect file's
        // line count, would tell the candidate how many duplicates the file hides.
        const auto planned = static_cast<double>(generator.plannedEstablishments());
        const double unit = std::pow(10.0, std::max(0.0, std::floor(std::log10(planned)) - 1));
        row(tr("Établissements"), tr("environ %1").arg(number(std::round(planned / unit) * unit)));
        row(tr("Début"), tr("%1, %2").arg(text(s.startDate.french()),
                                          Counts::weeks(static_cast<double>(s.durationWeeks))));
        row(tr("Votre mutuelle"), text(s.mutuelle.name).toHtmlEscaped());
        row(tr("Concurrents"), QString::number(s.competitors.size()));
        row(tr("Objectifs"),
            tr("%1, %2 de cotisations annuelles")
                .arg(Counts::contracts(static_cast<double>(s.policy.newContracts)),
                     text(cmcsim::Money::euros(s.policy.annualPremiumEur).french())));
        row(tr("Moyens d'analyse"),
            tr("budget %1, %2")
                .arg(text(cmcsim::Money::euros(s.policy.budgetEur).french()),
                     Counts::analysisDays(s.policy.analysisDays)));
        html += QStringLiteral("</table><h3>%1</h3>").arg(tr("Consigne"));
        html += text(s.brief).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        details_->setHtml(html);
    } catch (const cmcsim::InputError& e) {
        details_->setPlainText(
            tr("Ce scénario n'est pas valide :\n%1").arg(QString::fromUtf8(e.what())));
    }
}
