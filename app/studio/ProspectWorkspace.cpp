#include "ProspectWorkspace.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <sstream>

#include "CompanyCard.h"
#include "Counts.h"
#include "FilterBar.h"
#include "ProspectTableModel.h"
#include "SegmentsPanel.h"
#include "StudioSession.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/report/ProspectCsv.h"

ProspectWorkspace::ProspectWorkspace(StudioSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    model_ = new ProspectTableModel(session, this);
    filterBar_ = new FilterBar(session);
    table_ = new QTableView;
    table_->setObjectName(QStringLiteral("prospectTable"));
    table_->setModel(model_);
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
    layout->addWidget(count_);
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
    connect(card_, &CompanyCard::offerRequested, this, &ProspectWorkspace::offerRequested);
    connect(segments_, &SegmentsPanel::currentFilterRequested, this,
            [this](cmcsim::ProspectFilter& filter) { filter = filterBar_->filter(); });
    connect(segments_, &SegmentsPanel::applyFilter, filterBar_, &FilterBar::setFilter);
    connect(segments_, &SegmentsPanel::exportRequested, this,
            [this](const cmcsim::ProspectFilter& filter, const QString&) {
                filterBar_->setFilter(filter);
                exportCsv();
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
    table_->scrollTo(model_->index(row, 0));
    card_->showLine(line);
}

QString ProspectWorkspace::exportCsv(const QString& requested) {
    QString file = requested;
    QString chosenFilter;
    const QString excel = tr("CSV pour Excel et LibreOffice en français (*.csv)");
    const QString rfc = tr("CSV standard RFC 4180 (*.csv)");
    if (file.isEmpty()) {
        file = QFileDialog::getSaveFileName(this, tr("Exporter la vue en CSV"),
                                            QDir::homePath() + QStringLiteral("/prospects.csv"),
                                            excel + QStringLiteral(";;") + rfc, &chosenFilter);
        if (file.isEmpty()) return {};
    }
    const auto dialect =
        chosenFilter == rfc ? cmcsim::CsvDialect::Rfc4180 : cmcsim::CsvDialect::ExcelFr;
    std::ostringstream out;
    cmcsim::ProspectCsv(session_.reference(), dialect).write(session_.view(), model_->lines(), out);
    QSaveFile save(file);  // written to a temporary file, renamed only when complete
    const auto bytes = out.str();
    if (!save.open(QIODevice::WriteOnly) ||
        save.write(bytes.data(), static_cast<qint64>(bytes.size())) !=
            static_cast<qint64>(bytes.size()) ||
        !save.commit()) {
        QMessageBox::warning(this, tr("Export impossible"),
                             tr("Impossible d'écrire %1 : %2").arg(file, save.errorString()));
        return {};
    }
    return file;
}
