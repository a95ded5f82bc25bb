#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>
#include <thread>

#include "cmcsim/compare/AttemptComparison.h"

// Runs a group comparison (cmcsim::AttemptComparison::run) on a thread of its own, reporting each
// file verified and assessed, so that the window stays responsive and the user can cancel.
class ComparisonLoader : public QObject {
    Q_OBJECT
public:
    ComparisonLoader(const cmcsim::ReferenceData& reference, QStringList inputs,
                     QObject* parent = nullptr);
    // Cancels and waits for the thread (at most until its current files end).
    ~ComparisonLoader() override;

    // Starts the thread (once).
    void start();
    void cancel() { cancelled_ = true; }
    // After finished(): the comparison.
    std::unique_ptr<cmcsim::AttemptComparison> take() { return std::move(result_); }

Q_SIGNALS:
    // Emitted on the UI thread.
    void progressed(qulonglong done, qulonglong total);
    void finished();
    void failed(const QString& reason);  // in French, the file and the place

private:
    void run();

    const cmcsim::ReferenceData& reference_;
    QStringList inputs_;
    std::atomic<bool> cancelled_{false};
    std::unique_ptr<cmcsim::AttemptComparison> result_;
    std::thread thread_;
};
