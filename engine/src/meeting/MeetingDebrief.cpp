#include "cmcsim/meeting/MeetingDebrief.h"

#include <algorithm>
#include <set>

#include "cmcsim/meeting/MeetingDialogue.h"
#include "cmcsim/reference/MeetingBank.h"

namespace cmcsim {

namespace {
// How the debrief ranks a choice: the trust it moves, and half a point for each field it reveals
// (a relevant question is worth more when it teaches something).
double score(double delta, std::size_t revealed) {
    return delta + 0.5 * static_cast<double>(revealed);
}
}  // namespace

std::vector<MeetingAlternative> MeetingDebrief::choices(const MeetingContext& context,
                                                        const MeetingTranscript& sofar) {
    std::vector<MeetingAlternative> out;
    for (const auto& entry : context.bank.entries) {
        if (entry.phase < sofar.phase) continue;
        const auto effect = MeetingRules::choice(context, sofar, entry);
        out.push_back(
            {entry.id, entry.wording, entry.phase, entry.criterion, effect.delta, effect.revealed});
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return score(a.delta, a.revealed.size()) > score(b.delta, b.revealed.size());
    });
    return out;
}

MeetingDebrief MeetingDebrief::of(const MeetingContext& context, const MeetingRecord& record) {
    MeetingDebrief d;
    MeetingDialogue dialogue(context, record);
    while (!dialogue.done()) {
        const auto* act = dialogue.nextAct();
        std::vector<MeetingAlternative> better, asGood;
        if (act && act->kind == MeetingAct::Kind::Choice) {
            const auto& sofar = dialogue.transcript();
            const auto& chosenEntry = *context.bank.find(act->choice);
            const double chosen = MeetingRules::choice(context, sofar, chosenEntry).delta;
            // The choices the candidate had instead at that step: those of the same phase not
            // made yet, that gain trust (found by a fresh tester: a −2 repeat listed as the best
            // after a −3). Better: more trust, strictly ("+1" was listed as better than "+1");
            // as good: the same trust, when the choice made gained some.
            std::set<std::string> made;
            for (const auto& turn : sofar.turns) made.insert(turn.choice);
            for (auto& alternative : choices(context, sofar)) {
                if (alternative.id == act->choice || alternative.phase != chosenEntry.phase ||
                    made.contains(alternative.id) || alternative.delta <= 0)
                    continue;
                if (alternative.delta > chosen + 1e-9) {
                    if (better.size() < kAlternatives) better.push_back(std::move(alternative));
                } else if (chosen > 0 && alternative.delta > chosen - 1e-9 &&
                           asGood.size() < kAlternatives) {
                    asGood.push_back(std::move(alternative));
                }
            }
        }
        dialogue.step();
        d.better.push_back(std::move(better));
        d.asGood.push_back(std::move(asGood));
    }
    d.transcript = dialogue.transcript();
    const auto& t = d.transcript;
    const int conclusion = t.signatureStep;
    const auto check = [&](const std::string& code, int step, const char* reference) {
        d.checklist.push_back({code, MeetingBank::obligationLabel(code), step,
                               step > 0 && (conclusion == 0 || step < conclusion), reference});
    };
    check("besoins_ecrits", t.needsStep, "L521-4 C. assur. (DDA art. 20)");
    const auto reference = [](const std::string& code) {
        if (code == "identite_distributeur") return "L521-2, R521-1 C. assur. (DDA art. 18-19)";
        if (code == "ipid") return "L112-2 C. assur., règlement d'exécution (UE) 2017/1469";
        if (code == "reclamations_mediation") return "Recommandation ACPR 2022-R-01";
        return "L521-4 C. assur. (conseil)";
    };
    for (const auto& code : MeetingBank::obligations()) {
        const auto it = t.obligations.find(code);
        check(code, it == t.obligations.end() ? 0 : it->second, reference(code));
    }
    std::stable_sort(d.checklist.begin(), d.checklist.end(), [](const auto& a, const auto& b) {
        return (a.step == 0 ? 1 << 30 : a.step) < (b.step == 0 ? 1 << 30 : b.step);
    });
    return d;
}

}  // namespace cmcsim
