#include "evaluation/PreAssessmentPanel.h"

#include <QColor>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "cmcsim/assess/Agreement.h"
#include "cmcsim/assess/Evaluation.h"
#include "common/StudioText.h"
#include "evaluation/EvaluationWorkspace.h"

using namespace studio;

namespace {
constexpr int kEntryRole = Qt::UserRole;  // an evidence's journal entry
}

PreAssessmentPanel::PreAssessmentPanel(QWidget* parent) : QWidget(parent) {
    explanation_ = new QTextBrowser;
    explanation_->setObjectName(QStringLiteral("preAssessmentExplanation"));
    evidence_ = new QTableWidget(0, 3);
    evidence_->setObjectName(QStringLiteral("preAssessmentEvidence"));
    evidence_->setHorizontalHeaderLabels({tr("Preuve"), tr("Valeur"), tr("Entrée")});
    evidence_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    evidence_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    evidence_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    evidence_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    evidence_->setSelectionBehavior(QAbstractItemView::SelectRows);
    evidence_->verticalHeader()->hide();
    evidence_->setToolTip(
        tr("Cliquez une preuve liée à une entrée du journal pour placer la chronologie sur "
           "cette entrée."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Pré-évaluation automatique</b> (à la remise)")));
    layout->addWidget(explanation_, 3);
    layout->addWidget(new QLabel(tr("<b>Preuves</b> — cliquez une entrée pour la voir")));
    layout->addWidget(evidence_, 2);
    connect(evidence_, &QTableWidget::cellClicked, this, [this](int row, int) {
        const auto* item = evidence_->item(row, 0);
        if (const auto entry = item ? item->data(kEntryRole).toLongLong() : 0; entry > 0)
            Q_EMIT entryRequested(entry);
    });
}

void PreAssessmentPanel::showCriterion(const cmcsim::Evaluation& evaluation,
                                       const std::string& id) {
    evidence_->setRowCount(0);
    const auto* criterion = evaluation.criterion(id);
    if (!criterion) {
        explanation_->setHtml(tr("<p><i>Choisissez un critère de la grille.</i></p>"));
        return;
    }
    const auto automatic = cmcsim::automaticVerdict(evaluation.preAssessment(), id);
    QString page = tr("<p><b>%1 — %2</b><br/>Verdict automatique du critère : <b>%3</b></p>")
                       .arg(html(criterion->id), html(criterion->title),
                            EvaluationWorkspace::verdictText(automatic).toHtmlEscaped());
    for (const auto& indicator : criterion->indicators)
        for (const auto& r : evaluation.preAssessment()) {
            if (r.indicator != indicator.id) continue;
            page += tr("<p><b>%1</b> %2<br/>→ <b>%3</b>%4. %5</p>")
                        .arg(html(indicator.id), html(indicator.wording),
                             EvaluationWorkspace::verdictText(r.verdict).toHtmlEscaped(),
                             r.verdict == cmcsim::Verdict::AApprecier
                                 ? QString()
                                 : tr(" (score %1 sur 100)").arg(r.score),
                             html(r.explanation));
            for (const auto& e : r.evidence) {
                const int row = evidence_->rowCount();
                evidence_->insertRow(row);
                auto* label = new QTableWidgetItem(
                    QStringLiteral("%1 — %2").arg(text(r.indicator), text(e.label)));
                label->setData(kEntryRole, static_cast<qlonglong>(e.entry));
                label->setToolTip(label->text());
                evidence_->setItem(row, 0, label);
                evidence_->setItem(row, 1, new QTableWidgetItem(text(e.value)));
                auto* entry =
                    new QTableWidgetItem(e.entry > 0 ? tr("entrée %1 ▸").arg(e.entry) : QString());
                if (e.entry > 0) entry->setForeground(QColor(0x1a, 0x4f, 0xa0));
                evidence_->setItem(row, 2, entry);
            }
        }
    explanation_->setHtml(page);
}
