#pragma once

#include <filesystem>
#include <vector>

#include "cmcsim/reference/ActionCostModel.h"
#include "cmcsim/reference/AssessmentFramework.h"
#include "cmcsim/reference/CompetitorArchetype.h"
#include "cmcsim/reference/Geography.h"
#include "cmcsim/reference/IdccCatalogue.h"
#include "cmcsim/reference/LegalForms.h"
#include "cmcsim/reference/MeetingBank.h"
#include "cmcsim/reference/NafIdccTable.h"
#include "cmcsim/reference/NafNomenclature.h"
#include "cmcsim/reference/NamingParts.h"
#include "cmcsim/reference/NeedsModel.h"
#include "cmcsim/reference/ObjectionBank.h"
#include "cmcsim/reference/OfferCatalogue.h"
#include "cmcsim/reference/PlanRules.h"
#include "cmcsim/reference/RegulatoryParameters.h"
#include "cmcsim/reference/ResponseModel.h"
#include "cmcsim/reference/SectorProfile.h"
#include "cmcsim/reference/SizeBands.h"
#include "cmcsim/reference/WorkforceProfile.h"

namespace cmcsim {

// Everything the engine loads from datasets/, validated row by row.
struct ReferenceData {
    Geography geography;
    NafNomenclature naf;
    IdccCatalogue idcc;
    SizeBands sizes;
    SectorProfile sectorProfile;
    NafIdccTable nafIdcc;
    std::vector<WorkforceProfile> workforce;  // one per NAF section, A..U
    RegulatoryParameters regulation;
    std::vector<CompetitorArchetype> archetypes;
    NamingParts naming;
    std::vector<LegalForm> legalForms;
    OfferCatalogue offers;
    // The framework's criteria of Blocs 2–4 and the assessors' thresholds (docs/assessment.md).
    AssessmentFramework framework;
    // The checks of the action plan (datasets/regles_plan.csv, docs/simulation.md).
    PlanRules planRules;
    // How companies answer the simulated weeks' actions (datasets/modele_reponse.csv).
    ResponseModel response;
    // What each kind of action costs in time and money (datasets/couts_actions.csv).
    ActionCostModel actionCosts;
    // Each company's hidden needs and the objections of meetings (issue 12 §1;
    // datasets/besoins_entreprises.csv, datasets/objections_rdv.csv).
    NeedsModel needs;
    ObjectionBank objections;
    // The banks of questions and arguments of client meetings and their parameters
    // (datasets/questions_rdv.csv, arguments_rdv.csv, parametres_rdv.csv).
    MeetingBank meetings;

    static ReferenceData load(const std::filesystem::path& datasets);
    // The workforce profile of a NAF section.
    const WorkforceProfile& workforceFor(char section) const;
};

// The folder holding datasets/ and scenarios/: $CMCSIM_DATA_DIR, else the source tree the
// program was built from, else ../share/cmcsim next to the executable.
std::filesystem::path dataRoot();

}  // namespace cmcsim
