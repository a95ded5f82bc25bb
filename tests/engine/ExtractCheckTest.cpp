// The one-company read with its check against the seal left running beside the caller's work
// (CompanyExtract::read with an ExtractCheck; docs/performance.md, *One company: `quote`, the
// seal beside the draws*): the same rows, and once finished the same errors in the same order
// as the read that checks first.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "TestAttempts.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/store/AttemptReader.h"
#include "cmcsim/store/CompanyExtract.h"
#include "cmcsim/store/ExtractCheck.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

// A check that throws `error` when finished (nothing when empty), counting its finishes.
struct FakeCheck final : ExtractCheck::Pending {
    FakeCheck(std::string error, int& finished) : error_(std::move(error)), finished_(finished) {}
    void finish() override {
        ++finished_;
        if (!error_.empty()) throw InputError("epreuve.cmc", error_);
    }
    std::string error_;
    int& finished_;
};

// The Rouen attempt of rouenMarket(), created once.
const std::filesystem::path& rouenFile() {
    static const TempDir dir;
    static const auto file = createAttempt(rouenScenario(), dir, "rouen.cmc");
    return file;
}

std::string firstProblem(const std::vector<Problem>& problems) {
    return problems.empty() ? std::string() : problems.front().what;
}

// What reading `key` from `file` gives, checking first (CompanyExtract::read alone) or beside
// (then finished): the rows' sizes, or the first problem.
std::string readOutcome(const std::filesystem::path& file, const std::string& key, bool beside) {
    AttemptReader reader(file, reference());
    std::string sizes;
    const auto problems = inputProblems([&] {
        ExtractCheck check;
        const auto extract =
            beside ? CompanyExtract::read(reader, key, check) : CompanyExtract::read(reader, key);
        check.finish();
        sizes = fmt::format("{} lines, {} companies, {} establishments, {} defects, {} prescribers",
                            extract.lines.size(), extract.market.companies.size(),
                            extract.market.establishments.size(), extract.market.defects.size(),
                            extract.market.prescribers.size());
    });
    return problems.empty() ? sizes : "refus : " + firstProblem(problems);
}

}  // namespace

TEST(ExtractCheck, TheChecksErrorComesBeforeTheWorksAndOnce) {
    int finished = 0;
    ExtractCheck failing(std::make_unique<FakeCheck>("épreuve altérée", finished));
    const auto problems =
        inputProblems([&] { failing.guard([]() -> int { throw InputError("w", "refus"); }); });
    EXPECT_EQ(firstProblem(problems), "épreuve altérée");
    EXPECT_EQ(firstProblem(inputProblems([&] { failing.finish(); })), "épreuve altérée");
    EXPECT_EQ(finished, 1);

    ExtractCheck passing(std::make_unique<FakeCheck>("", finished));
    EXPECT_EQ(firstProblem(inputProblems(
                  [&] { passing.guard([]() -> int { throw InputError("w", "refus"); }); })),
              "refus");
    EXPECT_EQ(finished, 2);
    EXPECT_EQ(passing.around([] { return 42; }), 42);  // finished already: not again
    EXPECT_EQ(finished, 2);

    ExtractCheck later(std::make_unique<FakeCheck>("", finished));
    EXPECT_EQ(later.guard([] { return 7; }), 7);  // the work alone: the check still running
    EXPECT_EQ(finished, 2);
    EXPECT_EQ(later.around([] { return 8; }), 8);
    EXPECT_EQ(finished, 3);
}

TEST(ExtractCheck, ReadsAndRefusesAsTheReadThatChecksFirst) {
    TempDir dir;
    const auto& market = rouenMarket();
    const auto& company =
        market.companies[market.establishments[market.prospects[0].establishment].company];
    const auto key = siret::formatSiren(company.siren);
    const auto beside = company.firstEstablishment + company.establishmentCount;
    const auto far = market.establishments.size() - 1;
    // Each edit (none, far from the company, the company's own row, a damaged row beside it in
    // the same block, a line added outside the sealed ids) and what it makes the read say.
    const std::vector<std::pair<std::string, std::string>> edits = {
        {"", ""},
        {fmt::format("UPDATE establishment SET headcount = headcount + 1 WHERE id = {}", far), ""},
        {fmt::format("UPDATE establishment SET headcount = headcount + 1 WHERE id = {}",
                     company.firstEstablishment),
         "épreuve altérée : table establishment"},
        {fmt::format("UPDATE establishment SET naf = '99.99Z' WHERE id = {}", beside),
         "fichier endommagé : table establishment"},
        {"UPDATE competitor SET name = name || ' bis' WHERE id = 0",
         "épreuve altérée : table competitor"},
        {"UPDATE attempt_info SET value = value || ' ' WHERE key = 'candidat'",
         "épreuve altérée : table attempt_info"},
        {"INSERT INTO prospect SELECT -1, establishment_id, siret, siren, 'FAUX', naf, "
         "tranche_effectif, effectif, commune, idcc, contact_name, contact_role, phone, email "
         "FROM prospect WHERE id = 0",
         "épreuve altérée : table prospect : ligne d'identifiant -1 ajoutée"},
    };
    for (std::size_t i = 0; i < edits.size(); ++i) {
        const auto file = dir / fmt::format("rouen-{}.cmc", i);
        std::filesystem::copy_file(rouenFile(), file);
        if (!edits[i].first.empty()) rawSql(file, edits[i].first);
        const auto first = readOutcome(file, key, false);
        EXPECT_EQ(readOutcome(file, key, true), first) << edits[i].first;
        if (edits[i].second.empty())
            EXPECT_EQ(first.rfind("refus", 0), std::string::npos) << first;
        else
            EXPECT_NE(first.find(edits[i].second), std::string::npos) << first;
    }
}
