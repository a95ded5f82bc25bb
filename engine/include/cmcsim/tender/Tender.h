#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cmcsim/core/Date.h"

namespace cmcsim {

struct Scenario;
struct TenderSpec;
struct TenderReference;

// A call for tender's terms (docs/simulation.md "Les appels d'offres"): the company, the
// calendar in weeks of the attempt, what it asks and how it scores. A week W as a deadline means
// "until the end of week W": allowed while the simulated week (weekOf) is at most W; the award is
// known once week `awardWeek` is run.
struct Tender {
    std::string id;
    bool fromGenerator = false;  // from the generator (id "ao-" + SIRET), else from the scenario
    std::uint64_t siret = 0;     // 0 while a scenario tender chosen by criteria is not resolved
    int publicationWeek = 1, questionWeek = 1, submissionWeek = 1, awardWeek = 2;
    int level = 3;  // requested health guarantee level, 1 panier ANI … 4 haut de gamme
    bool health = true, provident = false;
    std::string structure = "isole_famille";           // isole_famille | uniforme
    bool pmss = false;                                 // rates in % of the PMSS, else euros
    std::vector<std::pair<std::string, int>> weights;  // criterion id, points out of 100
    std::vector<std::string> questions, documents;     // ids of datasets/ao_*.csv

    bool published(int week) const { return week >= publicationWeek; }
    bool questionsOpen(int week) const { return published(week) && week <= questionWeek; }
    bool submissionOpen(int week) const { return published(week) && week <= submissionWeek; }
    // The award is known once the award week is played (`weeksRun` weeks run).
    bool awarded(int weeksRun) const { return weeksRun >= awardWeek; }
    // "Rate structure" in French: "isolé / famille, en euros", "uniforme, en % du PMSS".
    std::string structureLabel() const;
    // "santé", "prévoyance" or "santé et prévoyance".
    std::string productsLabel() const;

    // The week of the attempt `date` falls in: 1 from the start date, 2 seven days later…
    static int weekOf(const Scenario& scenario, const Date& date);
    // The end of week `week` of the attempt (its Friday: start date + 7 × (week − 1) + 4 days), as
    // the specifications date a week.
    static Date weekEnd(const Scenario& scenario, int week);
    // The terms of a scenario tender (its SIRET when the scenario names it).
    static Tender fromSpec(const TenderSpec& spec, const TenderReference& reference);
    // The terms the generator gives the company of this SIRET: keyed by (scenario seed, SIRET)
    // and datasets/ao_parametres.csv, so they need no market.
    static Tender generated(const Scenario& scenario, const TenderReference& reference,
                            std::uint64_t siret);
    // The terms of tender `id`: a scenario tender, or a generated one ("ao-" + 14 digits);
    // nullopt for any other id.
    static std::optional<Tender> find(const Scenario& scenario, const TenderReference& reference,
                                      const std::string& id);
    // "ao-" followed by the SIRET's 14 digits.
    static std::string generatedId(std::uint64_t siret);
};

}  // namespace cmcsim
