#include <gtest/gtest.h>

#include <stdexcept>

#include "../support/PricedOffer.h"
#include "TestFiles.h"
#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/prospects/CandidateKnowledge.h"
#include "cmcsim/report/DocumentText.h"
#include "cmcsim/report/ProposalDocument.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

// Gillet Micro-crèche, 24 employees on the minimal market (tests/cli/CliGoldenTest.cpp).
const std::string kCreche = "46575783900019";

OfferStudy crecheStudy(int employerSharePct, const std::string& needs) {
    auto json = alisfaCrecheJson();
    for (auto& category : json["categories"])
        category["sante"]["part_employeur_pct"] = employerSharePct;
    json["besoins_exigences"] = needs;
    const auto offer = Offer::fromJson(json.dump(), "offre", reference().offers);
    return pricedOffer(reference(), Diagnosis::of(minimalMarket(), reference(), kCreche, 2026),
                       offer, 100);
}

std::string text(const Document& d) {
    return DocumentText::render(d);
}

// The first paragraph of the section with this heading (throws if there is none).
const Paragraph& firstParagraph(const Document& d, const std::string& heading) {
    for (const auto& s : d.sections)
        if (s.heading == heading && !s.blocks.empty()) return std::get<Paragraph>(s.blocks[0]);
    throw std::runtime_error("no section " + heading);
}

TEST(ProposalDocument, ANonCompliantOfferIsMarkedAsAWorkingDocument) {
    // 30 % employer share: below the half of CSS L911-7 III; 75 % of the isolé rate (the fixture)
    // meets it and the Alisfa branch's 60 %.
    const auto compliant = ProposalDocument::build(reference(), crecheStudy(75, "x"), "M", "d");
    ASSERT_TRUE(crecheStudy(75, "x").compliance.compliant());
    EXPECT_FALSE(compliant.watermark.has_value());
    const auto marked = ProposalDocument::build(reference(), crecheStudy(30, "x"), "M", "d");
    ASSERT_EQ(marked.watermark, std::optional<std::string>(ProposalDocument::kNonCompliantMark));
    const auto rendered = text(marked);
    const std::string line = "*** Offre non conforme — document de travail ***\n";
    EXPECT_EQ(rendered.substr(0, line.size()), line);
    EXPECT_EQ(rendered.substr(rendered.size() - line.size()), line);
    EXPECT_NE(rendered.find("✘ | Part patronale santé d'au moins 50 %"), std::string::npos);
}

TEST(ProposalDocument, NeedsAreAsWrittenOrSaidMissing) {
    const auto written =
        ProposalDocument::build(reference(), crecheStudy(75, "Budget < 60 €\nOptique"), "M", "d");
    const auto& first = firstParagraph(written, "Vos besoins et exigences");
    EXPECT_EQ(first.text.at(0).text, "Budget < 60 €\nOptique");
    const auto missing = ProposalDocument::build(reference(), crecheStudy(75, ""), "M", "d");
    const auto& none = firstParagraph(missing, "Vos besoins et exigences");
    EXPECT_EQ(none.text.at(0).text, "Non renseignés.");
    EXPECT_EQ(none.text.at(0).tone, Tone::Bad);
}

TEST(ProposalDocument, EveryRateClassAndRegulatedPartIsThere) {
    const auto study = crecheStudy(75, "x");
    const auto rendered = text(ProposalDocument::build(reference(), study, "Mutuelle X", "d"));
    for (const auto& h : study.quote.health)
        for (const auto& c : h.classes)
            EXPECT_NE(rendered.find("  " + c.name + " "), std::string::npos) << c.name;
    for (const char* heading :
         {"Votre entreprise", "Vos besoins et exigences", "Tableau de garanties", "Cotisations",
          "Traitement social et fiscal", "Conformité",
          "Document d'information normalisé sur le produit d'assurance (IPID)",
          "» De quel type d'assurance s'agit-il ?", "» Qu'est-ce qui est assuré ?",
          "» Qu'est-ce qui n'est pas assuré ?", "» Y a-t-il des exclusions à la couverture ?",
          "» Où suis-je couvert ?", "» Quelles sont mes obligations ?",
          "» Quand et comment effectuer les paiements ?",
          "» Quand commence et se termine la couverture ?",
          "» Comment puis-je résilier le contrat ?", "Réclamations et médiation"})
        EXPECT_NE(rendered.find(std::string(heading) + "\n"), std::string::npos) << heading;
    // One compliance line per rule, with its mark.
    std::size_t lines = 0;
    for (std::size_t at = rendered.find("\n  ✔ | "); at != std::string::npos;
         at = rendered.find("\n  ✔ | ", at + 1))
        ++lines;
    std::size_t met = 0;
    for (const auto& r : study.compliance.rules) met += r.verdict == ComplianceRule::Verdict::Met;
    EXPECT_EQ(lines, met);
}

