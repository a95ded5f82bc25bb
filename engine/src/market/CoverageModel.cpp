#include "cmcsim/market/CoverageModel.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace cmcsim {

namespace {
std::vector<double> healthShares(const std::vector<Competitor>& competitors) {
    std::vector<double> w;
    for (const auto& c : competitors) w.push_back(c.marketShare);
    return w;
}

Date nextRenewal(Date start, unsigned month) {
    Date candidate = Date::fromCivil(start.year(), month, 1);
    return candidate < start ? Date::fromCivil(start.year() + 1, month, 1) : candidate;
}

float clamp01(double x) {
    return static_cast<float>(std::clamp(x, 0.0, 1.0));
}
}  // namespace

double CoverageModel::baseHealthPremium(int level) {
    // Modelling assumption ⚠ (docs/market-model.md): monthly premium per covered employee at
    // market price, so that a typical mix of levels averages near DREES's 74 € (2023).
    static constexpr std::array<double, 4> kByLevel = {46.0, 63.0, 79.0, 99.0};
    return kByLevel.at(static_cast<std::size_t>(std::clamp(level, 1, 4) - 1));
}

CoverageModel::CoverageModel(const std::vector<Competitor>& competitors,
                             const std::vector<double>& providentShares, Date start)
    : competitors_(competitors),
      healthTable_(healthShares(competitors)),
      providentTable_(providentShares),
      start_(start) {}

void CoverageModel::draw(Company& company, std::uint32_t cadres, double meanAge,
                         double meanMonthlyPay, KeyedRandom& random) const {
    const bool employs = company.headcount > 0;
    // Non-compliance: a share of very small employers has no collective health cover.
    const bool healthCovered = employs && !(company.sizeBand == 0 && random.chance(0.05));
    if (healthCovered) {
        auto& h = company.health;
        h.insurer = static_cast<std::int16_t>(healthTable_.draw(random));
        const auto& insurer = competitors_[static_cast<std::size_t>(h.insurer)];
        const double u = random.uniform();
        int level = insurer.guaranteeLevel + (u < 0.25 ? -1 : u < 0.75 ? 0 : 1);
        if (company.sizeBand >= 3 && random.chance(0.3)) ++level;
        h.level = static_cast<std::uint8_t>(std::clamp(level, 1, 4));
        const double ageFactor = 1.0 + 0.012 * (meanAge - 41.0);
        h.monthlyPremium = Money::euros(baseHealthPremium(h.level) * insurer.priceLevel *
                                        ageFactor * std::exp(0.08 * random.normal()));
        const unsigned month = random.chance(0.65) ? 1u : 2u + random.below(11);
        h.renewal = nextRenewal(start_, month);
        h.satisfaction = clamp01(insurer.serviceQuality + 0.15 * random.normal() -
                                 0.3 * (insurer.priceLevel - 1.0));
        h.propensityToMove = static_cast<float>(std::clamp(
            0.04 + 0.4 * (1.0 - h.satisfaction) + 0.25 * std::max(0.0, insurer.priceLevel - 1.0),
            0.0, 0.9));
    }
    const double providentChance = cadres > 0 ? 0.93 : company.headcount >= 11 ? 0.55 : 0.2;
    if (employs && random.chance(providentChance)) {
        auto& p = company.provident;
        p.insurer = healthCovered && random.chance(0.45)
                        ? company.health.insurer
                        : static_cast<std::int16_t>(providentTable_.draw(random));
        p.level = static_cast<std::uint8_t>(1 + random.below(3));
        // Rates of gross pay by level (0.8 %, 1.2 %, 1.8 %), modelling assumption ⚠.
        const double rate = p.level == 1 ? 0.008 : p.level == 2 ? 0.012 : 0.018;
        p.monthlyPremium = Money::euros(rate * meanMonthlyPay);
        p.renewal = nextRenewal(start_, 1);
        p.satisfaction = clamp01(competitors_[static_cast<std::size_t>(p.insurer)].serviceQuality +
                                 0.15 * random.normal());
        p.propensityToMove =
            static_cast<float>(std::clamp(0.03 + 0.3 * (1.0 - p.satisfaction), 0.0, 0.9));
    }
}

}  // namespace cmcsim
