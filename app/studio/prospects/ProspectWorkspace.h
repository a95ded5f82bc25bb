#pragma once

#include <QWidget>
#include <cstdint>
#include <optional>

class StudioSession;
class ProspectTableModel;
class FilterBar;
class CompanyCard;
class SegmentsPanel;
class QTableView;
class QLabel;
class QTimer;

// The "Fichier prospects" workspace: filter bar, the prospect table, the company card of the
// selected line with its actions, and the segments panel.
class ProspectWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit ProspectWorkspace(StudioSession& session, QWidget* parent = nullptr);

    ProspectTableModel* model() const { return model_; }
    FilterBar* filterBar() const { return filterBar_; }
    CompanyCard* card() const { return card_; }
    SegmentsPanel* segments() const { return segments_; }
    QTableView* table() const { return table_; }
    // Selects a line of the prospect file (clearing filters that hide it) and shows its card.
    void selectLine(std::uint32_t line);
    // The formats of an export of the view.
    enum class ExportFormat { Xlsx, CsvExcelFr, CsvRfc4180 };
    // What an export wrote.
    struct ExportResult {
        QString file;
        std::size_t lines = 0;
        ExportFormat format = ExportFormat::Xlsx;
    };
    // Exports the current view (its columns with the candidate's marks and what studies
    // revealed) to `file` in `format`; nullopt (after telling the user) if it cannot be written.
    std::optional<ExportResult> exportView(const QString& file, ExportFormat format);
    // Asks for the file and the format (XLSX, CSV excel-fr, CSV RFC 4180), exports, then says
    // what was written; returns the file, empty if cancelled or failed.
    QString exportViewDialog();
    // The line under the filter bar that confirms what was just done (filter saved, export).
    QLabel* notice() const { return notice_; }

Q_SIGNALS:
    // Forwarded from the company card: build an offer for the establishment of this SIRET.
    void offerRequested(const QString& siret);

private:
    void updateCount();
    void showNotice(const QString& text);

    StudioSession& session_;
    ProspectTableModel* model_ = nullptr;
    FilterBar* filterBar_ = nullptr;
    QTableView* table_ = nullptr;
    CompanyCard* card_ = nullptr;
    SegmentsPanel* segments_ = nullptr;
    QLabel* count_ = nullptr;
    QLabel* notice_ = nullptr;
    QTimer* noticeTimer_ = nullptr;
};
