#pragma once

#include <fmt/format.h>

#include <filesystem>
#include <string>

#include "TestReference.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/market/MarketGenerator.h"
#include "cmcsim/scenario/ScenarioLibrary.h"
#include "cmcsim/scenario/ScenarioLoader.h"

namespace cmcsim::test {

inline std::filesystem::path fixturePath(const std::string& relative) {
    return sourceRoot() / "tests" / "fixtures" / relative;
}

inline const ScenarioLibrary& bundledLibrary() {
    static const ScenarioLibrary library = ScenarioLibrary::load(sourceRoot() / "scenarios");
    return library;
}

// A bundled scenario by id ("rouen-ze", "cantal-rural", …), loaded as the CLI would.
inline Scenario bundledScenario(const std::string& id) {
    return ScenarioLoader(reference()).fromFile(bundledLibrary().resolve(id));
}

inline const Scenario& rouenScenario() {
    static const Scenario scenario = bundledScenario("rouen-ze");
    return scenario;
}

// The Rouen market at the scenario's own seed, generated once for the whole binary (~15k
// establishments, a fraction of a second in Release).
inline const Market& rouenMarket() {
    static const Market market = MarketGenerator(reference(), rouenScenario()).generate();
    return market;
}

inline const Scenario& minimalScenario() {
    static const Scenario scenario =
        ScenarioLoader(reference()).fromFile(fixturePath("scenarios/minimal.json"));
    return scenario;
}

inline const Market& minimalMarket() {
    static const Market market = MarketGenerator(reference(), minimalScenario()).generate();
    return market;
}

namespace detail {
// Each returns the name of the first field that differs, or "" when all are equal.
#define CMCSIM_SAME(field) \
    if (!(x.field == y.field)) return #field

inline std::string differ(const Coverage& x, const Coverage& y) {
    CMCSIM_SAME(insurer);
    CMCSIM_SAME(level);
    CMCSIM_SAME(monthlyPremium);
    CMCSIM_SAME(renewal);
    CMCSIM_SAME(satisfaction);
    CMCSIM_SAME(propensityToMove);
    return {};
}
inline std::string differ(const Contact& x, const Contact& y) {
    CMCSIM_SAME(name);
    CMCSIM_SAME(role);
    CMCSIM_SAME(phone);
    CMCSIM_SAME(email);
    return {};
}
inline std::string differ(const Competitor& x, const Competitor& y) {
    CMCSIM_SAME(code);
    CMCSIM_SAME(name);
    CMCSIM_SAME(kind);
    CMCSIM_SAME(marketShare);
    CMCSIM_SAME(priceLevel);
    CMCSIM_SAME(guaranteeLevel);
    CMCSIM_SAME(serviceQuality);
    return {};
}
inline std::string differ(const Prescriber& x, const Prescriber& y) {
    CMCSIM_SAME(kind);
    CMCSIM_SAME(name);
    CMCSIM_SAME(commune);
    if (auto d = differ(x.contact, y.contact); !d.empty()) return "contact." + d;
    return {};
}
inline std::string differ(const Company& x, const Company& y) {
    CMCSIM_SAME(siren);
    CMCSIM_SAME(name);
    CMCSIM_SAME(legalForm);
    CMCSIM_SAME(naf);
    CMCSIM_SAME(idcc);
    CMCSIM_SAME(sizeBand);
    CMCSIM_SAME(headcount);
    CMCSIM_SAME(created);
    CMCSIM_SAME(firstEstablishment);
    CMCSIM_SAME(establishmentCount);
    CMCSIM_SAME(accountant);
    CMCSIM_SAME(broker);
    if (auto d = differ(x.health, y.health); !d.empty()) return "health." + d;
    if (auto d = differ(x.provident, y.provident); !d.empty()) return "provident." + d;
    return {};
}
inline std::string differ(const Establishment& x, const Establishment& y) {
    CMCSIM_SAME(siret);
    CMCSIM_SAME(company);
    CMCSIM_SAME(commune);
    CMCSIM_SAME(naf);
    CMCSIM_SAME(sizeBand);
    CMCSIM_SAME(headOffice);
    CMCSIM_SAME(closed);
    CMCSIM_SAME(headcount);
    CMCSIM_SAME(created);
    CMCSIM_SAME(censusOffset);
    CMCSIM_SAME(censusCellCount);
    return {};
}
inline std::string differ(const CensusCell& x, const CensusCell& y) {
    CMCSIM_SAME(ageBand);
    CMCSIM_SAME(sex);
    CMCSIM_SAME(cadre);
    CMCSIM_SAME(family);
    CMCSIM_SAME(headcount);
    CMCSIM_SAME(meanAnnualPayEur);
    return {};
}
inline std::string differ(const ProspectRecord& x, const ProspectRecord& y) {
    CMCSIM_SAME(establishment);
    CMCSIM_SAME(siret);
    CMCSIM_SAME(name);
    CMCSIM_SAME(naf);
    CMCSIM_SAME(headcount);
    CMCSIM_SAME(sizeBand);
    CMCSIM_SAME(commune);
    CMCSIM_SAME(idcc);
    if (auto d = differ(x.contact, y.contact); !d.empty()) return "contact." + d;
    return {};
}
inline std::string differ(const Defect& x, const Defect& y) {
    CMCSIM_SAME(record);
    CMCSIM_SAME(kind);
    CMCSIM_SAME(truth);
    return {};
}
#undef CMCSIM_SAME

template <typename T>
std::string firstDifference(const char* name, const std::vector<T>& a, const std::vector<T>& b) {
    if (a.size() != b.size()) return fmt::format("{}: {} rows vs {}", name, a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        if (auto d = differ(a[i], b[i]); !d.empty()) return fmt::format("{}[{}].{}", name, i, d);
    return {};
}
}  // namespace detail

// "" when the two markets are equal in every field of every row, else the first difference
// ("companies[12].health.level").
inline std::string firstDifference(const Market& a, const Market& b) {
    using detail::firstDifference;
    for (auto d : {firstDifference("competitors", a.competitors, b.competitors),
                   firstDifference("prescribers", a.prescribers, b.prescribers),
                   firstDifference("companies", a.companies, b.companies),
                   firstDifference("establishments", a.establishments, b.establishments),
                   firstDifference("censusCells", a.censusCells, b.censusCells),
                   firstDifference("prospects", a.prospects, b.prospects),
                   firstDifference("defects", a.defects, b.defects)})
        if (!d.empty()) return d;
    return {};
}

}  // namespace cmcsim::test
