#include "cmcsim/meeting/MeetingOfferFit.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "cmcsim/needs/CompanyNeeds.h"
#include "cmcsim/offer/ComplianceReport.h"
#include "cmcsim/offer/Diagnosis.h"
#include "cmcsim/offer/Offer.h"
#include "cmcsim/offer/OfferQuote.h"
#include "cmcsim/reference/MeetingBank.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

MeetingOfferFit MeetingOfferFit::of(const Market& market, const ReferenceData& reference,
                                    const MeetingBank& bank, const CompanyNeeds& needs,
                                    const std::string& siret, int version,
                                    const nlohmann::json& json, Date meetingDate) {
    const auto offer =
        Offer::fromJson(json.dump(), "offre version " + std::to_string(version), reference.offers);
    MeetingOfferFit fit;
    fit.version = version;
    fit.wantedLevel = needs.wantedLevel;
    fit.budget = needs.budgetEurPerEmployeeMonth;
    fit.effective = offer.effectiveDate == Date() ? meetingDate : offer.effectiveDate;
    for (const auto& category : offer.categories) {
        if (category.provident) fit.provident = true;
        if (!category.health) continue;
        if (fit.healthProduct.empty()) fit.healthProduct = category.health->product;
        if (const auto* product = reference.offers.healthProduct(category.health->product))
            fit.level = std::max(fit.level, product->level);
    }
    // Priced at the parameters of the meeting's year, as `cmcsim quote` prices at the scenario's
    // (an effective date the next year has no parameters yet).
    const int year = meetingDate == Date() ? fit.effective.year() : meetingDate.year();
    const auto diagnosis = Diagnosis::of(market, reference, siret, year);
    const OfferPricer pricer(reference.offers, reference.regulation);
    const auto quote = pricer.quote(offer, diagnosis.workforce);
    double employer = 0, employees = 0;
    for (const auto& h : quote.health) {
        employer += h.annualEmployer - h.annualServices;
        employees += h.employees;
    }
    fit.employerMonthly = employees > 0 ? employer / employees / 12 : 0;
    for (const auto& rule :
         ComplianceReport::check(offer, quote, reference.offers, reference.regulation,
                                 diagnosis.workforce, diagnosis.idcc)
             .rules)
        if (rule.verdict == ComplianceRule::Verdict::NotMet)
            fit.breaches.push_back(
                fmt::format("{} ({}) — {}", rule.label, rule.figures, rule.reference));
    fit.annualPremium = quote.annualPremium;
    fit.listAnnualPremium = fit.annualPremium;
    fit.listEmployerMonthly = fit.employerMonthly;
    fit.underLevel = fit.level > 0 &&
                     fit.level + bank.parameter("ecart_niveau_accepte") < fit.wantedLevel - 1e-9;
    fit.overBudget =
        fit.employerMonthly > fit.budget * (1 + bank.parameter("tolerance_budget")) + 1e-9;
    return fit;
}

void MeetingOfferFit::discount(double pct, double tolerance) {
    discountPct = pct;
    const double kept = 1 - pct / 100;
    annualPremium = std::round(listAnnualPremium * kept * 100) / 100;
    employerMonthly = listEmployerMonthly * kept;
    overBudget = employerMonthly > budget * (1 + tolerance) + 1e-9;
}

}  // namespace cmcsim
