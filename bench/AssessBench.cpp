// The automatic pre-assessment of a long attempt (docs/performance.md, "Assessment"): an attempt
// of 10,000 journal entries scripted through AttemptSession over a real attempt file (studies
// bought, verifications and census requests on many lines, anomaly flags right and wrong, tags,
// notes, saved filters, 10 segments saved again and again, offers to 20 companies in several
// versions, an undo and a redo every 50 entries), then
//   Assess/<scale>    the replay of its journal (AttemptState::replay) and assessAttempt on the
//                     state after the last entry, as `cmcsim assess` does (target ≤ 1 s at
//                     national scale); counters: replay and assessment wall and CPU seconds, the
//                     peak resident memory of the run and what it added to the open attempt's,
//                     the offer versions assessed.
// Attempt files, in the temporary folder: the generated attempt of AttemptOpenBench
// (cmcsim-bench-open-<stem>.cmc, generated here when absent) is copied and scripted once into
// cmcsim-bench-assess-<stem>.cmc, which later runs reuse (delete it to script it again).
#include <benchmark/benchmark.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <map>

#include "BenchMain.h"
#include "BenchReference.h"
#include "PeakMemory.h"
#include "cmcsim/assess/AttemptAssessment.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/store/AttemptFile.h"
#include "cmcsim/store/AttemptSession.h"

namespace {

using namespace cmcsim;
using bench::kRoot;
using bench::reference;
namespace fs = std::filesystem;

constexpr std::int64_t kEntries = 10'000;
constexpr std::size_t kCompanies = 20;

// The generated attempt of `scenario` (AttemptOpenBench's file, generated once when absent).
fs::path generated(const std::string& stem, const std::string& scenario) {
    const auto file = fs::temp_directory_path() / ("cmcsim-bench-open-" + stem + ".cmc");
    if (!fs::exists(file))
        AttemptFile::create(reference(), ScenarioLoader(reference()).fromFile(kRoot / scenario),
                            {file, std::nullopt, "bench", true});
    return file;
}

// The candidate's script: what a long attempt holds, command by command, through the session
// (each command validated and written like the studio's). A command the state refuses (a line
// already verified, the days spent) is skipped: the script goes on until kEntries entries.
class Script {
public:
    explicit Script(AttemptSession& session)
        : session_(session), market_(session.attempt().market()) {}

    void run() {
        const auto lines = static_cast<std::uint32_t>(market_.prospects.size());
        chooseCompanies(lines);
        for (const char* study : {"diagnostic-zone-emploi", "obligations-branches",
                                  "benchmark-concurrents", "extrait-portefeuille"})
            act(command::kBuyStudy, {{"etude", study}});
        // The companies' lines verified and their census requested while days remain.
        for (std::size_t c = 0; c < companies_.size(); ++c) {
            act(command::kVerify, {{"ligne", companies_[c]}});
            if (c < 8) act(command::kCensusRequest, {{"ligne", companies_[c]}});
        }
        std::size_t defect = 0;
        for (std::int64_t i = 0; entries() < kEntries; ++i) {
            const auto line =
                static_cast<std::uint32_t>((static_cast<std::uint64_t>(i) * 7919) % lines);
            if (i % 50 == 48 && undoable_ > 0) {
                session_.undo(undoable_);
                session_.redo(undoable_);
                continue;
            }
            switch (i % 20) {
                case 0:  // a verification while days remain, else a note
                    if (session_.state().daysLeft() >= AttemptState::kVerificationDays) {
                        act(command::kVerify, {{"ligne", line}});
                        break;
                    }
                    [[fallthrough]];
                case 1:
                case 2:
                case 3:
                case 4:
                case 5:
                    undoable(act(command::kNote, {{"ligne", line},
                                                  {"texte",
                                                   "Rappeler la DRH mardi, devis en "
                                                   "cours de préparation"}}));
                    break;
                case 6:
                case 7:
                case 8:
                case 9:
                    undoable(act(command::kTag,
                                 {{"ligne", line}, {"etiquette", i % 3 ? "à rappeler" : "chaud"}}));
                    break;
                case 10: {  // a flag on a real defect (right), then on any line (often wrong)
                    const auto& d = market_.defects[(defect++ * 104729) % market_.defects.size()];
                    undoable(act(command::kFlag, {{"ligne", d.record},
                                                  {"anomalie", flagKind(d.kind)},
                                                  {"motif", "constaté à la vérification"}}));
                    break;
                }
                case 11:
                    undoable(act(command::kFlag, {{"ligne", line},
                                                  {"anomalie", i % 3 ? "doublon" : "fermee"},
                                                  {"motif", "même adresse qu'une autre ligne"}}));
                    break;
                case 12:
                case 13:
                    undoable(act(command::kSaveFilter,
                                 {{"nom", "filtre " + std::to_string(i % 25)},
                                  {"filtre", segmentFilter(static_cast<std::size_t>(i))}}));
                    break;
                case 14:
                    undoable(saveSegment(static_cast<std::size_t>(i / 20) % 10));
                    break;
                case 15:
                    // Offers: every company gets a first version early, then revisions.
                    if (i % 160 == 15) {
                        undoable(saveOffer(offers_ % companies_.size(), offers_));
                        ++offers_;
                        break;
                    }
                    [[fallthrough]];
                default:
                    undoable(act(command::kNote, {{"ligne", line}, {"texte", "Devis envoyé"}}));
            }
        }
        for (const auto& [kind, n] : refused_) std::cerr << kind << " : " << n << " refusé(s)\n";
    }

private:
    std::int64_t entries() const {
        return static_cast<std::int64_t>(session_.attempt().journal().size());
    }

