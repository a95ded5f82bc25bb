#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "OfferAttempt.h"
#include "TestAttempts.h"
#include "cmcsim/attempt/AttemptTimeline.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/meeting/MeetingContext.h"
#include "cmcsim/meeting/MeetingDebrief.h"
#include "cmcsim/meeting/MeetingDialogue.h"
#include "cmcsim/needs/CompanyNeeds.h"

namespace cmcsim::test {

// A journal over the minimal scenario folded by an AttemptTimeline as the CLI and the studio fold
// it, with a company to meet and needs written by hand (CompanyNeeds values, not the generator):
// the meeting tests' expectations follow from these needs and datasets/*_rdv.csv.
class MeetingJournal {
public:
    MeetingJournal() {
        // Today's format (its creation seals table digests): acquisitions cannot be undone.
        journal_.push_back(Journal::next(nullptr, minimalScenario().startDate, command::kCreated,
                                         R"({"scenario":"minimal","empreintes":{}})"));
        timeline_ = std::make_unique<AttemptTimeline>(minimalScenario(), minimalMarket(), journal_,
                                                      cmcsim::test::reference().planRules);
    }

    // The n-th (from 0) prospect line listing an open establishment under its own SIRET, of a
    // company insured for health with at least 5 employees.
    static std::uint32_t line(int n = 0) {
        const auto& m = minimalMarket();
        for (std::uint32_t i = 0; i < m.prospects.size(); ++i) {
            const auto& p = m.prospects[i];
            const auto& e = m.establishments[p.establishment];
            const auto& c = m.companies[e.company];
            if (p.siret == e.siret && !e.closed && c.health.insurer >= 0 && c.headcount >= 5 &&
                n-- == 0)
                return i;
        }
        ADD_FAILURE() << "no such line in the minimal market";
        return 0;
    }
    static std::string siretOf(std::uint32_t line) {
        return siret::formatSiret(minimalMarket().prospects[line].siret);
    }
    static std::uint32_t companyOf(std::uint32_t line) {
        const auto& m = minimalMarket();
        return m.establishments[m.prospects[line].establishment].company;
    }
    // Needs by hand: the director (60 %) objects to the price ("trop_cher", topic prix), the HR
    // director (40 %) to the change ("changement_complique", datasets/objections_rdv.csv); a wanted
    // level 2 (intermediate) and a budget given by the test.
    static CompanyNeeds needs(std::uint32_t company, double budget) {
        CompanyNeeds n;
        n.company = company;
        n.decisionMakers = {{"dirigeant", 0.6, {"trop_cher"}},
                            {"drh", 0.4, {"changement_complique"}}};
        n.budgetEurPerEmployeeMonth = budget;
        n.priceSensitivity = 0.4;
        n.priorities.optics = 0.8;
        n.priorities.dental = 0.6;
        n.wantedLevel = 2;
        n.dissatisfactions = {"delais_remboursement"};
        n.renewal = Date::fromCivil(2027, 1, 1);
        n.decisionDate = Date::fromCivil(2026, 10, 15);
        return n;
    }

    // Appends a command; returns the refusal's problems (empty when accepted).
    std::vector<Problem> run(const std::string& kind, const nlohmann::json& payload) {
        auto entry =
            Journal::next(&journal_.back(), minimalScenario().startDate, kind, payload.dump());
        auto problems = inputProblems([&] { timeline_->append(entry); });
        if (problems.empty()) journal_.push_back(std::move(entry));
        return problems;
    }
    void ok(const std::string& kind, const nlohmann::json& payload) {
        const auto problems = run(kind, payload);
        ASSERT_TRUE(problems.empty())
            << kind << " " << payload.dump() << " : " << problems.front().what;
    }
    void choose(int rdv, const std::vector<std::string>& ids) {
        for (const auto& id : ids) ok(command::kMeetingChoice, {{"rdv", rdv}, {"choix", id}});
    }
    const AttemptState& state() const { return timeline_->current(); }
    const std::vector<JournalEntry>& journal() const { return journal_; }
    const MeetingRecord& record(int id) const { return *state().meetings().meeting(id); }

    // The dialogue of meeting `id` with `needs`, the SIRET's saved offers presented.
    MeetingTranscript transcript(int id, const CompanyNeeds& needs, std::uint64_t seed = 7) const {
        return MeetingDialogue::run(*context(id, needs, seed), record(id));
    }
    std::unique_ptr<MeetingContext> context(int id, const CompanyNeeds& needs,
                                            std::uint64_t seed = 7) const {
        std::vector<nlohmann::json> offers;
        for (const auto& o : state().offers())
            if (o.siret == record(id).siret) offers.push_back(o.offer);
        return std::make_unique<MeetingContext>(minimalMarket(), reference(), needs, seed,
                                                std::move(offers));
    }

private:
    std::vector<JournalEntry> journal_;
    std::unique_ptr<AttemptTimeline> timeline_;
};

// Written needs and requirements that mention every needs topic a discovery may reveal
// (datasets/besoins_rdv.csv) in sentences (MeetingNeedsCheck), with no amount: the company signs
// them whatever it revealed.
inline constexpr const char* kNeedsWritten =
    "Vous souhaitez un niveau de garanties adapté à ce que la découverte a montré. Vos salariés "
    "ont des attentes précises que nous avons notées avec vous. Vos insatisfactions envers le "
    "contrat actuel sont prises en compte dans notre conseil. La prévoyance sera examinée avec "
    "vous lors de notre étude. Le prix et le budget restent ceux que vous nous avez indiqués "
    "pendant la découverte.";

// The steps of a meeting run by the book (docs/simulation.md "Les rendez-vous"), the signature
// last; the needs written after the reformulation, the offer version 1 presented after them.
inline void meetByTheBook(MeetingJournal& j, int rdv, bool needs = true, bool ipid = true) {
    j.choose(rdv, {"prep_fiche", "ouv_presentation", "ouv_interlocuteurs", "dec_effectif",
                   "dec_garanties", "dec_budget", "dec_niveau", "dec_priorites", "ref_synthese"});
    if (needs)
        j.ok(command::kMeetingNeeds,
             {{"rdv", rdv},
              {"besoins",
               "Vous souhaitez un niveau intermédiaire pour vos salariés. Ils tiennent d'abord à "
               "l'optique et au dentaire. Le tout doit tenir dans votre budget mensuel."}});
    j.ok(command::kMeetingOffer, {{"rdv", rdv}, {"version", 1}});
    j.choose(rdv, {"pres_besoins", "obj_prix_2", "obj_changement_2", "info_identite"});
    if (ipid) j.choose(rdv, {"info_ipid"});
    j.choose(rdv, {"info_reclamations", "info_conseil", "clo_signature"});
}

}  // namespace cmcsim::test
