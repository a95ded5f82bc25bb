#pragma once

#include <QWidget>
#include <vector>

#include "cmcsim/meeting/MeetingDebrief.h"

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace cmcsim {
struct MeetingBank;
}

// What the candidate may say now in a meeting: the bank's questions and arguments allowed at the
// current phase and the later ones, grouped by phase in the bank's order (the current phase
// open), by their wording only: never how the engine would weigh them. Said by double-click or
// the "Dire" button.
class MeetingChoices : public QWidget {
    Q_OBJECT
public:
    explicit MeetingChoices(QWidget* parent = nullptr);

    // Shows the entries of `allowed` (MeetingView::choices) in `bank` order; `current` is the
    // meeting's phase. Empty `allowed`: nothing to say (closed meeting).
    void showChoices(const std::vector<cmcsim::MeetingAlternative>& allowed,
                     const cmcsim::MeetingBank& bank, cmcsim::MeetingPhase current);
    // Enables saying (disabled when the meeting is closed or the attempt read-only).
    void setCommandsEnabled(bool enabled, const QString& why = {});
    // Selects the entry `id` (bank id); false when it is not offered.
    bool select(const QString& id);
    QTreeWidget* tree() const { return tree_; }
    QPushButton* sayButton() const { return say_; }

Q_SIGNALS:
    void chosen(const QString& id, const QString& wording);

private:
    void sayCurrent();
    static QString idOf(const QTreeWidgetItem* item);

    QTreeWidget* tree_ = nullptr;
    QPushButton* say_ = nullptr;
    bool enabled_ = true;
};
