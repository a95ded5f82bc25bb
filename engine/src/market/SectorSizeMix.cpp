#include "cmcsim/market/SectorSizeMix.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <string>

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
    sectorMeans_.assign(sectorShares_.size(), 0.0);
    for (std::size_t i = 0; i < sectorShares_.size(); ++i)
        if (estabs[i] > 0 && employees[i] > 0) sectorMeans_[i] = employees[i] / estabs[i];
    for (const auto& band : bands) bandMeans_.push_back(band.employees / band.establishments);
    std::map<std::string, std::size_t> divisions;
    for (const auto& c : ref.naf.codes()) {
        const auto [it, added] = divisions.emplace(c.division, divisions.size());
        if (added) divisionSection_.push_back(c.section);
        division_.push_back(it->second);
    }
    divisionCount_ = divisions.size();
    fitJoint();
    setEstablishmentsPerCompany(std::vector<double>(bands.size(), 1.0));
}

void SectorSizeMix::fitJoint() {
    // Iterative proportional fitting of both margins, with a third constraint per sous-classe:
    // its establishments' mean of the bands' mean establishment sizes m_b is the profile's mean
    // establishment size (scaled to the bands' overall mean). Each row is tilted by m_b^γ, γ
    // found by Newton's method (the mean grows with γ; targets outside the bands' means are
    // clamped to them, the cells' mean sizes do the rest: fitMeanSizes).
    const auto rows = joint_.rows(), cols = joint_.cols();
    const Eigen::Map<const Eigen::VectorXd> rowTarget(sectorShares_.data(), rows);
    const Eigen::Map<const Eigen::VectorXd> colTarget(bandShares_.data(), cols);
    const Eigen::Map<const Eigen::VectorXd> m(bandMeans_.data(), cols);
    const Eigen::VectorXd logM = m.array().log();
    double profileTotal = 0, profileEstablishments = 0;
    for (Eigen::Index i = 0; i < rows; ++i) {
        const auto si = static_cast<std::size_t>(i);
        if (sectorMeans_[si] <= 0) continue;
        profileTotal += sectorShares_[si] * sectorMeans_[si];
        profileEstablishments += sectorShares_[si];
    }
    const double scale =
        profileTotal > 0 ? colTarget.dot(m) / (profileTotal / profileEstablishments) : 1.0;
    // 40 rounds with the tilt, then plain fitting so both margins hold exactly.
    for (int iteration = 0; iteration < 240; ++iteration) {
        for (Eigen::Index i = 0; i < rows && iteration < 40; ++i) {
            const double mean = sectorMeans_[static_cast<std::size_t>(i)] * scale;
            if (mean <= 0 || rowTarget(i) <= 0) continue;
            const double target = std::clamp(mean, m.minCoeff() * 1.01, m.maxCoeff() * 0.99);
            const Eigen::VectorXd w = joint_.row(i).transpose();
            double gamma = 0;
            for (int step = 0; step < 8; ++step) {
                const Eigen::VectorXd tilted = w.array() * (gamma * logM.array()).exp();
                const double total = tilted.sum();
                const double mu = tilted.dot(m) / total;
                const double slope =
                    tilted.dot(m.cwiseProduct(logM)) / total - mu * tilted.dot(logM) / total;
                if (slope <= 1e-12 || std::abs(mu - target) < 1e-9 * target) break;
                gamma = std::clamp(gamma + (target - mu) / slope, -6.0, 6.0);
            }
            joint_.row(i) = (w.array() * (gamma * logM.array()).exp()).transpose();
        }
        Eigen::VectorXd rowSums = joint_.rowwise().sum();
        for (Eigen::Index i = 0; i < rows; ++i)
            if (rowSums(i) > 0) joint_.row(i) *= rowTarget(i) / rowSums(i);
        Eigen::VectorXd colSums = joint_.colwise().sum().transpose();
        for (Eigen::Index b = 0; b < cols; ++b)
            if (colSums(b) > 0) joint_.col(b) *= colTarget(b) / colSums(b);
        if (iteration >= 40 && (joint_.rowwise().sum() - rowTarget).cwiseAbs().maxCoeff() < 1e-12)
            break;
    }
}

