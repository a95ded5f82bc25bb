#pragma once

#include <QList>
#include <QWidget>
#include <cstdint>

class QComboBox;
class QLineEdit;
class QStandardItem;
class QStandardItemModel;
class QTableView;
class TableFilter;

// A table of companies of the Semaine workspace (the contacts of a week, the funnel): sortable
// by column, filtered by a category chosen in a list and by a text; each row names its company
// (Market::companies index), which a double-click asks to open.
class CompanyTable : public QWidget {
    Q_OBJECT
public:
    // `all` is the category list's first entry (every row).
    CompanyTable(const QString& objectName, const QString& all, QWidget* parent = nullptr);

    void addCategory(const QString& label, int category);
    // Empties the table and sets its columns.
    void reset(const QStringList& headers);
    void appendRow(std::uint32_t company, int category, const QList<QStandardItem*>& cells);
    // Sizes the columns to their contents, the company's name (column 0) to 320 pixels at most.
    void fitColumns();

    QStandardItemModel* model() const { return model_; }
    TableFilter* filter() const { return filter_; }
    QTableView* table() const { return table_; }
    QComboBox* categoryFilter() const { return category_; }
    QLineEdit* textFilter() const { return text_; }

Q_SIGNALS:
    void companyActivated(std::uint32_t company);

private:
    QStandardItemModel* model_ = nullptr;
    TableFilter* filter_ = nullptr;
    QTableView* table_ = nullptr;
    QComboBox* category_ = nullptr;
    QLineEdit* text_ = nullptr;
};
