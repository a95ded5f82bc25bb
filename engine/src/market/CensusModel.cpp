#include "cmcsim/market/CensusModel.h"

#include <algorithm>
#include <cmath>

#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace {

// Modelling assumptions (docs/market-model.md): how the cadre share, family situation and pay
// vary with age and sex around the sector profile's averages.
constexpr std::array<double, 6> kAgeCadre = {0.25, 0.9, 1.25, 1.25, 1.15, 1.1};
constexpr std::array<double, 6> kAgePay = {0.78, 0.92, 1.03, 1.10, 1.13, 1.08};
constexpr std::array<double, 2> kSexPay = {0.90, 1.0};  // women, men
constexpr std::array<std::array<double, 6>, 4> kFamilyByAge = {{
    {1.9, 1.2, 0.8, 0.8, 0.9, 1.1},  // isolé
    {0.5, 0.8, 0.6, 0.9, 1.6, 2.0},  // couple
    {0.2, 0.8, 1.3, 1.3, 0.7, 0.3},  // monoparental
    {0.2, 1.0, 1.6, 1.3, 0.5, 0.2},  // famille
}};

std::size_t cellIndex(std::size_t age, std::size_t sex, std::size_t cadre, std::size_t family) {
    return ((age * 2 + sex) * 2 + cadre) * 4 + family;
}

}  // namespace

const std::array<double, 6>& CensusModel::ageCadreFactor() {
    return kAgeCadre;
}
const std::array<double, 6>& CensusModel::agePayFactor() {
    return kAgePay;
}

CensusModel::CensusModel(const ReferenceData& reference, int year) {
    smicAnnual_ = reference.regulation.value(year, "smic_mensuel") * 12.0;
    const double smicAnnual = smicAnnual_;
    const double pass = reference.regulation.value(year, "pass");
    for (std::size_t s = 0; s < 21; ++s) {
        const auto& p = reference.workforce.at(s);
        double cadreNorm = 0;
        for (std::size_t a = 0; a < 6; ++a) cadreNorm += p.ageShares[a] * kAgeCadre[a];
        std::array<double, kCells> weights{};
        for (std::size_t a = 0; a < 6; ++a) {
            const double cadre = std::min(0.95, p.cadreShare * kAgeCadre[a] / cadreNorm);
            double familyNorm = 0;
            for (std::size_t f = 0; f < 4; ++f)
                familyNorm += p.familyShares[f] * kFamilyByAge[f][a];
            for (std::size_t sex = 0; sex < 2; ++sex) {
                const double sexShare = sex == 0 ? p.womenShare : 1 - p.womenShare;
                for (std::size_t c = 0; c < 2; ++c) {
                    const double catShare = c == 1 ? cadre : 1 - cadre;
                    const double base =
                        c == 1 ? p.cadrePayInPass * pass : p.nonCadrePayInSmic * smicAnnual;
                    for (std::size_t f = 0; f < 4; ++f) {
                        const auto i = cellIndex(a, sex, c, f);
                        weights[i] = p.ageShares[a] * sexShare * catShare * p.familyShares[f] *
                                     kFamilyByAge[f][a] / familyNorm;
                        meanPay_[s][i] = std::max(smicAnnual, base * kAgePay[a] * kSexPay[sex]);
                    }
                }
            }
        }
        tables_[s] = AliasTable(weights);
    }
}

void CensusModel::draw(char section, std::uint32_t headcount, KeyedRandom& random,
                       std::vector<CensusCell>& cells) const {
    const auto s = static_cast<std::size_t>(section - 'A');
    std::array<std::uint32_t, kCells> counts{};
    for (std::uint32_t e = 0; e < headcount; ++e) ++counts[tables_[s].draw(random)];
    for (std::size_t i = 0; i < kCells; ++i) {
        if (counts[i] == 0) continue;
        CensusCell cell;
        cell.family = static_cast<std::uint8_t>(i % 4);
        cell.cadre = static_cast<std::uint8_t>((i / 4) % 2);
        cell.sex = static_cast<std::uint8_t>((i / 8) % 2);
        cell.ageBand = static_cast<std::uint8_t>(i / 16);
        cell.headcount = counts[i];
        const double noise = std::exp(0.08 * random.normal());
        // Rounded up at the floor so nobody is paid a fraction of a euro under the SMIC.
        cell.meanAnnualPayEur =
            static_cast<std::uint32_t>(std::ceil(std::max(smicAnnual_, meanPay_[s][i] * noise)));
        cells.push_back(cell);
    }
}

}  // namespace cmcsim
