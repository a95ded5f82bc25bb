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

// The k-th term of the van der Corput sequence in `base` (Halton's coordinates): for any n, the
// first n terms spread evenly over [0, 1).
double radicalInverse(std::uint32_t k, std::uint32_t base) {
    double f = 1, r = 0;
    for (; k > 0; k /= base) {
        f /= base;
        r += f * (k % base);
    }
    return r;
}

// The index whose share of the cumulative weights holds `u` (0..1).
std::size_t pick(const std::vector<double>& weights, double u) {
    double sum = 0;
    for (const double w : weights) sum += w;
    double cumulative = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        cumulative += weights[i];
        if (weights[i] > 0 && u * sum < cumulative) return i;
    }
    for (std::size_t i = weights.size(); i-- > 0;)
        if (weights[i] > 0) return i;
    return 0;
}

std::size_t cellIndex(std::size_t age, std::size_t sex, std::size_t cadre, std::size_t family) {
    return ((age * 2 + sex) * 2 + cadre) * 4 + family;
}

// The census cell of index `i` (cellIndex's order) with `headcount` people.
CensusCell cellAt(std::size_t i, std::uint32_t headcount) {
    CensusCell cell;
    cell.family = static_cast<std::uint8_t>(i % 4);
    cell.cadre = static_cast<std::uint8_t>((i / 4) % 2);
    cell.sex = static_cast<std::uint8_t>((i / 8) % 2);
    cell.ageBand = static_cast<std::uint8_t>(i / 16);
    cell.headcount = headcount;
    return cell;
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
        weights_[s] = weights;
        tables_[s] = AliasTable(weights);
    }
}

std::vector<CensusCell> CensusModel::expected(char section, std::uint32_t headcount) const {
    const auto s = static_cast<std::size_t>(section - 'A');
    const auto& w = weights_[s];
    // Person k takes the k-th point of a Hammersley set ((k − ½)/n, then radical inverses in
    // bases 2, 3, 5) through the profile's conditional shares: category, then sex, age and
    // family. Each margin is then spread as evenly as whole people allow, deterministically.
    auto weight = [&](std::size_t c, std::size_t x, std::size_t a, std::size_t f) {
        return w[cellIndex(a, x, c, f)];
    };
    std::array<std::uint32_t, kCells> counts{};
    for (std::uint32_t k = 1; k <= headcount; ++k) {
        std::vector<double> byCadre(2, 0), bySex(2, 0), byAge(6, 0), byFamily(4, 0);
        for (std::size_t c = 0; c < 2; ++c)
            for (std::size_t x = 0; x < 2; ++x)
                for (std::size_t a = 0; a < 6; ++a)
                    for (std::size_t f = 0; f < 4; ++f) byCadre[c] += weight(c, x, a, f);
        const auto cadre = pick(byCadre, (k - 0.5) / headcount);
        for (std::size_t x = 0; x < 2; ++x)
            for (std::size_t a = 0; a < 6; ++a)
                for (std::size_t f = 0; f < 4; ++f) bySex[x] += weight(cadre, x, a, f);
        const auto sex = pick(bySex, radicalInverse(k, 2));
        for (std::size_t a = 0; a < 6; ++a)
            for (std::size_t f = 0; f < 4; ++f) byAge[a] += weight(cadre, sex, a, f);
        const auto age = pick(byAge, radicalInverse(k, 3));
        for (std::size_t f = 0; f < 4; ++f) byFamily[f] = weight(cadre, sex, age, f);
        const auto family = pick(byFamily, radicalInverse(k, 5));
        ++counts[cellIndex(age, sex, cadre, family)];
    }
    std::vector<CensusCell> cells;
    for (std::size_t i = 0; i < kCells; ++i) {
        if (counts[i] == 0) continue;
        auto cell = cellAt(i, counts[i]);
        cell.meanAnnualPayEur = static_cast<std::uint32_t>(std::ceil(meanPay_[s][i]));
        cells.push_back(cell);
    }
    return cells;
}

void CensusModel::draw(char section, std::uint32_t headcount, KeyedRandom& random,
                       std::vector<CensusCell>& cells) const {
    const auto s = static_cast<std::size_t>(section - 'A');
    std::array<std::uint32_t, kCells> counts{};
    for (std::uint32_t e = 0; e < headcount; ++e) ++counts[tables_[s].draw(random)];
    for (std::size_t i = 0; i < kCells; ++i) {
        if (counts[i] == 0) continue;
        auto cell = cellAt(i, counts[i]);
        const double noise = std::exp(0.08 * random.normal());
        // Rounded up at the floor so nobody is paid a fraction of a euro under the SMIC.
        cell.meanAnnualPayEur =
            static_cast<std::uint32_t>(std::ceil(std::max(smicAnnual_, meanPay_[s][i] * noise)));
        cells.push_back(cell);
    }
}

}  // namespace cmcsim
