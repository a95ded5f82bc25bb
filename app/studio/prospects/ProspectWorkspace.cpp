#include "prospects/ProspectWorkspace.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryFile>
#include <QTimer>
#include <QVBoxLayout>
#include <filesystem>
#include <sstream>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/report/ProspectCsv.h"
#include "cmcsim/report/ProspectXlsx.h"
#include "common/Counts.h"
#include "common/StudioSession.h"
#include "evaluation/TruthOverlayModel.h"
#include "prospects/CompanyCard.h"
#include "prospects/FilterBar.h"
#include "prospects/ProspectTableModel.h"
#include "prospects/SegmentsPanel.h"

ProspectWorkspace::ProspectWorkspace(StudioSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    model_ = new ProspectTableModel(session, this);
    filterBar_ = new FilterBar(session);
    table_ = new QTableView;
    table_->setObjectName(QStringLiteral("prospectTable"));
    TruthOverlayModel::show(table_, model_, session);  // the hidden truth, evaluator only
    table_->setSortingEnabled(true);
    table_->horizontalHeader()->setSortIndicatorShown(true);
    table_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->verticalHeader()->hide();
    table_->setWordWrap(false);
    table_->setAlternatingRowColors(true);
    const std::pair<int, int> widths[] = {
        {ProspectTableModel::Status, 60},      {ProspectTableModel::Siret, 130},
        {ProspectTableModel::Name, 240},       {ProspectTableModel::Naf, 60},
        {ProspectTableModel::Activity, 220},   {ProspectTableModel::SizeBand, 130},
        {ProspectTableModel::Headcount, 70},   {ProspectTableModel::Commune, 150},
        {ProspectTableModel::Departement, 40}, {ProspectTableModel::Idcc, 50},
        {ProspectTableModel::Agreement, 200},  {ProspectTableModel::Contact, 170},
        {ProspectTableModel::Phone, 110},      {ProspectTableModel::Insurer, 170},
        {ProspectTableModel::Level, 100},      {ProspectTableModel::Renewal, 90}};
    for (const auto& [column, width] : widths) table_->setColumnWidth(column, width);
    card_ = new CompanyCard(session);
    segments_ = new SegmentsPanel(session);
    count_ = new QLabel;
    notice_ = new QLabel;
    notice_->setObjectName(QStringLiteral("prospectNotice"));
    notice_->setStyleSheet(QStringLiteral("color:#1b5e20"));
    notice_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long path never widens the window; the tooltip holds the whole text.
    notice_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    noticeTimer_ = new QTimer(this);
    noticeTimer_->setSingleShot(true);
    noticeTimer_->setInterval(12000);
    connect(noticeTimer_, &QTimer::timeout, notice_, &QLabel::clear);
    auto* exportButton = new QPushButton(tr("Exporter la vue…"));
    exportButton->setObjectName(QStringLiteral("exportView"));
    exportButton->setToolTip(
        tr("Les lignes et les colonnes de la vue, avec vos marques, en XLSX "
           "ou en CSV"));

    auto* top = new QSplitter(Qt::Horizontal);
    top->addWidget(table_);
    top->addWidget(card_);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setSizes({1000, 560});
    auto* vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(top);
    vertical->addWidget(segments_);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);
    vertical->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(filterBar_);
    auto* status = new QHBoxLayout;
    status->addWidget(count_);
    status->addWidget(notice_, 1);
    status->addWidget(exportButton);
    layout->addLayout(status);
    layout->addWidget(vertical, 1);

    connect(filterBar_, &FilterBar::filterChanged, this,
            [this](const cmcsim::ProspectFilter& filter) {
                model_->setFilter(filter);
                updateCount();
            });
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                card_->showLine(current.isValid() ? std::optional(model_->lineAt(current.row()))
                                                  : std::nullopt);
            });
    connect(filterBar_, &FilterBar::notice, this, &ProspectWorkspace::showNotice);
    connect(exportButton, &QPushButton::clicked, this, [this] { exportViewDialog(); });
    connect(card_, &CompanyCard::offerRequested, this, &ProspectWorkspace::offerRequested);
    connect(segments_, &SegmentsPanel::currentFilterRequested, this,
            [this](cmcsim::ProspectFilter& filter) { filter = filterBar_->filter(); });
    connect(segments_, &SegmentsPanel::applyFilter, filterBar_, &FilterBar::setFilter);
    connect(segments_, &SegmentsPanel::exportRequested, this,
            [this](const cmcsim::ProspectFilter& filter, const QString&) {
                filterBar_->setFilter(filter);
                exportViewDialog();
            });
    connect(&session_, &StudioSession::changed, this, [this] {
        const auto line = card_->line();
        filterBar_->refresh();
        model_->refresh();
        segments_->refresh();
        if (line) {
            if (const int row = model_->rowOfLine(*line); row >= 0) table_->selectRow(row);
            card_->refresh();
        }
        updateCount();
    });
    updateCount();
}

void ProspectWorkspace::updateCount() {
    const auto& lines = model_->lines();
    count_->setText(
        tr("%1 sur %2 — %3")
            .arg(Counts::lines(static_cast<double>(lines.size())),
                 QString::fromStdString(
                     cmcsim::frenchNumber(static_cast<double>(session_.view().rows().size()), 0)),
                 Counts::employees(static_cast<double>(session_.view().employees(lines)))));
}

