#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "TestFiles.h"
#include "TestMarkets.h"
#include "TestReference.h"
#include "XlsxReader.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/market/BreakdownTally.h"
#include "cmcsim/report/ProspectCsv.h"
#include "cmcsim/report/ProspectTable.h"
#include "cmcsim/report/ProspectXlsx.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

std::vector<std::uint32_t> allLines(const ProspectView& view) {
    return view.filter({});
}

std::uint8_t bandIndex(const std::string& code) {
    const auto& bands = reference().sizes.insee();
    for (std::size_t b = 0; b < bands.size(); ++b)
        if (bands[b].code == code) return static_cast<std::uint8_t>(b);
    throw std::runtime_error("no band " + code);
}

std::size_t columnIndex(std::string_view key) {
    const auto& columns = ProspectTable::columns();
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (columns[c].key == key) return c;
    throw std::runtime_error("no column");
}

// "A".."Z", "AA"…: the spreadsheet letter of a 0-based column.
std::string letter(std::size_t column) {
    std::string out;
    for (++column; column > 0; column = (column - 1) / 26)
        out.insert(out.begin(), static_cast<char>('A' + (column - 1) % 26));
    return out;
}

// The minimal market with its first line moved to Bourg-en-Bresse (commune 01053), under IDCC
// 0016 (road transport) and band 01, with NAF 88.99A and a name and notes carrying line breaks:
// the codes whose leading zeros a spreadsheet drops, and case E4 of ../shared/cases.
struct TrickyMarket {
    Market market = minimalMarket();
    std::map<std::uint32_t, RecordNotes> records;

    TrickyMarket() {
        auto& p = market.prospects[0];
        p.commune = *reference().geography.communeIndex("01053");
        p.idcc = static_cast<std::int16_t>(*reference().idcc.find("0016"));
        p.sizeBand = bandIndex("01");
        p.naf = *reference().naf.find("88.99A");
        p.name = "Crèche\nLes Lutins\r\n";
        auto& notes = records[0];
        notes.tags = {"rappeler", "HCR"};
        notes.notes = {{5, "Appelée le 3 mars.\nRappeler\r\nen avril"}, {6, "Second\u2028avis"}};
        notes.flags = {{"doublon", "même adresse que\nla ligne 12", 7}};
    }
};

std::string exportCsv(const ProspectTable& table, CsvDialect dialect) {
    std::ostringstream out;
    ProspectCsv(reference(), dialect).write(table, out);
    return out.str();
}

}  // namespace

TEST(ProspectTable, ColumnsAreTheFileThenTheCandidatesMarksThenRevealedCover) {
    std::vector<std::string> keys;
    for (const auto& c : ProspectTable::columns()) keys.emplace_back(c.key);
    const std::vector<std::string> expected = {"siret",
                                               "siren",
                                               "raison_sociale",
                                               "naf",
                                               "libelle_naf",
                                               "tranche_effectif",
                                               "libelle_tranche",
                                               "effectif",
                                               "code_commune",
                                               "commune",
                                               "departement",
                                               "idcc",
                                               "convention_collective",
                                               "contact",
                                               "fonction",
                                               "telephone",
                                               "email",
                                               "verifiee",
                                               "fermee",
                                               "signalements",
                                               "etiquettes",
                                               "notes",
                                               "assureur_sante",
                                               "niveau_sante",
                                               "echeance_sante",
                                               "client_mutuelle"};
    EXPECT_EQ(keys, expected);
}

// Case E4: the NAF 88.99A label carried a line break; user text (names, notes, flags) may carry
// one too. No cell of a CSV or XLSX export holds one.
TEST(ProspectExport, NoCellOfAnyFormatCarriesALineBreak) {
    const TrickyMarket tricky;
    const ProspectView view(tricky.market, reference(), Knowledge{});
    const ProspectTable table(reference(), view, allLines(view), &tricky.records);
    std::vector<std::string> cells;
    table.row(0, cells);
    EXPECT_EQ(cells[columnIndex("libelle_naf")],
              "Autre accueil ou accompagnement sans hébergement d’enfants et d’adolescents");
    EXPECT_EQ(cells[columnIndex("raison_sociale")], "Crèche Les Lutins");
    EXPECT_EQ(cells[columnIndex("notes")], "Appelée le 3 mars. Rappeler en avril | Second avis");
    EXPECT_EQ(cells[columnIndex("signalements")], "doublon : même adresse que la ligne 12");
    EXPECT_EQ(cells[columnIndex("etiquettes")], "HCR | rappeler");

    for (const auto dialect : {CsvDialect::ExcelFr, CsvDialect::Rfc4180}) {
        const auto text = exportCsv(table, dialect);
        // One physical line per record: as many line ends as records + the header, and no
        // CR or LF anywhere else.
        EXPECT_EQ(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')),
                  table.size() + 1);
        EXPECT_EQ(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\r')),
                  table.size() + 1);
        EXPECT_EQ(text.find("\u2028"), std::string::npos);
    }
    const TempDir dir;
    ProspectXlsx::write(table, dir / "e4.xlsx");
    const XlsxReader xlsx((dir / "e4.xlsx").string());
    const auto sheet = xlsx.entry("xl/worksheets/sheet1.xml");
    for (const auto& [ref, cell] : XlsxReader::cells(sheet))
        EXPECT_EQ(cell.text.find_first_of("\r\n"), std::string::npos) << ref << " " << cell.text;
    EXPECT_EQ(XlsxReader::cells(sheet).at("E2").text, cells[columnIndex("libelle_naf")]);
}

