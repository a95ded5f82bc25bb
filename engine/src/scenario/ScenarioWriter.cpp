#include "cmcsim/scenario/ScenarioWriter.h"

#include <fmt/format.h>

#include <cmath>
#include <nlohmann/json.hpp>

namespace cmcsim {

namespace {

using Json = nlohmann::ordered_json;

// The company size bands, in the order of Scenario::sizeBandWeights (docs/scenario-format.md).
constexpr const char* kBands[] = {"0-9",     "10-19",   "20-49",    "50-99",
                                  "100-249", "250-499", "500-1999", "2000+"};

// A whole number is written without a decimal point ("budget_eur": 15000), any other exactly.
Json number(double value) {
    if (std::isfinite(value) && std::trunc(value) == value && std::abs(value) < 1e15)
        return static_cast<std::int64_t>(value);
    return value;
}

void addList(Json& out, const char* key, const std::vector<std::string>& values) {
    if (!values.empty()) out[key] = values;
}

Json weights(const std::map<std::string, double>& values) {
    Json out = Json::object();
    for (const auto& [key, weight] : values) out[key] = number(weight);
    return out;
}

Json player(const CompetitorSpec& c, bool isMutuelle) {
    Json out = Json::object();
    if (!isMutuelle) out["id"] = c.id;
    out["name"] = c.name;
    out["kind"] = c.kind;
    if (!c.archetype.empty()) out["archetype"] = c.archetype;
    out["market_share"] = number(c.marketShare);
    out["price_level"] = number(c.priceLevel);
    out["guarantee_level"] = c.guaranteeLevel;
    out["service_quality"] = number(c.serviceQuality);
    return out;
}

Json segments(const std::vector<SegmentCriteria>& list) {
    Json out = Json::array();
    for (const auto& s : list) {
        Json segment = {{"label", s.label}};
        addList(segment, "sections", s.sections);
        addList(segment, "divisions", s.divisions);
        addList(segment, "size_bands", s.sizeBands);
        addList(segment, "idcc", s.idcc);
        out.push_back(std::move(segment));
    }
    return out;
}

Json policy(const CommercialPolicy& p) {
    Json out = Json::object();
    out["priority_segments"] = segments(p.prioritySegments);
    out["excluded_segments"] = segments(p.excludedSegments);
    out["objectives"] = {{"new_contracts", p.newContracts},
                         {"annual_premium_eur", number(p.annualPremiumEur)}};
    out["budget_eur"] = number(p.budgetEur);
    out["analysis_days"] = number(p.analysisDays);
    Json negotiation = Json::object();
    if (p.sellerDiscountPct) negotiation["seller_discount_pct"] = number(*p.sellerDiscountPct);
    if (p.managerDiscountPct) negotiation["manager_discount_pct"] = number(*p.managerDiscountPct);
    if (p.managerAgreementMinutes)
        negotiation["manager_minutes"] = number(*p.managerAgreementMinutes);
    if (!negotiation.empty()) out["negotiation"] = std::move(negotiation);
    return out;
}

Json territory(const Scenario& s) {
    Json out = Json::object();
    addList(out, "departements", s.departements);
    addList(out, "communes", s.communes);
    if (!s.around.empty()) {
        out["around"] = Json::array();
        for (const auto& a : s.around)
            out["around"].push_back({{"commune", a.commune}, {"radius_km", number(a.radiusKm)}});
    }
    return out;
}

Json sizeMix(const Scenario& s) {
    if (!s.sizeProfile.empty()) return {{"profile", s.sizeProfile}};
    Json bands = Json::object();
    for (std::size_t i = 0; i < s.sizeBandWeights.size(); ++i)
        if (s.sizeBandWeights[i] != 0) bands[kBands[i]] = number(s.sizeBandWeights[i]);
    return {{"bands", std::move(bands)}};
}

Json traps(const DataQualityTraps& t) {
    Json out = {{"stale_headcount", number(t.staleHeadcount)},
                {"duplicates", number(t.duplicates)},
                {"closed", number(t.closed)},
                {"wrong_naf", number(t.wrongNaf)},
                {"missing_contact", number(t.missingContact)},
                {"wrong_contact", number(t.wrongContact)}};
    if (t.partialDiffusion != 0) out["partial_diffusion"] = number(t.partialDiffusion);
    if (t.unknownSizeBand != 0) out["unknown_size_band"] = number(t.unknownSizeBand);
    if (t.undeclaredAgreement != 0) out["undeclared_agreement"] = number(t.undeclaredAgreement);
    return out;
}

Json studies(const std::vector<StudyOffer>& list) {
    Json out = Json::array();
    for (const auto& st : list)
        out.push_back({{"id", st.id},
                       {"kind", st.kind},
                       {"title", st.title},
                       {"description", st.description},
                       {"cost_eur", number(st.costEur)},
                       {"days", number(st.days)}});
    return out;
}

Json portfolio(const PortfolioProfile& p) {
    return {{"mean_age_years", number(p.meanAgeYears)},
            {"max_age_years", p.maxAgeYears},
            {"loss_ratio_health", number(p.lossRatioHealth)},
            {"loss_ratio_provident", number(p.lossRatioProvident)},
            {"loss_ratio_spread", number(p.lossRatioSpread)},
            {"prescriber_share", number(p.prescriberShare)}};
}

Json tender(const TenderSpec& t) {
    Json company = Json::object();
    if (t.siret) {
        company["siret"] = fmt::format("{:014}", *t.siret);
    } else {
        if (t.minEmployees > 0) company["effectif_min"] = t.minEmployees;
        addList(company, "sections", t.sections);
        addList(company, "idcc", t.idcc);
        if (t.brokerOnly) company["courtier"] = true;
    }
    Json out = {{"id", t.id},
                {"entreprise", std::move(company)},
                {"semaine_publication", t.publicationWeek},
                {"semaine_limite_questions", t.questionWeek},
                {"semaine_limite_depot", t.submissionWeek}};
    if (t.awardWeek > 0) out["semaine_attribution"] = t.awardWeek;
    out["niveau"] = t.level;
    Json products = Json::array();
    if (t.health) products.push_back("sante");
    if (t.provident) products.push_back("prevoyance");
    out["produits"] = std::move(products);
    out["structure"] = t.structure;
    out["expression"] = t.pmss ? "pct_pmss" : "euros";
    if (!t.weights.empty()) {
        Json criteria = Json::object();
        for (const auto& [criterion, weight] : t.weights) criteria[criterion] = weight;
        out["criteres"] = std::move(criteria);
    }
    out["documents"] = t.documents;
    addList(out, "questions", t.questions);
    return out;
}

Json event(const ScriptedEvent& e) {
    Json out = {{"id", e.id}, {"type", e.type}, {"semaine", e.week}};
    if (!e.competitor.empty()) out["concurrent"] = e.competitor;
    if (e.type == "hausse_concurrent") out["taux"] = number(e.rate);
    if (e.threshold > 0) out["seuil"] = e.threshold;
    if (!e.text.empty()) out["texte"] = e.text;
    return out;
}

}  // namespace

std::string ScenarioWriter::toJson(const Scenario& s) {
    Json out = Json::object();
    out["format"] = kScenarioFormat;
    out["id"] = s.id;
    out["title"] = s.title;
    if (!s.author.empty()) out["author"] = s.author;
    if (!s.version.empty()) out["version"] = s.version;
    out["brief"] = s.brief;
    out["start_date"] = s.startDate.iso();
    out["duration_weeks"] = s.durationWeeks;
    out["seed"] = s.seed;
    out["territory"] = territory(s);
    if (s.densityShare)
        out["establishments"] = {{"density_share", number(*s.densityShare)}};
    else
        out["establishments"] = {{"count", s.establishmentCount.value_or(0)}};
    Json sectors = {{"profile", s.sectorProfile}};
    if (!s.sectionWeights.empty()) sectors["sections"] = weights(s.sectionWeights);
    if (!s.divisionWeights.empty()) sectors["divisions"] = weights(s.divisionWeights);
    out["sectors"] = std::move(sectors);
    out["size_mix"] = sizeMix(s);
    out["competitors"] = Json::array();
    for (const auto& c : s.competitors) out["competitors"].push_back(player(c, false));
    Json mutuelle = player(s.mutuelle, true);
    mutuelle["policy"] = policy(s.policy);
    out["mutuelle"] = std::move(mutuelle);
    out["data_quality"] = traps(s.traps);
    out["studies"] = studies(s.studies);
    out["portfolio"] = portfolio(s.portfolio);
    if (!s.tenders.empty()) {
        out["appels_offres"] = Json::array();
        for (const auto& t : s.tenders) out["appels_offres"].push_back(tender(t));
    }
    if (!s.events.empty()) {
        out["evenements"] = Json::array();
        for (const auto& e : s.events) out["evenements"].push_back(event(e));
    }
    return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace cmcsim
