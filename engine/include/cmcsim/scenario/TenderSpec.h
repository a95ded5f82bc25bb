#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cmcsim {

struct Scenario;

// A call for tender the scenario declares (its optional "appels_offres" block,
// docs/scenario-format.md): the company (a SIRET, or criteria the generator's market resolves,
// engine/tender TenderBook), its calendar in weeks of the attempt, what it asks and how offers are
// scored. As validated: weeks within the attempt and in order, weights summing to 100, ids of
// datasets/ao_*.csv.
struct TenderSpec {
    std::string id;  // lower-case slug, unique in the scenario
    std::optional<std::uint64_t> siret;
    // When no SIRET: the company is chosen among those matching every criterion given.
    int minEmployees = 0;
    std::vector<std::string> sections, idcc;
    bool brokerOnly = false;  // "courtier": true: only companies followed by a broker

    int publicationWeek = 1, questionWeek = 1, submissionWeek = 1;
    int awardWeek = 0;  // 0: the submission week + datasets/ao_parametres.csv delai_attribution
    int level = 3;      // requested guarantee level, 1 panier ANI … 4 haut de gamme
    bool health = true, provident = false;
    std::string structure = "isole_famille";           // isole_famille | uniforme
    bool pmss = false;                                 // rates in % of the PMSS (else euros)
    std::vector<std::pair<std::string, int>> weights;  // empty: datasets/ao_criteres.csv defaults
    std::vector<std::string> documents, questions;     // ids of ao_documents.csv, ao_questions.csv
    bool operator==(const TenderSpec&) const = default;

    // The tenders of a scenario loaded by ScenarioLoader (which validated the block with JSON
    // paths): Scenario::tenders; none when it has no block.
    static std::vector<TenderSpec> of(const Scenario& scenario);
};

}  // namespace cmcsim
