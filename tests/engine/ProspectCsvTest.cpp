#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/reference/CsvTable.h"
#include "cmcsim/report/ProspectCsv.h"

using namespace cmcsim;
using test::reference;

namespace {
// The export's columns (ProspectTable): the file's 17, the candidate's marks, revealed cover.
const std::vector<std::string> kColumns = [] {
    std::vector<std::string> keys;
    for (const auto& c : ProspectTable::columns()) keys.emplace_back(c.key);
    return keys;
}();

std::string exported(CsvDialect dialect, const Market& market = test::minimalMarket()) {
    std::ostringstream out;
    ProspectCsv(reference(), dialect).write(market, out);
    return out.str();
}

std::vector<std::string> splitCrlf(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (auto end = text.find("\r\n"); end != std::string::npos; end = text.find("\r\n", start)) {
        lines.push_back(text.substr(start, end - start));
        start = end + 2;
    }
    if (start < text.size()) lines.push_back(text.substr(start));
    return lines;
}

// Separators outside double quotes.
std::size_t fieldSeparators(const std::string& line, char separator) {
    std::size_t count = 0;
    bool quoted = false;
    for (char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (c == separator && !quoted)
            ++count;
    }
    return count;
}
}  // namespace

TEST(ProspectCsv, ExcelFrHasBomSemicolonsAndCrlf) {
    const auto text = exported(CsvDialect::ExcelFr);
    ASSERT_TRUE(text.starts_with("\xEF\xBB\xBF")) << "UTF-8 BOM for Excel";
    const auto lines = splitCrlf(text.substr(3));
    ASSERT_TRUE(text.ends_with("\r\n"));
    EXPECT_EQ(text.find('\n'), text.find("\r\n") + 1) << "every line ends with CRLF";
    std::size_t bareNewlines = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        bareNewlines += text[i] == '\n' && (i == 0 || text[i - 1] != '\r') ? 1u : 0u;
    EXPECT_EQ(bareNewlines, 0u);
    ASSERT_FALSE(lines.empty());
    EXPECT_TRUE(lines[0].starts_with("siret;siren;raison_sociale;naf;")) << lines[0];
    EXPECT_NE(lines[0].find(";idcc;"), std::string::npos) << lines[0];
    EXPECT_EQ(lines.size(), test::minimalMarket().prospects.size() + 1);
    for (const auto& line : lines)
        EXPECT_EQ(fieldSeparators(line, ';'), kColumns.size() - 1) << line;
    // The first row is the first record: its SIRET, then its SIREN.
    const auto& first = test::minimalMarket().prospects[0];
    EXPECT_TRUE(lines[1].starts_with(siret::formatSiret(first.siret) + ";" +
                                     siret::formatSiren(first.siret / 100000) + ";"))
        << lines[1];
}

TEST(ProspectCsv, Rfc4180HasCommasNoBomAndParsesBack) {
    const auto& market = test::minimalMarket();
    const auto text = exported(CsvDialect::Rfc4180);
    EXPECT_FALSE(text.starts_with("\xEF\xBB\xBF"));
    EXPECT_TRUE(text.starts_with("siret,siren,raison_sociale,naf,"));
    EXPECT_TRUE(text.ends_with("\r\n"));
    // Read back with the project's RFC 4180 reader: the header is exactly the columns and
    // there is one row per prospect record.
    const auto table = CsvTable::parse(text, "export.csv", kColumns);
    ASSERT_EQ(table.rowCount(), market.prospects.size());
    for (std::size_t r = 0; r < table.rowCount(); ++r) {
        const auto& p = market.prospects[r];
        EXPECT_EQ(table.text(r, 0), siret::formatSiret(p.siret));
        EXPECT_EQ(table.text(r, 2), p.name);
        EXPECT_EQ(table.text(r, 3), reference().naf.codes()[p.naf].code);
        EXPECT_EQ(table.text(r, 7), std::to_string(p.headcount));
        EXPECT_EQ(table.text(r, 8), reference().geography.communes()[p.commune].code);
        EXPECT_EQ(
            table.text(r, 11),
            p.idcc < 0 ? "" : reference().idcc.agreements()[static_cast<std::size_t>(p.idcc)].idcc);
        EXPECT_EQ(table.text(r, 15), p.contact.phone);
        EXPECT_EQ(table.text(r, 16), p.contact.email);
    }
}

TEST(ProspectCsv, CellsNeutraliseFormulasAndQuote) {
    // OWASP "CSV injection": a cell starting with = + - @ (or tab, CR) is run by spreadsheets.
    const ProspectCsv excel(reference(), CsvDialect::ExcelFr),
        rfc(reference(), CsvDialect::Rfc4180);
    struct Case {
        std::string in, excelOut, rfcOut;
    };
    const std::vector<Case> cases = {
        {"=1+2", "'=1+2", "'=1+2"},
        {"@SUM(A1)", "'@SUM(A1)", "'@SUM(A1)"},
        {"-2", "'-2", "'-2"},
        {"+33", "'+33", "'+33"},
        {"\tx", "'\tx", "'\tx"},
        {"Dupont; Fils", "\"Dupont; Fils\"", "Dupont; Fils"},
        {"Dupont, Fils", "Dupont, Fils", "\"Dupont, Fils\""},
        {"dit \"le Grand\"", "\"dit \"\"le Grand\"\"\"", "\"dit \"\"le Grand\"\"\""},
        {"deux\nlignes", "\"deux\nlignes\"", "\"deux\nlignes\""},
        {"=A1;B1", "\"'=A1;B1\"", "'=A1;B1"},
        {"Boulangerie Martin", "Boulangerie Martin", "Boulangerie Martin"},
        {"02 35 00 00 00", "02 35 00 00 00", "02 35 00 00 00"},
        {"", "", ""},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(excel.cell(c.in), c.excelOut) << c.in;
        EXPECT_EQ(rfc.cell(c.in), c.rfcOut) << c.in;
    }
}

TEST(ProspectCsv, DialectNames) {
    CsvDialect d = CsvDialect::Rfc4180;
    EXPECT_TRUE(ProspectCsv::parseDialect("excel-fr", d));
    EXPECT_EQ(d, CsvDialect::ExcelFr);
    EXPECT_TRUE(ProspectCsv::parseDialect("rfc4180", d));
    EXPECT_EQ(d, CsvDialect::Rfc4180);
    EXPECT_FALSE(ProspectCsv::parseDialect("excel", d));
    EXPECT_EQ(d, CsvDialect::Rfc4180);  // unchanged
}
