#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "TestFiles.h"
#include "TestReference.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/reference/CsvTable.h"
#include "cmcsim/reference/ReferenceData.h"

using namespace cmcsim;
using cmcsim::test::inputProblems;

namespace {
const std::vector<std::string> kColumns = {"a", "b", "c"};

CsvTable parse(const std::string& text) {
    return CsvTable::parse(text, "t.csv", kColumns);
}

// The single problem an InputError thrown by `action` carries.
template <typename Action>
Problem onlyProblem(Action&& action) {
    const auto problems = inputProblems(action);
    if (problems.size() != 1) {
        ADD_FAILURE() << problems.size() << " problems instead of 1";
        return {};
    }
    return problems.front();
}
}  // namespace

TEST(CsvTable, QuotedFieldsKeepCommasQuotesAndNewlines) {
    const auto t = parse(
        "a,b,c\n"
        "\"x,y\",\"he said \"\"hi\"\"\",3\n"
        "\"line one\nline two\",,\"\"\n");
    ASSERT_EQ(t.rowCount(), 2u);
    EXPECT_EQ(t.text(0, 0), "x,y");
    EXPECT_EQ(t.text(0, 1), "he said \"hi\"");
    EXPECT_EQ(t.text(0, 2), "3");
    EXPECT_EQ(t.text(1, 0), "line one\nline two");
    EXPECT_EQ(t.text(1, 1), "");
    EXPECT_EQ(t.text(1, 2), "");
}

TEST(CsvTable, LineNumbersCountNewlinesInsideQuotes) {
    // Line 1 header; row 0 spans lines 2–4 (two newlines inside quotes); row 1 is line 5.
    const auto t = parse(
        "a,b,c\n"
        "\"one\ntwo\nthree\",1,2\n"
        "x,notanumber,3\n");
    EXPECT_EQ(t.where(1, 1), "t.csv:5:2 (colonne b)");
    const auto p = onlyProblem([&] { t.integer(1, 1, 0, 10); });
    EXPECT_EQ(p.where, "t.csv:5:2 (colonne b)");
}

TEST(CsvTable, AcceptsCrlfAndBom) {
    const auto t = parse(
        "\xEF\xBB\xBF"
        "a,b,c\r\n1,2,3\r\n\"q\r\nr\",5,bad\r\n");
    ASSERT_EQ(t.rowCount(), 2u);
    EXPECT_EQ(t.text(0, 2), "3");  // no stray \r at the end of a row
    EXPECT_EQ(t.integer(0, 0, 0, 9), 1);
    EXPECT_EQ(t.text(1, 0), "q\r\nr");
    // Header line 1, row 0 line 2, row 1 lines 3–4.
    EXPECT_EQ(onlyProblem([&] { t.number(1, 2, 0, 1); }).where, "t.csv:3:3 (colonne c)");
}

TEST(CsvTable, LastRowWithoutNewlineAndBlankLines) {
    const auto t = parse("a,b,c\n1,2,3\n\n4,5,6");
    ASSERT_EQ(t.rowCount(), 2u);
    EXPECT_EQ(t.text(1, 2), "6");
    // Row 1 is on line 4: the blank line 3 still counts.
    EXPECT_EQ(t.where(1, 0), "t.csv:4:1 (colonne a)");
}

TEST(CsvTable, StructuralErrorsNameTheLine) {
    struct Case {
        const char* name;
        std::string text;
        std::string where;
        std::string whatContains;
    };
    const std::vector<Case> cases = {
        {"wrong header", "a,x,c\n1,2,3\n", "t.csv:1", "en-tête attendu « a,b,c »"},
        {"missing header column", "a,b\n1,2\n", "t.csv:1", "a,b,c"},
        {"too few columns", "a,b,c\n1,2,3\n4,5\n", "t.csv:3", "3 colonnes attendues, 2 trouvées"},
        {"too many columns", "a,b,c\n1,2,3,4\n", "t.csv:2", "3 colonnes attendues, 4 trouvées"},
        {"too many columns after a multi-line cell", "a,b,c\n\"x\ny\",2,3\n4,5,6,7\n", "t.csv:4",
         "3 colonnes attendues, 4 trouvées"},
        {"unclosed quote", "a,b,c\n1,2,3\n4,\"5,6\n7,8,9\n", "t.csv:3", "guillemet"},
        {"empty file", "", "t.csv", "vide"},
    };
    for (const auto& c : cases) {
        const auto p = onlyProblem([&] { parse(c.text); });
        EXPECT_EQ(p.where, c.where) << c.name;
        EXPECT_NE(p.what.find(c.whatContains), std::string::npos) << c.name << ": " << p.what;
    }
}

