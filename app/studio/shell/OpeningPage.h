#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

// The page shown while an attempt opens: its file, the step under way with a progress bar, and a
// button to cancel and go back to the welcome page.
class OpeningPage : public QWidget {
    Q_OBJECT
public:
    explicit OpeningPage(QWidget* parent = nullptr);

    // Starts over for `file`, with no step yet.
    void start(const QString& file);
    // Shows `step` at `done` of `total` (total 0: a step that cannot count, the bar is busy).
    void setStep(const QString& step, qulonglong done, qulonglong total);

    QString step() const;
    QProgressBar* bar() const { return bar_; }
    QPushButton* cancelButton() const { return cancel_; }

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel* title_ = nullptr;
    QLabel* step_ = nullptr;
    QProgressBar* bar_ = nullptr;
    QPushButton* cancel_ = nullptr;
};
