#pragma once

#include <QWidget>

namespace cmcsim {
struct Tender;
struct TenderTruth;
class TenderDesk;
}  // namespace cmcsim

class QLabel;
class QPushButton;
class StudioSession;
class TenderDocumentView;

// The specifications of a call for tender: before reading, what reading costs (information
// acquired: journaled, the company's census revealed, never undone) and *Lire le cahier des
// charges*; once read, the engine's document (TenderDocument::specifications) with *Exporter en
// PDF*.
class TenderSpecificationsPage : public QWidget {
    Q_OBJECT
public:
    explicit TenderSpecificationsPage(StudioSession& session, QWidget* parent = nullptr);

    // Shows `tender` as the desk sees it; `truth` is what it discloses, null while unread (the
    // evaluator sees what the candidate saw).
    void showTender(const cmcsim::TenderDesk& desk, const cmcsim::Tender& tender,
                    const cmcsim::TenderTruth* truth);
    // Reads the specifications (the "ao.lecture" command); false when refused or already read.
    bool read();

    QLabel* notice() const { return notice_; }
    QPushButton* readButton() const { return read_; }
    TenderDocumentView* document() const { return document_; }

private:
    StudioSession& session_;
    QString id_;
    QLabel* notice_ = nullptr;
    QPushButton* read_ = nullptr;
    TenderDocumentView* document_ = nullptr;
};
