#pragma once

#include <Eigen/Dense>
#include <cstdint>
#include <vector>

#include "cmcsim/core/AliasTable.h"

namespace cmcsim {

struct ReferenceData;
struct Scenario;

// The joint distribution of establishments over NAF sous-classes × company size bands: its
// margins are the scenario's sector mix and size mix, fitted by iterative proportional fitting
// from a seed that puts sectors with large establishments in large companies.
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
    // Draws the sector and band of a new company; weights are the joint divided by the mean
    // number of establishments a company of each band has on the territory.
    Draw drawCompany(KeyedRandom& random) const;
    void setEstablishmentsPerCompany(const std::vector<double>& perBand);

private:
    std::vector<double> sectorShares_, bandShares_;
    Eigen::MatrixXd joint_;
    AliasTable companyTable_;
};

}  // namespace cmcsim
