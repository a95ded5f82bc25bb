#pragma once

#include <array>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "cmcsim/reference/CsvTable.h"

// The response model of the simulated weeks (issue 11 §3): how companies answer the candidate's
// actions, read from datasets/modele_reponse.csv (docs/simulation.md, "Les semaines simulées",
// gives every parameter with its source; most are modelling assumptions, marked ⚠ in the file).
namespace cmcsim {

// The answer rates of one channel, each a probability (0..1) conditional on the step before.
struct ChannelRates {
    double reach = 0;     // joignable: the contact reaches someone (a conversation, a read letter)
    double interest = 0;  // interet: a reached company says it is interested
    double meeting = 0;   // rdv: an interested company books a meeting
    double callback = 0;  // rappel: a reached company not interested asks to be called back
};

// A reason a company gives for refusing, with its weight among the refusals.
struct RefusalReason {
    std::string code;   // satisfait_assureur …
    std::string label;  // French, as the candidate reads it
    double weight = 0;
};

// The channels of the model: the plan's action kinds (ActionKind order), then introductions by a
// prescriber (the warm contacts prescriber events bring).
inline constexpr std::array<std::string_view, 8> kResponseChannels = {
    "sequence_appels", "publipostage",           "emailing",           "rendez_vous",
    "salon",           "evenement_prescripteur", "revue_portefeuille", "introduction"};
inline constexpr std::size_t kIntroductionChannel = 7;

// Every parameter of datasets/modele_reponse.csv, validated (ranges in ResponseModel.cpp).
struct ResponseModel {
    std::array<ChannelRates, kResponseChannels.size()> channels{};
    std::vector<RefusalReason> refusals;  // weights sum to 1 (± 0.001)
    // Pipeline (probabilities, weeks).
    double meetingToProposal = 0, proposalToSignature = 0;
    int meetingDelayWeeks = 1, proposalDelayWeeks = 1, decisionDelayWeeks = 2;
    int coolingOffWeeks = 12;
    // A call sequence calls a company not reached again the next weeks, `callAttempts` calls in
    // all (tentatives_appel); contacts not made are carried at most `carryWeeks` weeks' worth of
    // the action's contacts (report_max_semaines), the rest dropped.
    int callAttempts = 1, carryWeeks = 1;
    // Interest multipliers and the hidden situation's weights.
    double warmFactor = 1, prescriberFactor = 1, propensityWeight = 0, satisfactionWeight = 0;
    int noticeMonths = 2, consultationWindowWeeks = 26;
    double renewalWindowFactor = 1, pastNoticeFactor = 1, clientFactor = 1, largeCompanyFactor = 1,
           priorityFactor = 1, competitorRiseFactor = 1;
    double defaultMonthlyPremiumEur = 50;
    // Prescribers: the client companies a prescriber who came to an event introduces during its
    // animation, on average (each client with the chance introductionsPerPrescriber / clients,
    // at most 1), so never more than its clients.
    double introductionsPerPrescriber = 0;
    int animationWeeks = 8;
    // Portfolio and market watch.
    int reviewWindowWeeks = 26;
    double lossWithoutReview = 1, lossWithReview = 0.3, resignationNotice = 0,
           winBackAfterNotice = 0, claimsDrift = 0, thresholdCrossingWeekly = 0;
    int competitorRiseMonth = 9, passMonth = 12;
    double competitorRiseRate = 0, retentionOffer = 0, retentionFactor = 1;

    const ChannelRates& channel(std::size_t index) const { return channels.at(index); }
    // The refusal reason of `code`, or null.
    const RefusalReason* refusal(std::string_view code) const;

    // Reads datasets/modele_reponse.csv; a wrong cell is an InputError with its line and column.
    static ResponseModel load(const std::filesystem::path& datasets);
    static ResponseModel from(const CsvTable& table);
};

}  // namespace cmcsim
