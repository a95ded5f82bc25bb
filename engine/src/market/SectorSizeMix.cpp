#include "cmcsim/market/SectorSizeMix.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

namespace {

double sumOver(const std::vector<double>& weights, const std::vector<bool>& inGroup) {
    double sum = 0;
    for (std::size_t i = 0; i < weights.size(); ++i)
        if (inGroup[i]) sum += weights[i];
    return sum;
}

// Spreads `total` over the sous-classes matching `inGroup` by the profile, else by the
// supplement, else evenly.
void spread(const SectorProfile& profile, const std::vector<bool>& inGroup, double total,
            std::vector<double>& out) {
    const auto& real = profile.establishments();
    const std::vector<double>& weights = sumOver(real, inGroup) > 0 ? real : profile.supplement();
    const double groupTotal = sumOver(weights, inGroup);
    const double members = static_cast<double>(std::count(inGroup.begin(), inGroup.end(), true));
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (!inGroup[i]) continue;
        out[i] += groupTotal > 0 ? total * weights[i] / groupTotal : total / members;
    }
}

std::vector<double> sectorWeights(const ReferenceData& ref, const Scenario& s) {
    const auto& codes = ref.naf.codes();
    if (s.sectionWeights.empty() && s.divisionWeights.empty())
        return ref.sectorProfile.establishments();
    std::vector<double> out(codes.size(), 0.0);
    const bool bySection = !s.sectionWeights.empty();
    const auto& weights = bySection ? s.sectionWeights : s.divisionWeights;
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0,
                                       [](double a, const auto& kv) { return a + kv.second; });
    for (const auto& [key, weight] : weights) {
        std::vector<bool> inGroup(codes.size());
        for (std::size_t i = 0; i < codes.size(); ++i)
            inGroup[i] = bySection ? codes[i].section == key[0] : codes[i].division == key;
        spread(ref.sectorProfile, inGroup, weight / sum, out);
    }
    return out;
}

std::vector<double> normalised(std::vector<double> v) {
    const double sum = std::accumulate(v.begin(), v.end(), 0.0);
    for (auto& x : v) x /= sum;
    return v;
}

}  // namespace

SectorSizeMix::SectorSizeMix(const ReferenceData& ref, const Scenario& s) {
    sectorShares_ = normalised(sectorWeights(ref, s));
    const auto& bands = ref.sizes.companyBands();
    std::vector<double> bandWeights(bands.size());
    for (std::size_t b = 0; b < bands.size(); ++b)
        bandWeights[b] = s.sizeProfile.empty() ? s.sizeBandWeights[b] : bands[b].establishments;
    bandShares_ = normalised(bandWeights);

    // Seed: a sector whose establishments are large in the profile sits in large-company bands.
    const auto& estabs = ref.sectorProfile.establishments();
    const auto& employees = ref.sectorProfile.employees();
    const double overallMean = std::accumulate(employees.begin(), employees.end(), 0.0) /
                               std::accumulate(estabs.begin(), estabs.end(), 0.0);
    const auto rows = static_cast<Eigen::Index>(sectorShares_.size());
    const auto cols = static_cast<Eigen::Index>(bands.size());
    joint_ = Eigen::MatrixXd::Zero(rows, cols);
    for (Eigen::Index i = 0; i < rows; ++i) {
        const auto si = static_cast<std::size_t>(i);
        if (sectorShares_[si] <= 0) continue;
        const double sectorMean = estabs[si] > 0 ? employees[si] / estabs[si] : overallMean;
        for (Eigen::Index b = 0; b < cols; ++b) {
            const auto& band = bands[static_cast<std::size_t>(b)];
            const double bandMean = band.employees / band.establishments;
            const double gap = std::log1p(bandMean) - std::log1p(sectorMean);
            joint_(i, b) = std::exp(-gap * gap / 2.0);
        }
    }
    const Eigen::Map<const Eigen::VectorXd> rowTarget(sectorShares_.data(), rows);
    const Eigen::Map<const Eigen::VectorXd> colTarget(bandShares_.data(), cols);
    for (int iteration = 0; iteration < 200; ++iteration) {
        Eigen::VectorXd rowSums = joint_.rowwise().sum();
        for (Eigen::Index i = 0; i < rows; ++i)
            if (rowSums(i) > 0) joint_.row(i) *= rowTarget(i) / rowSums(i);
        Eigen::VectorXd colSums = joint_.colwise().sum().transpose();
        for (Eigen::Index b = 0; b < cols; ++b)
            if (colSums(b) > 0) joint_.col(b) *= colTarget(b) / colSums(b);
        if ((joint_.rowwise().sum() - rowTarget).cwiseAbs().maxCoeff() < 1e-12) break;
    }
    setEstablishmentsPerCompany(std::vector<double>(bands.size(), 1.0));
}

void SectorSizeMix::setEstablishmentsPerCompany(const std::vector<double>& perBand) {
    std::vector<double> weights(static_cast<std::size_t>(joint_.size()));
    for (Eigen::Index i = 0; i < joint_.rows(); ++i)
        for (Eigen::Index b = 0; b < joint_.cols(); ++b)
            weights[static_cast<std::size_t>(i * joint_.cols() + b)] =
                joint_(i, b) / perBand[static_cast<std::size_t>(b)];
    companyTable_ = AliasTable(weights);
}

SectorSizeMix::Draw SectorSizeMix::drawCompany(KeyedRandom& random) const {
    const auto cell = companyTable_.draw(random);
    const auto cols = static_cast<std::uint32_t>(joint_.cols());
    return {static_cast<std::uint16_t>(cell / cols), static_cast<std::uint8_t>(cell % cols)};
}

}  // namespace cmcsim
