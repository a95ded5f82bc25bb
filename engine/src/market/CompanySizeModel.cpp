#include "cmcsim/market/CompanySizeModel.h"

#include <algorithm>
#include <cmath>

#include "cmcsim/reference/SizeBands.h"

namespace cmcsim {

namespace {
// ∫ x^p dx over [low, high).
double integral(double p, double low, double high) {
    if (std::abs(p + 1) < 1e-9) return std::log(high / low);
    return (std::pow(high, p + 1) - std::pow(low, p + 1)) / (p + 1);
}
double meanOf(double exponent, double low, double high) {
    return integral(exponent + 1, low, high) / integral(exponent, low, high);
}
}  // namespace

CompanySizeModel::CompanySizeModel(const SizeBands& sizes, double territoryShare) {
    const auto& bands = sizes.companyBands();
    for (std::size_t b = 0; b < bands.size() && b < 8; ++b) {
        const auto& band = bands[b];
        PowerLaw law;
        // Employer establishments have at least one employee (URSSAF counts employers).
        law.low = std::max(1u, band.min);
        const double top =
            band.max == UINT32_MAX ? std::max(250000.0, band.min * 50.0) : band.max + 1.0;
        law.high = top;
        // Continuous x whose floor is the headcount: aim at the real mean + 0.5.
        const double target = std::clamp(band.employees / band.enterprises + 0.5, law.low * 1.0001,
                                         law.high * 0.9999);
        double lo = -8, hi = 8;  // the mean grows with the exponent
        for (int i = 0; i < 200; ++i) {
            const double mid = (lo + hi) / 2;
            (meanOf(mid, law.low, law.high) > target ? hi : lo) = mid;
        }
        law.exponent = (lo + hi) / 2;
        laws_[b] = law;
        national_[b] = std::max(1.0, band.establishments / band.enterprises);
        territory_[b] = 1.0 + (national_[b] - 1.0) * std::clamp(territoryShare, 0.0, 1.0);
    }
}

std::uint32_t CompanySizeModel::drawHeadcount(std::uint8_t band, KeyedRandom& random) const {
    const auto& law = laws_[band];
    const double u = random.uniform();
    const double p = law.exponent + 1;
    double x = 0;
    if (std::abs(p) < 1e-9) {
        x = law.low * std::pow(law.high / law.low, u);
    } else {
        const double a = std::pow(law.low, p), b = std::pow(law.high, p);
        x = std::pow(a + u * (b - a), 1.0 / p);
    }
    x = std::clamp(x, law.low, std::nextafter(law.high, law.low));
    return static_cast<std::uint32_t>(std::floor(x));
}

std::uint32_t CompanySizeModel::drawEstablishments(std::uint8_t band, KeyedRandom& random) const {
    const double mean = territory_[band];
    if (mean <= 1.000001) return 1;
    // 1 + geometric number of further establishments with the right mean.
    const double q = 1.0 / mean;
    const double u = 1.0 - random.uniform();
    const double extra = std::floor(std::log(u) / std::log(1.0 - q));
    return 1 + static_cast<std::uint32_t>(std::min(extra, 5000.0));
}

}  // namespace cmcsim
