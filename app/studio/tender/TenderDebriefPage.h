#pragma once

#include <QWidget>

namespace cmcsim {
struct Tender;
class TenderDesk;
}  // namespace cmcsim

class QLabel;
class StudioSession;
class TenderDocumentView;

// The result of a call for tender once its award week is played: the engine's debrief
// (TenderDocument::debrief: rank, points per criterion beside the winner's, the winner's price
// level) with *Exporter en PDF*; before, when it will be known.
class TenderDebriefPage : public QWidget {
    Q_OBJECT
public:
    explicit TenderDebriefPage(StudioSession& session, QWidget* parent = nullptr);

    void showTender(const cmcsim::TenderDesk& desk, const cmcsim::Tender& tender);
    // Whether the debrief is shown (the award week is played).
    bool awarded() const;

    QLabel* pending() const { return pending_; }
    TenderDocumentView* document() const { return document_; }

private:
    QLabel* pending_ = nullptr;
    TenderDocumentView* document_ = nullptr;
};
