// The Marché workspace's commune map (issue 9, "The studio at scale"): building it for all the
// lines of a market and painting it, offscreen, at Rouen (scenarios/rouen-ze.json, generated in a
// temporary folder) and at national scale (an attempt of bench/scenarios/france-metropolitaine.json
// named by CMCSIM_BENCH_NATIONAL, loaded once: about a minute and 1.2 GB, not measured).
//   QT_QPA_PLATFORM=offscreen CMCSIM_BENCH_NATIONAL=/tmp/fr.cmc cmcsim_bench_commune_map
// (CMCSIM_BENCH_MAP_PNG=folder also saves the painted maps there.)
#include <benchmark/benchmark.h>

#include <QApplication>
#include <QImage>
#include <QTemporaryDir>
#include <filesystem>
#include <memory>
#include <numeric>

#include "BenchReference.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/store/AttemptFile.h"
#include "common/StudioSession.h"
#include "market/CommuneMap.h"

namespace {

using namespace cmcsim;

using bench::reference;

// A market opened once, and all its lines.
struct Market {
    QTemporaryDir dir;
    std::unique_ptr<StudioSession> session;
    std::vector<std::uint32_t> lines;

    explicit Market(const std::filesystem::path& file) { open(file); }
    Market() {
        const auto scenario =
            ScenarioLoader(reference())
                .fromFile(std::filesystem::path(CMCSIM_SOURCE_ROOT) / "scenarios/rouen-ze.json");
        const std::filesystem::path file = dir.filePath(QStringLiteral("rouen.cmc")).toStdString();
        AttemptFile::create(reference(), scenario, {file, std::nullopt, "bench", true});
        open(file);
    }
    void open(const std::filesystem::path& file) {
        session = std::make_unique<StudioSession>(
            reference(), std::make_unique<AttemptSession>(file, reference()));
        lines.resize(session->view().rows().size());
        std::iota(lines.begin(), lines.end(), 0u);
    }
};

Market* market(bool national) {
    if (!national) {
        static Market rouen;
        return &rouen;
    }
    static const std::unique_ptr<Market> france = [] {
        const auto path = qEnvironmentVariable("CMCSIM_BENCH_NATIONAL");
        return path.isEmpty() ? nullptr : std::make_unique<Market>(path.toStdString());
    }();
    return france.get();
}

// With CMCSIM_BENCH_MAP_PNG=folder, the painted map is saved there, to look at.
void save(CommuneMap& map, const char* name) {
    const QString folder = qEnvironmentVariable("CMCSIM_BENCH_MAP_PNG");
    if (!folder.isEmpty())
        map.grab().save(folder + QStringLiteral("/map-%1.png").arg(QLatin1String(name)));
}

// The map as the workspace shows it at 1366 × 768.
constexpr int kWidth = 600, kHeight = 480;

// A map of all the lines of a market, laid out.
struct PlottedMap {
    CommuneMap map;
    explicit PlottedMap(Market& market) : map(*market.session) {
        map.resize(kWidth, kHeight);
        map.showLines(market.lines, {});
        QApplication::processEvents();
    }
};

// Constructing the map and plotting every line of the market (the measure: establishments).
void MapBuild(benchmark::State& state) {
    auto* m = market(state.range(0) != 0);
    if (!m) return state.SkipWithError("CMCSIM_BENCH_NATIONAL is not set");
    for (auto _ : state) {
        CommuneMap map(*m->session);
        map.resize(kWidth, kHeight);
        map.showLines(m->lines, {});
        benchmark::DoNotOptimize(map.activeCommunes());
    }
    state.counters["lines"] = static_cast<double>(m->lines.size());
}
BENCHMARK(MapBuild)->Arg(0)->Arg(1)->ArgName("national")->Unit(benchmark::kMillisecond);

// Painting the whole territory again, as after a resize or "Vue d'ensemble".
void MapPaint(benchmark::State& state) {
    auto* m = market(state.range(0) != 0);
    if (!m) return state.SkipWithError("CMCSIM_BENCH_NATIONAL is not set");
    PlottedMap plotted(*m);
    auto& map = plotted.map;
    for (auto _ : state) {
        map.resetZoom();
        QApplication::processEvents();
        const QImage image = map.grab().toImage();
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["communes"] = map.activeCommunes();
    state.counters["marks"] = static_cast<double>(map.view()->marks().size());
    save(map, state.range(0) ? "national" : "rouen");
}
BENCHMARK(MapPaint)->Arg(0)->Arg(1)->ArgName("national")->Unit(benchmark::kMillisecond);

// Painting after a zoom (× 6 about the centre; communes again at national scale).
void MapPaintZoomed(benchmark::State& state) {
    auto* m = market(state.range(0) != 0);
    if (!m) return state.SkipWithError("CMCSIM_BENCH_NATIONAL is not set");
    PlottedMap plotted(*m);
    auto& map = plotted.map;
    auto* canvas = map.view();
    for (auto _ : state) {
        map.resetZoom();
        canvas->zoomAt(QPointF(canvas->width() / 2.0, canvas->height() / 2.0), 6);
        const QImage image = map.grab().toImage();
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["marks"] = static_cast<double>(canvas->marks().size());
    save(map, state.range(0) ? "national-zoom" : "rouen-zoom");
}
BENCHMARK(MapPaintZoomed)->Arg(0)->Arg(1)->ArgName("national")->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
