#include "DossierParts.h"

#include <fmt/format.h>

#include <algorithm>

#include "cmcsim/attempt/Attempt.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/prospects/CandidateKnowledge.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/report/ProposalDocument.h"

namespace cmcsim::dossier {

DocumentSection section(std::string heading, int level, bool newPage) {
    DocumentSection s;
    s.heading = std::move(heading);
    s.level = level;
    s.newPage = newPage;
    return s;
}

Paragraph paragraph(std::string text, Tone tone) {
    return Paragraph{RichTextBuilder().text(std::move(text), tone), false};
}

Paragraph nothing(std::string text) {
    return Paragraph{RichTextBuilder().italic(std::move(text), Tone::Muted), true};
}

void appendBelow(Document& dossier, std::vector<DocumentSection> sections) {
    // A part that opens a page takes its heading along rather than leave it at a page's foot.
    if (!sections.empty() && sections.front().newPage && !dossier.sections.empty()) {
        dossier.sections.back().newPage = true;
        sections.front().newPage = false;
    }
    for (auto& s : sections) {
        s.level = 3;
        dossier.sections.push_back(std::move(s));
    }
}

VersionStudies studyVersions(const Sources& sources) {
    const auto& market = sources.attempt.market();
    const auto& offers = sources.state.offers();
    std::vector<std::uint64_t> sirens;
    for (const auto& saved : offers)
        if (const auto siret = siret::parse(saved.siret, 14)) sirens.push_back(*siret / 100000);
    const auto index = SirenLines::of(market, sirens);
    CandidateKnowledge knowledge(market, sources.reference, sources.state.knowledge());
    knowledge.useIndex(&index);
    const int year = sources.attempt.scenario().startDate.year();
    VersionStudies studies;
    for (const auto& saved : offers) {
        VersionStudy v;
        v.saved = &saved;
        v.company = "SIRET " + saved.siret;
        try {
            const auto source = fmt::format("offre v{} (entrée n° {})", saved.version, saved.entry);
            auto offer = Offer::fromJson(saved.offer.dump(), source, sources.reference.offers);
            // No simulated years of risk: the proposal's content does not depend on them.
            v.study = OfferStudy::of(knowledge, sources.reference, saved.siret, year,
                                     std::move(offer), 0, sources.attempt.seed());
            v.company = v.study->diagnosis.name;
        } catch (const InputError& e) {
            for (const auto& p : e.problems()) v.error += (v.error.empty() ? "" : " ; ") + p.what;
        }
        studies.emplace(std::make_pair(saved.siret, saved.version), std::move(v));
    }
    return studies;
}

void offersPart(Document& dossier, const Sources& sources, const VersionStudies& studies) {
    dossier.sections.push_back(section("4. Les offres et leurs simulations", 1, true));
    if (studies.empty()) {
        auto none = section("Offres enregistrées", 2);
        none.blocks.emplace_back(nothing("Aucune offre enregistrée."));
        dossier.sections.push_back(std::move(none));
        return;
    }
    // In the order the candidate saved them.
    std::vector<const VersionStudy*> ordered;
    for (const auto& [key, v] : studies) ordered.push_back(&v);
    std::sort(ordered.begin(), ordered.end(), [](const VersionStudy* a, const VersionStudy* b) {
        return a->saved->entry < b->saved->entry;
    });
    for (const auto* v : ordered) {
        const auto& saved = *v->saved;
        auto head = section(
            fmt::format("Offre v{} — {} (SIRET {})", saved.version, v->company, saved.siret), 2,
            v != ordered.front());
        if (!v->study) {
            head.blocks.emplace_back(paragraph(
                "Cette version ne peut pas être chiffrée : " + v->error + ".", Tone::Bad));
            dossier.sections.push_back(std::move(head));
            continue;
        }
        head.blocks.emplace_back(
            paragraph(fmt::format("{}, enregistrée à l'entrée n° {} du journal.",
                                  v->study->offer.title, saved.entry),
                      Tone::Muted));
        if (!v->study->compliance.compliant())
            head.blocks.emplace_back(Paragraph{
                RichTextBuilder().bold(ProposalDocument::kNonCompliantMark, Tone::Bad), true});
        dossier.sections.push_back(std::move(head));
        appendBelow(dossier, ProposalDocument::halves(sources.reference, *v->study,
                                                      sources.mutuelle, sources.date)
                                 .study);
    }
}

}  // namespace cmcsim::dossier