TEST(ProspectXlsx, CodesAreTextHeaderFrozenAutofilterAndWidths) {
    const TrickyMarket tricky;
    const ProspectView view(tricky.market, reference(), Knowledge{});
    const ProspectTable table(reference(), view, allLines(view));
    const TempDir dir;
    ProspectXlsx::write(table, dir / "p.xlsx");
    const XlsxReader xlsx((dir / "p.xlsx").string());
    const auto sheet = xlsx.entry("xl/worksheets/sheet1.xml");
    const auto cells = XlsxReader::cells(sheet);
    // The codes with leading zeros are strings, as written.
    const auto code = [&](std::string_view key) {
        return cells.at(letter(columnIndex(key)) + "2");
    };
    for (const auto& [key, value] : std::vector<std::pair<std::string_view, std::string>>{
             {"code_commune", "01053"},
             {"departement", "01"},
             {"idcc", "0016"},
             {"tranche_effectif", "01"},
             {"naf", "88.99A"},
             {"siret", siret::formatSiret(tricky.market.prospects[0].siret)}}) {
        EXPECT_EQ(code(key).type, "inlineStr") << key;
        EXPECT_EQ(code(key).text, value) << key;
    }
    // The headcount is a number (no type attribute: numeric).
    const auto headcount = code("effectif");
    EXPECT_EQ(headcount.type, "");
    EXPECT_EQ(headcount.text, std::to_string(tricky.market.prospects[0].headcount));
    // The header: the keys, bold (its own style), frozen, under an autofilter over every line.
    EXPECT_EQ(cells.at("A1").text, "siret");
    EXPECT_EQ(cells.at(letter(ProspectTable::columns().size() - 1) + "1").text, "client_mutuelle");
    EXPECT_NE(cells.at("A1").style, cells.at("A2").style);
    EXPECT_EQ(XlsxReader::attribute(sheet, "pane", "ySplit"), "1");
    EXPECT_EQ(XlsxReader::attribute(sheet, "pane", "state"), "frozen");
    EXPECT_EQ(
        XlsxReader::attribute(sheet, "autoFilter", "ref"),
        "A1:" + letter(ProspectTable::columns().size() - 1) + std::to_string(table.size() + 1));
    // Widths from the column model: SIRET 16 characters (+0.71 of Excel's padding).
    EXPECT_EQ(XlsxReader::attribute(sheet, "col", "width"), "16.7109375");
    // Code columns carry the text number format "@", so what is typed there stays text.
    const auto styles = xlsx.entry("xl/styles.xml");
    EXPECT_NE(styles.find("formatCode=\"@\""), std::string::npos);
    EXPECT_NE(styles.find("formatCode=\"dd/mm/yyyy\""), std::string::npos);
}

TEST(ProspectXlsx, MarksAndRevealedCoverAreExported) {
    const TrickyMarket tricky;
    Knowledge knowledge;
    knowledge.verified.assign(tricky.market.prospects.size(), 0);
    knowledge.verified[0] = 1;
    knowledge.insurers = true;
    const ProspectView view(tricky.market, reference(), knowledge);
    const ProspectTable table(reference(), view, allLines(view), &tricky.records);
    const auto& row = view.rows()[0];
    ASSERT_GE(row.insurer, -1);
    std::vector<std::string> cells;
    table.row(0, cells);
    EXPECT_EQ(cells[columnIndex("verifiee")], "oui");
    EXPECT_EQ(cells[columnIndex("fermee")], row.closed ? "oui" : "non");
    const auto& insurer = cells[columnIndex("assureur_sante")];
    if (row.insurer == -1) {
        EXPECT_EQ(insurer, "aucun contrat");
    } else {
        EXPECT_EQ(insurer, tricky.market.competitors[static_cast<std::size_t>(row.insurer)].name);
        EXPECT_EQ(cells[columnIndex("niveau_sante")], coverageLevelLabel(row.coverageLevel));
        EXPECT_EQ(cells[columnIndex("echeance_sante")], row.renewal.iso());
    }
    // A line not verified: "non", closure unknown.
    table.row(1, cells);
    EXPECT_EQ(cells[columnIndex("verifiee")], "non");
    EXPECT_EQ(cells[columnIndex("fermee")], "");

    // The renewal is an Excel date: days since 1899-12-30, with the dd/mm/yyyy style.
    std::size_t covered = 0;
    while (covered < view.rows().size() && view.rows()[covered].insurer < 0) ++covered;
    ASSERT_LT(covered, view.rows().size()) << "some company has a contract";
    const TempDir dir;
    ProspectXlsx::write(table, dir / "m.xlsx");
    const auto sheet = XlsxReader((dir / "m.xlsx").string()).entry("xl/worksheets/sheet1.xml");
    const auto cell = XlsxReader::cells(sheet).at(letter(columnIndex("echeance_sante")) +
                                                  std::to_string(covered + 2));
    EXPECT_EQ(cell.type, "");
    EXPECT_EQ(std::stoi(cell.text),
              view.rows()[covered].renewal.days() - Date::fromCivil(1899, 12, 30).days());
    EXPECT_EQ(XlsxReader::cells(sheet).at(letter(columnIndex("notes")) + "2").text,
              "Appelée le 3 mars. Rappeler en avril | Second avis");
}

