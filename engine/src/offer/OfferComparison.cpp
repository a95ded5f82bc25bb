#include "cmcsim/offer/OfferComparison.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/offer/HealthPricing.h"
#include "cmcsim/reference/OfferCatalogue.h"

namespace cmcsim {
namespace {

// The unit an item's label names last (« Chambre particulière (par jour) » → « par jour »), for
// an amount per unit of care; « par acte » when the label names none.
std::string unitOf(const CareItem& item) {
    const auto at = item.label.rfind("(par ");
    const auto end = at == std::string::npos ? at : item.label.find(')', at);
    return end == std::string::npos ? "par acte" : item.label.substr(at + 1, end - at - 1);
}

}  // namespace

std::string OfferComparison::describe(const CareItem& item, const Guarantee& g) {
    std::string text;
    switch (g.kind) {
        case Guarantee::Kind::PercentOfBase:
            text = frenchNumber(g.value, 0) + " % BR";
            break;
        case Guarantee::Kind::CoPayment:
            text = "100 % BR (ticket modérateur)";
            break;
        case Guarantee::Kind::PerAct:
            text = frenchNumber(g.value, 0) + " € " + unitOf(item);
            break;
        case Guarantee::Kind::PerYear:
            text = frenchNumber(g.value, 0) + " € par an";
            break;
        case Guarantee::Kind::ActualCost:
            text = "frais réels";
            break;
        case Guarantee::Kind::None:
            text = item.baseEur > 0 ? "part Sécurité sociale seule" : "non couvert";
            break;
    }
    if (g.annualCapEur > 0 && g.kind != Guarantee::Kind::PerYear)
        text += ", plafond " + frenchNumber(g.annualCapEur, 0) + " € par an";
    return text;
}

OfferComparison OfferComparison::compare(const Diagnosis& d, const Offer& offer,
                                         const OfferQuote& quote, const OfferCatalogue& catalogue,
                                         const PricingAssumptions& assumptions) {
    OfferComparison c;
    const HealthProduct* current =
        d.currentHealthLevel > 0 ? catalogue.marketHealth(d.currentHealthLevel) : nullptr;
    // Each health category's guarantee; "Cadres : … ; non-cadres : …" when they differ.
    std::vector<std::pair<std::string, const OfferCategory*>> categories;
    for (const auto& category : offer.categories)
        if (category.health && catalogue.healthProduct(category.health->product))
            categories.emplace_back(Offer::categoryLabel(category.category), &category);
    for (const auto& item : catalogue.careItems) {
        // An unknown contract is not "no cover": the candidate has not learnt it yet.
        Line line{item.label, d.coverKnown ? "aucune couverture" : "non connu", "—"};
        if (current)
            line.current = describe(item, HealthPricing::effectiveGuarantee(item.id, *current, {}));
        std::vector<std::pair<std::string, std::string>> texts;
        for (const auto& [who, category] : categories) {
            std::vector<const HealthProduct*> extras;
            for (const auto& id : category->health->options)
                if (const auto* o = catalogue.healthProduct(id)) extras.push_back(o);
            const auto* product = catalogue.healthProduct(category->health->product);
            texts.emplace_back(
                who, describe(item, HealthPricing::effectiveGuarantee(item.id, *product, extras)));
        }
        const bool same = std::all_of(texts.begin(), texts.end(), [&](const auto& t) {
            return t.second == texts.front().second;
        });
        if (!texts.empty()) line.proposed = texts.front().second;
        if (!same) {
            line.proposed.clear();
            for (const auto& [who, text] : texts)
                line.proposed += (line.proposed.empty() ? "" : " ; ") + who + " : " + text;
        }
        c.guarantees.push_back(std::move(line));
    }
    double employees = 0, premium = 0, proposedClaims = 0, currentClaims = 0;
    for (const auto& h : quote.health) {
        employees += h.employees;
        premium += h.annualPremium;
        proposedClaims += h.annualClaims;
        // The current contract on the same covered people, year and régime.
        if (current && h.employees > 0) {
            const HealthPricing pricing(catalogue, h.alsaceMoselle, h.year);
            currentClaims +=
                pricing.groupByItem(pricing.perPersonByItem(*current, {}), h.covered).sum();
        }
    }
    c.proposedAnnual = premium;
    c.proposedMonthlyPerEmployee = employees > 0 ? premium / employees / 12.0 : 0;
    c.currentMonthlyPerEmployee = d.currentMonthlyPremium;
    c.currentAnnual = d.currentMonthlyPremium * 12.0 * d.employees;
    // Expected benefits per employee (HealthQuote::expectedBenefitsPerEmployee): the employees'
    // and their covered dependants' claims over the employees, for each guarantee table.
    if (employees > 0) {
        c.proposedExpectedBenefitsPerPerson = proposedClaims / employees;
        if (current) c.currentExpectedBenefitsPerPerson = currentClaims / employees;
    }
    c.medicalInflation = assumptions.medicalInflation;
    for (std::size_t year = 0; year < 3; ++year) {
        const double growth =
            std::pow(1.0 + assumptions.medicalInflation, static_cast<double>(year));
        c.currentProjection[year] = c.currentAnnual * growth;
        c.proposedProjection[year] = c.proposedAnnual * growth;
    }
    return c;
}

}  // namespace cmcsim
