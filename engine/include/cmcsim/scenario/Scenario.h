#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cmcsim/core/Date.h"
#include "cmcsim/scenario/PortfolioProfile.h"
#include "cmcsim/scenario/ScriptedEvent.h"
#include "cmcsim/scenario/TenderSpec.h"

namespace cmcsim {

// The format ScenarioWriter writes (docs/scenario-format.md). The loader also reads the first
// version, which it migrates on load: v2 only adds the optional "author", "version" and
// "evenements".
inline constexpr const char* kScenarioFormat = "cmcsim-scenario/2";
inline constexpr const char* kScenarioFormatV1 = "cmcsim-scenario/1";

// A player of the territory's collective health and provident market.
struct CompetitorSpec {
    std::string id;
    std::string name;
    std::string kind;  // mutuelle | institution_prevoyance | compagnie_assurance
    std::string archetype;
    double marketShare = 0;
    double priceLevel = 1;
    int guaranteeLevel = 2;
    double serviceQuality = 0.5;
    bool operator==(const CompetitorSpec&) const = default;
};

// A segment of the commercial policy: companies matching any listed criterion of each kind.
struct SegmentCriteria {
    std::string label;
    std::vector<std::string> sections, divisions, sizeBands, idcc;
    bool operator==(const SegmentCriteria&) const = default;
};

// The candidate's mutuelle's commercial policy: where to sell, what to reach, with what.
struct CommercialPolicy {
    std::vector<SegmentCriteria> prioritySegments;
    std::vector<SegmentCriteria> excludedSegments;
    std::int64_t newContracts = 0;
    double annualPremiumEur = 0;
    double budgetEur = 0;
    double analysisDays = 0;
    // The negotiation's delegation levels (`negotiation`, optional; docs/scenario-format.md):
    // the discount the seller grants alone and with the manager's agreement, in % of the
    // premium, and the simulated minutes that agreement takes. Absent: datasets/parametres_rdv.csv
    // (MeetingNegotiation::of).
    std::optional<double> sellerDiscountPct, managerDiscountPct, managerAgreementMinutes;
    bool operator==(const CommercialPolicy&) const = default;
};

// Rates of the defects hidden in the prospect file.
struct DataQualityTraps {
    double staleHeadcount = 0, duplicates = 0, closed = 0, wrongNaf = 0, missingContact = 0,
           wrongContact = 0;
    // Quirks of real SIRENE/DSN extracts (optional in the file, 0 by default): the share of sole
    // traders under partial diffusion ("[ND]"), of lines with the size band NN, and of lines of
    // companies with an agreement declared under IDCC 9999 (no agreement).
    double partialDiffusion = 0, unknownSizeBand = 0, undeclaredAgreement = 0;
    bool operator==(const DataQualityTraps&) const = default;
};

// A market study the candidate may buy during the analysis phase.
struct StudyOffer {
    std::string id;
    std::string kind;
    std::string title;
    std::string description;
    double costEur = 0;
    double days = 0;
    bool operator==(const StudyOffer&) const = default;
};

// A market scenario on real French territory (docs/scenario-format.md), as validated.
struct Scenario {
    std::string id, title, brief;
    std::string author, version;  // optional (format v2): who wrote it, its own version ("1.2")
    Date startDate;
    int durationWeeks = 0;
    std::uint64_t seed = 0;

    std::vector<std::string> departements, communes;
    struct Around {
        std::string commune;
        double radiusKm = 0;
        bool operator==(const Around&) const = default;
    };
    std::vector<Around> around;

    std::optional<std::int64_t> establishmentCount;
    std::optional<double> densityShare;

    std::string sectorProfile;
    std::map<std::string, double> sectionWeights, divisionWeights;
    std::string sizeProfile;  // empty when bands are given
    std::array<double, 8> sizeBandWeights{};

    std::vector<CompetitorSpec> competitors;
    CompetitorSpec mutuelle;
    CommercialPolicy policy;
    DataQualityTraps traps;
    std::vector<StudyOffer> studies;
    PortfolioProfile portfolio;         // the optional "portfolio" block, defaults otherwise
    std::vector<TenderSpec> tenders;    // the optional "appels_offres" block, as validated
    std::vector<ScriptedEvent> events;  // the optional "evenements" block, as validated

    std::string sourceJson;  // the file's text, kept verbatim in the attempt

    bool operator==(const Scenario&) const = default;
    // Every field equal, whatever the text it was read from (sourceJson is not compared).
    bool sameContent(const Scenario& other) const;
};

}  // namespace cmcsim
