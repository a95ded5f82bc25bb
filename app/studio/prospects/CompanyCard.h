#pragma once

#include <QWidget>
#include <cstdint>
#include <optional>

class StudioSession;
class QChart;
class QChartView;
class QCategoryAxis;
class QBarCategoryAxis;
class QLabel;
class QPushButton;
class QTextBrowser;

// The card of one line of the prospect file as the candidate knows it (CandidateKnowledge):
// establishment and company, contact, the workforce census with its age pyramid once the company
// sent it, current cover and prescribers once known, what the candidate did about it, and the
// actions: verify, request the census, flag an anomaly, tag, note.
class CompanyCard : public QWidget {
    Q_OBJECT
public:
    explicit CompanyCard(StudioSession& session, QWidget* parent = nullptr);

    void showLine(std::optional<std::uint32_t> line);
    std::optional<std::uint32_t> line() const { return line_; }
    void refresh();

    // The actions, also used by tests and the table's context menu.
    bool verify();
    // Asks the company for its staff register (état du personnel): reveals the census.
    bool requestCensus();
    bool flag(const QString& kind, const QString& reason);
    bool tag(const QString& tag);
    bool note(const QString& text);

Q_SIGNALS:
    // The candidate wants to build an offer for the establishment of this SIRET.
    void offerRequested(const QString& siret);

private:
    QString describe() const;
    void updateCensusChart();
    void askFlag();
    void askTag();
    void askNote();

    StudioSession& session_;
    std::optional<std::uint32_t> line_;
    QTextBrowser* details_ = nullptr;
    QChartView* census_ = nullptr;
    QChart* pyramid_ =
        nullptr;  // one chart, its series replaced per line (Qt 6.4 lays out axes once)
    QBarCategoryAxis* ages_ = nullptr;
    QCategoryAxis* people_ = nullptr;
    QLabel* censusSummary_ = nullptr;
    QPushButton* verify_ = nullptr;
    QPushButton* requestCensus_ = nullptr;
    QPushButton* flag_ = nullptr;
    QPushButton* tag_ = nullptr;
    QPushButton* note_ = nullptr;
    QPushButton* offer_ = nullptr;
};
