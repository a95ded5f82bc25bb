#pragma once

#include <QStringList>
#include <QWidget>

class QTableWidget;

// A list of records of the scenario (competitors, studies, segments, tenders…) edited as a table
// of text cells, one record a row, with buttons to add and remove rows. Each column is a key of
// the record in the scenario file, so a validation error at "$.competitors[1].market_share"
// is shown on its cell.
class RecordTable : public QWidget {
    Q_OBJECT
public:
    struct Column {
        QString key;      // the record's JSON key ("market_share")
        QString header;   // French
        QString example;  // the text of a new row's cell
    };
    // `path`: the JSON path of the list ("$.competitors").
    RecordTable(const QString& path, const QList<Column>& columns, QWidget* parent = nullptr);

    QString path() const { return path_; }
    QTableWidget* table() const { return table_; }
    int rowCount() const;
    void setRows(const QList<QStringList>& rows);
    QStringList row(int index) const;  // trimmed texts, one a column
    void addRow(const QStringList& texts = {});
    // The place of a cell, for the errors the editor finds itself ("$.competitors[1].price_level").
    QString cellPath(int row, int column) const;

    // Marks the cell (or the whole row) `place` names under this table; false when it is not
    // one of its places.
    bool mark(const QString& place, const QString& reason);
    void clearMarks();

Q_SIGNALS:
    void edited();

private:
    QString path_;
    QList<Column> columns_;
    QTableWidget* table_ = nullptr;
    bool loading_ = false;
};
