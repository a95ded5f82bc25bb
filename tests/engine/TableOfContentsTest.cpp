#include <gtest/gtest.h>

#include "cmcsim/report/Document.h"
#include "cmcsim/report/DocumentText.h"

using namespace cmcsim;

namespace {

DocumentSection titled(std::string heading, int level) {
    DocumentSection s;
    s.heading = std::move(heading);
    s.level = level;
    return s;
}

// A cover, the contents, two parts with a section and a subsection each.
Document book() {
    Document d;
    d.title = "Livre";
    d.sections = {titled("Couverture", 2), titled("Sommaire", 2), titled("1. Partie", 1),
                  titled("Section A", 2),  titled("Détail", 3),   titled("", 2),
                  titled("2. Partie", 1),  titled("Section B", 2)};
    d.sections[1].blocks.emplace_back(TableOfContents{2});
    return d;
}

}  // namespace

// The contents list the headings after the section holding them, down to its depth.
TEST(TableOfContents, ListsTheHeadingsAfterItDownToItsDepth) {
    const auto d = book();
    EXPECT_EQ(contentsEntries(d, 1, 2), (std::vector<std::size_t>{2, 3, 6, 7}));
    EXPECT_EQ(contentsEntries(d, 1, 1), (std::vector<std::size_t>{2, 6}));
    EXPECT_TRUE(contentsEntries(d, 7, 2).empty());
}

// The plain text lists them without pages, a section indented under its part.
TEST(TableOfContents, PlainTextIndentsSectionsUnderTheirPart) {
    const auto text = DocumentText::render(book());
    EXPECT_NE(text.find("Sommaire\n--------\n  1. Partie\n      Section A\n  2. Partie\n      "
                        "Section B\n"),
              std::string::npos)
        << text;
    EXPECT_EQ(text.find("      Détail"), std::string::npos);
}
