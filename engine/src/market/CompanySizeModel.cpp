#include "cmcsim/market/CompanySizeModel.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "cmcsim/reference/SizeBands.h"

namespace cmcsim {

namespace {
constexpr Purpose kHeadOfficeCalibration{"head-office-share"};
constexpr std::uint32_t kCalibrationCompanies = 4096;
constexpr double kHeadOfficeFactor = 1.5;
constexpr std::uint32_t kLargestEstablishment = 20000;

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
        top_[b] = band.max;
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

        // The share of head offices among the establishments here, measured on simulated
        // companies, normalises the head office's weight so establishments keep their mean.
        double headOffices = 0, establishments = 0;
        for (std::uint32_t i = 0; i < kCalibrationCompanies; ++i) {
            KeyedRandom random(0, kHeadOfficeCalibration, b * kCalibrationCompanies + i);
            const auto count = drawEstablishments(static_cast<std::uint8_t>(b), random);
            headOffices += drawHeadOfficeHere(count, national_[b], random) ? 1 : 0;
            establishments += count;
        }
        headOfficeShare_[b] = headOffices / establishments;
        headOfficeWeight_[b] = 1.0 / (1.0 + (kHeadOfficeFactor - 1.0) * headOfficeShare_[b]);
    }
    // Standard normal quantiles at (k + ½) / 512: Φ⁻¹ by bisection on Φ(z) = erfc(−z / √2) / 2.
    for (int k = 0; k < 512; ++k) {
        const double p = (k + 0.5) / 512.0;
        double lo = -8, hi = 8;
        for (int i = 0; i < 60; ++i) {
            const double mid = (lo + hi) / 2;
            (0.5 * std::erfc(-mid / std::sqrt(2.0)) < p ? lo : hi) = mid;
        }
        halfExpNormals_.push_back(std::exp(0.5 * ((lo + hi) / 2)));
    }
}

double CompanySizeModel::expectedHeadcount(std::uint8_t band, double scale) const {
    const double top = static_cast<double>(std::min(top_[band], kLargestEstablishment * 4));
    double sum[2] = {0, 0};
    for (const double halfExp : halfExpNormals_) {
        const double base = scale * halfExp / 1.1331 * headOfficeWeight_[band];
        sum[0] += std::clamp(std::round(base), 1.0, top);
        sum[1] += std::clamp(std::round(base * kHeadOfficeFactor), 1.0, top);
    }
    const double n = static_cast<double>(halfExpNormals_.size());
    return (sum[0] * (1 - headOfficeShare_[band]) + sum[1] * headOfficeShare_[band]) / n;
}

double CompanySizeModel::scaleForMean(std::uint8_t band, double mean) const {
    double scale = mean;
    for (int i = 0; i < 12; ++i) {
        const double got = expectedHeadcount(band, scale);
        if (got <= 0 || std::abs(got / mean - 1) < 1e-4) break;
        scale = std::min(scale * mean / got, 1e7);
    }
    return scale;
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

bool CompanySizeModel::drawHeadOfficeHere(std::uint32_t count, double national,
                                          KeyedRandom& random) {
    return count >= national || random.chance(std::min(1.0, count / national));
}

std::pair<double, double> CompanySizeModel::meanEstablishmentRange(std::uint8_t band) const {
    const double top = top_[band] == UINT32_MAX ? kLargestEstablishment : 0.8 * top_[band];
    return {1.0, top};
}

std::uint32_t CompanySizeModel::establishmentHeadcount(std::uint8_t band, double scale,
                                                       bool headOffice, double quantile) const {
    const auto k = std::min<std::size_t>(
        halfExpNormals_.size() - 1,
        static_cast<std::size_t>(quantile * static_cast<double>(halfExpNormals_.size())));
    // exp(σ z) has mean exp(σ² / 2) = 1.1331 for σ = 0.5.
    const double factor = halfExpNormals_[k] / 1.1331 * (headOffice ? kHeadOfficeFactor : 1.0) *
                          headOfficeWeight_[band];
    const auto top = std::min(top_[band], kLargestEstablishment * 4);
    return static_cast<std::uint32_t>(
        std::clamp<double>(std::round(scale * factor), 1.0, static_cast<double>(top)));
}

void CompanySizeModel::fitCompany(std::uint8_t band, std::uint32_t& companyHeadcount,
                                  std::span<std::uint32_t> establishments) const {
    std::uint64_t sum =
        std::accumulate(establishments.begin(), establishments.end(), std::uint64_t{0});
    while (sum > top_[band]) {
        auto largest = std::max_element(establishments.begin(), establishments.end());
        if (*largest <= 1) break;
        const auto take = std::min<std::uint64_t>(sum - top_[band], *largest / 2 + 1);
        const auto cut = static_cast<std::uint32_t>(std::min<std::uint64_t>(take, *largest - 1));
        *largest -= cut;
        sum -= cut;
    }
    companyHeadcount = static_cast<std::uint32_t>(std::max<std::uint64_t>(companyHeadcount, sum));
}

}  // namespace cmcsim