void ProspectWorkspace::selectLine(std::uint32_t line) {
    if (model_->rowOfLine(line) < 0) filterBar_->clear();
    const int row = model_->rowOfLine(line);
    if (row < 0) return;
    table_->selectRow(row);
    table_->scrollTo(table_->model()->index(row, 0));
    card_->showLine(line);
}

void ProspectWorkspace::showNotice(const QString& text) {
    notice_->setText(text);
    notice_->setToolTip(text);
    noticeTimer_->start();
}

namespace {
// The export's file name filters, in the dialog's order.
struct ExportChoice {
    ProspectWorkspace::ExportFormat format;
    const char* filter;
    const char* suffix;
};
const ExportChoice kExportChoices[] = {
    {ProspectWorkspace::ExportFormat::Xlsx,
     QT_TRANSLATE_NOOP("ProspectWorkspace", "Classeur Excel XLSX (*.xlsx)"), "xlsx"},
    {ProspectWorkspace::ExportFormat::CsvExcelFr,
     QT_TRANSLATE_NOOP("ProspectWorkspace", "CSV pour Excel et LibreOffice en français (*.csv)"),
     "csv"},
    {ProspectWorkspace::ExportFormat::CsvRfc4180,
     QT_TRANSLATE_NOOP("ProspectWorkspace", "CSV standard RFC 4180 (*.csv)"), "csv"},
};
}  // namespace

QString ProspectWorkspace::exportViewDialog() {
    QFileDialog dialog(this, tr("Exporter la vue"));
    dialog.setObjectName(QStringLiteral("exportDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    QStringList filters;
    for (const auto& choice : kExportChoices) filters << tr(choice.filter);
    dialog.setNameFilters(filters);
    dialog.setDirectory(QDir::homePath());
    dialog.selectFile(QStringLiteral("prospects.xlsx"));
    dialog.setDefaultSuffix(QStringLiteral("xlsx"));
    // The file name follows the format chosen.
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, filters](const QString& f) {
        const auto suffix =
            QString::fromLatin1(kExportChoices[std::max<qsizetype>(0, filters.indexOf(f))].suffix);
        dialog.setDefaultSuffix(suffix);
        const auto chosen = dialog.selectedFiles();
        const QFileInfo info(chosen.isEmpty() ? QStringLiteral("prospects") : chosen.front());
        dialog.selectFile(info.completeBaseName() + QLatin1Char('.') + suffix);
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) return {};
    const auto file = dialog.selectedFiles().front();
    auto format =
        kExportChoices[std::max<qsizetype>(0, filters.indexOf(dialog.selectedNameFilter()))].format;
    if (file.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        format = ExportFormat::Xlsx;
    else if (format == ExportFormat::Xlsx)
        format = ExportFormat::CsvExcelFr;  // a .csv name with the XLSX filter: CSV as named
    const auto result = exportView(file, format);
    if (!result) return {};
    QMessageBox::information(this, tr("Export terminé"), notice_->text());
    return result->file;
}

std::optional<ProspectWorkspace::ExportResult> ProspectWorkspace::exportView(const QString& file,
                                                                             ExportFormat format) {
    const cmcsim::ProspectTable table(session_.reference(), session_.view(), model_->lines(),
                                      &session_.state().records());
    QString error;
    if (format == ExportFormat::Xlsx) {
        // Written beside the target under a unique name, then renamed: a failed export leaves
        // neither a partial file nor a damaged older one.
        QTemporaryFile temporary(QFileInfo(file).absolutePath() +
                                 QStringLiteral("/.cmcsim-export-XXXXXX.xlsx"));
        if (!temporary.open()) {
            error = temporary.errorString();
        } else {
            temporary.close();
            try {
                cmcsim::ProspectXlsx::write(table, temporary.fileName().toStdString());
                std::error_code renamed;
                std::filesystem::rename(temporary.fileName().toStdString(), file.toStdString(),
                                        renamed);
                if (renamed)
                    error = QString::fromStdString(renamed.message());
                else
                    temporary.setAutoRemove(false);
            } catch (const cmcsim::InputError& e) {
                error = QString::fromUtf8(e.what());
            }
        }
    } else {
        const auto dialect = format == ExportFormat::CsvRfc4180 ? cmcsim::CsvDialect::Rfc4180
                                                                : cmcsim::CsvDialect::ExcelFr;
        std::ostringstream out;
        cmcsim::ProspectCsv(session_.reference(), dialect).write(table, out);
        QSaveFile save(file);  // written to a temporary file, renamed only when complete
        const auto bytes = out.str();
        if (!save.open(QIODevice::WriteOnly) ||
            save.write(bytes.data(), static_cast<qint64>(bytes.size())) !=
                static_cast<qint64>(bytes.size()) ||
            !save.commit())
            error = save.errorString();
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export impossible"),
                             tr("Impossible d'écrire %1 : %2").arg(file, error));
        return std::nullopt;
    }
    const auto formatName = format == ExportFormat::Xlsx         ? QStringLiteral("XLSX")
                            : format == ExportFormat::CsvExcelFr ? tr("CSV excel-fr")
                                                                 : tr("CSV RFC 4180");
    const auto lines = table.size() <= 1 ? tr("%1 ligne exportée").arg(table.size())
                                         : tr("%1 lignes exportées")
                                               .arg(QString::fromStdString(cmcsim::frenchNumber(
                                                   static_cast<double>(table.size()), 0)));
    showNotice(tr("✔ %1 dans %2 (%3).").arg(lines, QDir::toNativeSeparators(file), formatName));
    return ExportResult{file, table.size(), format};
}
