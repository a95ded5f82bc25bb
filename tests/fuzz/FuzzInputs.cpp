// cmcsim_fuzz_inputs: the long fuzz run of scenario and offer files (scripts/fuzz-inputs), built
// under the asan-ubsan preset. Each input is a mutant of a bundled scenario or offer
// (InputMutator, one seed each). Scenarios are validated; valid ones are checked against the
// size bound and generated (counts above 2 000 establishments are brought down so the run stays
// fast), then summarised and exported in memory. Offers are read; valid ones are quoted on two
// companies of the minimal market through the same engine calls as `cmcsim quote`. Anything but
// success or an InputError is a finding, and so is a validated scenario that does not generate;
// a sanitizer report stops the program. Every K-th input also goes through the real program.
#include <fmt/format.h>
#include <sys/wait.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "InputMutator.h"
#include "cmcsim/core/TextFile.h"
#include "cmcsim/market/MarketGenerator.h"
#include "cmcsim/market/MarketStatistics.h"
#include "cmcsim/offer/ComplianceReport.h"
#include "cmcsim/offer/Diagnosis.h"
#include "cmcsim/offer/OfferComparison.h"
#include "cmcsim/offer/OfferQuote.h"
#include "cmcsim/offer/RiskModel.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/report/MarketReport.h"
#include "cmcsim/report/OfferReport.h"
#include "cmcsim/report/ProspectCsv.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/scenario/ScenarioSize.h"

namespace {

namespace fs = std::filesystem;
using namespace cmcsim;

const fs::path kRoot = CMCSIM_SOURCE_ROOT;

// What the run did, printed at the end.
struct Tally {
    std::uint64_t scenarios = 0, validScenarios = 0, generated = 0, offers = 0, validOffers = 0,
                  quoted = 0, cliRuns = 0, findings = 0;
};

// The quote pipeline of `cmcsim quote` (app/cli/OfferCommands.cpp), in memory.
void quote(const Offer& offer, const Market& market, const ReferenceData& ref,
           const std::string& siret, std::uint64_t seed) {
    const auto diagnosis = Diagnosis::of(market, ref, siret, 2026);
    const OfferPricer pricer(ref.offers, ref.regulation);
    const auto q = pricer.quote(offer, diagnosis.workforce);
    const auto compliance = ComplianceReport::check(offer, q, ref.offers, ref.regulation,
                                                    diagnosis.workforce, diagnosis.idcc);
    const auto risk = RiskModel::simulate(q, 100, seed);
    const auto comparison =
        OfferComparison::compare(diagnosis, offer, q, ref.offers, pricer.assumptions());
    const OfferStudy study{diagnosis, offer, q, compliance, risk, comparison};
    (void)OfferReport::quoteText(study, ref.offers.careItems);
    (void)OfferReport::quoteJson(study, ref.offers.careItems).dump();
}

void checkScenario(const std::string& text, const ReferenceData& ref, std::uint64_t seed,
                   Tally& tally) {
    ++tally.scenarios;
    Scenario s;
    try {
        s = ScenarioLoader(ref).fromText(text, "mutant.json");
    } catch (const InputError&) {
        return;
    }
    ++tally.validScenarios;
    const auto size = ScenarioSize::of(ref, s);
    if (size.population == 0 || size.establishments > ScenarioSize::kMaxEstablishments)
        throw std::runtime_error(fmt::format("validated with population {} and {} establishments",
                                             size.population, size.establishments));
    if (size.establishments > 2000) {
        s.establishmentCount = static_cast<std::int64_t>(300 + seed % 700);
        s.densityShare.reset();
    }
    try {
        MarketGenerator generator(ref, s);
        const auto market = generator.generate();
        if (market.establishments.size() != generator.plannedEstablishments())
            throw std::runtime_error("fewer establishments than planned");
        const auto statistics = MarketStatistics::compute(market, ref, 15);
        (void)MarketReport(statistics, true).text("fuzz");
        std::ostringstream csv;
        ProspectCsv(ref, CsvDialect::ExcelFr).write(market, csv);
    } catch (const InputError& e) {
        throw std::runtime_error(std::string("validated, then generation refused it: ") + e.what());
    }
    ++tally.generated;
}

void checkOffer(const std::string& text, const ReferenceData& ref, const Market& market,
                const std::vector<std::string>& sirets, std::uint64_t seed, Tally& tally) {
    ++tally.offers;
    std::optional<Offer> offer;
    try {
        offer = Offer::fromJson(text, "mutant.json", ref.offers);
    } catch (const InputError&) {
        return;
    }
    ++tally.validOffers;
    for (const auto& siret : sirets) {
        try {
            quote(*offer, market, ref, siret, seed);
            ++tally.quoted;
        } catch (const InputError&) {
        }
    }
}

// The real program on the mutant: exit 0, 1 or 2 within 60 s, the input left as it was.
void checkCli(const fs::path& cli, const fs::path& work, const std::string& text, bool scenario,
              const fs::path& attempt, const std::string& siret) {
    const auto file = work / "cli-mutant.json";
    { std::ofstream(file, std::ios::binary) << text; }
    const auto command = scenario
                             ? fmt::format("timeout 60 {} scenario validate {} >/dev/null 2>&1",
                                           cli.string(), file.string())
                             : fmt::format(
                                   "timeout 60 {} quote {} --siret {} --offer {} --years 100 "
                                   ">/dev/null 2>&1",
                                   cli.string(), attempt.string(), siret, file.string());
    const int status = std::system(command.c_str());
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (code != 0 && code != 1 && code != 2)
        throw std::runtime_error(fmt::format("the program exited with {}", code));
    if (TextFile::read(file) != text) throw std::runtime_error("the program modified its input");
}

}  // namespace

