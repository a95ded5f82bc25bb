#pragma once

#include <QWidget>
#include <cstdint>

class QLabel;
class QSlider;
class QTableWidget;
class QTimer;
class QToolButton;
class StudioSession;

// The evaluator's timeline: every journal entry (number, simulated date, wall time, action in
// French, what it did, hesitations: entries undone later), a slider and step buttons. Choosing an
// entry shows the state after it in every workspace (StudioSession::showEntry). Refused commands
// are not in the journal, so they are not in the timeline.
class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePanel(StudioSession& session, QWidget* parent = nullptr);

    // Moves the timeline to entry `sequence` (clamped) and shows the state after it.
    void setEntry(std::int64_t sequence);
    std::int64_t entry() const;
    // Shows the result of the receipt check above the timeline (green when it matches).
    void setReceiptMessage(const QString& message, bool matches);

    QSlider* slider() const { return slider_; }
    QTableWidget* table() const { return table_; }
    QLabel* position() const { return position_; }
    QLabel* receipt() const { return receipt_; }
    // What the entry shown changed (AttemptTimeline::changesAt), in French.
    QLabel* changes() const { return changes_; }

private:
    void fill();
    void showPosition();

    StudioSession& session_;
    QLabel* receipt_ = nullptr;
    QLabel* position_ = nullptr;
    QLabel* changes_ = nullptr;
    QSlider* slider_ = nullptr;
    QToolButton* first_ = nullptr;
    QToolButton* previous_ = nullptr;
    QToolButton* next_ = nullptr;
    QToolButton* last_ = nullptr;
    QTableWidget* table_ = nullptr;
    QTimer* apply_ = nullptr;  // coalesces slider moves into one replay
    int greyFrom_ = 0;         // the first greyed row (rows from it on are after the entry shown)
};
