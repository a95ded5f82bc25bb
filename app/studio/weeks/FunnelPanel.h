#pragma once

#include <QWidget>
#include <cstdint>

namespace cmcsim {
class Campaign;
}
class CompanyTable;
class QLabel;

// The funnel per company: every company of Campaign::progress with its stage (à contacter →
// contacté → rendez-vous → découverte → proposition → négociation → signé / perdu with the
// reason), the count of each stage, filtered by stage and by text.
class FunnelPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { kCompany, kSiret, kStage, kSince, kNext, kAction, kContacts, kPremium, kReason };

    explicit FunnelPanel(QWidget* parent = nullptr);
    void showCampaign(const cmcsim::Campaign& campaign);
    CompanyTable* rows() const { return rows_; }
    QLabel* counts() const { return counts_; }

Q_SIGNALS:
    // A company was double-clicked (Market::companies index).
    void companyActivated(std::uint32_t company);

private:
    CompanyTable* rows_ = nullptr;
    QLabel* counts_ = nullptr;
};
