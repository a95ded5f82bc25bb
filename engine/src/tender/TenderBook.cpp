#include "cmcsim/tender/TenderBook.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "cmcsim/core/KeyedRandom.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/reference/TenderReference.h"
#include "cmcsim/scenario/Scenario.h"
#include "cmcsim/scenario/TenderSpec.h"

namespace cmcsim {

namespace {

// A company a tender may come from: its first establishment listed in the prospect file.
struct Candidate {
    std::uint32_t company = 0;
    std::uint64_t siret = 0;
};

std::vector<Candidate> listedCompanies(const Market& market) {
    std::vector<std::uint64_t> listed;
    listed.reserve(market.prospects.size());
    for (const auto& p : market.prospects) listed.push_back(p.siret);
    std::sort(listed.begin(), listed.end());
    std::vector<Candidate> out;
    for (std::uint32_t c = 0; c < market.companies.size(); ++c) {
        const auto& company = market.companies[c];
        if (company.establishmentCount == 0) continue;
        const auto& head = market.establishments[company.firstEstablishment];
        if (head.closed || !std::binary_search(listed.begin(), listed.end(), head.siret)) continue;
        out.push_back({c, head.siret});
    }
    return out;
}

bool matches(const TenderSpec& spec, const Company& company, const ReferenceData& reference) {
    if (static_cast<int>(company.headcount) < spec.minEmployees) return false;
    if (spec.brokerOnly && company.broker < 0) return false;
    if (!spec.sections.empty()) {
        const char section = reference.naf.codes()[company.naf].section;
        if (std::none_of(spec.sections.begin(), spec.sections.end(),
                         [&](const std::string& s) { return s.size() == 1 && s[0] == section; }))
            return false;
    }
    if (!spec.idcc.empty()) {
        if (company.idcc < 0) return false;
        const auto& code = reference.idcc.agreements()[static_cast<std::size_t>(company.idcc)].idcc;
        if (std::find(spec.idcc.begin(), spec.idcc.end(), code) == spec.idcc.end()) return false;
    }
    return true;
}

}  // namespace

TenderBook TenderBook::of(const Scenario& scenario, const ReferenceData& reference,
                          const Market& market) {
    TenderBook book;
    const auto candidates = listedCompanies(market);
    std::set<std::uint64_t> taken;
    for (const auto& spec : TenderSpec::of(scenario)) {
        auto tender = Tender::fromSpec(spec, TenderReference::installed());
        if (!tender.siret) {
            double best = 2;
            for (const auto& c : candidates) {
                const auto& company = market.companies[c.company];
                if (taken.contains(c.siret) || !matches(spec, company, reference)) continue;
                KeyedRandom random(scenario.seed, Purpose("ao.choix"), Purpose(spec.id).hash(),
                                   company.siren);
                if (const double draw = random.uniform(); draw < best) {
                    best = draw;
                    tender.siret = c.siret;
                }
            }
        }
        // A scenario tender whose company this market does not hold is left out.
        if (!tender.siret || !lineOf(market, tender.siret)) continue;
        taken.insert(tender.siret);
        book.tenders.push_back(std::move(tender));
    }
    const auto& p = TenderReference::installed().parameters;
    std::vector<std::pair<double, std::uint64_t>> drawn, eligible;
    for (const auto& c : candidates) {
        const auto& company = market.companies[c.company];
        if (static_cast<int>(company.headcount) < p.minEmployees || taken.contains(c.siret))
            continue;
        KeyedRandom random(scenario.seed, Purpose("ao.generation"), company.siren);
        const double draw = random.uniform();
        const double chance = company.broker >= 0 ? p.chanceWithBroker : p.chanceWithoutBroker;
        eligible.emplace_back(draw / std::max(chance, 1e-9), c.siret);
        if (draw < chance) drawn.emplace_back(draw / chance, c.siret);
    }
    // Every scenario has one when a company is eligible: the one closest to being drawn.
    if (drawn.empty() && !eligible.empty())
        drawn.push_back(*std::min_element(eligible.begin(), eligible.end()));
    std::sort(drawn.begin(), drawn.end());
    if (drawn.size() > static_cast<std::size_t>(p.maxGenerated))
        drawn.resize(static_cast<std::size_t>(p.maxGenerated));
    for (const auto& [_, siret] : drawn)
        book.tenders.push_back(Tender::generated(scenario, TenderReference::installed(), siret));
    std::stable_sort(
        book.tenders.begin(), book.tenders.end(), [](const Tender& a, const Tender& b) {
            return a.publicationWeek != b.publicationWeek ? a.publicationWeek < b.publicationWeek
                                                          : a.id < b.id;
        });
    return book;
}

const Tender* TenderBook::find(const std::string& id) const {
    const auto it =
        std::find_if(tenders.begin(), tenders.end(), [&](const Tender& t) { return t.id == id; });
    return it == tenders.end() ? nullptr : &*it;
}

std::vector<const Tender*> TenderBook::visible(int week) const {
    std::vector<const Tender*> out;
    for (const auto& t : tenders)
        if (t.published(week)) out.push_back(&t);
    return out;
}

std::vector<std::string> TenderBook::announcements(const Scenario& scenario, const Market& market,
                                                   int week) const {
    std::vector<std::string> out;
    for (const auto& t : tenders) {
        if (t.publicationWeek != week) continue;
        const auto line = lineOf(market, t.siret);
        out.push_back(
            fmt::format("Appel d'offres publié : « {} » — {} ({}), questions jusqu'au {}, dépôt au "
                        "plus tard le {} "
                        "(cmcsim tender show FICHIER {})",
                        t.id, line ? market.prospects[*line].name : siret::formatSiret(t.siret),
                        t.productsLabel(), Tender::weekEnd(scenario, t.questionWeek).french(),
                        Tender::weekEnd(scenario, t.submissionWeek).french(), t.id));
    }
    return out;
}

std::optional<std::uint32_t> TenderBook::lineOf(const Market& market, std::uint64_t siret) {
    for (std::uint32_t i = 0; i < market.prospects.size(); ++i)
        if (market.prospects[i].siret == siret) return i;
    return std::nullopt;
}

}  // namespace cmcsim
