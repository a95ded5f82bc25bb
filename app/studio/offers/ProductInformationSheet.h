#pragma once

#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

#include "cmcsim/report/OfferReport.h"

namespace cmcsim {
struct ReferenceData;
struct HealthProduct;
struct ProvidentProduct;
}  // namespace cmcsim

// The proposal's insurance product information document (IPID), in the sections and order of
// Implementing Regulation (EU) 2017/1469, filled from the offer and its price (French text).
class ProductInformationSheet {
public:
    ProductInformationSheet(const cmcsim::ReferenceData& reference, const cmcsim::OfferStudy& study,
                            const QString& mutuelle);

    QString html() const;

private:
    QString kind() const;
    QStringList covered() const;
    QStringList notCovered() const;
    QStringList restrictions() const;
    QString payments() const;

    // A health cover offered to one or more categories (merged when their terms are the same).
    struct HealthPlan {
        QString categories;
        const cmcsim::HealthProduct* product = nullptr;
        std::vector<const cmcsim::HealthProduct*> options;
    };

    const cmcsim::ReferenceData& reference_;
    const cmcsim::OfferStudy& study_;
    QString mutuelle_;
    std::vector<HealthPlan> health_;
    std::vector<std::pair<QString, const cmcsim::ProvidentProduct*>>
        provident_;  // categories, product
};