TEST(ProspectXlsx, LongExportsContinueOnFurtherSheetsEachWithItsHeader) {
    const ProspectView view(minimalMarket(), reference(), Knowledge{});
    const ProspectTable table(reference(), view, allLines(view));
    ASSERT_GT(table.size(), 200u);
    const TempDir dir;
    ProspectXlsx::write(table, dir / "split.xlsx", 100);
    const XlsxReader xlsx((dir / "split.xlsx").string());
    const auto workbook = xlsx.entry("xl/workbook.xml");
    EXPECT_NE(workbook.find("name=\"Prospects\""), std::string::npos);
    EXPECT_NE(workbook.find("name=\"Prospects (2)\""), std::string::npos);
    const std::size_t sheets = (table.size() + 99) / 100;
    EXPECT_TRUE(xlsx.has("xl/worksheets/sheet" + std::to_string(sheets) + ".xml"));
    EXPECT_FALSE(xlsx.has("xl/worksheets/sheet" + std::to_string(sheets + 1) + ".xml"));
    // Line 101 of the file is the first line of the second sheet, under its header.
    const auto second = XlsxReader::cells(xlsx.entry("xl/worksheets/sheet2.xml"));
    EXPECT_EQ(second.at("A1").text, "siret");
    EXPECT_EQ(second.at("A2").text, siret::formatSiret(view.rows()[100].siret));
    EXPECT_EQ(second.count("A102"), 0u);
}

TEST(ProspectXlsx, AFailedWriteNamesTheFileAndLeavesNothing) {
    const ProspectView view(minimalMarket(), reference(), Knowledge{});
    const ProspectTable table(reference(), view, allLines(view));
    const TempDir dir;
    const auto file = dir / "absent" / "p.xlsx";
    const auto problems = inputProblems([&] { ProspectXlsx::write(table, file); });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].where, file.string());
    EXPECT_FALSE(std::filesystem::exists(file));
}

// Case E4 at its source: no label of the reference data an export or the CLI prints holds a
// line break (the NAF 88.99A label did, datasets/PROVENANCE.md).
TEST(ReferenceLabels, NoneCarriesALineBreak) {
    const auto& ref = reference();
    const auto check = [](const std::string& label) {
        EXPECT_EQ(label.find_first_of("\r\n"), std::string::npos) << label;
    };
    for (const auto& naf : ref.naf.codes()) {
        check(naf.label);
        check(ref.naf.sectionLabel(naf.section));
    }
    for (const auto& a : ref.idcc.agreements()) check(a.title);
    for (const auto& band : ref.sizes.insee()) check(band.label);
    for (const auto& commune : ref.geography.communes()) check(commune.name);
    EXPECT_EQ(ref.naf.codes()[*ref.naf.find("88.99A")].label,
              "Autre accueil ou accompagnement sans hébergement d’enfants et d’adolescents");
}

TEST(ProspectXlsx, AnEmptyViewGivesTheHeaderAlone) {
    const ProspectView view(minimalMarket(), reference(), Knowledge{});
    const ProspectTable table(reference(), view, {});
    const TempDir dir;
    ProspectXlsx::write(table, dir / "vide.xlsx");
    const auto sheet = XlsxReader((dir / "vide.xlsx").string()).entry("xl/worksheets/sheet1.xml");
    const auto cells = XlsxReader::cells(sheet);
    EXPECT_EQ(cells.size(), ProspectTable::columns().size());
    EXPECT_EQ(cells.at("A1").text, "siret");
    EXPECT_EQ(XlsxReader::attribute(sheet, "autoFilter", "ref"), "A1:Z1");
}
