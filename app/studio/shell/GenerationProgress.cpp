#include "shell/GenerationProgress.h"

#include <QApplication>
#include <QProgressDialog>
#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

#include "cmcsim/store/AttemptFile.h"

void generateWithProgress(QWidget* parent, const cmcsim::ReferenceData& reference,
                          const cmcsim::Scenario& scenario, const cmcsim::AttemptRequest& request) {
    QProgressDialog progress(QApplication::translate("MainWindow", "Génération du marché…"),
                             QString(), 0, 100, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    std::atomic<int> percent{0};
    std::exception_ptr failure;
    std::thread worker([&] {
        try {
            cmcsim::AttemptFile::create(
                reference, scenario, request, [&](std::uint64_t done, std::uint64_t total) {
                    percent = static_cast<int>(100 * done / std::max<std::uint64_t>(1, total));
                });
        } catch (...) {
            failure = std::current_exception();
        }
        percent = 101;
    });
    while (percent <= 100) {
        progress.setValue(std::min(99, percent.load()));
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    worker.join();
    progress.setValue(100);
    if (failure) std::rethrow_exception(failure);
}
