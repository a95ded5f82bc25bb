#include "weeks/CompanyTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

#include "weeks/TableFilter.h"

namespace {
constexpr int kCompanyWidth = 320;  // pixels: a long name does not push the other columns out
}

CompanyTable::CompanyTable(const QString& objectName, const QString& all, QWidget* parent)
    : QWidget(parent) {
    model_ = new QStandardItemModel(this);
    filter_ = new TableFilter(this);
    filter_->setSourceModel(model_);
    table_ = new QTableView;
    table_->setObjectName(objectName);
    table_->setModel(filter_);
    // The rows in the engine's order until a column is clicked (no column sorted at first).
    table_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table_->setSortingEnabled(true);
    table_->setWordWrap(false);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setToolTip(tr("Double-cliquer pour ouvrir l'entreprise dans le fichier prospects"));
    category_ = new QComboBox;
    category_->setObjectName(objectName + QStringLiteral("Category"));
    category_->addItem(all, -1);
    text_ = new QLineEdit;
    text_->setPlaceholderText(tr("Filtrer : raison sociale, SIRET, action, motif…"));
    text_->setClearButtonEnabled(true);
    auto* filters = new QHBoxLayout;
    filters->addWidget(category_);
    filters->addWidget(text_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(table_, 1);
    connect(category_, &QComboBox::currentIndexChanged, this,
            [this] { filter_->setCategory(category_->currentData().toInt()); });
    connect(text_, &QLineEdit::textChanged, filter_, &TableFilter::setText);
    connect(table_, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const auto source = filter_->mapToSource(index);
        Q_EMIT companyActivated(model_->item(source.row(), 0)->data(Qt::UserRole).toUInt());
    });
}

void CompanyTable::addCategory(const QString& label, int category) {
    category_->addItem(label, category);
}

void CompanyTable::reset(const QStringList& headers) {
    model_->clear();
    model_->setHorizontalHeaderLabels(headers);
}

void CompanyTable::appendRow(std::uint32_t company, int category,
                             const QList<QStandardItem*>& cells) {
    cells.front()->setData(company, Qt::UserRole);
    cells.front()->setData(category, TableFilter::kCategoryRole);
    model_->appendRow(cells);
}

void CompanyTable::fitColumns() {
    table_->resizeColumnsToContents();
    table_->setColumnWidth(0, std::min(table_->columnWidth(0), kCompanyWidth));
}
