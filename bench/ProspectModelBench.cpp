// The studio's prospect table model at 100,000 lines: filtering and sorting through the Qt model
// (target: within 100 ms each, issue "Studio"), on an attempt file of
// bench/scenarios/prospects-100k.json.
#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QTemporaryDir>
#include <filesystem>
#include <memory>

#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/store/AttemptFile.h"
#include "common/StudioSession.h"
#include "prospects/ProspectTableModel.h"

namespace {

using namespace cmcsim;

struct Fixture {
    QTemporaryDir dir;
    ReferenceData reference =
        ReferenceData::load(std::filesystem::path(CMCSIM_SOURCE_ROOT) / "datasets");
    std::unique_ptr<StudioSession> session;
    std::unique_ptr<ProspectTableModel> model;
    Fixture() {
        const auto scenario = ScenarioLoader(reference).fromFile(
            std::filesystem::path(CMCSIM_SOURCE_ROOT) / "bench/scenarios/prospects-100k.json");
        const std::filesystem::path file = dir.filePath(QStringLiteral("bench.cmc")).toStdString();
        AttemptFile::create(reference, scenario, {file, std::nullopt, "bench", true});
        session = std::make_unique<StudioSession>(
            reference, std::make_unique<AttemptSession>(file, reference));
        model = std::make_unique<ProspectTableModel>(*session);
    }
};

Fixture& fixture() {
    static Fixture f;
    return f;
}

void ModelFilter100k(benchmark::State& state) {
    auto& f = fixture();
    ProspectFilter filter;
    filter.sections = {"G", "F", "I"};
    filter.aroundCommune = "76540";
    filter.radiusKm = 20;
    filter.text = "e";
    for (auto _ : state) {
        f.model->setFilter(filter);
        f.model->setFilter({});
    }
    state.counters["lines"] = f.model->rowCount();
}
BENCHMARK(ModelFilter100k)->Unit(benchmark::kMillisecond);

void ModelSortByName100k(benchmark::State& state) {
    auto& f = fixture();
    f.model->setFilter({});
    bool ascending = true;
    for (auto _ : state) {
        f.model->sort(ProspectTableModel::Name,
                      ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        ascending = !ascending;
    }
}
BENCHMARK(ModelSortByName100k)->Unit(benchmark::kMillisecond);

void ModelSortByHeadcount100k(benchmark::State& state) {
    auto& f = fixture();
    f.model->setFilter({});
    bool ascending = true;
    for (auto _ : state) {
        f.model->sort(ProspectTableModel::Headcount,
                      ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        ascending = !ascending;
    }
}
BENCHMARK(ModelSortByHeadcount100k)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
