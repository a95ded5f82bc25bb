#include <gtest/gtest.h>

#include <QGuiApplication>
#include <QStringList>
#include <string>

#include "DocumentPdf.h"

// Found by a tester on the dossier's PDF: Qt's layout broke table headers inside words where a
// table's words were too wide for the page together (a column squeezed below its header's
// longest word). Headers wrap between words only; such a table is set in a smaller font.
using namespace cmcsim;

namespace {

// Eight columns whose headers' longest words (« Établissements », « Remboursement »…) are wider
// together than the page at 8.5 pt, beside a first column of long text.
Document squeezedTable() {
    Table table;
    table.header = {"Libellé",        "Cotisation mensuelle TTC",
                    "Part employeur", "Atteinte contrats",
                    "Introductions",  "Remboursement",
                    "Prescripteurs",  "Établissements"};
    std::string longText;
    for (int i = 0; i < 12; ++i) longText += "une garantie décrite longuement ";
    std::vector<TableCell> row;
    row.push_back({RichTextBuilder().text(longText), ""});
    for (int c = 1; c < 8; ++c) row.push_back({RichTextBuilder().text("1 234,56 €"), ""});
    table.rows = {row, row};
    table.rightAligned = {false, true, true, true, true, true, true, true};
    Document document;
    document.title = "Essai";
    document.sections.push_back(
        {"Tableau", 2, Tone::Normal, false, DocumentSection::Column::Full, {table}});
    return document;
}
}  // namespace

TEST(DocumentPdf, TableHeadersWrapBetweenWordsOnly) {
    const auto document = squeezedTable();
    const auto& header = std::get<Table>(document.sections[0].blocks[0]).header;
    const auto cells = DocumentPdf::headerLines(document);
    ASSERT_EQ(cells.size(), header.size());
    for (std::size_t c = 0; c < cells.size(); ++c) {
        const auto words = QString::fromStdString(header[c]).split(' ');
        for (const auto& line : cells[c])
            for (const auto& word : line.split(' ', Qt::SkipEmptyParts))
                EXPECT_TRUE(words.contains(word)) << "« " << header[c] << " » laid out as « "
                                                  << cells[c].join('/').toStdString() << " »";
    }
}

// The suite needs a QGuiApplication (DocumentPdf lays out with Qt GUI's fonts): the offscreen
// platform is enough, also where ctest lists the tests without the suite's environment.
int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
