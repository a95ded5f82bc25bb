#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <thread>

#include "cmcsim/prospects/ProspectView.h"
#include "cmcsim/store/AttemptSession.h"

class StudioSession;

// Opens an attempt for work on a thread of its own (the engine session, then the candidate's view
// of the prospect file), reporting each step in French as it goes, so that the window stays
// responsive and the user can cancel. The session's tamper check goes on after loaded()
// (AttemptSession::Check::InBackground; StudioSession::checked or tampered tells its end).
class AttemptLoader : public QObject {
    Q_OBJECT
public:
    AttemptLoader(const cmcsim::ReferenceData& reference, const QString& file,
                  QObject* parent = nullptr,
                  cmcsim::AttemptSession::Access access = cmcsim::AttemptSession::Access::Work);
    // Cancels and waits for the thread (at most until its current step ends).
    ~AttemptLoader() override;

    // Starts the thread (once).
    void start();
    const QString& file() const { return file_; }
    // The thread stops at its next report; nothing but stopped() is emitted after.
    void cancel() { cancelled_ = true; }
    bool cancelled() const { return cancelled_; }
    // After loaded(): the attempt as the studio works on it, built on the caller's thread.
    std::unique_ptr<StudioSession> takeSession(QObject* parent = nullptr);

    // The French text of an engine load step (LoadProgress.h) at `done` of `total` rows.
    static QString stepText(std::string_view step, std::uint64_t done, std::uint64_t total);

Q_SIGNALS:
    // Emitted on the loader's (the UI) thread, at most every few hundredths of a second.
    void progressed(const QString& step, qulonglong done, qulonglong total);
    void loaded();
    void failed(const QString& reason);  // what the engine said, the file and the place
    void stopped();                      // the thread ended (after any of the above, or a cancel)

private:
    void run();

    const cmcsim::ReferenceData& reference_;
    QString file_;
    cmcsim::AttemptSession::Access access_;
    std::atomic<bool> cancelled_{false};
    std::unique_ptr<cmcsim::AttemptSession> engine_;
    std::unique_ptr<cmcsim::ProspectView> view_;
    std::thread thread_;
};