int main(int argc, char** argv) {
    std::uint64_t inputs = 100000, first = 1, cliEvery = 1000;
    fs::path findings = "fuzz-findings", cli;
    bool verbose = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
        if (arg == "--inputs")
            inputs = std::stoull(next());
        else if (arg == "--first")
            first = std::stoull(next());
        else if (arg == "--findings")
            findings = next();
        else if (arg == "--cli")
            cli = next();
        else if (arg == "--cli-every")
            cliEvery = std::stoull(next());
        else if (arg == "--verbose")
            verbose = true;
        else {
            std::fprintf(stderr,
                         "usage: cmcsim_fuzz_inputs [--inputs N] [--first SEED] [--findings DIR] "
                         "[--cli PROGRAM] [--cli-every K] [--verbose]\n");
            return 2;
        }
    }
    const auto ref = ReferenceData::load(kRoot / "datasets");
    const std::vector<fs::path> scenarioBases = {
        kRoot / "tests/fixtures/scenarios/minimal.json", kRoot / "scenarios/cantal-rural.json",
        kRoot / "scenarios/rouen-ze.json", kRoot / "scenarios/lyon-tertiaire.json"};
    const std::vector<fs::path> offerBases = {kRoot / "scenarios/offers/confort-ensemble.json",
                                              kRoot / "scenarios/offers/cadres-non-cadres.json"};
    std::vector<test::InputMutator> scenarioMutators, offerMutators;
    for (const auto& b : scenarioBases) scenarioMutators.emplace_back(TextFile::read(b));
    for (const auto& b : offerBases) offerMutators.emplace_back(TextFile::read(b));

    // The minimal market, and a company with cadres and one without for the quotes.
    const auto minimal = ScenarioLoader(ref).fromFile(scenarioBases[0]);
    const auto market = MarketGenerator(ref, minimal).generate();
    std::vector<std::string> sirets;
    bool withCadres = false, withoutCadres = false;
    for (const auto& e : market.establishments) {
        if (e.closed || e.headcount < 5) continue;
        bool cadres = false;
        for (const auto& cell : market.census(e)) cadres = cadres || (cell.cadre && cell.headcount);
        if ((cadres && withCadres) || (!cadres && withoutCadres)) continue;
        (cadres ? withCadres : withoutCadres) = true;
        sirets.push_back(fmt::format("{:014}", e.siret));
    }
    fs::create_directories(findings);
    const auto work = fs::absolute(findings) / fmt::format("work-{}", first);
    fs::create_directories(work);
    const auto attempt = work / "minimal.cmc";
    if (!cli.empty()) {
        const auto command = fmt::format("{} generate {} -o {} --force >/dev/null", cli.string(),
                                         scenarioBases[0].string(), attempt.string());
        if (std::system(command.c_str()) != 0) {
            std::fprintf(stderr, "cannot generate %s with %s\n", attempt.c_str(), cli.c_str());
            return 1;
        }
    }

    Tally tally;
    const auto start = std::chrono::steady_clock::now();
    for (std::uint64_t seed = first; seed < first + inputs; ++seed) {
        const bool scenario = seed % 2 == 1;
        const auto& mutators = scenario ? scenarioMutators : offerMutators;
        std::string description;
        const auto text = mutators[(seed / 2) % mutators.size()].mutate(seed, &description);
        if (verbose) std::fprintf(stderr, "seed %llu\n", static_cast<unsigned long long>(seed));
        try {
            if (scenario)
                checkScenario(text, ref, seed, tally);
            else
                checkOffer(text, ref, market, sirets, seed, tally);
            if (!cli.empty() && seed % cliEvery == 0) {
                ++tally.cliRuns;
                checkCli(cli, work, text, scenario, attempt, sirets.front());
            }
        } catch (const std::exception& e) {
            ++tally.findings;
            const auto name = findings / fmt::format("finding-{}", seed);
            std::ofstream(name.string() + ".json", std::ios::binary) << text;
            std::ofstream(name.string() + ".txt") << "seed " << seed << ": " << description << "\n"
                                                  << e.what() << "\n";
            std::fprintf(stderr, "finding: seed %llu (%s): %s\n",
                         static_cast<unsigned long long>(seed), description.c_str(), e.what());
        }
        if ((seed - first + 1) % 10000 == 0)
            std::fprintf(stderr, "%llu inputs\n",
                         static_cast<unsigned long long>(seed - first + 1));
    }
    fs::remove_all(work);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf(
        "inputs %llu (seeds %llu-%llu) in %.0f s: scenarios %llu (valid %llu, generated %llu), "
        "offers %llu (valid %llu, quotes %llu), program runs %llu, findings %llu\n",
        static_cast<unsigned long long>(inputs), static_cast<unsigned long long>(first),
        static_cast<unsigned long long>(first + inputs - 1), seconds,
        static_cast<unsigned long long>(tally.scenarios),
        static_cast<unsigned long long>(tally.validScenarios),
        static_cast<unsigned long long>(tally.generated),
        static_cast<unsigned long long>(tally.offers),
        static_cast<unsigned long long>(tally.validOffers),
        static_cast<unsigned long long>(tally.quoted),
        static_cast<unsigned long long>(tally.cliRuns),
        static_cast<unsigned long long>(tally.findings));
    return tally.findings == 0 ? 0 : 1;
}
