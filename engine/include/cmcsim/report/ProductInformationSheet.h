#pragma once

#include <string>
#include <utility>
#include <vector>

#include "cmcsim/offer/OfferStudy.h"
#include "cmcsim/report/Document.h"

namespace cmcsim {

struct ReferenceData;
struct HealthProduct;
struct ProvidentProduct;

// The proposal's insurance product information document (IPID), in the sections and order of
// Implementing Regulation (EU) 2017/1469, filled from the offer and its price (French text).
class ProductInformationSheet {
public:
    ProductInformationSheet(const ReferenceData& reference, const OfferStudy& study,
                            std::string mutuelle);

    // The sheet's sections, the first one on a new page.
    std::vector<DocumentSection> sections() const;

private:
    RichText kind() const;
    std::vector<RichText> covered() const;
    std::vector<RichText> notCovered() const;
    std::vector<RichText> restrictions() const;
    std::vector<DocumentBlock> payments() const;

    // A health cover offered to one or more categories (merged when their terms are the same).
    struct HealthPlan {
        std::string categories;
        const HealthProduct* product = nullptr;
        std::vector<const HealthProduct*> options;
    };

    const ReferenceData& reference_;
    const OfferStudy& study_;
    std::string mutuelle_;
    std::vector<HealthPlan> health_;
    std::vector<std::pair<std::string, const ProvidentProduct*>> provident_;  // categories
};

}  // namespace cmcsim
