// Opening an attempt in the studio (docs/performance.md): from the open request to the first
// paint of the opening page, and to the window being usable (workspaces built and the window
// painted with them), with the peak memory of each run (and the memory after the first text
// search), at Rouen scale and at national scale. "Blocking" runs open the way the studio did before
// the opening page (MainWindow::openAttempt: the window paints nothing until the workspaces are
// built), side by side in the same process. Runs on the offscreen platform; the attempts are
// generated once into the temporary folder.
#include <benchmark/benchmark.h>
#include <malloc.h>

#include <QApplication>
#include <QEvent>
#include <QEventLoop>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

#include "BenchReference.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/store/AttemptFile.h"
#include "cmcsim/store/AttemptSchema.h"
#include "cmcsim/store/Database.h"
#include "common/StudioSession.h"
#include "shell/MainWindow.h"
#include "shell/OpeningPage.h"

namespace {

using namespace cmcsim;
using bench::kRoot;
using bench::reference;
using Clock = std::chrono::steady_clock;

// A copy of the attempt of `scenario`, generated once into the temporary folder (the same file
// as cmcsim_bench_attempt_open's); the studio opens the copy, since opening for work may migrate.
std::filesystem::path attemptOf(const char* scenario, const std::string& name) {
    const auto dir = std::filesystem::temp_directory_path();
    const auto generated = dir / ("cmcsim-bench-open-" + name + ".cmc");
    // A file of an older format would be migrated by every open, which the studio's users pay
    // once: it is generated again.
    const auto current = [&] {
        Database db(generated, Database::Mode::ReadOnly);
        return AttemptSchema::version(db) == AttemptSchema::kVersion;
    };
    if (!std::filesystem::exists(generated) || !current())
        AttemptFile::create(reference(), ScenarioLoader(reference()).fromFile(kRoot / scenario),
                            {generated, std::nullopt, "bench", true});
    const auto copy = dir / ("cmcsim-bench-studio-" + name + ".cmc");
    std::filesystem::copy_file(generated, copy, std::filesystem::copy_options::overwrite_existing);
    return copy;
}

// A memory figure of /proc/self/status in MiB (Linux): "VmHWM:", the peak resident memory since
// the last resetPeak(); "VmRSS:", the resident memory now.
double statusMiB(std::string_view field) {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.starts_with(field)) return std::stod(line.substr(field.size())) / 1024.0;
    return 0;
}

// Returns freed memory to the system and restarts the peak from the current resident memory
// (Linux: "5" in /proc/self/clear_refs), so that each run has its own peak.
void resetPeak() {
    malloc_trim(0);
    std::ofstream("/proc/self/clear_refs") << "5";
}

// The time of the first paint event of a widget.
class FirstPaint : public QObject {
public:
    explicit FirstPaint(QWidget* widget) : widget_(widget) { widget_->installEventFilter(this); }
    ~FirstPaint() override { widget_->removeEventFilter(this); }
    std::optional<Clock::time_point> at;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == widget_ && event->type() == QEvent::Paint && !at) at = Clock::now();
        return false;
    }

private:
    QWidget* widget_;
};

double seconds(Clock::time_point from, Clock::time_point to) {
    return std::chrono::duration<double>(to - from).count();
}

// One open per iteration in a window of 1366 × 768, closed again before the next.
void openInStudio(benchmark::State& state, const std::filesystem::path& file, bool background) {
    const auto name = QString::fromStdString(file.string());
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QApplication::processEvents();
    for (auto _ : state) {
        window.closeAttempt();
        QApplication::processEvents();
        resetPeak();
        FirstPaint page(window.openingPage());
        const auto cpu = std::clock();
        const auto start = Clock::now();
        bool opened = false;
        if (background) {
            QEventLoop loop;
            QObject::connect(&window, &MainWindow::openFinished, &loop, [&](bool ok) {
                opened = ok;
                loop.quit();
            });
            window.beginOpenAttempt(name);
            loop.exec();
        } else {
            opened = window.openAttempt(name);
        }
        window.repaint();  // the first frame with the workspaces
        const auto usable = Clock::now();
        if (!opened) {
            state.SkipWithError("the attempt did not open");
            break;
        }
        state.SetIterationTime(seconds(start, usable));
        state.counters["first_paint_s"] = seconds(start, page.at.value_or(usable));
        state.counters["usable_s"] = seconds(start, usable);
        state.counters["usable_cpu_s"] =
            static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;  // both threads
        state.counters["peak_MiB"] = statusMiB("VmHWM:");
        state.counters["held_MiB"] = statusMiB("VmRSS:");  // once usable
        // The first text search (the table's search field) builds the view's search keys
        // (ProspectView::prepareSearchKeys): its time, and the resident memory after it.
        ProspectFilter byName;
        byName.text = "boulangerie";
        const auto searched = Clock::now();
        benchmark::DoNotOptimize(window.session()->view().filter(byName));
        state.counters["first_search_s"] = seconds(searched, Clock::now());
        state.counters["searched_MiB"] = statusMiB("VmRSS:");
    }
    window.closeAttempt();
}

const char* const kRouen = "scenarios/rouen-ze.json";
const char* const kFrance = "bench/scenarios/france-metropolitaine.json";

void RouenOpening(benchmark::State& state) {
    openInStudio(state, attemptOf(kRouen, "rouen"), true);
}
void RouenBlocking(benchmark::State& state) {
    openInStudio(state, attemptOf(kRouen, "rouen"), false);
}
void NationalOpening(benchmark::State& state) {
    openInStudio(state, attemptOf(kFrance, "france"), true);
}
void NationalBlocking(benchmark::State& state) {
    openInStudio(state, attemptOf(kFrance, "france"), false);
}
BENCHMARK(RouenOpening)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(5);
BENCHMARK(RouenBlocking)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(5);
BENCHMARK(NationalOpening)->Unit(benchmark::kSecond)->UseManualTime()->Iterations(1);
BENCHMARK(NationalBlocking)->Unit(benchmark::kSecond)->UseManualTime()->Iterations(1);

}  // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("CMCSIM_DATA_DIR"))
        qputenv("CMCSIM_DATA_DIR", CMCSIM_SOURCE_ROOT);
    // Settings (recent attempts) apart from the user's.
    QStandardPaths::setTestModeEnabled(true);
    const QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("cmcsim-bench"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    std::filesystem::remove(std::filesystem::temp_directory_path() /
                            "cmcsim-bench-studio-rouen.cmc");
    std::filesystem::remove(std::filesystem::temp_directory_path() /
                            "cmcsim-bench-studio-france.cmc");
    return 0;
}