void SectorSizeMix::fitMeanSizes(const std::vector<std::pair<double, double>>& bounds,
                                 const Eigen::MatrixXd& realised) {
    const auto rows = joint_.rows(), cols = joint_.cols();
    const Eigen::MatrixXd counts = realised / realised.sum();  // establishment shares per cell
    auto clamped = [&](double value, Eigen::Index b) {
        const auto& [lo, hi] = bounds[static_cast<std::size_t>(b)];
        return std::clamp(value, lo, hi);
    };
    // Start: each sous-classe's cells at the band means × what the sous-classe needs on top of
    // them (its profile mean / the band means averaged over its planned establishments).
    meanSizes_.resize(rows, cols);
    for (Eigen::Index i = 0; i < rows; ++i) {
        const auto si = static_cast<std::size_t>(i);
        const double planned = joint_.row(i).sum();
        double ratio = 1;
        if (sectorMeans_[si] > 0 && planned > 0) {
            double bandMean = 0;
            for (Eigen::Index b = 0; b < cols; ++b)
                bandMean += joint_(i, b) * bandMeans_[static_cast<std::size_t>(b)];
            ratio = sectorMeans_[si] / (bandMean / planned);
        }
        for (Eigen::Index b = 0; b < cols; ++b)
            meanSizes_(i, b) = clamped(bandMeans_[static_cast<std::size_t>(b)] * ratio, b);
    }
    // Employees per division: its sous-classes' planned establishments × their profile means
    // (sous-classes without profile employees, such as agriculture, are free).
    // A division the market draws no establishment of leaves its employees to the other
    // divisions of its section, in proportion to theirs.
    std::vector<double> groupTarget(divisionCount_, 0.0), missing(divisionCount_, 0.0);
    std::vector<char> constrained(static_cast<std::size_t>(rows), 0);
    std::vector<char> drawn(divisionCount_, 0);
    for (Eigen::Index i = 0; i < rows; ++i)
        if (counts.row(i).sum() > 0) drawn[division_[static_cast<std::size_t>(i)]] = 1;
    for (Eigen::Index i = 0; i < rows; ++i) {
        const auto si = static_cast<std::size_t>(i);
        if (sectorMeans_[si] <= 0) continue;
        const double employees = sectorShares_[si] * sectorMeans_[si];
        if (!drawn[division_[si]]) {
            missing[division_[si]] += employees;
            continue;
        }
        // A sous-classe without establishments leaves its employees to its division's others.
        groupTarget[division_[si]] += employees;
        constrained[si] = counts.row(i).sum() > 0;
    }
    std::map<char, std::pair<double, double>> bySection;  // missing, drawn targets
    for (std::size_t d = 0; d < divisionCount_; ++d) {
        bySection[divisionSection_[d]].first += missing[d];
        bySection[divisionSection_[d]].second += groupTarget[d];
    }
    for (std::size_t d = 0; d < divisionCount_; ++d) {
        const auto& [lost, kept] = bySection[divisionSection_[d]];
        if (kept > 0) groupTarget[d] *= 1 + lost / kept;
    }
    // Per band: its share of employees (establishment share × national mean establishment size),
    // scaled to the same total as the divisions and free rows.
    const auto current = [&] { return counts.cwiseProduct(meanSizes_); };
    double total = 0;
    const Eigen::MatrixXd start = current();
    for (Eigen::Index i = 0; i < rows; ++i)
        total += constrained[static_cast<std::size_t>(i)] ? 0.0 : start.row(i).sum();
    for (double t : groupTarget) total += t;
    Eigen::VectorXd colTarget(cols);
    for (Eigen::Index b = 0; b < cols; ++b)
        colTarget(b) =
            bandShares_[static_cast<std::size_t>(b)] * bandMeans_[static_cast<std::size_t>(b)];
    colTarget *= total / colTarget.sum();

    // Bounded raking: scale each division's cells, then each band's, towards their targets;
    // a cell stopped by its bound leaves the rest to the others.
    auto groupsNow = [&] {
        const Eigen::MatrixXd now = current();
        std::vector<double> out(divisionCount_, 0.0);
        for (Eigen::Index i = 0; i < rows; ++i)
            if (constrained[static_cast<std::size_t>(i)])
                out[division_[static_cast<std::size_t>(i)]] += now.row(i).sum();
        return out;
    };
    auto rake = [&] {
        for (int iteration = 0; iteration < 300; ++iteration) {
            const auto groupNow = groupsNow();
            double worst = 0;
            for (Eigen::Index i = 0; i < rows; ++i) {
                const auto si = static_cast<std::size_t>(i);
                if (!constrained[si] || groupNow[division_[si]] <= 0) continue;
                const double factor = groupTarget[division_[si]] / groupNow[division_[si]];
                worst = std::max(worst, std::abs(factor - 1));
                for (Eigen::Index b = 0; b < cols; ++b)
                    meanSizes_(i, b) = clamped(meanSizes_(i, b) * factor, b);
            }
            const Eigen::VectorXd colNow = current().colwise().sum().transpose();
            for (Eigen::Index b = 0; b < cols; ++b) {
                if (colNow(b) <= 0) continue;
                const double factor = colTarget(b) / colNow(b);
                worst = std::max(worst, std::abs(factor - 1));
                for (Eigen::Index i = 0; i < rows; ++i)
                    meanSizes_(i, b) = clamped(meanSizes_(i, b) * factor, b);
            }
            if (worst < 1e-7) return;
        }
    };
    // A division held back by its bounds (e.g. a refinery drawn in a small company) leaves what
    // it lacks to the other divisions of its section.
    std::vector<char> stuck(divisionCount_, 0);
    for (int round = 0; round < 4; ++round) {
        rake();
        const auto groupNow = groupsNow();
        std::map<char, std::pair<double, double>> pool;  // lacking, open targets per section
        for (std::size_t d = 0; d < divisionCount_; ++d) {
            if (groupTarget[d] <= 0) continue;
            if (groupNow[d] < 0.995 * groupTarget[d]) {
                pool[divisionSection_[d]].first += groupTarget[d] - groupNow[d];
                groupTarget[d] = groupNow[d];
                stuck[d] = 1;
            } else if (!stuck[d]) {
                pool[divisionSection_[d]].second += groupTarget[d];
            }
        }
        bool moved = false;
        for (std::size_t d = 0; d < divisionCount_; ++d) {
            const auto& [lacking, open] = pool[divisionSection_[d]];
            if (stuck[d] || open <= 0 || lacking <= 0) continue;
            groupTarget[d] *= 1 + lacking / open;
            moved = true;
        }
        if (!moved) break;
    }
}

