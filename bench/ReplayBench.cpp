// The evaluator's replay and the candidate's commands on a long attempt (docs/performance.md,
// "Replay"): an attempt of 10,000 journal entries is scripted in memory over the prospect file
// of a real attempt file (opened lazily, read-only), then
//   Replay/<scale>/apply          one command (a note) applied to it (target ≤ 5 ms);
//   Replay/<scale>/undo_recent    an undo of the entry 10 before the last;
//   Replay/<scale>/undo_first     an undo of the first command (the worst case: a re-fold);
//   Replay/<scale>/state_at/N     the state after an entry drawn at random, checkpoints every N
//                                 entries (target ≤ 200 ms at Rouen scale);
//   Replay/<scale>/full_fold      AttemptState::replay of the whole journal (what every command
//                                 cost before the timeline).
// Attempt files: the ones CommandBench generates in the temporary folder
// (cmcsim-bench-cmd-rouen.cmc, cmcsim-bench-cmd-france.cmc), else Rouen is generated once into
// cmcsim-bench-replay-rouen.cmc; the national file is not generated here (20 minutes).
#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <filesystem>
#include <map>
#include <memory>
#include <random>

#include "BenchMain.h"
#include "BenchReference.h"
#include "cmcsim/attempt/AttemptTimeline.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/store/AttemptFile.h"
#include "cmcsim/store/AttemptReader.h"

namespace {

using namespace cmcsim;
using bench::kRoot;
using bench::reference;
namespace fs = std::filesystem;

constexpr int kEntries = 10'000;

fs::path attemptFile(const std::string& stem, const char* scenario) {
    const auto generated = fs::temp_directory_path() / ("cmcsim-bench-cmd-" + stem + ".cmc");
    if (fs::exists(generated)) return generated;
    const auto own = fs::temp_directory_path() / ("cmcsim-bench-replay-" + stem + ".cmc");
    if (stem == "france") throw std::runtime_error(generated.string() + " absent (CommandBench)");
    if (!fs::exists(own))
        AttemptFile::create(reference(), ScenarioLoader(reference()).fromFile(kRoot / scenario),
                            {own, std::nullopt, "bench", true});
    return own;
}

// Some SIRETs of the prospect file, spread over it.
std::vector<std::string> someSirets(const fs::path& file) {
    sqlite3* db = nullptr;
    std::vector<std::string> sirets;
    if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* query = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT siret FROM prospect WHERE id % 401 = 0 LIMIT 40", -1,
                               &query, nullptr) == SQLITE_OK)
            while (sqlite3_step(query) == SQLITE_ROW)
                sirets.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(query, 0)));
        sqlite3_finalize(query);
    }
    sqlite3_close(db);
    return sirets;
}

// An attempt of kEntries entries over a real prospect file: notes, tags, flags, filters,
// segments, offers, 150 verifications, and an undo and a redo every 50 entries.
struct LongAttempt {
    std::unique_ptr<AttemptReader> reader;
    std::shared_ptr<const ProspectDirectory> prospects;
    std::vector<JournalEntry> journal;
    std::uint32_t lines = 0;

    JournalEntry next(const AttemptTimeline& timeline, const char* kind,
                      const nlohmann::json& payload) const {
        return Journal::next(&journal.back(), timeline.current().simulatedDate(), kind,
                             payload.dump());
    }
    void add(AttemptTimeline& timeline, const char* kind, const nlohmann::json& payload) {
        auto entry = next(timeline, kind, payload);
        timeline.append(entry);
        journal.push_back(std::move(entry));
    }
};

