#include "scenario/RecordTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

RecordTable::RecordTable(const QString& path, const QList<Column>& columns, QWidget* parent)
    : QWidget(parent), path_(path), columns_(columns) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    table_ = new QTableWidget(0, static_cast<int>(columns.size()));
    QStringList headers;
    for (const auto& c : columns) headers << c.header;
    table_->setHorizontalHeaderLabels(headers);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->setDefaultSectionSize(24);
    layout->addWidget(table_);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Ajouter une ligne"));
    auto* remove = new QPushButton(tr("Supprimer la ligne"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow();
        Q_EMIT edited();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = table_->currentRow();
        if (row < 0) return;
        table_->removeRow(row);
        Q_EMIT edited();
    });
    connect(table_, &QTableWidget::itemChanged, this, [this] {
        if (!loading_) Q_EMIT edited();
    });
}

int RecordTable::rowCount() const {
    return table_->rowCount();
}

void RecordTable::setRows(const QList<QStringList>& rows) {
    loading_ = true;
    table_->setRowCount(0);
    for (const auto& r : rows) addRow(r);
    loading_ = false;
    table_->resizeColumnsToContents();
}

void RecordTable::addRow(const QStringList& texts) {
    const bool wasLoading = loading_;
    loading_ = true;
    const int row = table_->rowCount();
    table_->insertRow(row);
    for (int c = 0; c < columns_.size(); ++c)
        table_->setItem(row, c,
                        new QTableWidgetItem(c < texts.size() ? texts[c] : columns_[c].example));
    loading_ = wasLoading;
}

QStringList RecordTable::row(int index) const {
    QStringList out;
    for (int c = 0; c < columns_.size(); ++c) {
        const auto* item = table_->item(index, c);
        out << (item ? item->text().trimmed() : QString());
    }
    return out;
}

QString RecordTable::cellPath(int row, int column) const {
    return QStringLiteral("%1[%2].%3").arg(path_).arg(row).arg(columns_[column].key);
}

bool RecordTable::mark(const QString& place, const QString& reason) {
    if (!place.startsWith(path_)) return false;
    const auto rest = place.mid(path_.size());
    static const QRegularExpression item(QStringLiteral("^\\[(\\d+)\\](?:\\.([a-z_.]+))?"));
    const auto match = item.match(rest);
    const bool whole = rest.isEmpty();
    if (!whole && !match.hasMatch()) return false;
    const int row = whole ? -1 : match.captured(1).toInt();
    if (row >= table_->rowCount()) return false;
    // The cells of the key named, or the whole row (the whole table) when no column is it.
    const auto key = match.captured(2);
    QList<int> columns;
    for (int c = 0; c < columns_.size(); ++c)
        if (!key.isEmpty() && (key == columns_[c].key || key.startsWith(columns_[c].key + '.')))
            columns << c;
    if (columns.isEmpty())
        for (int c = 0; c < columns_.size(); ++c) columns << c;
    loading_ = true;
    for (int r = whole ? 0 : row; r < (whole ? table_->rowCount() : row + 1); ++r)
        for (const int c : columns)
            if (auto* it = table_->item(r, c)) {
                it->setBackground(QColor(0xF8, 0xD7, 0xDA));
                it->setToolTip(reason);
            }
    if (whole) table_->setToolTip(reason);
    loading_ = false;
    return true;
}

void RecordTable::clearMarks() {
    loading_ = true;
    for (int r = 0; r < table_->rowCount(); ++r)
        for (int c = 0; c < columns_.size(); ++c)
            if (auto* it = table_->item(r, c)) {
                it->setBackground(QBrush());
                it->setToolTip({});
            }
    table_->setToolTip({});
    loading_ = false;
}
