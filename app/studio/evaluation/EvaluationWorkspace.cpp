#include "evaluation/EvaluationWorkspace.h"

#include <QColor>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <map>

#include "common/StudioSession.h"
#include "common/StudioText.h"
#include "evaluation/AutomaticAssessment.h"

using namespace studio;

namespace {
constexpr int kIndexRole = Qt::UserRole;      // an indicator's index in results_
constexpr int kEntryRole = Qt::UserRole + 1;  // an evidence's journal entry
constexpr int kIdRole = Qt::UserRole + 2;     // an indicator's id

// "Bloc 2" for criterion "B2.1".
QString blocOf(const std::string& criterion) {
    const auto dot = criterion.find('.');
    const auto bloc = text(criterion.substr(0, dot));
    return bloc.startsWith(QLatin1Char('B')) ? EvaluationWorkspace::tr("Bloc %1").arg(bloc.mid(1))
                                             : bloc;
}
}  // namespace

EvaluationWorkspace::EvaluationWorkspace(StudioSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    heading_ = new QLabel;
    heading_->setObjectName(QStringLiteral("evaluationHeading"));
    heading_->setWordWrap(true);
    tree_ = new QTreeWidget;
    tree_->setObjectName(QStringLiteral("evaluationCriteria"));
    tree_->setHeaderLabels({tr("Critère et indicateur"), tr("Verdict automatique"), tr("Score")});
    tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree_->header()->setStretchLastSection(false);
    tree_->setColumnWidth(1, 190);
    tree_->setColumnWidth(2, 60);
    tree_->setWordWrap(true);
    explanation_ = new QTextBrowser;
    explanation_->setObjectName(QStringLiteral("evaluationExplanation"));
    evidence_ = new QTableWidget(0, 3);
    evidence_->setObjectName(QStringLiteral("evaluationEvidence"));
    evidence_->setHorizontalHeaderLabels({tr("Preuve"), tr("Valeur"), tr("Entrée")});
    evidence_->setColumnWidth(0, 220);  // the label stays readable beside a long value
    evidence_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    evidence_->setWordWrap(false);
    evidence_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    evidence_->setSelectionBehavior(QAbstractItemView::SelectRows);
    evidence_->verticalHeader()->hide();
    evidence_->setToolTip(
        tr("Cliquez une preuve liée à une entrée du journal pour placer la "
           "chronologie sur cette entrée."));

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("<b>Explication</b>")));
    rightLayout->addWidget(explanation_, 2);
    rightLayout->addWidget(
        new QLabel(tr("<b>Preuves</b> — cliquez une entrée pour la voir dans la chronologie")));
    rightLayout->addWidget(evidence_, 3);
    auto* splitter = new QSplitter;
    splitter->addWidget(tree_);
    splitter->addWidget(right);
    splitter->setSizes({560, 440});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading_);
    layout->addWidget(splitter, 1);

    connect(tree_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        showIndicator(item ? item->data(0, kIndexRole).toInt() : -1);
    });
    connect(evidence_, &QTableWidget::cellClicked, this, [this](int row, int) {
        const auto* item = evidence_->item(row, 0);
        if (const auto entry = item ? item->data(kEntryRole).toLongLong() : 0; entry > 0)
            Q_EMIT entryRequested(entry);
    });
    connect(&session_, &StudioSession::changed, this, [this] {
        stale_ = true;
        if (isVisible()) refresh();
    });
}

QString EvaluationWorkspace::verdictText(cmcsim::Verdict verdict) {
    return text(std::string(cmcsim::verdictLabel(verdict)));
}

QColor EvaluationWorkspace::verdictColour(cmcsim::Verdict verdict) {
    switch (verdict) {
        case cmcsim::Verdict::Acquis:
            return {0xc8, 0xe6, 0xc9};
        case cmcsim::Verdict::PartiellementAcquis:
            return {0xff, 0xf1, 0xb8};
        case cmcsim::Verdict::NonAcquis:
            return {0xff, 0xcd, 0xd2};
        case cmcsim::Verdict::AApprecier:
            break;
    }
    return {0xe3, 0xe3, 0xf0};
}

void EvaluationWorkspace::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_) refresh();
}

void EvaluationWorkspace::refresh() {
    stale_ = false;
    if (!session_.truthOpen()) {  // the assessment reads the truth (TruthAccess, as `assess`)
        showResults({});
        heading_->setText(session_.truthRefusal());
        return;
    }
    showResults(AutomaticAssessment::run(session_));
}

