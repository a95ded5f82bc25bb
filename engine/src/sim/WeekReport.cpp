#include "cmcsim/sim/WeekReport.h"

#include <fmt/format.h>

#include <map>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/OneLine.h"

namespace cmcsim {

namespace {
std::string euros(double value) {
    return frenchNumber(value, 2) + " €";
}

std::string hours(double value) {
    return frenchNumber(value, 1) + " h";
}

std::string companyName(const Campaign& campaign, std::uint32_t c) {
    const auto& company = campaign.market().companies[c];
    return fmt::format("{} (SIREN {:09})", oneLine(company.name), company.siren);
}

std::string channelLabel(std::uint8_t channel) {
    return channel < 7 ? actionKindLabel(static_cast<ActionKind>(channel))
                       : "Introduction par un prescripteur";
}
}  // namespace

std::string WeekReport::reasonLabel(const Campaign& campaign, const std::string& code) {
    const auto* reason = campaign.respondent().model().refusal(code);
    return reason ? reason->label : code;
}

namespace {
// A whole count with French thousands separators, "1 234".
std::string whole(std::int64_t n) {
    return frenchNumber(static_cast<double>(n), 0);
}

// "1 joint", "3 joints" (frenchCount for the week's whole counts).
std::string count(std::int64_t n, const char* one, const char* many) {
    return frenchCount(static_cast<double>(n), one, many);
}
}  // namespace

std::vector<std::string> WeekReport::lines(const WeekResult& r, const Campaign& campaign) {
    std::vector<std::string> out;
    out.push_back(fmt::format("Semaine {} (du {} au {})", r.week, r.start.french(),
                              r.start.plusDays(6).french()));
    out.push_back(
        fmt::format("  Temps : {} utilisées sur {} ; budget : {} dépensés sur {} disponibles",
                    hours(r.hoursUsed), hours(r.capacityHours), euros(r.spentEur),
                    euros(r.budgetAvailableEur)));
    if (r.executions.empty()) out.push_back("  Aucune action du plan cette semaine");
    for (const auto& x : r.executions) {
        auto line = fmt::format("  Action « {} » ({}) : {} sur {} prévus, {}, {} sur {}, {}",
                                oneLine(x.action), channelLabel(x.channel), whole(x.contacts),
                                whole(x.plannedContacts), count(x.reached, "joint", "joints"),
                                hours(x.hours), hours(x.plannedHours), euros(x.costEur));
        if (x.carried > 0) line += ", " + count(x.carried, "reporté", "reportés");
        if (x.dropped > 0) line += ", " + count(x.dropped, "abandonné", "abandonnés");
        if (x.droppedOverCarry > 0)
            line += fmt::format(" (dont {} au-delà du report permis, {})", x.droppedOverCarry,
                                count(campaign.respondent().model().carryWeeks,
                                      "semaine de contacts", "semaines de contacts"));
        if (!x.limit.empty()) line += " — " + x.limit;
        out.push_back(line);
    }
    if (r.dailyCallsObjective > 0) {
        // 5 working days a week.
        const double perDay = static_cast<double>(r.calls) / 5;
        out.push_back(fmt::format(
            "  Objectif du jour : {} ; réalisé : {} par jour ({})",
            count(r.dailyCallsObjective, "appel", "appels"), frenchNumber(perDay, 1),
            perDay + 1e-9 >= static_cast<double>(r.dailyCallsObjective) ? "atteint"
                                                                        : "non atteint"));
    }
    std::int64_t reached = 0, interested = 0, meetings = 0, callbacks = 0, refusals = 0;
    std::map<std::string, std::int64_t> reasons;
    for (const auto& c : r.contacts) {
        reached += c.reached;
        interested += c.interested;
        meetings += c.meetingBooked;
        callbacks += c.callback;
        if (!c.refusal.empty()) {
            ++refusals;
            ++reasons[c.refusal];
        }
    }
    out.push_back(
        fmt::format("  Réponses : {}, {}, {}, {} pris, {}, {} refus",
                    count(static_cast<std::int64_t>(r.contacts.size()), "contact", "contacts"),
                    count(reached, "joint", "joints"), count(interested, "intéressé", "intéressés"),
                    count(meetings, "rendez-vous", "rendez-vous"),
                    count(callbacks, "rappel demandé", "rappels demandés"), whole(refusals)));
    for (const auto& [code, n] : reasons)
        out.push_back(fmt::format("    Refus « {} » : {}", reasonLabel(campaign, code), whole(n)));
    if (r.clientMeetings > 0)
        out.push_back(fmt::format("  Rendez-vous clients tenus : {} ({} h prises sur la capacité)",
                                  whole(r.clientMeetings), frenchNumber(r.meetingHours, 1)));
    if (r.introductions > 0)
        out.push_back(
            fmt::format("  Introductions par les prescripteurs : {}", whole(r.introductions)));
    for (const auto& c : r.contacts)
        if (c.meetingBooked)
            out.push_back(fmt::format("  Rendez-vous pris : {} ({})",
                                      companyName(campaign, c.company), channelLabel(c.channel)));
    for (const auto& s : r.steps) {
        auto line =
            fmt::format("  {} : {}", funnelStageLabel(s.stage), companyName(campaign, s.company));
        if (s.stage == FunnelStage::Signed)
            line += fmt::format(", prime annuelle {}", euros(s.annualPremiumEur));
        if (s.stage == FunnelStage::Lost) line += " — " + reasonLabel(campaign, s.reason);
        if (s.stage == FunnelStage::Negotiation && s.retentionOffer)
            line += " — son assureur lui fait une offre de rétention";
        out.push_back(line);
    }
    // An event the candidate's sources did not bring is counted, never named: naming it would
    // give the candidate what the market watch they chose did not (a tester saw hot leads there).
    int missed = 0;
    for (const auto& e : r.events) {
        if (!e.reached) {
            ++missed;
            continue;
        }
        out.push_back(
            fmt::format("  Veille : {} ({}, {})", oneLine(e.text), e.source, e.date.french()));
    }
    if (missed > 0)
        out.push_back(
            fmt::format("  Veille : {} par les sources que vous ne suivez pas",
                        frenchCount(missed, "événement non reçu", "événements non reçus")));
    // The renewals are shown once the portfolio extract is bought, as `cmcsim portfolio` does;
    // before, not even their number (PortfolioSight: nothing of the portfolio).
    if (r.portfolioKnown)
        for (const auto& n : r.renewals)
            out.push_back(
                fmt::format("  Échéance du {} : {} {}{}", n.renewal.french(),
                            companyName(campaign, n.company), n.kept ? "reste client" : "est perdu",
                            n.kept ? (n.reviewed ? " (revue faite)" : "") : " — " + n.reason));
    if (r.signatures > 0)
        out.push_back(fmt::format("  Signatures : {}, primes annuelles {}", whole(r.signatures),
                                  euros(r.premiumsSignedEur)));
    return out;
}

}  // namespace cmcsim
