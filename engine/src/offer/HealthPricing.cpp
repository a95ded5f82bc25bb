#include "cmcsim/offer/HealthPricing.h"

#include <algorithm>
#include <cmath>

namespace cmcsim {

namespace {
// A reimbursement ceiling that no cost reaches (frais réels, yearly allowances).
constexpr double kUnlimited = 1e9;

// A log-normal cost of mean m and coefficient of variation cv.
struct Cost {
    double mean, mu, sigma;
    Cost(double m, double cv) : mean(m) {
        sigma = std::sqrt(std::log1p(cv * cv));
        mu = std::log(std::max(m, 1e-9)) - sigma * sigma / 2;
    }
    static double phi(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }
    // E[min(X, limit)].
    double limited(double limit) const {
        if (limit <= 0) return 0;
        if (sigma < 1e-9) return std::min(mean, limit);
        if (limit >= kUnlimited) return mean;  // no limit: the whole mean, without erfc
        const double l = std::log(limit);
        return mean * phi((l - mu - sigma * sigma) / sigma) + limit * (1 - phi((l - mu) / sigma));
    }
    // E[min(X, limit)^2].
    double limitedSquare(double limit) const {
        if (limit <= 0) return 0;
        const double secondMoment = std::exp(2 * mu + 2 * sigma * sigma);
        if (sigma < 1e-9) return std::pow(std::min(mean, limit), 2);
        if (limit >= kUnlimited) return secondMoment;
        const double l = std::log(limit);
        return secondMoment * phi((l - mu - 2 * sigma * sigma) / sigma) +
               limit * limit * (1 - phi((l - mu) / sigma));
    }
};

// The expected payout and second moment of one act: the complementary pays what lies between the
// Sécurité sociale share `amo` and the reimbursement ceiling `ceiling` (both in euros of cost).
struct Layer {
    double amo, ceiling;
    double mean(const Cost& c) const {
        return ceiling > amo ? c.limited(ceiling) - c.limited(amo) : 0;
    }
    // E[(min(X, ceiling) - min(X, amo))^2] = E[min(X,c)^2] - E[min(X,a)^2] - 2a(E[min(X,c)] -
    // E[min(X,a)]).
    double square(const Cost& c) const {
        if (ceiling <= amo) return 0;
        return c.limitedSquare(ceiling) - c.limitedSquare(amo) -
               2 * amo * (c.limited(ceiling) - c.limited(amo));
    }
};

Layer layerOf(const CareItem& item, const Guarantee& g, bool alsaceMoselle) {
    const double amo = (alsaceMoselle ? item.localSchemeRate : item.amoRate) * item.baseEur;
    switch (g.kind) {
        case Guarantee::Kind::PercentOfBase:
            return {amo, g.value / 100.0 * item.baseEur};
        case Guarantee::Kind::CoPayment:
            return {amo, item.baseEur};
        case Guarantee::Kind::PerAct:
            return {amo, amo + g.value};
        case Guarantee::Kind::ActualCost:
        case Guarantee::Kind::PerYear:
            return {amo, kUnlimited};
        case Guarantee::Kind::None:
            return {0, 0};
    }
    return {0, 0};
}

double annualCap(const Guarantee& g) {
    if (g.kind == Guarantee::Kind::PerYear)
        return g.annualCapEur > 0 ? std::min(g.value, g.annualCapEur) : g.value;
    return g.annualCapEur;
}
}  // namespace

HealthPricing::HealthPricing(const OfferCatalogue& catalogue, bool alsaceMoselle, int year)
    : catalogue_(catalogue),
      alsaceMoselle_(alsaceMoselle),
      index_(year > 0 ? catalogue.inflation.index(year) : 1.0) {
    const auto& items = catalogue.careItems;
    frequency_ =
        Eigen::MatrixXd::Zero(InsuredGroup::kCells, static_cast<Eigen::Index>(items.size()));
    for (Eigen::Index i = 0; i < frequency_.cols(); ++i) {
        const auto& item = items[static_cast<std::size_t>(i)];
        for (int band = 0; band < 8; ++band) {
            frequency_(band * 2 + 1, i) =
                item.frequencyMen[static_cast<std::size_t>(band)];  // men: sex 1
            // The women's factor (maternity, gynaecology, …) is an adult's: girls consume as
            // boys do (DREES, dépenses de santé par âge et sexe: the gap opens at 15–20 years).
            frequency_(band * 2, i) = item.frequencyMen[static_cast<std::size_t>(band)] *
                                      (band == 0 ? 1.0 : item.womenFactor);
        }
    }
}

double HealthPricing::expectedPayoutPerAct(const CareItem& item, const Guarantee& g,
                                           bool alsaceMoselle) {
    return layerOf(item, g, alsaceMoselle).mean(Cost(item.meanCostEur, item.costVariation));
}

Guarantee HealthPricing::effectiveGuarantee(const std::string& item, const HealthProduct& base,
                                            const std::vector<const HealthProduct*>& options) {
    Guarantee g;
    if (const auto it = base.guarantees.find(item); it != base.guarantees.end()) g = it->second;
    // An option adds its value and cap to the base guarantee of the same kind, else replaces it.
    for (const auto* option : options) {
        const auto it = option->guarantees.find(item);
        if (it == option->guarantees.end()) continue;
        if (it->second.kind == g.kind) {
            g.value += it->second.value;
            g.annualCapEur += it->second.annualCapEur;
        } else {
            g = it->second;
        }
    }
    return g;
}

Eigen::MatrixXd HealthPricing::perPersonByItem(
    const HealthProduct& base, const std::vector<const HealthProduct*>& options) const {
    const auto& items = catalogue_.careItems;
    Eigen::MatrixXd out(frequency_.rows(), frequency_.cols());
    for (Eigen::Index i = 0; i < frequency_.cols(); ++i) {
        const auto& item = items[static_cast<std::size_t>(i)];
        const auto g = effectiveGuarantee(item.id, base, options);
        // Costs grow with medical inflation; the guarantee's annual cap in euros does not.
        out.col(i) = frequency_.col(i) * (expectedPayoutPerAct(item, g, alsaceMoselle_) * index_);
        if (const double cap = annualCap(g); cap > 0) out.col(i) = out.col(i).cwiseMin(cap);
    }
    return out;
}

Eigen::VectorXd HealthPricing::groupByItem(const Eigen::MatrixXd& perPerson,
                                           const InsuredGroup::Counts& people) const {
    return perPerson.transpose() * people;
}

Eigen::VectorXd HealthPricing::groupVarianceByItem(const HealthProduct& base,
                                                   const std::vector<const HealthProduct*>& options,
                                                   const InsuredGroup::Counts& people) const {
    const auto& items = catalogue_.careItems;
    Eigen::VectorXd variance(frequency_.cols());
    const Eigen::VectorXd acts =
        frequency_.transpose() * people;  // expected acts per item for the group
    for (Eigen::Index i = 0; i < frequency_.cols(); ++i) {
        const auto& item = items[static_cast<std::size_t>(i)];
        const auto g = effectiveGuarantee(item.id, base, options);
        // Compound Poisson: Var = λ E[Y²], Y the payout of one act.
        variance(i) =
            acts(i) *
            layerOf(item, g, alsaceMoselle_).square(Cost(item.meanCostEur, item.costVariation)) *
            index_ * index_;
    }
    return variance;
}

}  // namespace cmcsim
