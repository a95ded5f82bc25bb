#include "cmcsim/reference/ReferenceData.h"

#include <cstdlib>
#include <exception>
#include <fstream>
#include <thread>

#include "cmcsim/core/InputError.h"

namespace cmcsim {

ReferenceData ReferenceData::load(const std::filesystem::path& datasets) {
    ReferenceData data;
    // The other tables are read on a second thread while this one reads the communes (three
    // quarters of the time); none of them needs the communes. A problem in the communes is
    // reported first, as when they were read first.
    std::exception_ptr failure;
    std::jthread others([&] {
        try {
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
            data.planRules = PlanRules::load(datasets);
            data.response = ResponseModel::load(datasets);
            data.actionCosts = ActionCostModel::load(datasets);
            data.needs = NeedsModel::load(datasets);
            data.objections = ObjectionBank::load(datasets);
            std::vector<std::string> indicators;
            for (const auto& c : data.framework.criteria())
                for (const auto& i : c.indicators) indicators.push_back(i.id);
            std::vector<std::string> objections(std::begin(ObjectionBank::kTopics),
                                                std::end(ObjectionBank::kTopics));
            for (const auto& o : data.objections.all()) objections.push_back(o.code);
            data.meetings = MeetingBank::load(datasets, indicators, objections);
        } catch (...) {
            failure = std::current_exception();
        }
    });
    data.geography = Geography::load(datasets);
    others.join();
    if (failure) std::rethrow_exception(failure);
    // Every département has its numbering zone (a landline of its establishments).
    for (const auto& d : data.geography.departements())
        if (!data.naming.landlineBlock(d.code))
            throw InputError("datasets/zones_telephone.csv",
                             "zone de numérotation absente pour le département " + d.code);
    // Every region has its place names (the geographic words a company there may bear).
    for (const auto& d : data.geography.departements())
        if (!data.naming.regional(d.region))
            throw InputError(
                "datasets/noms_regionaux.csv",
                "aucun nom de lieu pour la région " + d.region + " (" + d.regionName + ")");
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
