#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cmcsim/tender/Tender.h"

namespace cmcsim {

struct Market;
struct ReferenceData;

// The calls for tender of an attempt: the scenario's (a SIRET, or the company its criteria pick,
// keyed by (seed, tender id, SIREN)) and the generator's (companies of at least
// datasets/ao_parametres.csv effectif_min employees whose first establishment (its head office when
// in the territory) the prospect file lists, each drawn with a chance higher when a broker follows
// it, keyed by (seed, SIREN); at most ao_generes_max, at least one when a company is eligible). A
// pure function of (scenario, reference, market): never stored.
struct TenderBook {
    std::vector<Tender> tenders;  // by publication week, then id

    static TenderBook of(const Scenario& scenario, const ReferenceData& reference,
                         const Market& market);
    const Tender* find(const std::string& id) const;
    // The tenders published in `week` (Tender::weekOf of the simulated date).
    std::vector<const Tender*> visible(int week) const;
    // The calls for tender published in simulated week `week`, one French line each, as `cmcsim
    // week` announces them: "Appel d'offres publié : « ao-… » — Entreprise (santé), questions
    // jusqu'au JJ/MM/AAAA, dépôt au plus tard le JJ/MM/AAAA (cmcsim tender show FICHIER ao-…)".
    std::vector<std::string> announcements(const Scenario& scenario, const Market& market,
                                           int week) const;
    // The first prospect-file line listing `siret`, if any.
    static std::optional<std::uint32_t> lineOf(const Market& market, std::uint64_t siret);
};

}  // namespace cmcsim
