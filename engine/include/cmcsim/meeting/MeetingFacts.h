#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace cmcsim {

struct CompanyNeeds;
struct Market;
struct MeetingBank;
struct ReferenceData;

// A company's hidden facts as it words them in a meeting: the values of the bank answers'
// placeholders ({budget}, {decideurs} …) and the short French statement of each needs field a
// question reveals, from its CompanyNeeds and its market record.
class MeetingFacts {
public:
    // `reference`, when given, words the dissatisfactions with their French labels
    // (datasets/besoins_entreprises.csv). With `reference` and the SIRET of the establishment
    // the meeting is with, {effectif} is the headcount an offer for it is quoted on (the census
    // of Diagnosis::of for that SIRET, the scope of MeetingOfferFit), not the whole company's.
    // All must outlive the facts.
    MeetingFacts(const Market& market, const MeetingBank& bank, const CompanyNeeds& needs,
                 const ReferenceData* reference = nullptr, const std::string& siret = {});

    // `text` with each {placeholder} replaced by the company's value, "de"/"que" elided before
    // a vowel ("d'Argonne", FrenchElision).
    std::string fill(const std::string& text) const;
    // The words for a decision maker's influence (0..1): décisive, forte or consultative.
    static std::string influenceWords(double influence);
    // What the candidate now knows of a revealed field (MeetingBank::revealCodes), in French;
    // "" for "aucun".
    // Neutral: a fact noted, never the company's voice (found by a fresh tester: "Appris :
    // Branche : Notre branche impose …").
    std::string statement(const std::string& reveal) const;
    // The sentence the needs statement the company signs restates a revealed field with
    // (MeetingNeedsCheck::draft), addressed to the company ("Vous nous avez indiqué un budget
    // de …"), without the notes' labels; "" for a field that is no need (who decides, the
    // census sent) and for "aucun".
    std::string restatement(const std::string& reveal) const;
    // The French label of an objection code, a dissatisfaction code or a decision maker's role.
    static std::string codeLabel(const std::string& code);
    static std::string roleLabel(const std::string& role);
    // The headcount {effectif} states: the census an offer for the establishment is quoted on
    // (with the reference and the SIRET), the company's otherwise.
    double employees() const;

private:
    // The headcount {effectif} states, computed at its first use (pricing the census is costly).
    const std::string& headcount() const;

    std::vector<std::pair<std::string, std::string>> values_;
    const Market* market_ = nullptr;
    const ReferenceData* reference_ = nullptr;
    std::string siret_;
    std::uint32_t companyHeadcount_ = 0;
    bool insured_ = false;           // has a collective health contract
    bool renewalKnown_ = false;      // its contract has a renewal date
    bool providentInForce_ = false;  // has a provident contract (Company::provident)
    bool providentWanted_ = false;   // CompanyNeeds::providentWanted
    std::string soleDecider_;        // the only decision maker's role label, "" when several
    mutable std::string headcount_;
};

}  // namespace cmcsim
