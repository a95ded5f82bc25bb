// A client meeting's step (docs/performance.md, "Meetings"; issue 12: a step answers in ≤ 50 ms):
// the journal command applied to the attempt's timeline, then the meeting's view rebuilt as the
// CLI and a studio view rebuild it (MeetingView: the company's needs, the dialogue recomputed from
// the journal), on the Rouen market:
//   Meeting/rouen/choice_step  a discovery question in a meeting of 12 steps or more;
//   Meeting/rouen/offer_step   an offer version presented (priced on the real census);
//   Meeting/rouen/counter_step a counter-proposal on it (the discount re-priced, the reaction).
#include <benchmark/benchmark.h>

#include "../tests/engine/TestMarkets.h"
#include "BenchMain.h"
#include "BenchReference.h"
#include "cmcsim/attempt/AttemptTimeline.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/meeting/MeetingView.h"

namespace {

using namespace cmcsim;

// An offer of Santé Essentiel to all staff, the employer paying 60 % of the isolé rate.
const nlohmann::json kOffer = {
    {"format", "cmcsim-offre/1"},
    {"titre", "Offre Essentiel"},
    {"date_effet", "2026-04-01"},
    {"categories", nlohmann::json::array({{{"categorie", "ensemble"},
                                           {"sante",
                                            {{"produit", "sante_essentiel"},
                                             {"structure", "isole_famille"},
                                             {"part_employeur_base", "tarif_isole"},
                                             {"part_employeur_pct", 60}}}}})},
    {"services", nlohmann::json::array()}};

// A Rouen attempt with one meeting opened and led to its discovery phase, an offer saved.
struct RouenMeeting {
    RouenMeeting() {
        const auto& market = test::rouenMarket();
        const auto& scenario = test::rouenScenario();
        journal.push_back(Journal::next(nullptr, scenario.startDate, command::kCreated,
                                        R"({"scenario":"rouen-ze"})"));
        timeline = std::make_unique<AttemptTimeline>(scenario, market, journal,
                                                     test::reference().planRules);
        std::uint32_t line = 0;
        while (market.companies[market.establishments[market.prospects[line].establishment].company]
                   .headcount < 20)
            ++line;
        const auto siret = siret::formatSiret(market.prospects[line].siret);
        run(command::kSaveOffer, {{"siret", siret}, {"offre", kOffer}});
        run(command::kMeetingOpen, {{"siret", siret}});
        for (const auto* id : {"prep_fiche", "ouv_presentation", "ouv_interlocuteurs",
                               "dec_effectif", "dec_garanties", "dec_budget", "dec_niveau",
                               "dec_priorites", "dec_prevoyance", "dec_branche", "dec_sensibilite"})
            run(command::kMeetingChoice, {{"rdv", 1}, {"choix", id}});
    }
    void run(const char* kind, const nlohmann::json& payload) {
        auto entry =
            Journal::next(&journal.back(), test::rouenScenario().startDate, kind, payload.dump());
        timeline->append(entry);
        journal.push_back(std::move(entry));
    }
    // One step: the command, then the view.
    std::size_t step(const char* kind, const nlohmann::json& payload) {
        run(kind, payload);
        const MeetingView view(test::rouenMarket(), test::reference(), test::rouenScenario(),
                               test::rouenScenario().seed, timeline->current(), 1);
        return view.transcript().turns.size();
    }
    std::vector<JournalEntry> journal;
    std::unique_ptr<AttemptTimeline> timeline;
};

void choiceStep(benchmark::State& state) {
    RouenMeeting meeting;
    for (auto _ : state)
        benchmark::DoNotOptimize(
            meeting.step(command::kMeetingChoice, {{"rdv", 1}, {"choix", "dec_budget"}}));
}

void offerStep(benchmark::State& state) {
    RouenMeeting meeting;
    for (auto _ : state)
        benchmark::DoNotOptimize(
            meeting.step(command::kMeetingOffer, {{"rdv", 1}, {"version", 1}}));
}

void counterStep(benchmark::State& state) {
    RouenMeeting meeting;
    meeting.run(command::kMeetingOffer, {{"rdv", 1}, {"version", 1}});
    for (auto _ : state)
        benchmark::DoNotOptimize(
            meeting.step(command::kMeetingCounter,
                         {{"rdv", 1}, {"remise_pct", 4}, {"contrepartie", "engagement"}}));
}

}  // namespace

int main(int argc, char** argv) {
    test::rouenMarket();  // generated once, not timed
    benchmark::RegisterBenchmark("Meeting/rouen/choice_step", choiceStep)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(20);
    benchmark::RegisterBenchmark("Meeting/rouen/offer_step", offerStep)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(10);
    benchmark::RegisterBenchmark("Meeting/rouen/counter_step", counterStep)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(10);
    return cmcsim::bench::runBenchmarks(argc, argv);
}
