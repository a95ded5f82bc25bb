#include "cmcsim/offer/RiskModel.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <tuple>

#include "OrderStatistics.h"
#include "RiskModelDraws.h"
#include "cmcsim/core/KeyedRandom.h"

namespace cmcsim {

namespace {
constexpr Purpose kRisk{"risk"};
// Severity dispersion of sick-leave and disability claims (⚠ assumption: coefficient of variation
// 1).
constexpr double kProvidentSeverityVariation = 1.0;

struct Component {
    double mean, variance;
};

// What a simulation's figures are a function of, bit for bit: the years, the seed, the premium and
// each component's mean and variance, in order.
using RiskKey = std::vector<std::uint64_t>;

RiskKey keyOf(std::uint32_t years, std::uint64_t seed, double premium,
              const std::vector<Component>& components) {
    RiskKey key{years, seed, std::bit_cast<std::uint64_t>(premium)};
    for (const auto& c : components) {
        key.push_back(std::bit_cast<std::uint64_t>(c.mean));
        key.push_back(std::bit_cast<std::uint64_t>(c.variance));
    }
    return key;
}

// Reports already simulated, by their inputs: offers that differ only in what the risk does not
// read (the employer's share, the services, the title) share one simulation, e.g. the versions
// of an offer an assessment studies (docs/performance.md). Bounded: emptied when full.
class RiskCache {
public:
    std::optional<RiskReport> find(const RiskKey& key) {
        const std::lock_guard lock(mutex_);
        const auto it = reports_.find(key);
        if (it == reports_.end()) return std::nullopt;
        return it->second;
    }
    void add(RiskKey key, const RiskReport& report) {
        const std::lock_guard lock(mutex_);
        if (reports_.size() >= kCapacity) reports_.clear();
        reports_.emplace(std::move(key), report);
    }

private:
    static constexpr std::size_t kCapacity = 256;
    std::mutex mutex_;
    std::map<RiskKey, RiskReport> reports_;
};

RiskCache& cache() {
    static RiskCache instance;
    return instance;
}
}  // namespace

RiskReport RiskModel::simulate(const OfferQuote& quote, std::uint32_t years, std::uint64_t seed) {
    std::vector<Component> components;
    RiskReport r;
    for (const auto& h : quote.health) {
        r.premium += h.annualPremiumExTax;
        for (Eigen::Index i = 0; i < h.claimsByItem.size(); ++i)
            if (h.claimsByItem(i) > 0)
                components.push_back({h.claimsByItem(i), h.varianceByItem(i)});
    }
    for (const auto& p : quote.provident) {
        r.premium += p.annualPremium;
        // Compound Poisson with λ cases of mean severity s: Var = λ s² (1 + cv²); a death capital
        // is fixed (cv 0).
        const double dispersion = 1 + kProvidentSeverityVariation * kProvidentSeverityVariation;
        for (const auto& [mean, cases, factor] :
             {std::tuple{p.annualDeath, p.deaths, 1.0},
              std::tuple{p.annualIncapacity, p.incapacityCases, dispersion},
              std::tuple{p.annualDisability, p.disabilityCases, dispersion}})
            if (mean > 0 && cases > 0) components.push_back({mean, mean * mean / cases * factor});
    }
    for (const auto& c : components) {
        r.analyticMean += c.mean;
        r.analyticStdDev += c.variance;
    }
    r.analyticStdDev = std::sqrt(r.analyticStdDev);
    r.years = years;
    if (years == 0 || r.premium <= 0) return r;
    auto key = keyOf(years, seed, r.premium, components);
    if (auto known = cache().find(key)) return *known;

    // Each year's claims come from its own random stream (keyed by the year), so the years are
    // drawn on two threads, many side by side (drawRiskYears); the sums run in year order after,
    // so the figures do not depend on it. Each component's law is set up once for all the years.
    std::vector<RiskLaw> laws;
    laws.reserve(components.size());
    for (const auto& c : components) {
        if (c.variance <= 0)
            laws.push_back({true, c.mean, 0, GammaLaw(0)});
        else
            laws.push_back(
                {false, c.mean, c.variance / c.mean, GammaLaw(c.mean * c.mean / c.variance)});
    }
    std::vector<double> ratios(years);
    const bool lanes = riskLanesAvailable();
    const auto draw = [&](std::uint32_t from, std::uint32_t to) {
        drawRiskYears(laws, seed, kRisk, from, to, ratios.data() + from, lanes);
    };
    // The years are handed out in chunks to whichever thread is free, so that a core taken by
    // other work meanwhile (the seal check of `quote`) delays neither half.
    {
        constexpr std::uint32_t kChunk = 1024;
        std::atomic<std::uint32_t> next{0};
        const auto work = [&] {
            for (auto from = next.fetch_add(kChunk); from < years; from = next.fetch_add(kChunk))
                draw(from, std::min(years, from + kChunk));
        };
        std::jthread second(work);
        work();
    }
    // One pass for the moments, the two probabilities and the histogram (each bin adds 1/n in
    // year order, as the separate passes did).
    double sum = 0, squares = 0;
    std::size_t above100 = 0, above110 = 0;
    r.histogram.assign(40, 0.0);
    const double n = years;
    for (const double claims : ratios) {
        sum += claims;
        squares += claims * claims;
        const double x = claims / r.premium;
        above100 += x > 1.0;
        above110 += x > 1.1;
        r.histogram[std::min<std::size_t>(39, static_cast<std::size_t>(std::max(0.0, x) / 0.05))] +=
            1.0 / n;
    }
    r.simulatedMean = sum / n;
    r.simulatedStdDev = std::sqrt(std::max(0.0, squares / n - r.simulatedMean * r.simulatedMean));
    r.probabilityLossAbove100 = static_cast<double>(above100) / n;
    r.probabilityIncreaseNeeded = static_cast<double>(above110) / n;
    // The quantiles: the loss ratios' order statistics, found among the claims (orderStatistics:
    // the values nth_element would leave at their ranks) and divided by the premium after, which
    // gives the same bits (a division by a positive number keeps the order).
    const std::array<double, 5> levels = {0.05, 0.25, 0.5, 0.75, 0.95};
    std::array<std::size_t, 5> ranks{};
    for (std::size_t i = 0; i < levels.size(); ++i)
        ranks[i] = std::min<std::size_t>(years - 1, static_cast<std::size_t>(levels[i] * years));
    r.lossRatioQuantiles = orderStatistics(ratios, ranks);
    for (auto& q : r.lossRatioQuantiles) q /= r.premium;
    cache().add(std::move(key), r);
    return r;
}

}  // namespace cmcsim
