#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace cmcsim {

struct Tender;
struct TenderResponse;
struct TenderTruth;

// What the specifications disclose of the company that the offer must fit (TenderTruth): the
// staff by category of the census (the object of every call for tender is « l'ensemble du
// personnel »), and whether a provident contract is in force (the cadres' obligation).
struct TenderCompanyFacts {
    int cadres = 0, nonCadres = 0;  // employees
    bool providentInForce = true;
};

// The rules a submission must keep (docs/simulation.md "Les appels d'offres"): in time, the
// specifications read, every question answered, every document provided, and an offer matching
// the requested products, rate structure and expression. The journal's fold (TenderFile) checks
// them at every replay; the rules of law and of the branch, which need the company's census,
// are checked when the submission is written (TenderDesk::submissionRefusals, AttemptSession).
struct TenderCompliance {
    // Why depositing `response` in `week` is refused, one French reason each; empty when it is
    // accepted. `offer` is the offer JSON of the draft's version (null when there is none).
    static std::vector<std::string> submissionRefusals(const Tender& tender,
                                                       const TenderResponse& response, int week,
                                                       const nlohmann::json* offer);
    // Where the offer JSON (docs/offer-format.md) departs from the requested products, rate
    // structure and population, one French reason each. Each requested product must cover the
    // whole staff (a category « ensemble », or « cadres » and « non_cadres »); a category left out
    // is a gap unless `facts` (null when not known) shows it empty, and the gap gives the
    // figures. The cadres' provident (ANI du 17 novembre 2017, domain-facts D.1) is the
    // employer's obligation, the same rule as ComplianceReport's: a health-only tender's offer is
    // judged on health when a provident contract is in force; provident it does not ask for is a
    // gap, except the cadres' alone, which the offer must carry when `facts` shows cadres and no
    // provident contract.
    static std::vector<std::string> offerGaps(const Tender& tender, const nlohmann::json& offer,
                                              const TenderCompanyFacts* facts = nullptr);
    // What the tender discloses of its company: the real census' staff by category (rounded) and
    // whether it has a provident contract.
    static TenderCompanyFacts factsOf(const TenderTruth& truth);
    // "dépôt refusé :" followed by each reason on its own indented line: the text of the
    // InputError a refused submission throws.
    static std::string refusalText(const std::vector<std::string>& reasons);
    // The words of a text (runs of letters or digits).
    static int wordCount(const std::string& text);
};

}  // namespace cmcsim