LongAttempt& longAttempt(const std::string& stem, const char* scenario) {
    static std::map<std::string, LongAttempt> attempts;
    if (const auto found = attempts.find(stem); found != attempts.end()) return found->second;
    LongAttempt a;
    const auto file = attemptFile(stem, scenario);
    a.reader = std::make_unique<AttemptReader>(file, reference());
    a.prospects = a.reader->prospects();
    a.lines = a.prospects->lines();
    a.journal = a.reader->journal();
    const auto sirets = someSirets(file);
    AttemptTimeline timeline(a.reader->scenario(), a.prospects, a.journal, reference().planRules);
    const nlohmann::json offer = {{"format", "cmcsim-offre/1"},
                                  {"titre", "Confort"},
                                  {"garanties", {{"hospitalisation", 300}, {"optique", 250}}}};
    for (int i = static_cast<int>(a.journal.size()); i < kEntries; ++i) {
        const auto line =
            static_cast<std::uint32_t>((static_cast<std::uint64_t>(i) * 7919) % a.lines);
        // Entry i + 1: an undo of entry i − 3 (a note, tag, flag, filter, segment or offer), then
        // its redo.
        if (i >= 200 && i % 50 == 0) {
            a.add(timeline, command::kUndo, {{"entree", i - 3}});
        } else if (i >= 200 && i % 50 == 1) {
            a.add(timeline, command::kRedo, {{"entree", i - 4}});
        } else if (i < 160) {
            a.add(timeline, command::kVerify, {{"ligne", line}});
        } else {
            switch (i % 8) {
                case 0:
                    a.add(timeline, command::kTag, {{"ligne", line}, {"etiquette", "à rappeler"}});
                    break;
                case 1:
                    a.add(timeline, command::kFlag,
                          {{"ligne", line}, {"anomalie", "doublon"}, {"motif", "même adresse"}});
                    break;
                case 2:
                    a.add(timeline, command::kSaveFilter,
                          {{"nom", "f" + std::to_string(i % 20)},
                           {"filtre", {{"sections", {"F", "G"}}}}});
                    break;
                case 3:
                    a.add(timeline, command::kSaveSegment,
                          {{"id", "s" + std::to_string(i % 30)},
                           {"nom", "Segment"},
                           {"filtre", {{"sections", {"I"}}}},
                           {"qualification", "Hôtellerie-restauration de 10 à 49 salariés"},
                           {"etablissements", 120},
                           {"salaries", 2400},
                           {"potentiel_eur", 180000},
                           {"conversion", 0.08}});
                    break;
                case 4:
                    if (!sirets.empty()) {
                        a.add(timeline, command::kSaveOffer,
                              {{"siret", sirets[static_cast<std::size_t>(i) % sirets.size()]},
                               {"offre", offer}});
                        break;
                    }
                    [[fallthrough]];
                default:
                    a.add(timeline, command::kNote,
                          {{"ligne", line}, {"texte", "Rappeler la DRH mardi, devis en cours"}});
            }
        }
    }
    return attempts[stem] = std::move(a);
}

// Runs a benchmark's body; an attempt file that cannot be had skips it with the reason.
template <typename Body>
void guarded(benchmark::State& state, Body body) {
    try {
        body();
    } catch (const std::exception& e) {
        state.SkipWithError(e.what());
    }
}

const std::map<std::string, const char*> kScales = {
    {"rouen", "scenarios/rouen-ze.json"}, {"france", "bench/scenarios/france-metropolitaine.json"}};

void apply(benchmark::State& state, const std::string& stem) {
    guarded(state, [&] {
        auto& a = longAttempt(stem, kScales.at(stem));
        auto journal = a.journal;  // this benchmark's own copy, which grows
        AttemptTimeline timeline(a.reader->scenario(), a.prospects, journal, reference().planRules);
        std::uint32_t line = 0;
        for (auto _ : state) {
            auto entry = Journal::next(
                &journal.back(), timeline.current().simulatedDate(), command::kNote,
                nlohmann::json{{"ligne", line++ % a.lines}, {"texte", "Rappeler lundi"}}.dump());
            timeline.append(entry);
            state.PauseTiming();
            journal.push_back(std::move(entry));
            state.ResumeTiming();
        }
        state.counters["entries"] = static_cast<double>(journal.size());
    });
}

