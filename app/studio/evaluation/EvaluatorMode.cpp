#include "evaluation/EvaluatorMode.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMessageBox>
#include <QTabWidget>

#include "common/StudioSession.h"
#include "evaluation/EvaluationWorkspace.h"
#include "evaluation/GridWorkspace.h"
#include "evaluation/ReceiptCheck.h"
#include "evaluation/TimelinePanel.h"

EvaluatorMode::EvaluatorMode(QMainWindow& window, QTabWidget& tabs, StudioSession& session,
                             const QString& receipt)
    : QObject(&window) {
    timeline_ = new TimelinePanel(session);
    dock_ = new QDockWidget(tr("Chronologie de l'épreuve (mode évaluateur)"), &window);
    dock_->setObjectName(QStringLiteral("timelineDock"));
    dock_->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock_->setWidget(timeline_);
    window.addDockWidget(Qt::BottomDockWidgetArea, dock_);
    window.resizeDocks({dock_}, {220}, Qt::Vertical);

    evaluation_ = new EvaluationWorkspace(session);
    evaluation_->setObjectName(QStringLiteral("evaluationWorkspace"));
    tabs.addTab(evaluation_, tr("Évaluation"));
    connect(evaluation_, &EvaluationWorkspace::entryRequested, timeline_, &TimelinePanel::setEntry);
    grid_ = new GridWorkspace(session);
    grid_->setObjectName(QStringLiteral("gridWorkspace"));
    tabs.addTab(grid_, tr("Grille d'évaluation"));
    connect(grid_, &GridWorkspace::entryRequested, timeline_, &TimelinePanel::setEntry);

    if (!receipt.trimmed().isEmpty()) {
        const auto check = ReceiptCheck::check(receipt, session.journal());
        receiptMatches_ = check.matches;
        if (check.matches) grid_->setReceipt(receipt.trimmed());
        timeline_->setReceiptMessage(check.message, check.matches);
        if (!check.matches) {  // said at once, without holding the window
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Reçu de remise non concordant"),
                                        check.message, QMessageBox::Ok, &window);
            box->setObjectName(QStringLiteral("receiptMismatch"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    }
}

EvaluatorMode::~EvaluatorMode() {
    delete dock_;
}