TEST(DocumentText, PadsTablesIntoColumnsAndAlignsFigures) {
    Document d;
    d.title = "T";
    DocumentSection s;
    s.heading = "Section";
    Table t;
    t.header = {"Classe", "€"};
    t.rightAligned = {false, true};
    t.rows = {
        {{RichTextBuilder().text("Isolé"), {}}, {RichTextBuilder().text("9,50"), {}}},
        {{RichTextBuilder().text("Famille"), "réf."}, {RichTextBuilder().text("120,00"), {}}}};
    s.blocks.emplace_back(t);
    d.sections.push_back(s);
    // Widths in characters, not bytes: "Famille [réf.]" is 14, "120,00" is 6.
    EXPECT_EQ(text(d),
              "T\n#\n\nSection\n-------\n"
              "  Classe         |      €\n"
              "  -------------- + ------\n"
              "  Isolé          |   9,50\n"
              "  Famille [réf.] | 120,00\n");
}

TEST(ProposalDocument, SavedVersionIsTheLatestOrTheOneAsked) {
    const std::vector<SavedOffer> offers = {
        {kCreche, 1, {}, 3}, {"12345678900011", 1, {}, 4}, {kCreche, 2, {}, 5}};
    EXPECT_EQ(ProposalDocument::savedVersion(offers, kCreche, std::nullopt).entry, 5);
    EXPECT_EQ(ProposalDocument::savedVersion(offers, "465 757 839 00019", 1).entry, 3);
    const auto version = inputProblems([&] { ProposalDocument::savedVersion(offers, kCreche, 3); });
    ASSERT_EQ(version.size(), 1u);
    EXPECT_EQ(version[0].where, "--version");
    EXPECT_NE(version[0].what.find("versions 1 à 2"), std::string::npos) << version[0].what;
    const auto company =
        inputProblems([&] { ProposalDocument::savedVersion(offers, "11111111111111", {}); });
    ASSERT_EQ(company.size(), 1u);
    EXPECT_EQ(company[0].where, "--siret");
    EXPECT_NE(company[0].what.find(kCreche + ", 12345678900011"), std::string::npos);
}

TEST(OfferStudy, AnEstablishmentVerifiedClosedGetsNoOffer) {
    const auto& market = minimalMarket();
    std::optional<std::uint32_t> closed;
    for (std::uint32_t line = 0; line < market.prospects.size() && !closed; ++line)
        if (market.establishments[market.prospects[line].establishment].closed) closed = line;
    ASSERT_TRUE(closed.has_value());
    const auto siret = siret::formatSiret(market.prospects[*closed].siret);
    const auto offer = Offer::fromJson(confortEnsembleJson().dump(), "offre", reference().offers);
    // Before verification the candidate cannot know: nothing refuses the line for its closure.
    const CandidateKnowledge listed(market, reference());
    for (const auto& p :
         inputProblems([&] { OfferStudy::of(listed, reference(), siret, 2026, offer, 100, 1); }))
        EXPECT_EQ(p.what.find("fermé"), std::string::npos) << p.what;
    // The evaluator's view knows every closure (as a verified line does).
    const CandidateKnowledge truth(market, reference(), Knowledge::everything(market));
    const auto problems =
        inputProblems([&] { OfferStudy::of(truth, reference(), siret, 2026, offer, 100, 1); });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].what.find("fermé (fiche vérifiée)"), std::string::npos)
        << problems[0].what;
}

}  // namespace