void SectorSizeMix::setEstablishmentsPerCompany(const std::vector<double>& perBand) {
    std::vector<double> weights(static_cast<std::size_t>(joint_.size()));
    for (Eigen::Index i = 0; i < joint_.rows(); ++i)
        for (Eigen::Index b = 0; b < joint_.cols(); ++b)
            weights[static_cast<std::size_t>(i * joint_.cols() + b)] =
                joint_(i, b) / perBand[static_cast<std::size_t>(b)];
    cumulative_.resize(weights.size());
    std::partial_sum(weights.begin(), weights.end(), cumulative_.begin());
    for (auto& c : cumulative_) c /= cumulative_.back();
}

SectorSizeMix::Draw SectorSizeMix::companyAt(std::uint64_t index, double offset) const {
    constexpr double kGolden = 0.6180339887498949;  // (√5 − 1) / 2
    const double u = std::fmod(offset + std::fmod(static_cast<double>(index) * kGolden, 1.0), 1.0);
    const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), u);
    auto cell = static_cast<std::uint32_t>(std::min<std::ptrdiff_t>(
        it - cumulative_.begin(), static_cast<std::ptrdiff_t>(cumulative_.size()) - 1));
    // Cells of weight 0 never come out: upper_bound skips them.
    const auto cols = static_cast<std::uint32_t>(joint_.cols());
    return {static_cast<std::uint16_t>(cell / cols), static_cast<std::uint8_t>(cell % cols)};
}

}  // namespace cmcsim
