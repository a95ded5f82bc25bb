#include "cmcsim/tender/TenderTruth.h"

#include <algorithm>
#include <cmath>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/KeyedRandom.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/offer/OfferComparison.h"
#include "cmcsim/offer/OfferQuote.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/reference/TenderReference.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

namespace {

// The market's provident product of `level` (the level-th in catalogue order, or the last).
const ProvidentProduct* marketProvident(const OfferCatalogue& catalogue, int level) {
    std::vector<const ProvidentProduct*> market;
    for (const auto& p : catalogue.provident)
        if (p.owner == "marche") market.push_back(&p);
    return market.empty() ? nullptr
                          : market[static_cast<std::size_t>(
                                std::clamp(level, 1, static_cast<int>(market.size())) - 1)];
}

// The market's products standing for a cover of `level`: health (marketHealth) and provident
// (the market's provident products in the catalogue's order, the level-th or the last).
Offer marketOffer(const OfferCatalogue& catalogue, const Tender& tender, int level,
                  const Date& effective) {
    Offer offer;
    offer.title = "Référence du marché";
    offer.effectiveDate = effective;
    OfferCategory category;
    category.category = "ensemble";
    if (tender.health)
        if (const auto* product = catalogue.marketHealth(level)) {
            HealthTerms terms;
            terms.product = product->id;
            terms.structure = tender.structure == "uniforme" ? RateStructure::Uniform
                                                             : RateStructure::SingleFamily;
            if (tender.structure == "uniforme") terms.dependants = Dependants::Mandatory;
            category.health = terms;
        }
    if (tender.provident)
        if (const auto* product = marketProvident(catalogue, level))
            category.provident = ProvidentTerms(product->id, 1.0);
    offer.categories.push_back(std::move(category));
    return offer;
}

// A provident guarantee as the specifications state it.
std::pair<std::string, std::string> describe(const ProvidentGuarantee& g) {
    const auto pct = frenchNumber(g.value, 0) + " %";
    if (g.kind == "deces_capital")
        return {"Capital décès toutes causes", pct + " du salaire annuel brut"};
    if (g.kind == "deces_double_effet")
        return {"Double effet", g.value > 0 ? pct + " du capital" : "non garanti"};
    if (g.kind == "rente_education")
        return {"Rente éducation, par enfant",
                g.value > 0 ? pct + " du salaire annuel brut" : "non garantie"};
    if (g.kind == "incapacite_ij")
        return {"Indemnités journalières d'incapacité",
                pct + " du salaire brut, Sécurité sociale incluse, après " +
                    frenchCount(g.waitingDays, "jour", "jours") + " de franchise"};
    return {"Rente d'invalidité (2e et 3e catégories)",
            pct + " du salaire brut, Sécurité sociale incluse"};
}

// The current provident contract of `company` and its loss history, into `t`.
void currentProvident(TenderTruth& t, const ReferenceData& reference, const Scenario& scenario,
                      const Market& market, const Company& company) {
    const auto& cover = company.provident;
    if (cover.insurer < 0 || cover.level == 0) return;
    t.providentInsurer = market.competitors[static_cast<std::size_t>(cover.insurer)].name;
    t.providentLevel = cover.level;
    t.providentMonthlyPremium = cover.monthlyPremium.euros();
    const auto* product = marketProvident(reference.offers, cover.level);
    if (!product) return;
    for (const auto& g : product->guarantees) t.providentGuarantees.push_back(describe(g));
    Offer offer;
    offer.effectiveDate = scenario.startDate;
    OfferCategory category;
    category.category = "ensemble";
    category.provident = ProvidentTerms(product->id, 1.0);
    offer.categories.push_back(std::move(category));
    const auto quote =
        OfferPricer(reference.offers, reference.regulation).quote(offer, t.diagnosis.workforce);
    // The market's expected loss ratio of that cover (claims over the priced premium) applied to
    // what the company pays: the market model's provident premium is a rate of pay, not a price
    // of the product, so its claims are the premium's share the market expects to pay out.
    double claims = 0, priced = 0;
    for (const auto& p : quote.provident) {
        claims += p.annualClaims;
        priced += p.annualPremium;
    }
    const auto& p = TenderReference::installed().parameters;
    const double premium = t.providentMonthlyPremium * t.diagnosis.employees * 12;
    const double expected = priced > 0 ? premium * claims / priced : 0;
    const int year = scenario.startDate.year();
    for (int y = p.lossHistoryYears; y >= 1; --y) {
        const int past = year - y;
        KeyedRandom random(scenario.seed, Purpose("ao.sinistralite.prevoyance"), company.siren,
                           static_cast<std::uint64_t>(past));
        t.providentLosses.push_back(
            {past, premium, expected * random.logNormal(1.0, p.lossRatioSpread)});
    }
}

}  // namespace

