#include "cmcsim/meeting/MeetingContext.h"

#include <algorithm>

#include "cmcsim/market/Market.h"
#include "cmcsim/meeting/MeetingTranscript.h"
#include "cmcsim/needs/CompanyNeeds.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

MeetingContext::MeetingContext(const Market& m, const ReferenceData& r, const CompanyNeeds& n,
                               std::uint64_t s, std::vector<nlohmann::json> versions,
                               const std::string& siret)
    : market(m),
      reference(r),
      bank(r.meetings),
      needs(n),
      seed(s),
      offers(std::move(versions)),
      facts(m, r.meetings, n, &r, siret),
      negotiation(MeetingNegotiation::defaults(r.meetings)),
      startTrust(r.meetings.parameter("confiance_initiale")) {
    const auto& company = m.companies.at(n.company);
    client = company.health.insurer == 0 || company.provident.insurer == 0;
    std::vector<const DecisionMaker*> makers;
    for (const auto& d : n.decisionMakers) makers.push_back(&d);
    std::stable_sort(makers.begin(), makers.end(),
                     [](const auto* a, const auto* b) { return a->influence > b->influence; });
    const auto most = static_cast<std::size_t>(bank.parameter("objections_max"));
    for (const auto* d : makers)
        for (const auto& code : d->objections)
            if (objections.size() < most &&
                std::none_of(objections.begin(), objections.end(),
                             [&](const auto& o) { return o.first == code; }))
                objections.emplace_back(code, d->role);
}

std::vector<std::pair<std::string, std::string>> MeetingContext::nextObjections(
    const MeetingTranscript& sofar) const {
    std::vector<std::pair<std::string, std::string>> next;
    const auto most = static_cast<std::size_t>(parameter("objections_par_tour"));
    for (const auto& objection : objections) {
        if (next.size() == most) break;
        const auto& raised = sofar.raisedObjections;
        const auto voiced = [&](const auto& o) { return o.first == objection.first; };
        if (std::find(raised.begin(), raised.end(), objection.first) == raised.end() &&
            std::none_of(next.begin(), next.end(), voiced))
            next.push_back(objection);
    }
    return next;
}

double MeetingContext::parameter(const std::string& name) const {
    return bank.parameter(name);
}

bool MeetingContext::raises(const std::string& code) const {
    return !answered(code).empty();
}

std::vector<std::string> MeetingContext::answered(const std::string& code) const {
    std::vector<std::string> out;
    for (const auto& [raised, role] : objections) {
        const auto* o = reference.objections.find(raised);
        if (raised == code || (o && o->topic == code)) out.push_back(raised);
    }
    return out;
}

std::vector<std::string> MeetingContext::answered(const std::string& code,
                                                  const MeetingTranscript& sofar) const {
    auto out = answered(code);
    std::erase_if(out, [&](const std::string& o) {
        return std::find(sofar.raisedObjections.begin(), sofar.raisedObjections.end(), o) ==
               sofar.raisedObjections.end();
    });
    return out;
}

std::string MeetingContext::wording(const std::string& code) const {
    const auto* o = reference.objections.find(code);
    if (!o) return reference.objections.label(code);
    // In the words of the decision maker who raises it here (never naming itself).
    const auto who = std::find_if(objections.begin(), objections.end(),
                                  [&](const auto& raised) { return raised.first == code; });
    return who == objections.end() ? o->wording : o->wordingBy(who->second);
}

bool MeetingContext::holds(const std::string& condition, const MeetingTranscript& sofar) const {
    const double threshold = parameter("seuil_attente");
    const auto role = [&](std::initializer_list<const char*> roles) {
        return std::any_of(needs.decisionMakers.begin(), needs.decisionMakers.end(),
                           [&](const DecisionMaker& d) {
                               return std::any_of(roles.begin(), roles.end(),
                                                  [&](const char* r) { return d.role == r; });
                           });
    };
    const auto& company = market.companies.at(needs.company);
    if (condition == "assure") return company.health.insurer >= 0;
    if (condition == "insatisfactions") return !needs.dissatisfactions.empty();
    if (condition == "prevoyance") return needs.providentWanted;
    if (condition == "due") return needs.pendingDue;
    if (condition == "branche") return !needs.branchRegime.empty();
    if (condition == "cse") return role({"cse"});
    if (condition == "prescripteur") return role({"courtier", "expert_comptable"});
    if (condition == "ayants_droit") return needs.priorities.dependants >= threshold;
    if (condition == "services") return needs.priorities.services >= threshold;
    if (condition == "sensible_prix") return needs.priceSensitivity >= threshold;
    if (condition == "offre") return sofar.offer.has_value();
    if (condition == "besoins_ecrits") return sofar.needsStep > 0;
    if (condition == "garanties_connues")
        return sofar.offer.has_value() && sofar.known.contains("garanties_actuelles");
    return false;
}

}  // namespace cmcsim
