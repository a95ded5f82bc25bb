#pragma once

#include <QWidget>

class StudioSession;
class QLabel;
class QPushButton;

// The top of the Semaine workspace: the week to play (number, Monday's date, its public
// holidays), the capacity and budget left, and the buttons that run the weeks.
class WeekHeader : public QWidget {
    Q_OBJECT
public:
    explicit WeekHeader(StudioSession& session, QWidget* parent = nullptr);

    // Re-reads the attempt: the week after the last one played, capacity, budget, buttons.
    void refresh();
    QLabel* title() const { return title_; }
    QLabel* resources() const { return resources_; }
    QPushButton* nextButton() const { return next_; }
    QPushButton* goToButton() const { return goTo_; }

Q_SIGNALS:
    void nextRequested();
    void goToRequested();

private:
    StudioSession& session_;
    QLabel* title_ = nullptr;
    QLabel* resources_ = nullptr;
    QPushButton* next_ = nullptr;
    QPushButton* goTo_ = nullptr;
};
