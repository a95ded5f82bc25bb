#pragma once

#include <QWidget>
#include <atomic>
#include <memory>

#include "cmcsim/scenario/Scenario.h"
#include "cmcsim/scenario/ScenarioPreview.h"

namespace cmcsim {
struct ReferenceData;
}
class BreakdownChart;
class QComboBox;
class QLabel;
class QPushButton;
class QThread;
class QTimer;

// The scenario editor's live preview: regenerates the market of the scenario being edited on
// a thread of its own (ScenarioPreview, at a reduced scale), 700 ms after the last edit, a new
// edit or "Arrêter" cancelling the run under way; shows the key figures, the distribution of
// opportunities and the difficulty estimate. The form is never blocked.
class PreviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit PreviewPanel(const cmcsim::ReferenceData& reference, QWidget* parent = nullptr);
    ~PreviewPanel() override;

    // Schedules a preview of `scenario` (a validated one), cancelling the one under way.
    void request(const cmcsim::Scenario& scenario);
    // Cancels the scheduled or running preview and says why the figures are stale.
    void invalidate(const QString& reason);
    void cancel();
    bool running() const { return thread_ != nullptr; }
    QString figuresText() const;
    int runs() const { return runs_; }  // previews completed, for tests

Q_SIGNALS:
    void finished();  // a preview completed and is shown

private:
    void start();
    void show(const cmcsim::ScenarioPreview& preview);
    void showBreakdown();

    const cmcsim::ReferenceData& reference_;
    cmcsim::Scenario pending_;
    QTimer* debounce_ = nullptr;
    QThread* thread_ = nullptr;
    std::shared_ptr<std::atomic<bool>> cancelled_;
    std::unique_ptr<cmcsim::ScenarioPreview> last_;
    QLabel* status_ = nullptr;
    QLabel* figures_ = nullptr;
    QComboBox* breakdown_ = nullptr;
    BreakdownChart* chart_ = nullptr;
    QPushButton* stop_ = nullptr;
    int runs_ = 0;
};