TenderTruth TenderTruth::of(const ReferenceData& reference, const Scenario& scenario,
                            const Market& market, const Tender& tender) {
    const auto establishment =
        std::find_if(market.establishments.begin(), market.establishments.end(),
                     [&](const Establishment& e) { return e.siret == tender.siret; });
    if (establishment == market.establishments.end())
        throw InputError("appel « " + tender.id + " »",
                         "SIRET " + siret::formatSiret(tender.siret) + " absent du marché");
    const auto& company = market.companies[establishment->company];
    TenderTruth t;
    t.tender = tender;
    t.company = establishment->company;
    const int year = scenario.startDate.year();
    t.diagnosis = Diagnosis::of(market, reference, siret::formatSiret(tender.siret), year);
    if (company.broker >= 0)
        t.broker = market.prescribers[static_cast<std::size_t>(company.broker)].name;
    const OfferPricer pricer(reference.offers, reference.regulation);
    const auto requested =
        pricer.quote(marketOffer(reference.offers, tender, tender.level, scenario.startDate),
                     t.diagnosis.workforce);
    t.referencePremium = requested.annualPremium;
    for (const auto& h : requested.health) t.referenceClaims += h.annualClaims;
    for (const auto& p : requested.provident) t.referenceClaims += p.annualClaims;

    currentProvident(t, reference, scenario, market, company);
    const auto& health = company.health;
    if (health.insurer < 0 || health.level == 0) return t;
    t.currentInsurer = market.competitors[static_cast<std::size_t>(health.insurer)].name;
    t.currentLevel = health.level;
    t.currentMonthlyPremium = health.monthlyPremium.euros();
    if (const auto* product = reference.offers.marketHealth(health.level))
        for (const auto& item : reference.offers.careItems)
            if (const auto g = product->guarantees.find(item.id); g != product->guarantees.end())
                t.currentGuarantees.emplace_back(item.label,
                                                 OfferComparison::describe(item, g->second));
    Tender healthOnly = tender;
    healthOnly.health = true;
    healthOnly.provident = false;
    healthOnly.structure = "isole_famille";
    const auto current =
        pricer.quote(marketOffer(reference.offers, healthOnly, health.level, scenario.startDate),
                     t.diagnosis.workforce);
    double claims = 0;
    for (const auto& h : current.health) claims += h.annualClaims;
    const auto& p = TenderReference::installed().parameters;
    const double premium = t.currentMonthlyPremium * t.diagnosis.employees * 12;
    for (int y = p.lossHistoryYears; y >= 1; --y) {
        const int past = year - y;
        // Claims and premiums of past years deflated by medical inflation.
        const double index =
            reference.offers.inflation.index(past) / reference.offers.inflation.index(year);
        KeyedRandom random(scenario.seed, Purpose("ao.sinistralite"), company.siren,
                           static_cast<std::uint64_t>(past));
        const double benefits = claims * index * random.logNormal(1.0, p.lossRatioSpread);
        t.losses.push_back({past, premium * index, benefits});
    }
    return t;
}

}  // namespace cmcsim