    // Applies a command; 0 when the state refuses it, else its entry.
    std::int64_t act(const char* kind, const nlohmann::json& payload) {
        try {
            return session_.execute(kind, payload).sequence;
        } catch (const InputError& e) {
            if (refused_[kind]++ == 0) std::cerr << kind << " refusé : " << e.what() << '\n';
            return 0;
        }
    }
    void undoable(std::int64_t entry) {
        if (entry > 0) undoable_ = entry;
    }

    static const char* flagKind(DefectKind kind) {
        if (kind == DefectKind::Duplicate) return "doublon";
        if (kind == DefectKind::Closed) return "fermee";
        return "donnee_erronee";
    }

    // kCompanies open establishments of 5 to 200 employees spread over the file.
    void chooseCompanies(std::uint32_t lines) {
        for (std::uint32_t line = 0; line < lines && companies_.size() < kCompanies;
             line += lines / static_cast<std::uint32_t>(4 * kCompanies) + 1) {
            const auto& e = market_.establishments[market_.prospects[line].establishment];
            if (!e.closed && e.headcount >= 5 && e.headcount <= 200) companies_.push_back(line);
        }
    }

    static nlohmann::json segmentFilter(std::size_t n) {
        static const std::vector<nlohmann::json> filters = {
            {{"divisions", {"55", "56"}}, {"tranches", {"11", "12"}}},
            {{"divisions", {"47"}}, {"tranches", {"01", "02", "03", "11"}}},
            {{"sections", {"C", "H"}}, {"tranches", {"21", "22"}}},
            {{"divisions", {"87", "88"}}},
            {{"sections", {"F"}}, {"tranches", {"01", "02", "03"}}},
            {{"sections", {"M"}}, {"assureurs", {"aucun"}}},
            {{"divisions", {"62"}}, {"tranches", {"11", "12", "21"}}},
            {{"sections", {"Q"}}, {"tranches", {"02", "03", "11"}}},
            {{"divisions", {"10"}}},
            {{"sections", {"O"}}},
        };
        return filters[n % filters.size()];
    }

    std::int64_t saveSegment(std::size_t n) {
        return act(command::kSaveSegment,
                   {{"id", "segment-" + std::to_string(n)},
                    {"nom", "Segment " + std::to_string(n)},
                    {"filtre", segmentFilter(n)},
                    {"qualification",
                     "Entreprises du segment prioritaire de la mutuelle, mal couvertes ou chez "
                     "un concurrent au service moyen, à rencontrer avant leur échéance"},
                    {"etablissements", 1200 + 300 * static_cast<int>(n)},
                    {"salaries", 24000 + 5000 * static_cast<int>(n)},
                    {"potentiel_eur", 1.8e6 + 4e5 * static_cast<double>(n)},
                    {"conversion", 0.08}});
    }

