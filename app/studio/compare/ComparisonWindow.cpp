#include "compare/ComparisonWindow.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

#include "cmcsim/compare/ComparisonDocument.h"
#include "cmcsim/compare/ComparisonTables.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/OutputFile.h"
#include "common/ExportFile.h"
#include "common/StudioText.h"
#include "compare/ComparisonLoader.h"
#include "compare/DistributionChart.h"
#include "compare/VerdictTable.h"
#include "piloting/DashboardTableView.h"

using studio::text;

ComparisonWindow::ComparisonWindow(const cmcsim::ReferenceData& reference, QWidget* parent)
    : QMainWindow(parent), reference_(reference) {
    setWindowTitle(tr("Comparer des épreuves"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    auto* folder = new QPushButton(tr("Choisir un dossier…"));
    folder->setObjectName(QStringLiteral("chooseFolder"));
    folder->setToolTip(tr("Compare toutes les épreuves (.cmc) d'un dossier"));
    auto* files = new QPushButton(tr("Choisir des fichiers…"));
    files->setObjectName(QStringLiteral("chooseFiles"));
    exportXlsx_ = new QPushButton(tr("Exporter en XLSX…"));
    exportXlsx_->setObjectName(QStringLiteral("exportXlsx"));
    exportPdf_ = new QPushButton(tr("Exporter en PDF…"));
    exportPdf_->setObjectName(QStringLiteral("exportPdf"));
    exportXlsx_->setEnabled(false);
    exportPdf_->setEnabled(false);
    progress_ = new QProgressBar;
    progress_->setVisible(false);
    cancel_ = new QPushButton(tr("Annuler"));
    cancel_->setVisible(false);
    summary_ =
        new QLabel(tr("Choisissez un dossier d'épreuves ou des fichiers d'épreuve d'un même "
                      "scénario : chacun est vérifié (intégrité, altération), pré-évalué, "
                      "puis comparé aux autres."));
    summary_->setWordWrap(true);
    summary_->setObjectName(QStringLiteral("comparisonSummary"));

    verdicts_ = new VerdictTable;
    verdicts_->setObjectName(QStringLiteral("comparisonVerdicts"));
    byIndicator_ = new QCheckBox(tr("Détail par indicateur"));
    auto* verdictPage = new QWidget;
    auto* verdictLayout = new QVBoxLayout(verdictPage);
    verdictLayout->addWidget(
        new QLabel(tr("A : acquis, P : partiellement acquis, N : non acquis, suivis du score ; "
                      "— : à apprécier par l'évaluateur. Un critère prend le verdict le plus "
                      "faible de ses indicateurs évalués.")));
    verdictLayout->addWidget(byIndicator_);
    verdictLayout->addWidget(verdicts_, 1);
    figures_ = new DashboardTableView;
    chart_ = new DistributionChart;
    distributions_ = new DashboardTableView;
    auto* distributionPage = new QSplitter(Qt::Vertical);
    distributionPage->addWidget(chart_);
    distributionPage->addWidget(distributions_);
    distributionPage->setStretchFactor(0, 3);
    distributionPage->setStretchFactor(1, 2);
    setApart_ = new DashboardTableView;
    warnings_ = new DashboardTableView;
    warnings_->setObjectName(QStringLiteral("comparisonWarnings"));
    tabs_ = new QTabWidget;
    tabs_->addTab(verdictPage, tr("Verdicts"));
    tabs_->addTab(figures_, tr("Chiffres clés"));
    tabs_->addTab(distributionPage, tr("Distributions"));
    tabs_->addTab(setApart_, tr("Épreuves écartées"));
    tabs_->addTab(warnings_, tr("Avertissements"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(folder);
    buttons->addWidget(files);
    buttons->addWidget(progress_, 1);
    buttons->addWidget(cancel_);
    buttons->addStretch();
    buttons->addWidget(exportXlsx_);
    buttons->addWidget(exportPdf_);
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->addLayout(buttons);
    layout->addWidget(summary_);
    layout->addWidget(tabs_, 1);
    setCentralWidget(central);
    resize(1280, 720);

    connect(folder, &QPushButton::clicked, this, &ComparisonWindow::chooseFolder);
    connect(files, &QPushButton::clicked, this, &ComparisonWindow::chooseFiles);
    connect(exportXlsx_, &QPushButton::clicked, this, [this] { exportXlsx(); });
    connect(exportPdf_, &QPushButton::clicked, this, [this] { exportPdf(); });
    connect(cancel_, &QPushButton::clicked, this, [this] {
        if (loader_) loader_->cancel();
        delete loader_;
        loader_ = nullptr;
        progress_->setVisible(false);
        cancel_->setVisible(false);
        summary_->setText(tr("Comparaison annulée."));
        Q_EMIT failed(tr("Comparaison annulée."));
    });
    connect(byIndicator_, &QCheckBox::toggled, this, [this](bool on) {
        if (comparison_) verdicts_->setComparison(*comparison_, on);
    });
}

QString ComparisonWindow::progressText(qulonglong done, qulonglong total) {
    return tr("%1 épreuve(s) sur %2 vérifiée(s) et évaluée(s)", "", static_cast<int>(done))
        .arg(studio::number(static_cast<double>(done)), studio::number(static_cast<double>(total)));
}

ComparisonWindow::~ComparisonWindow() {
    delete loader_;
}

void ComparisonWindow::chooseFolder() {
    const auto folder = QFileDialog::getExistingDirectory(
        this, tr("Dossier des épreuves à comparer"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!folder.isEmpty()) compare({folder});
}

void ComparisonWindow::chooseFiles() {
    const auto files = QFileDialog::getOpenFileNames(
        this, tr("Épreuves à comparer"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Épreuves (*.cmc)"));
    if (!files.isEmpty()) compare(files);
}

void ComparisonWindow::compare(const QStringList& inputs) {
    delete loader_;
    loader_ = new ComparisonLoader(reference_, inputs, this);
    progress_->setRange(0, 0);
    progress_->setFormat(QString());
    progress_->setVisible(true);
    cancel_->setVisible(true);
    summary_->setText(tr("Vérification et pré-évaluation des épreuves…"));
    connect(loader_, &ComparisonLoader::progressed, this,
            [this](qulonglong done, qulonglong total) {
                progress_->setRange(0, static_cast<int>(total));
                progress_->setValue(static_cast<int>(done));
                progress_->setFormat(progressText(done, total));
            });
    connect(loader_, &ComparisonLoader::finished, this, [this] {
        comparison_ = loader_->take();
        loader_->deleteLater();
        loader_ = nullptr;
        showComparison();
        Q_EMIT compared();
    });
    connect(loader_, &ComparisonLoader::failed, this, [this](const QString& reason) {
        loader_->deleteLater();
        loader_ = nullptr;
        progress_->setVisible(false);
        cancel_->setVisible(false);
        summary_->setText(tr("Comparaison impossible : %1").arg(reason));
        Q_EMIT failed(reason);
    });
    loader_->start();
}

void ComparisonWindow::showComparison() {
    progress_->setVisible(false);
    cancel_->setVisible(false);
    const auto& c = *comparison_;
    const auto lines = cmcsim::ComparisonTables::summary(c);
    summary_->setText(QStringLiteral("<b>%1</b> — %2<br><small>%3<br>%4</small>")
                          .arg(text(lines[1]).toHtmlEscaped(), text(lines[2]).toHtmlEscaped(),
                               text(lines[3]).toHtmlEscaped(), text(lines[5]).toHtmlEscaped()));
    verdicts_->setComparison(c, byIndicator_->isChecked());
    figures_->setTable(cmcsim::ComparisonTables::figures(c));
    chart_->setComparison(comparison_.get());
    distributions_->setTable(cmcsim::ComparisonTables::distributions(c));
    setApart_->setTable(cmcsim::ComparisonTables::setApart(c));
    tabs_->setTabText(3, tr("Épreuves écartées (%1)").arg(c.setApart.size()));
    warnings_->setTable(cmcsim::ComparisonTables::warnings(c));
    tabs_->setTabText(4, tr("Avertissements (%1)").arg(cmcsim::ComparisonTables::warningCount(c)));
    exportXlsx_->setEnabled(true);
    exportPdf_->setEnabled(true);
}

std::vector<std::filesystem::path> ComparisonWindow::inputs() const {
    std::vector<std::filesystem::path> files;
    for (const auto& a : comparison_->attempts) files.push_back(a.file);
    return files;
}

QString ComparisonWindow::exportXlsx(const QString& requested) {
    if (!comparison_) return {};
    const auto file = exportFile::target(this, requested, tr("Exporter la comparaison en XLSX"),
                                         QStringLiteral("comparaison.xlsx"),
                                         tr("Classeurs Excel (*.xlsx)"), inputs());
    if (file.isEmpty() || !exportFile::write(this, file, inputs(), [&](const auto& path) {
            cmcsim::ComparisonDocument::writeXlsx(*comparison_, path);
        }))
        return {};
    return file;
}

QString ComparisonWindow::exportPdf(const QString& requested) {
    if (!comparison_) return {};
    const auto file = exportFile::target(this, requested, tr("Exporter la comparaison en PDF"),
                                         QStringLiteral("comparaison.pdf"),
                                         tr("Documents PDF (*.pdf)"), inputs());
    if (file.isEmpty() ||
        !exportFile::writePdf(this, cmcsim::ComparisonDocument::build(*comparison_), file))
        return {};
    return file;
}