// An undo `back` entries before the last (a note, a tag or a flag), then its redo, each timed.
void undo(benchmark::State& state, const std::string& stem, bool first) {
    guarded(state, [&] {
        auto& a = longAttempt(stem, kScales.at(stem));
        auto journal = a.journal;
        AttemptTimeline timeline(a.reader->scenario(), a.prospects, journal, reference().planRules);
        // The first command after the creation entries that can be undone (not an acquisition).
        std::int64_t target = 0;
        for (auto it = first ? journal.begin() : journal.end() - 12; it != journal.end(); ++it)
            if (it->kind == command::kNote || it->kind == command::kTag ||
                it->kind == command::kFlag) {
                target = it->sequence;
                break;
            }
        bool undoNext = true;
        for (auto _ : state) {
            auto entry = Journal::next(&journal.back(), timeline.current().simulatedDate(),
                                       undoNext ? command::kUndo : command::kRedo,
                                       nlohmann::json{{"entree", target}}.dump());
            timeline.append(entry);
            state.PauseTiming();
            journal.push_back(std::move(entry));
            undoNext = !undoNext;
            state.ResumeTiming();
        }
        state.counters["target"] = static_cast<double>(target);
    });
}

void stateAt(benchmark::State& state, const std::string& stem) {
    guarded(state, [&] {
        auto& a = longAttempt(stem, kScales.at(stem));
        const auto every = static_cast<std::size_t>(state.range(0));
        const AttemptTimeline timeline(a.reader->scenario(), a.prospects, a.journal,
                                       reference().planRules, every);
        std::mt19937 random(42);
        std::uniform_int_distribution<std::int64_t> entry(1, timeline.entries() - 1);
        for (auto _ : state) benchmark::DoNotOptimize(timeline.stateAt(entry(random)));
        state.counters["checkpoints"] = static_cast<double>(a.journal.size() / every);
    });
}

void fullFold(benchmark::State& state, const std::string& stem) {
    guarded(state, [&] {
        auto& a = longAttempt(stem, kScales.at(stem));
        for (auto _ : state)
            benchmark::DoNotOptimize(AttemptState::replay(a.reader->scenario(), a.prospects,
                                                          a.journal, reference().planRules));
    });
}

void timelineBuild(benchmark::State& state, const std::string& stem) {
    guarded(state, [&] {
        auto& a = longAttempt(stem, kScales.at(stem));
        for (auto _ : state)
            benchmark::DoNotOptimize(AttemptTimeline(a.reader->scenario(), a.prospects, a.journal,
                                                     reference().planRules));
    });
}

}  // namespace

int main(int argc, char** argv) {
    for (const auto& [stem, scenario] : kScales) {
        const auto name = [&](const char* what) { return "Replay/" + stem + "/" + what; };
        benchmark::RegisterBenchmark(name("apply").c_str(), apply, stem)
            ->Unit(benchmark::kMillisecond)
            ->Iterations(200);
        benchmark::RegisterBenchmark(name("undo_recent").c_str(), undo, stem, false)
            ->Unit(benchmark::kMillisecond)
            ->Iterations(20);
        benchmark::RegisterBenchmark(name("undo_first").c_str(), undo, stem, true)
            ->Unit(benchmark::kMillisecond)
            ->Iterations(4);
        benchmark::RegisterBenchmark(name("state_at").c_str(), stateAt, stem)
            ->Unit(benchmark::kMillisecond)
            ->Arg(32)
            ->Arg(128)
            ->Arg(512)
            ->Iterations(20);
        benchmark::RegisterBenchmark(name("full_fold").c_str(), fullFold, stem)
            ->Unit(benchmark::kMillisecond)
            ->Iterations(3);
        benchmark::RegisterBenchmark(name("timeline_build").c_str(), timelineBuild, stem)
            ->Unit(benchmark::kMillisecond)
            ->Iterations(3);
    }
    return bench::runBenchmarks(argc, argv);
}
