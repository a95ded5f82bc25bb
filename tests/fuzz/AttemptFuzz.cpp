// cmcsim_attempt_fuzz: runs the read paths of the CLI's read commands (market stats, market
// export, diagnose, verify) in one process over many mutated attempt files (AttemptMutator), for
// scripts/fuzz-attempts under the asan-ubsan preset. A sanitizer report aborts with the seed;
// an exception other than InputError (a message not meant for a user) is counted as a finding.
#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <map>
#include <sstream>

#include "AttemptMutator.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/market/MarketStatistics.h"
#include "cmcsim/offer/Diagnosis.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/report/MarketReport.h"
#include "cmcsim/report/OfferReport.h"
#include "cmcsim/report/ProspectCsv.h"
#include "cmcsim/store/AttemptFile.h"

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
#endif

namespace {
std::uint64_t currentSeed = 0;
void reportSeed() {
    fmt::print(stderr, "\n*** entrée fautive : graine {}\n", currentSeed);
}

std::string readAll(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// What `market stats`, `market export`, `diagnose` and `verify` do with the file.
void readCommands(const std::filesystem::path& file, const cmcsim::ReferenceData& ref,
                  const std::string& siret) {
    using namespace cmcsim;
    AttemptIntegrity proved;
    const auto attempt = AttemptFile::open(file, ref, &proved);
    const auto statistics = MarketStatistics::compute(attempt.market(), ref, 15);
    const MarketReport report(statistics, true);  // holds a reference to the statistics
    (void)report.text("x");
    (void)report.json().dump();
    std::ostringstream csv;
    ProspectCsv(ref, CsvDialect::ExcelFr).write(attempt.market(), csv);
    const auto d = Diagnosis::of(attempt.market(), ref, siret, attempt.scenario().startDate.year());
    (void)OfferReport::diagnosisText(d);
}
}  // namespace

int main(int argc, char** argv) {
    if (argc != 6) {
        fmt::print(stderr, "usage : {} BASE.cmc SIRET PREMIERE_GRAINE NOMBRE DOSSIER\n", argv[0]);
        return 2;
    }
    const std::filesystem::path base = argv[1];
    const std::string siret = argv[2];
    const auto first = std::strtoull(argv[3], nullptr, 10);
    const auto count = std::strtoull(argv[4], nullptr, 10);
    const std::filesystem::path dir = argv[5];
    const char* data = std::getenv("CMCSIM_DATA_DIR");
    const auto ref =
        cmcsim::ReferenceData::load(std::filesystem::path(data ? data : ".") / "datasets");
#if defined(__SANITIZE_ADDRESS__)
    __sanitizer_set_death_callback(reportSeed);
#endif
    const cmcsim::test::AttemptMutator mutator(readAll(base));
    const auto file = dir / "mutation.cmc";
    std::map<std::string, std::uint64_t> outcomes;
    std::uint64_t findings = 0;
    const auto start = std::chrono::steady_clock::now();
    for (std::uint64_t seed = first; seed < first + count; ++seed) {
        currentSeed = seed;
        const auto what = mutator.mutate(seed, file);
        const auto before = readAll(file);
        try {
            readCommands(file, ref, siret);
            ++outcomes["ouverte et lue"];
        } catch (const cmcsim::InputError& e) {
            const std::string message = e.what();
            ++outcomes[message.find("fichier endommagé") != std::string::npos ? "fichier endommagé"
                       : message.find("altér") != std::string::npos           ? "épreuve altérée"
                                                                              : "autre refus"];
        } catch (const std::exception& e) {
            ++findings;
            fmt::print("ANOMALIE graine {} ({}) : exception {}\n", seed, what, e.what());
        }
        if (readAll(file) != before) {
            ++findings;
            fmt::print("ANOMALIE graine {} ({}) : le fichier lu a été modifié\n", seed, what);
        }
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    fmt::print("{} entrées (graines {} à {}) en {:.1f} s ; anomalies : {}\n", count, first,
               first + count - 1, seconds, findings);
    for (const auto& [outcome, n] : outcomes) fmt::print("  {} : {}\n", outcome, n);
    (void)reportSeed;
    return findings == 0 ? 0 : 1;
}
