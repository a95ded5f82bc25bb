#pragma once

#include <Eigen/Dense>
#include <cstdint>
#include <utility>
#include <vector>

namespace cmcsim {

struct ReferenceData;
struct Scenario;

// The joint distribution of establishments over NAF sous-classes × company size bands: its
// margins are the scenario's sector mix and size mix, fitted by iterative proportional fitting
// from a seed that puts sectors with large establishments in large companies; and the mean
// establishment size of each cell, so that employees follow the reference data too
// (docs/market-model.md, Sector and size).
class SectorSizeMix {
public:
    SectorSizeMix(const ReferenceData& reference, const Scenario& scenario);

    // Share of establishments per NAF sous-classe (indexed like NafNomenclature::codes()).
    const std::vector<double>& sectorShares() const { return sectorShares_; }
    // Share of establishments per company size band (0..7).
    const std::vector<double>& bandShares() const { return bandShares_; }
    const Eigen::MatrixXd& joint() const { return joint_; }  // rows: sous-classes, cols: bands

    struct Draw {
        std::uint16_t naf;
        std::uint8_t band;
    };
    // The sector and band of company `index`; weights are the joint divided by the mean number of
    // establishments a company of each band has on the territory. Stratified: it takes the cell
    // at the quantile frac(offset + index × (√5 − 1) / 2) of the table (a Weyl sequence), so
    // every cell's count stays within a few companies of its expectation.
    Draw companyAt(std::uint64_t index, double offset) const;
    void setEstablishmentsPerCompany(const std::vector<double>& perBand);

    // Fits the mean establishment headcount of each cell so that employees follow both margins
    // on the establishments the market will really have (`realised`: counts per cell):
    // per NAF division, the planned establishments of its sous-classes × their profile mean
    // establishment size (sous-classes without profile employees are free; a division without
    // any establishment leaves its employees to its section's others); per band, the
    // band's share of employees (its establishment share × the national mean establishment size
    // of the band, URSSAF 2024), scaled to the same total. Bounded raking from the sous-classes'
    // own means: each cell stays within its band's `bounds`.
    void fitMeanSizes(const std::vector<std::pair<double, double>>& bounds,
                      const Eigen::MatrixXd& realised);
    // Mean establishment headcount per cell (rows: sous-classes, cols: bands), after fitMeanSizes.
    const Eigen::MatrixXd& meanSizes() const { return meanSizes_; }

private:
    void fitJoint();

    std::vector<double> sectorShares_, bandShares_;
    Eigen::MatrixXd joint_, meanSizes_;
    std::vector<double> sectorMeans_;    // profile employees / establishments; 0 = no data
    std::vector<std::size_t> division_;  // per sous-classe, index of its NAF division
    std::vector<char> divisionSection_;  // per division, its section
    std::size_t divisionCount_ = 0;
    std::vector<double> bandMeans_;   // national employees / establishments per band
    std::vector<double> cumulative_;  // of the company weights, ending at 1
};

}  // namespace cmcsim