void EvaluationWorkspace::showResults(std::vector<cmcsim::IndicatorResult> results) {
    results_ = std::move(results);
    std::map<cmcsim::Verdict, int> counts;
    for (const auto& r : results_) ++counts[r.verdict];
    heading_->setText(
        tr("<b>Pré-évaluation automatique</b> après l'entrée %1 du journal : %2 acquis, %3 "
           "partiellement acquis, %4 non acquis, %5 à apprécier par l'évaluateur. Elle suit la "
           "chronologie : placez-la sur la dernière entrée pour évaluer l'épreuve remise.")
            .arg(session_.shownEntry())
            .arg(counts[cmcsim::Verdict::Acquis])
            .arg(counts[cmcsim::Verdict::PartiellementAcquis])
            .arg(counts[cmcsim::Verdict::NonAcquis])
            .arg(counts[cmcsim::Verdict::AApprecier]));
    const auto& framework = session_.reference().framework;
    // The indicator chosen before stays chosen (by id: the results may differ at another entry).
    const auto selected =
        tree_->currentItem() ? tree_->currentItem()->data(0, kIdRole).toString() : QString();
    tree_->clear();
    std::map<QString, QTreeWidgetItem*> blocs, criteria;
    QTreeWidgetItem* reselect = nullptr;
    for (std::size_t i = 0; i < results_.size(); ++i) {
        const auto& r = results_[i];
        auto& bloc = blocs[blocOf(r.criterion)];
        if (!bloc) {
            bloc = new QTreeWidgetItem(tree_, {blocOf(r.criterion)});
            bloc->setData(0, kIndexRole, -1);
            bloc->setExpanded(true);
            auto font = bloc->font(0);
            font.setBold(true);
            bloc->setFont(0, font);
        }
        auto& criterion = criteria[text(r.criterion)];
        if (!criterion) {
            const auto* c = framework.criterion(r.criterion);
            criterion = new QTreeWidgetItem(
                bloc, {c ? QStringLiteral("%1 — %2").arg(text(c->id), text(c->title))
                         : text(r.criterion)});
            if (c) criterion->setToolTip(0, tr("Compétence : %1").arg(text(c->competence)));
            criterion->setData(0, kIndexRole, -1);
            criterion->setExpanded(true);
        }
        const auto* indicator = framework.indicator(r.indicator);
        auto* item = new QTreeWidgetItem(
            criterion,
            {indicator ? QStringLiteral("%1 — %2").arg(text(r.indicator), text(indicator->wording))
                       : text(r.indicator),
             verdictText(r.verdict),
             r.verdict == cmcsim::Verdict::AApprecier ? QString() : QString::number(r.score)});
        item->setData(0, kIndexRole, static_cast<int>(i));
        item->setData(0, kIdRole, text(r.indicator));
        item->setBackground(1, verdictColour(r.verdict));
        item->setToolTip(0, item->text(0));
        item->setToolTip(1, text(r.explanation));
        if (!selected.isEmpty() && text(r.indicator) == selected) reselect = item;
    }
    if (reselect) tree_->setCurrentItem(reselect);
    showIndicator(reselect ? reselect->data(0, kIndexRole).toInt() : -1);
}

void EvaluationWorkspace::showIndicator(int index) {
    evidence_->setRowCount(0);
    if (index < 0 || index >= static_cast<int>(results_.size())) {
        explanation_->setHtml(
            tr("<p><i>Choisissez un indicateur pour voir son explication et "
               "ses preuves.</i></p>"));
        return;
    }
    const auto& r = results_[static_cast<std::size_t>(index)];
    const auto* indicator = session_.reference().framework.indicator(r.indicator);
    explanation_->setHtml(
        QStringLiteral("<p><b>%1</b> %2</p><p>Verdict : <b>%3</b>%4</p><p>%5</p>")
            .arg(html(r.indicator), indicator ? html(indicator->wording) : QString(),
                 verdictText(r.verdict).toHtmlEscaped(),
                 r.verdict == cmcsim::Verdict::AApprecier ? QString()
                                                          : tr(" (score %1 sur 100)").arg(r.score),
                 html(r.explanation)));
    evidence_->setRowCount(static_cast<int>(r.evidence.size()));
    for (std::size_t i = 0; i < r.evidence.size(); ++i) {
        const auto& e = r.evidence[i];
        const int row = static_cast<int>(i);
        auto* label = new QTableWidgetItem(text(e.label));
        label->setData(kEntryRole, static_cast<qlonglong>(e.entry));
        evidence_->setItem(row, 0, label);
        evidence_->setItem(row, 1, new QTableWidgetItem(text(e.value)));
        auto* entry =
            new QTableWidgetItem(e.entry > 0 ? tr("entrée %1 ▸").arg(e.entry) : QString());
        if (e.entry > 0) {
            entry->setForeground(QColor(0x1a, 0x4f, 0xa0));
            entry->setToolTip(tr("Placer la chronologie sur l'entrée %1").arg(e.entry));
        }
        evidence_->setItem(row, 2, entry);
    }
}
