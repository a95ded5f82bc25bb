#include "cmcsim/reference/ReferenceData.h"

#include <cstdlib>
#include <fstream>

namespace cmcsim {

ReferenceData ReferenceData::load(const std::filesystem::path& datasets) {
    ReferenceData data;
    data.geography = Geography::load(datasets);
    data.naf = NafNomenclature::load(datasets);
    data.idcc = IdccCatalogue::load(datasets);
    data.sizes = SizeBands::load(datasets);
    data.sectorProfile = SectorProfile::load(datasets, data.naf);
    data.nafIdcc = NafIdccTable::load(datasets, data.naf, data.idcc);
    data.workforce = WorkforceProfile::load(datasets);
    data.regulation = RegulatoryParameters::load(datasets);
    data.archetypes = CompetitorArchetype::load(datasets);
    data.naming = NamingParts::load(datasets, data.naf);
    data.legalForms = LegalForm::load(datasets);
    data.offers = OfferCatalogue::load(datasets);
    data.framework = AssessmentFramework::load(datasets);
    return data;
}

const WorkforceProfile& ReferenceData::workforceFor(char section) const {
    return workforce.at(static_cast<std::size_t>(section - 'A'));
}

std::filesystem::path dataRoot() {
    if (const char* env = std::getenv("CMCSIM_DATA_DIR"); env && *env) return env;
#ifdef CMCSIM_DATA_ROOT
    if (std::filesystem::exists(std::filesystem::path(CMCSIM_DATA_ROOT) / "datasets"))
        return CMCSIM_DATA_ROOT;
#endif
    std::error_code ec;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) return self.parent_path().parent_path() / "share" / "cmcsim";
    return std::filesystem::current_path();
}

}  // namespace cmcsim