    // Version `version` of an offer to company `c`: the health level and the employer's share
    // change from one version to the next.
    std::int64_t saveOffer(std::size_t c, std::size_t version) {
        static const std::vector<std::string> products = {"sante_socle", "sante_confort",
                                                          "sante_confort", "sante_socle"};
        const auto& record = market_.prospects[companies_[c]];
        auto siret = std::to_string(record.siret);
        siret.insert(0, 14 - siret.size(), '0');
        const nlohmann::json offer = {
            {"format", "cmcsim-offre/1"},
            {"titre", "Santé et prévoyance pour tout le personnel"},
            {"date_effet", "2026-04-01"},
            {"besoins_exigences",
             "Entreprise de " + std::to_string(record.headcount) +
                 " salariés, contrat actuel à comparer avant l'échéance : mieux rembourser "
                 "l'optique et le dentaire, maîtriser la cotisation, contrat responsable."},
            {"categories",
             {{{"categorie", "ensemble"},
               {"sante",
                {{"produit", products[version / kCompanies % products.size()]},
                 {"structure", "isole_famille"},
                 {"part_employeur_base", "tarif_isole"},
                 {"part_employeur_pct", 50 + 10 * static_cast<int>(version / kCompanies % 3)},
                 {"ayants_droit", "facultatifs"}}},
               {"prevoyance", {{"produit", "prev_essentiel"}, {"part_employeur_pct", 50}}}}}},
            {"services", {"tiers_payant"}}};
        return act(command::kSaveOffer, {{"siret", siret}, {"offre", offer}});
    }

    AttemptSession& session_;
    const Market& market_;
    std::vector<std::uint32_t> companies_;  // lines of the companies offered
    std::size_t offers_ = 0;
    std::int64_t undoable_ = 0;           // the last note, tag, flag, filter, segment or offer
    std::map<std::string, int> refused_;  // commands the state refused, by kind
};

// The scripted attempt of `stem`, made once.
fs::path scripted(const std::string& stem, const std::string& scenario) {
    const auto file = fs::temp_directory_path() / ("cmcsim-bench-assess-" + stem + ".cmc");
    if (fs::exists(file)) return file;
    const auto partial = fs::temp_directory_path() / ("cmcsim-bench-assess-" + stem + ".part");
    fs::copy_file(generated(stem, scenario), partial, fs::copy_options::overwrite_existing);
    {
        AttemptSession session(partial, reference());
        Script(session).run();
    }
    fs::rename(partial, file);
    return file;
}

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double cpuSecondsSince(std::clock_t start) {
    return static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
}

void assess(benchmark::State& state, const std::string& stem, const std::string& scenario) {
    try {
        const auto attempt = AttemptFile::open(scripted(stem, scenario), reference());
        const auto& journal = attempt.journal();
        for (auto _ : state) {
            bench::PeakMemory::reset();
            const double resident = bench::PeakMemory::mb();  // the open attempt, its market
            const auto start = std::chrono::steady_clock::now();
            const auto cpu = std::clock();
            const auto folded = AttemptState::replay(attempt.scenario(), attempt.market(), journal,
                                                     reference().planRules);
            const double replay = secondsSince(start);
            const double replayCpu = cpuSecondsSince(cpu);
            const AssessmentContext context{attempt.scenario(), attempt.market(), reference(),
                                            journal, folded};
            const auto results = assessAttempt(context, reference().framework);
            benchmark::DoNotOptimize(results.data());
            const double total = secondsSince(start);
            state.SetIterationTime(total);
            state.counters["replay_s"] = replay;
            state.counters["replay_cpu_s"] = replayCpu;
            state.counters["assess_s"] = total - replay;
            state.counters["cpu_s"] = cpuSecondsSince(cpu);
            state.counters["peak_MB"] = bench::PeakMemory::mb();
            state.counters["added_MB"] = bench::PeakMemory::mb() - resident;
            state.counters["entries"] = static_cast<double>(journal.size());
            state.counters["offer_versions"] = static_cast<double>(folded.offers().size());
        }
    } catch (const std::exception& e) {
        state.SkipWithError(e.what());
    }
}

}  // namespace

int main(int argc, char** argv) {
    const std::map<std::string, std::pair<std::string, std::string>> scales = {
        {"Rouen15k", {"rouen", "scenarios/rouen-ze.json"}},
        {"National1839k", {"france", "bench/scenarios/france-metropolitaine.json"}}};
    for (const auto& [name, scale] : scales)
        benchmark::RegisterBenchmark(("Assess/" + name).c_str(), assess, scale.first, scale.second)
            ->Unit(benchmark::kMillisecond)
            ->UseManualTime()
            ->Iterations(2);
    return bench::runBenchmarks(argc, argv);
}