TEST(CsvTable, TypedCellsNameFileLineColumnAndValue) {
    const auto t = parse("a,b,c\n11,abc,1e3\n-5, 7,nan\n,2.5,inf\n");
    EXPECT_EQ(t.integer(1, 0, -10, 10), -5);
    EXPECT_EQ(t.number(0, 2, 0, 1e4), 1000.0);
    EXPECT_EQ(t.number(2, 1, 0, 3), 2.5);
    struct Case {
        const char* name;
        std::function<void()> read;
        std::string where;
        std::string whatContains;
    };
    const std::vector<Case> cases = {
        {"integer above max", [&] { t.integer(0, 0, 0, 10); }, "t.csv:2:1 (colonne a)",
         "trouvé « 11 »"},
        {"integer not a number", [&] { t.integer(0, 1, 0, 10); }, "t.csv:2:2 (colonne b)",
         "entier entre 0 et 10"},
        {"integer below min", [&] { t.integer(1, 0, 0, 10); }, "t.csv:3:1 (colonne a)",
         "trouvé « -5 »"},
        {"integer with a space", [&] { t.integer(1, 1, 0, 10); }, "t.csv:3:2 (colonne b)",
         "trouvé «  7 »"},
        {"integer empty", [&] { t.integer(2, 0, 0, 10); }, "t.csv:4:1 (colonne a)", "entier"},
        {"decimal for an integer", [&] { t.integer(2, 1, 0, 10); }, "t.csv:4:2 (colonne b)", "2.5"},
        {"number above max", [&] { t.number(0, 2, 0, 999); }, "t.csv:2:3 (colonne c)",
         "nombre entre 0 et 999"},
        {"number not a number", [&] { t.number(0, 1, 0, 1); }, "t.csv:2:2 (colonne b)", "abc"},
        {"NaN", [&] { t.number(1, 2, -1e9, 1e9); }, "t.csv:3:3 (colonne c)", "nan"},
        {"infinity", [&] { t.number(2, 2, -1e300, 1e300); }, "t.csv:4:3 (colonne c)", "inf"},
        {"required empty", [&] { t.required(2, 0); }, "t.csv:4:1 (colonne a)",
         "valeur obligatoire"},
    };
    for (const auto& c : cases) {
        const auto p = onlyProblem(c.read);
        EXPECT_EQ(p.where, c.where) << c.name;
        EXPECT_NE(p.what.find(c.whatContains), std::string::npos) << c.name << ": " << p.what;
    }
}

TEST(CsvTable, MissingFileIsNamed) {
    const auto p =
        onlyProblem([] { CsvTable::load("/nonexistent/x.csv", "datasets/x.csv", kColumns); });
    EXPECT_EQ(p.where, "datasets/x.csv");
    EXPECT_NE(p.what.find("introuvable"), std::string::npos);
}

namespace {
// Replaces field `field` (from 0) of line `line` (from 1) of a CSV file whose leading fields on
// that line are unquoted.
void replaceField(const std::filesystem::path& file, std::size_t line, std::size_t field,
                  const std::string& value) {
    std::string text = test::readFile(file);
    std::size_t start = 0;
    for (std::size_t l = 1; l < line; ++l) start = text.find('\n', start) + 1;
    for (std::size_t f = 0; f < field; ++f) start = text.find(',', start) + 1;
    const std::size_t end = text.find_first_of(",\n", start);
    text.replace(start, end - start, value);
    test::writeFile(file, text);
}
}  // namespace

TEST(CsvTable, CorruptedDatasetsNameFileAndLine) {
    // Preconditions of the cases below, checked on the real datasets.
    ASSERT_FALSE(test::reference().idcc.find("0001").has_value());
    struct Case {
        const char* name;
        std::function<void(const std::filesystem::path&)> corrupt;
        std::string where;
        std::string whatContains;
    };
    const std::vector<Case> cases = {
        {"non-numeric population (communes.csv line 5 is Ambérieux-en-Dombes)",
         [](const auto& d) { replaceField(d / "communes.csv", 5, 4, "mille"); },
         "datasets/communes.csv:5:5 (colonne population_municipale)", "trouvé « mille »"},
        {"unknown département of a commune",
         [](const auto& d) { replaceField(d / "communes.csv", 7, 2, "20"); },
         "datasets/communes.csv:7:3 (colonne dep)", "département"},
        {"unknown IDCC (naf_idcc.csv line 2: 01 → 7024)",
         [](const auto& d) { replaceField(d / "naf_idcc.csv", 2, 1, "0001"); },
         "datasets/naf_idcc.csv:2:2 (colonne idcc)", "trouvé « 0001 »"},
        {"age shares of section B sum to 1.42",
         [](const auto& d) { replaceField(d / "profils_effectifs.csv", 3, 3, "0.50"); },
         "datasets/profils_effectifs.csv:3:4 (colonne age_16_24)", "somme 1"},
        {"negative company count in the URSSAF bands",
         [](const auto& d) {
             replaceField(d / "urssaf_france_tranche_entreprise_2024.csv", 4, 4, "-3");
         },
         "datasets/urssaf_france_tranche_entreprise_2024.csv:4:5 (colonne nombre_entreprises)",
         "-3"},
        {"missing file", [](const auto& d) { std::filesystem::remove(d / "prenoms.csv"); },
         "datasets/prenoms.csv", "introuvable"},
    };
    for (const auto& c : cases) {
        test::TempDir dir;
        const auto datasets = dir / "datasets";
        std::filesystem::copy(test::sourceRoot() / "datasets", datasets,
                              std::filesystem::copy_options::recursive);
        c.corrupt(datasets);
        const auto p = onlyProblem([&] { ReferenceData::load(datasets); });
        EXPECT_EQ(p.where, c.where) << c.name;
        EXPECT_NE(p.what.find(c.whatContains), std::string::npos) << c.name << ": " << p.what;
    }
}
