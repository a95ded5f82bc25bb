#include "scenario/PreviewPanel.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include "common/BreakdownChart.h"
#include "common/StudioText.h"

using namespace studio;

namespace {
// The breakdowns that show where the opportunities are, by id of MarketStatistics.
const char* const kBreakdowns[] = {"echeances", "tranches", "sections", "assureurs_sante"};
}  // namespace

PreviewPanel::PreviewPanel(const cmcsim::ReferenceData& reference, QWidget* parent)
    : QWidget(parent), reference_(reference) {
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<b>Aperçu du marché</b>"));
    layout->addWidget(title);
    status_ = new QLabel(tr("L'aperçu apparaît dès que le scénario est valide."));
    status_->setWordWrap(true);
    layout->addWidget(status_);
    stop_ = new QPushButton(tr("Arrêter l'aperçu"));
    stop_->setEnabled(false);
    layout->addWidget(stop_);
    figures_ = new QLabel;
    figures_->setWordWrap(true);
    figures_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(figures_);
    breakdown_ = new QComboBox;
    // Its longest item would otherwise widen the whole editor (1366-pixel screens).
    breakdown_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    breakdown_->setMinimumContentsLength(20);
    breakdown_->addItems(
        {tr("Échéances des contrats santé (quand les entreprises peuvent changer)"),
         tr("Tranches d'effectif"), tr("Sections NAF"), tr("Assureur santé actuel")});
    layout->addWidget(breakdown_);
    chart_ = new BreakdownChart(tr("Répartition"), BreakdownChart::Order::Natural, true, 12);
    layout->addWidget(chart_, 1);
    debounce_ = new QTimer(this);
    debounce_->setSingleShot(true);
    debounce_->setInterval(700);
    connect(debounce_, &QTimer::timeout, this, &PreviewPanel::start);
    connect(stop_, &QPushButton::clicked, this, [this] {
        invalidate(tr("Aperçu arrêté : il reprendra à la prochaine modification."));
    });
    connect(breakdown_, &QComboBox::currentIndexChanged, this, &PreviewPanel::showBreakdown);
}

PreviewPanel::~PreviewPanel() {
    cancel();
    if (thread_) {
        thread_->wait();
        delete thread_;
    }
}

void PreviewPanel::request(const cmcsim::Scenario& scenario) {
    cancel();
    pending_ = scenario;
    status_->setText(tr("Aperçu à recalculer…"));
    debounce_->start();
}

void PreviewPanel::invalidate(const QString& reason) {
    cancel();
    status_->setText(reason);
}

void PreviewPanel::cancel() {
    debounce_->stop();
    if (cancelled_) cancelled_->store(true);
    stop_->setEnabled(false);
}

void PreviewPanel::start() {
    if (thread_) {  // the cancelled run ends first; this one starts after it
        debounce_->start();
        return;
    }
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    cancelled_ = cancelled;
    auto result = std::make_shared<std::unique_ptr<cmcsim::ScenarioPreview>>();
    auto failure = std::make_shared<QString>();
    const auto scenario = pending_;
    const auto& reference = reference_;
    thread_ = QThread::create([scenario, &reference, cancelled, result, failure] {
        try {
            *result = std::make_unique<cmcsim::ScenarioPreview>(cmcsim::ScenarioPreview::compute(
                reference, scenario, [cancelled] { return cancelled->load(); }));
        } catch (const cmcsim::ScenarioPreview::Cancelled&) {
        } catch (const std::exception& e) {
            *failure = QString::fromUtf8(e.what());
        }
    });
    connect(thread_, &QThread::finished, this, [this, result, failure, cancelled] {
        thread_->deleteLater();
        thread_ = nullptr;
        stop_->setEnabled(false);
        if (*result && !cancelled->load()) {
            ++runs_;
            show(**result);
            Q_EMIT finished();
        } else if (!failure->isEmpty()) {
            status_->setText(tr("Aperçu impossible : %1").arg(*failure));
        }
    });
    status_->setText(tr("Génération de l'aperçu en arrière-plan…"));
    stop_->setEnabled(true);
    thread_->start(QThread::LowPriority);
}

void PreviewPanel::show(const cmcsim::ScenarioPreview& p) {
    last_ = std::make_unique<cmcsim::ScenarioPreview>(p);
    const bool reduced = p.generated < p.planned;
    status_->setText(reduced ? tr("Aperçu à échelle réduite : %1 établissements générés sur %2 "
                                  "(mêmes territoire, secteurs, acteurs et pièges).")
                                   .arg(number(static_cast<double>(p.generated)),
                                        number(static_cast<double>(p.planned)))
                             : tr("Aperçu du marché complet (%1 établissements).")
                                   .arg(number(static_cast<double>(p.generated))));
    const QString levels[] = {tr("accessible"), tr("moyenne"), tr("exigeante")};
    const auto& s = p.statistics;
    figures_->setText(
        tr("Entreprises : %1 (marché complet : environ %2), salariés : %3, prescripteurs : %4.<br>"
           "Entreprises non assurées en santé par la mutuelle : %5.<br>"
           "Pièges : %6 des lignes du fichier prospects.<br>"
           "Objectif : %7 des entreprises à conquérir.<br>"
           "<b>Difficulté estimée : %8</b> (%9 sur 4).")
            .arg(number(static_cast<double>(s.companies)), number(p.fullCompanies),
                 number(static_cast<double>(s.employees)),
                 number(static_cast<double>(s.prescribers)), percent(p.openShare),
                 percent(p.trapShare), percent(p.objectiveRate, 2),
                 levels[static_cast<int>(p.level())])
            .arg(tr("%n point(s)", "", p.points)));
    showBreakdown();
}

void PreviewPanel::showBreakdown() {
    if (!last_) return;
    const std::string id = kBreakdowns[std::max(0, breakdown_->currentIndex())];
    for (const auto& b : last_->statistics.breakdowns)
        if (b.id == id) chart_->setBreakdown(b, {});
}

QString PreviewPanel::figuresText() const {
    return status_->text() + '\n' + figures_->text();
}
