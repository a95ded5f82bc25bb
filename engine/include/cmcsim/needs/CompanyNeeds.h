#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "cmcsim/core/Date.h"

namespace cmcsim {

struct Market;
struct ReferenceData;
struct Scenario;

// A person who weighs in on a company's collective-cover decision, with the objections they
// will raise (issue 12 §1).
struct DecisionMaker {
    std::string role;      // dirigeant | drh | cse | expert_comptable | courtier
    double influence = 0;  // share of the decision, 0..1; a company's influences sum to 1
    std::vector<std::string> objections;  // objection codes of datasets/objections_rdv.csv
};

// What a company's employees value in their cover, each 0..1 (1 = decisive).
struct CoverPriorities {
    double optics = 0, dental = 0, hospital = 0, alternativeMedicine = 0, services = 0,
           dependants = 0;
};

// A company's hidden situation for collective cover: what a good discovery finds out. Part of the
// hidden truth (evaluators see it, candidates only through meetings); generated on demand from
// the market and the attempt's seed by CompanyNeeds::of (keyed: the same company of the same
// market always has the same needs). Its distribution and sources: docs/simulation.md, "Les
// besoins des entreprises".
struct CompanyNeeds {
    std::uint32_t company = 0;                  // index in Market::companies
    std::vector<DecisionMaker> decisionMakers;  // the signer first
    double budgetEurPerEmployeeMonth = 0;  // the most the employer will pay for health, € per
                                           // covered employee per month (employer share)
    double priceSensitivity = 0;           // 0 (buys on cover) .. 1 (buys on price)
    CoverPriorities priorities;
    int wantedLevel = 0;                        // 1 panier ANI … 4 haut de gamme: what fits
    std::vector<std::string> dissatisfactions;  // codes, against the current insurer
    bool covered = false;  // has a health contract (renewal and dissatisfactions are about it)
    bool providentWanted = false;  // open to provident cover (prévoyance) beside health
    bool pendingDue = false;       // a décision unilatérale de l'employeur is being drafted
    int noticeMonths = 2;          // notice before the renewal (J.3: 2 months, 31 October)
    Date renewal;       // the échéance the decision is for: the current contract's (Coverage::
                        // renewal, health else provident), a year later when its notice has passed
                        // and the company waits for the next one; none (Date{}) without a contract
    Date decisionDate;  // when the company decides
    std::string branchRegime;  // what the branch agreement imposes, in French ("" none)

    // The needs of `company` (index in market.companies); throws std::out_of_range for an index
    // outside the market.
    static CompanyNeeds of(const Market& market, const ReferenceData& reference,
                           const Scenario& scenario, std::uint64_t seed, std::uint32_t company);
    // The last day to send a termination letter for an échéance on `renewal`, `noticeMonths`
    // before it (domain-facts J.3: 31 October for 1 January with 2 months).
    static Date noticeDeadline(Date renewal, int noticeMonths);
    // The decision maker of `role`, or null.
    const DecisionMaker* decisionMaker(const std::string& role) const;
};

}  // namespace cmcsim
