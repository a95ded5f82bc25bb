#pragma once

// A meeting scripted step by step on the minimal market and assessed by the registered assessors
// of the meetings (tests of docs/assessment.md « Les rendez-vous »): bank entries picked by what
// they are (phase, move, code, field revealed), not by id.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "../support/FittingOffer.h"
#include "MeetingTestKit.h"
#include "cmcsim/assess/Assessment.h"
#include "cmcsim/meeting/MeetingOfferFit.h"
#include "cmcsim/reference/MeetingBank.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim::test {

namespace cmd = cmcsim::command;

// The first bank entry of `move` (with `code`, in `phase`, when given), by id.
inline std::string entryOf(MeetingMove move, const std::string& code = "",
                           std::optional<MeetingPhase> phase = std::nullopt) {
    for (const auto& e : reference().meetings.entries)
        if (e.move == move && (code.empty() || e.code == code) && (!phase || e.phase == *phase))
            return e.id;
    ADD_FAILURE() << "no bank entry of move " << meetingMoveCode(move) << " " << code;
    return "";
}
// The question revealing `field` always relevant (relevance "toujours" first).
inline std::string question(const std::string& field) {
    for (const auto& e : reference().meetings.entries)
        if (e.move == MeetingMove::Question && e.reveals == field && e.relevance == "toujours")
            return e.id;
    return "";
}
// An entry never relevant ("jamais"): the off-topic question.
inline std::string offTopic() {
    for (const auto& e : reference().meetings.entries)
        if (e.relevance == "jamais") return e.id;
    ADD_FAILURE() << "no off-topic entry in the banks";
    return "";
}
// The bank entries touching `indicator` (column critere) of `phase`.
inline std::string touching(const std::string& indicator, MeetingPhase phase) {
    for (const auto& e : reference().meetings.entries)
        if (e.criterion == indicator && e.phase == phase) return e.id;
    ADD_FAILURE() << "no bank entry touching " << indicator;
    return "";
}

// A meeting with the first test company, scripted step by step, assessed by the registered
// assessors with the thresholds of datasets/seuils_evaluation.csv; a meeting with the company of
// line(`n`) when given, and `meet` opens one with another company (the steps then go to it).
struct MeetingAttempt : MeetingJournal {
    explicit MeetingAttempt(int n = 0) { meet(n); }

    // Opens a meeting with the company of line(`n`), after saving its two offer versions: 1 at
    // the wanted level with the largest employer share within the budget, 2 the top of the
    // range (above any wanted level below 4).
    void meet(int n) {
        company = companyOf(line(n));
        siret = siretOf(line(n));
        needs = CompanyNeeds::of(minimalMarket(), reference(), minimalScenario(),
                                 minimalScenario().seed, company);
        const auto fitting = fittingOffer(minimalMarket(), reference(), needs, siret);
        EXPECT_TRUE(fitting) << "no offer fits the needs of " << siret;
        offer = fitting.value_or(healthOffer("sante_socle", 50));
        ok(cmd::kSaveOffer, {{"siret", siret}, {"offre", offer}});
        ok(cmd::kSaveOffer, {{"siret", siret}, {"offre", healthOffer("sante_excellence", 100)}});
        ok(cmd::kMeetingOpen, {{"siret", siret}});
        rdv = static_cast<int>(state().meetings().meetings().size());
    }

    void discover() {
        for (const char* field : {"decideurs", "etat_personnel", "garanties_actuelles", "budget",
                                  "niveau_souhaite", "priorites"})
            choose(rdv, {question(field)});
    }
    void reformulate() {
        choose(rdv, {entryOf(MeetingMove::Question, "", MeetingPhase::Reformulation)});
    }
    void writeNeeds() { ok(cmd::kMeetingNeeds, {{"rdv", rdv}, {"besoins", kNeedsWritten}}); }
    void present(int version = 1) { ok(cmd::kMeetingOffer, {{"rdv", rdv}, {"version", version}}); }
    // A good answer to each objection the decision makers raise, in the order they voice them
    // (one at a time, by influence); returns the number of answers given.
    int answerObjections() {
        const auto c = context(rdv, needs, minimalScenario().seed);
        EXPECT_FALSE(c->objections.empty()) << "the test company raises no objection";
        std::set<std::string> chosen;
        int given = 0;
        for (const auto& [code, role] : c->objections)
            for (const auto& e : reference().meetings.entries) {
                if (e.move != MeetingMove::GoodAnswer || chosen.contains(e.id)) continue;
                const auto codes = c->answered(e.code);
                if (std::find(codes.begin(), codes.end(), code) == codes.end()) continue;
                choose(rdv, {e.id});
                ++given;
                chosen.insert(e.id);
                break;
            }
        return given;
    }
    void inform(bool ipid = true) {
        for (const auto& code : MeetingBank::obligations())
            if (ipid || code != "ipid") choose(rdv, {entryOf(MeetingMove::Obligation, code)});
    }
    void sign() { choose(rdv, {entryOf(MeetingMove::Signature)}); }
    void close() { ok(cmd::kMeetingClose, {{"rdv", rdv}}); }
    // The whole meeting by the book, `needsWritten` or not.
    void byTheBook(bool needsWritten = true) {
        discover();
        reformulate();
        if (needsWritten) writeNeeds();
        present();
        answerObjections();
        inform();
        sign();
        close();
    }

    IndicatorResult assess(const std::string& assessor, const std::string& indicator) const {
        const AssessmentContext context{minimalScenario(), minimalMarket(), reference(), journal(),
                                        state()};
        std::map<std::string, double> values;
        const auto t = reference().framework.thresholdsOf(assessor);
        for (const auto& name : AssessorRegistry::all().at(assessor).thresholds)
            values[name] = t.at(name);
        return AssessorRegistry::all().at(assessor).assess(context, AssessorThresholds(values),
                                                           indicator.substr(0, 4), indicator);
    }

    std::uint32_t company = 0;
    std::string siret;
    CompanyNeeds needs;
    nlohmann::json offer;
    int rdv = 1;  // the meeting the steps go to
};

inline void expectVerdict(const IndicatorResult& r, Verdict verdict, int score) {
    EXPECT_EQ(r.verdict, verdict) << r.indicator << " : " << r.explanation;
    EXPECT_EQ(r.score, score) << r.indicator << " : " << r.explanation;
}

}  // namespace cmcsim::test
