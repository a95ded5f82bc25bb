#pragma once

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
    // (datasets/besoins_entreprises.csv).
    MeetingFacts(const Market& market, const MeetingBank& bank, const CompanyNeeds& needs,
                 const ReferenceData* reference = nullptr);

    // `text` with each {placeholder} replaced by the company's value.
    std::string fill(const std::string& text) const;
    // What the candidate now knows of a revealed field (MeetingBank::revealCodes), in French;
    // "" for "aucun".
    std::string statement(const std::string& reveal) const;
    // The French label of an objection code, a dissatisfaction code or a decision maker's role.
    static std::string codeLabel(const std::string& code);
    static std::string roleLabel(const std::string& role);

private:
    std::vector<std::pair<std::string, std::string>> values_;
};

}  // namespace cmcsim
