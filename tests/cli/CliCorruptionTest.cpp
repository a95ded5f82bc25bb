#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "../engine/TestFiles.h"
#include "../fuzz/InputMutator.h"
#include "CliRunner.h"
#include "cmcsim/market/MarketGenerator.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/ScenarioLibrary.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/scenario/ScenarioSize.h"

// The corruption suite: mutated scenario and offer files (tests/fuzz/InputMutator.h, fixed
// seeds) through the real program. Every run exits 0, 1 or 2 with a message, none crashes or
// hangs, none modifies its input or leaves a file behind, and whatever `scenario validate`
// accepts, `generate` generates. scripts/fuzz-inputs runs the same mutator on 100 000+ inputs
// under the sanitizers.
namespace {

using cmcsim::test::CliResult;
using cmcsim::test::InputMutator;
using cmcsim::test::runShell;
using cmcsim::test::TempDir;
namespace fs = std::filesystem;

const fs::path kRoot = CMCSIM_SOURCE_ROOT;
const std::string kMinimal = std::string(CMCSIM_TEST_DATA) + "/fixtures/scenarios/minimal.json";
// Mutants generated only when small: the suite stays well under a minute.
constexpr std::uint64_t kMaxGeneratedEstablishments = 3000;

const cmcsim::ReferenceData& reference() {
    static const auto data = cmcsim::ReferenceData::load(kRoot / "datasets");
    return data;
}

// `cmcsim ARGS`, stopped after 60 s: a hang is a failure, never a stuck suite.
CliResult run(const std::string& args) {
    return runShell("timeout 60 " + std::string(CMCSIM_CLI) + " " + args);
}

// A mutant on disk with the bytes it must still hold at the end.
struct Mutant {
    fs::path file;
    std::string bytes;
    std::string description;
};

// `count` mutants of `bases` (round robin), seeds first..first+count-1, written to `dir`.
std::vector<Mutant> writeMutants(const TempDir& dir, const std::vector<fs::path>& bases,
                                 std::uint64_t first, int count) {
    std::vector<InputMutator> mutators;
    for (const auto& base : bases) mutators.emplace_back(cmcsim::test::readFile(base));
    std::vector<Mutant> mutants;
    for (int i = 0; i < count; ++i) {
        const auto seed = first + static_cast<std::uint64_t>(i);
        Mutant m;
        m.bytes = mutators[seed % mutators.size()].mutate(seed, &m.description);
        m.file = dir / fmt::format("m{:05}.json", seed);
        m.description = fmt::format("seed {} ({}): {}", seed,
                                    bases[seed % bases.size()].filename().string(), m.description);
        cmcsim::test::writeFile(m.file, m.bytes);
        mutants.push_back(std::move(m));
    }
    return mutants;
}

// Exit 0, 1 or 2, and a failure says why on standard error in the program's own words.
void expectCleanExit(const CliResult& r, const std::string& what) {
    EXPECT_TRUE(r.exitCode == 0 || r.exitCode == 1 || r.exitCode == 2)
        << what << ": exit " << r.exitCode << "\n"
        << r.err;
    if (r.exitCode != 0) {
        EXPECT_TRUE(r.err.starts_with("erreur : ") || r.err.find("refusé") != std::string::npos)
            << what << "\n"
            << r.err;
        EXPECT_EQ(r.err.find("json.exception"), std::string::npos) << what << "\n" << r.err;
    }
}

void expectUnchanged(const std::vector<Mutant>& mutants) {
    for (const auto& m : mutants)
        EXPECT_EQ(cmcsim::test::readFile(m.file), m.bytes) << m.description << " was modified";
}

std::vector<fs::path> scenarioBases() {
    return {kMinimal, kMinimal, kRoot / "scenarios/cantal-rural.json",
            kRoot / "scenarios/rouen-ze.json", kRoot / "scenarios/lyon-tertiaire.json"};
}

// The scenario mutants `scenario validate` is run on, 50 files per call, and what it said.
void validateAll(const std::vector<Mutant>& mutants, std::set<fs::path>& valid) {
    for (std::size_t from = 0; from < mutants.size(); from += 50) {
        std::string files;
        for (std::size_t i = from; i < std::min(mutants.size(), from + 50); ++i)
            files.append(" ").append(mutants[i].file.string());
        const auto r = run("scenario validate" + files);
        expectCleanExit(r, "validate of mutants from " + mutants[from].description);
        for (std::size_t i = from; i < std::min(mutants.size(), from + 50); ++i) {
            const auto name = mutants[i].file.string();
            const bool ok = r.out.find(name + " : valide") != std::string::npos;
            const bool reported = r.err.find("erreur : " + name) != std::string::npos;
            EXPECT_NE(ok, reported) << mutants[i].description << "\n" << r.out << r.err;
            if (ok) valid.insert(mutants[i].file);
        }
    }
}

TEST(CliCorruption, ScenarioMutantsAreValidatedOneByOneAndValidOnesGenerate) {
    TempDir dir;
    const auto mutants = writeMutants(dir, scenarioBases(), 1, 260);
    std::set<fs::path> valid;
    validateAll(mutants, valid);
    const cmcsim::ScenarioLoader loader(reference());
    int generated = 0, refused = 0;
    for (std::size_t i = 0; i < mutants.size(); ++i) {
        const auto& m = mutants[i];
        std::optional<cmcsim::Scenario> scenario;
        try {
            scenario = loader.fromText(m.bytes, m.file.string());
        } catch (const cmcsim::InputError&) {
        }
        EXPECT_EQ(scenario.has_value(), valid.contains(m.file)) << m.description;
        const auto out = fs::path(m.file).replace_extension(".cmc");
        if (scenario && cmcsim::ScenarioSize::of(reference(), *scenario).establishments <=
                            kMaxGeneratedEstablishments) {
            const auto r = run("generate " + m.file.string() + " -o " + out.string());
            EXPECT_EQ(r.exitCode, 0) << m.description << ": validated but not generated\n" << r.err;
            generated += r.exitCode == 0;
        } else if (!scenario && i % 8 == 0) {
            const auto r = run("generate " + m.file.string() + " -o " + out.string());
            EXPECT_EQ(r.exitCode, 1) << m.description << "\n" << r.err;
            expectCleanExit(r, m.description);
            EXPECT_FALSE(fs::exists(out)) << m.description;
            ++refused;
        }
    }
    expectUnchanged(mutants);
    // Only the mutants and the attempts of the valid ones: no temporary file left.
    EXPECT_EQ(static_cast<int>(std::distance(fs::directory_iterator(dir.path()), {})),
              static_cast<int>(mutants.size()) + generated);
    RecordProperty("mutants", static_cast<int>(mutants.size()));
    RecordProperty("valid", static_cast<int>(valid.size()));
    RecordProperty("generated", generated);
    EXPECT_GE(generated, 15) << "the mutator should leave some scenarios valid";
    EXPECT_GE(refused, 10);
}

// Offers are quoted on the minimal scenario's market, on one company.
class CliOfferCorruption : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new TempDir;
        attempt_ = (*dir_ / "a.cmc").string();
        ASSERT_EQ(run("generate " + kMinimal + " -o " + attempt_).exitCode, 0);
    }
    static void TearDownTestSuite() {
        delete dir_;
        dir_ = nullptr;
    }

    static void quoteMutants(std::uint64_t first, int count) {
        TempDir dir;
        const auto before = cmcsim::test::readFile(attempt_);
        const auto mutants = writeMutants(dir,
                                          {kRoot / "scenarios/offers/confort-ensemble.json",
                                           kRoot / "scenarios/offers/cadres-non-cadres.json"},
                                          first, count);
        int quoted = 0;
        for (const auto& m : mutants) {
            // Audit Maillard Réseau, 24 employees (CliGoldenTest).
            const auto r = run("quote " + attempt_ + " --siret 46575783900019 --offer " +
                               m.file.string() + " --years 100");
            expectCleanExit(r, m.description);
            quoted += r.exitCode == 0;
        }
        expectUnchanged(mutants);
        EXPECT_EQ(cmcsim::test::readFile(attempt_), before) << "the attempt was modified";
        EXPECT_EQ(static_cast<int>(std::distance(fs::directory_iterator(dir.path()), {})), count);
        EXPECT_GE(quoted, 5) << "the mutator should leave some offers valid";
    }

    static TempDir* dir_;
    static std::string attempt_;
};
TempDir* CliOfferCorruption::dir_ = nullptr;
std::string CliOfferCorruption::attempt_;

// Two halves, so ctest runs them side by side.
TEST_F(CliOfferCorruption, OfferMutantsFirstHalf) {
    quoteMutants(10001, 80);
}

TEST_F(CliOfferCorruption, OfferMutantsSecondHalf) {
    quoteMutants(10081, 80);
}

TEST(CliCorruption, EveryBundledScenarioValidatesAndGenerates) {
    const auto library = cmcsim::ScenarioLibrary::load(kRoot / "scenarios");
    for (const auto& bundled : library.scenarios()) {
        const auto s = cmcsim::ScenarioLoader(reference()).fromFile(bundled.path);
        cmcsim::MarketGenerator generator(reference(), s);
        EXPECT_EQ(generator.plannedEstablishments(),
                  cmcsim::ScenarioSize::of(reference(), s).establishments);
        const auto market = generator.generate();
        EXPECT_EQ(market.establishments.size(), generator.plannedEstablishments()) << bundled.id;
    }
}

}  // namespace
