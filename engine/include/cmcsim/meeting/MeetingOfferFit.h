#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cmcsim/core/Date.h"

namespace cmcsim {

struct CompanyNeeds;
struct Market;
struct MeetingBank;
struct ReferenceData;

// How an offer version presented in a meeting fits the company's hidden needs: its level against
// CompanyNeeds::wantedLevel and the employer's health cost per employee against the real budget,
// priced on the company's real census (the truth: the company reacts to what it would pay), and
// its compliance (ComplianceReport on that census: contrat responsable, ANI basket, the legal
// 50 %, cadres' provident, the branch's rules): a non-compliant offer is never adapted.
struct MeetingOfferFit {
    int version = 0;
    int level = 0;               // the highest level of the offer's health products (1..4), 0 none
    int wantedLevel = 0;         // CompanyNeeds::wantedLevel
    double employerMonthly = 0;  // € per employee per month, the employer's health share
    double budget = 0;           // CompanyNeeds::budgetEurPerEmployeeMonth
    // € a year, health and provident, taxes included: priced here on the real census, replaced
    // by the written proposal's premium when the meeting presents it (MeetingContext::
    // presentedPremium, issue 12 §2).
    double annualPremium = 0;
    Date effective;             // the offer's effective date
    std::string healthProduct;  // the first category's health product id
    bool provident = false;     // the offer holds a provident cover (multi-product)
    // A counter-proposal's discount (MeetingNegotiation), % of the premium, and the figures
    // before it; annualPremium and employerMonthly are after it (what the company signs).
    double discountPct = 0;
    double listAnnualPremium = 0, listEmployerMonthly = 0;
    bool overLevel() const { return level > wantedLevel; }
    bool underLevel = false;  // more than `ecart_niveau_accepte` below the wanted level
    bool overBudget = false;  // beyond the budget plus `tolerance_budget`
    // The compliance rules the offer breaks, each "label (figures) — reference" in French
    // (ComplianceReport, verdict "non conforme"); empty when compliant.
    std::vector<std::string> breaches;
    bool compliant() const { return breaches.empty(); }
    // Adapted: at the wanted level (or within `ecart_niveau_accepte` below: 0), within the budget,
    // and compliant whatever its level.
    bool fits() const { return !overLevel() && !underLevel && !overBudget && compliant(); }
    // The offer at `pct` % off its list premium (replacing an earlier discount), the budget
    // check redone with `tolerance` (parametres_rdv.csv `tolerance_budget`).
    void discount(double pct, double tolerance);

    // Prices `offer` (the saved offer JSON) for the company of `siret` at the parameters of the
    // year of `meetingDate` (of the offer's effective date when Date()). InputError for an offer
    // that cannot be read or priced.
    static MeetingOfferFit of(const Market& market, const ReferenceData& reference,
                              const MeetingBank& bank, const CompanyNeeds& needs,
                              const std::string& siret, int version, const nlohmann::json& offer,
                              Date meetingDate);
};

}  // namespace cmcsim
