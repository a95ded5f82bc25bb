#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace cmcsim {

class AttemptState;
struct Market;
struct MeetingBank;
struct ReferenceData;
struct Scenario;
struct Tender;
struct TenderBook;

// Whether a company accepts a new meeting now (docs/simulation.md "Les rendez-vous", "Qui peut
// être rencontré"): not at a closed establishment (no one answers); not while its call for tender
// is open, the buyer answering only through the official questions (`cmcsim tender question`); not
// during the cooling period after a meeting it ended "Perdu". Checked when a "rdv.ouverture" is
// written (AttemptSession::execute), which the journal's fold cannot do alone: it needs the market
// (the tenders) and the dialogues (the outcome).
struct MeetingOpening {
    // The French reason the company of `siret` refuses a meeting now, nullopt when it accepts.
    static std::optional<std::string> refusal(const Market& market, const ReferenceData& reference,
                                              const Scenario& scenario, std::uint64_t seed,
                                              const AttemptState& state, const std::string& siret);
    // The tender of the company of `siren` whose consultation is open: published by the
    // simulated week `week` (Tender::weekOf) and not awarded after `weeksRun` weeks run; null
    // when none.
    static const Tender* openTender(const TenderBook& book, std::uint64_t siren, int week,
                                    int weeksRun);
    // The first simulated week the company accepts a new meeting after one lost in week
    // `lostWeek`: `lostWeek` + parametres_rdv.csv `delai_apres_perte` (weeks, ⚠ assumption).
    static int acceptsFromWeek(int lostWeek, const MeetingBank& bank);
};

}  // namespace cmcsim
