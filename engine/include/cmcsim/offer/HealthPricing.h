#pragma once

#include <Eigen/Dense>
#include <vector>

#include "cmcsim/offer/InsuredGroup.h"
#include "cmcsim/reference/OfferCatalogue.h"

namespace cmcsim {

// Expected complementary health benefits: for each care item, the frequency of acts by age and
// sex times the cost net of the Sécurité sociale share (and of the régime local's in
// Alsace-Moselle, CSS D911-1-1), limited by the guarantee (costs are log-normal with the item's
// mean and coefficient of variation), indexed from the costs' base year by medical inflation.
class HealthPricing {
public:
    // `alsaceMoselle`: the régime local pays before the complementary (CareItem::localSchemeRate);
    // `year`: the year the costs are indexed to (0: the base year, no indexing).
    explicit HealthPricing(const OfferCatalogue& catalogue, bool alsaceMoselle = false,
                           int year = 0);

    // Expected benefit of one act of `item` under `guarantee`, in euros at the base year, after
    // the Sécurité sociale (and the régime local when `alsaceMoselle`).
    static double expectedPayoutPerAct(const CareItem& item, const Guarantee& guarantee,
                                       bool alsaceMoselle = false);
    // The cost index from the base year to the priced year (1 at the base year).
    double costIndex() const { return index_; }
    // The guarantee of a base product with its options (an option adds to a guarantee of the same
    // kind, else replaces it).
    static Guarantee effectiveGuarantee(const std::string& item, const HealthProduct& base,
                                        const std::vector<const HealthProduct*>& options);
    // Expected annual benefits per person: rows are the 16 age × sex cells, columns the care items.
    Eigen::MatrixXd perPersonByItem(const HealthProduct& base,
                                    const std::vector<const HealthProduct*>& options) const;
    // Expected annual benefits of a group of people (counts by cell), per care item.
    Eigen::VectorXd groupByItem(const Eigen::MatrixXd& perPerson,
                                const InsuredGroup::Counts& people) const;
    // Variance of a group's annual benefits per care item (compound Poisson), for the risk model.
    Eigen::VectorXd groupVarianceByItem(const HealthProduct& base,
                                        const std::vector<const HealthProduct*>& options,
                                        const InsuredGroup::Counts& people) const;

    const OfferCatalogue& catalogue() const { return catalogue_; }

private:
    const OfferCatalogue& catalogue_;
    Eigen::MatrixXd frequency_;  // 16 cells × items, acts per person per year
    bool alsaceMoselle_ = false;
    double index_ = 1;
};

}  // namespace cmcsim
