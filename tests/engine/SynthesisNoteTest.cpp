#include <gtest/gtest.h>

#include "cmcsim/core/InputError.h"
#include "cmcsim/note/FigureEarning.h"
#include "cmcsim/note/SynthesisNote.h"

using namespace cmcsim;

namespace {

// The "where" of the InputError `markup` raises ("" when it parses).
std::string errorPlace(const std::string& markup) {
    try {
        SynthesisNote::parse(markup, "note.md");
    } catch (const InputError& e) {
        return e.problems().front().where;
    }
    return {};
}

}  // namespace

TEST(SynthesisNote, ReadsEveryConstructOfTheMarkup) {
    const auto note = SynthesisNote::parse(
        "# Le marché\n\nUn **territoire** de {{chiffre:marche/effectif_salarie|1 234 salariés}}\n"
        "sur *deux* lignes.\n## Cibles\n- premier point\n- second \\*point\\*\n",
        "note.md");
    ASSERT_EQ(note.blocks.size(), 5u);
    EXPECT_EQ(note.blocks[0].kind, NoteBlock::Kind::Heading1);
    EXPECT_EQ(note.blocks[0].spans[0].text, "Le marché");
    const auto& p = note.blocks[1];
    EXPECT_EQ(p.kind, NoteBlock::Kind::Paragraph);
    EXPECT_EQ(p.line, 3);
    // "Un ", "territoire" (bold), " de ", the reference, " sur ", "deux" (italic), " lignes."
    ASSERT_EQ(p.spans.size(), 7u);
    EXPECT_TRUE(p.spans[1].bold);
    EXPECT_EQ(p.spans[3].kind, NoteSpan::Kind::Reference);
    EXPECT_EQ(p.spans[3].figureId, "marche/effectif_salarie");
    EXPECT_EQ(p.spans[3].text, "1 234 salariés");
    EXPECT_EQ(p.spans[4].text, " sur ");  // two lines of a paragraph join with a space
    EXPECT_TRUE(p.spans[5].italic);
    EXPECT_EQ(note.blocks[2].kind, NoteBlock::Kind::Heading2);
    EXPECT_EQ(note.blocks[3].kind, NoteBlock::Kind::ListItem);
    EXPECT_EQ(note.blocks[4].spans[0].text, "second *point*");
    EXPECT_EQ(note.references().size(), 1u);
    // Le marché (2) + Un territoire de sur deux lignes. (6) + Cibles (1) + 2 + 2 = 13 words.
    EXPECT_EQ(note.wordCount(), 13u);
}

TEST(SynthesisNote, RoundTripsThroughItsCanonicalMarkup) {
    const std::string markup =
        "# Titre *en italique*\n\n"
        "Texte ***gras et italique*** puis {{chiffre:segment/a\\|b/lignes|12 lignes}} et "
        "**{{chiffre:plan/budget|3 000 €}} en gras**.\n\n"
        "\\# pas un titre, une accolade \\{\\{chiffre:x|y}} \\\\ fin\n\n"
        "\\- pas une liste\n\n"
        "- un\n- deux\n\n"
        "## Fin\n";
    const auto note = SynthesisNote::parse(markup, "note.md");
    const auto canonical = note.toMarkup();
    EXPECT_EQ(SynthesisNote::parse(canonical, "canon").blocks, note.blocks);
    EXPECT_EQ(canonical, markup);
    EXPECT_EQ(note.references().size(), 2u);
    EXPECT_EQ(note.references()[0]->figureId, "segment/a|b/lignes");
    EXPECT_TRUE(note.references()[1]->bold);
}

TEST(SynthesisNote, RefusesBrokenMarkupNamingLineAndColumn) {
    EXPECT_EQ(errorPlace("Titre\n\nun **gras jamais fermé\n"), "note.md:3:4");
    EXPECT_EQ(errorPlace("- *italique\n"), "note.md:1:3");
    EXPECT_EQ(errorPlace("voir {{chiffre:marche/lignes|12\n"), "note.md:1:6");
    EXPECT_EQ(errorPlace("{{chiffre:marche/lignes}}"), "note.md:1:1");  // no value
    EXPECT_EQ(errorPlace("{{chiffre:|12 lignes}}"), "note.md:1:1");     // no id
    EXPECT_EQ(errorPlace(std::string(SynthesisNote::kMaxBytes + 1, 'a')), "note.md");
    std::string many;
    for (std::size_t i = 0; i <= SynthesisNote::kMaxReferences; ++i)
        many += "{{chiffre:marche/lignes|1}} ";
    EXPECT_EQ(errorPlace(many), "note.md");
    EXPECT_EQ(errorPlace("# ok\n\n**ok** *ok*\n"), "");
    // Found by a tester: a file not in UTF-8 gave the JSON library's English message, a control
    // character no place in the file.
    EXPECT_EQ(errorPlace("# Titre\nÉté \xff suite\n"), "note.md:2:5");
    EXPECT_EQ(errorPlace("ligne\n\tdébut é\x1b[31m\n"), "note.md:2:9");
    EXPECT_EQ(errorPlace("fin de ligne Windows\r\nsuite\r\n"), "");
}

TEST(SynthesisNote, ListsTheNumbersTypedWithoutAReference) {
    const auto note = SynthesisNote::parse(
        "En 2026, 3 segments, 1 250 salariés et 12,5 % de part ; critère B2 et L3133, "
        "{{chiffre:marche/lignes|40 lignes}} ; budget 800 €.",
        "note.md");
    // 2026 is a year, 3 a single digit, B2 and L3133 are codes; the reference is sourced.
    EXPECT_EQ(note.unsourcedNumbers(), (std::vector<std::string>{"1 250", "12,5 %", "800 €"}));
}

TEST(FigureEarning, ReadsTheFamilyAndKeyOfAnId) {
    EXPECT_EQ(FigureEarning::of("marche/lignes")->need, FigureEarning::Need::Nothing);
    const auto segment = FigureEarning::of("segment/zone/est/lignes");
    ASSERT_TRUE(segment);
    EXPECT_EQ(segment->need, FigureEarning::Need::Segment);
    EXPECT_EQ(segment->key, "zone/est");  // a segment id may hold a "/"
    const auto study = FigureEarning::of("etude/territoire/1/c/etablissements");
    ASSERT_TRUE(study);
    EXPECT_EQ(study->key, "territoire");
    EXPECT_EQ(FigureEarning::of("portefeuille/primes_annuelles")->need,
              FigureEarning::Need::Portfolio);
    EXPECT_EQ(FigureEarning::of("semaines/signatures")->need, FigureEarning::Need::Weeks);
    EXPECT_FALSE(FigureEarning::of("verite/effectif"));
    EXPECT_FALSE(FigureEarning::of("segment/lignes"));
    EXPECT_FALSE(FigureEarning::of("etude/territoire"));
    EXPECT_FALSE(FigureEarning::of("marche"));
}
