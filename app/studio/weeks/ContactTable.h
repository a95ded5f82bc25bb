#pragma once

#include <QWidget>
#include <cstdint>

namespace cmcsim {
class Campaign;
struct WeekResult;
}  // namespace cmcsim
class CompanyTable;

// The contacts of a played week with the companies' answers (company, SIRET, action, channel,
// answer, refusal reason, callback), sortable and filtered by answer and by text.
class ContactTable : public QWidget {
    Q_OBJECT
public:
    // The answer categories the filter offers.
    enum Answer { NotReached, Reached, Interested, Meeting, Refused };
    enum Column { kCompany, kSiret, kAction, kChannel, kAnswer, kReason, kCallback };

    explicit ContactTable(QWidget* parent = nullptr);
    void showWeek(const cmcsim::WeekResult& week, const cmcsim::Campaign& campaign);
    CompanyTable* rows() const { return rows_; }

Q_SIGNALS:
    void companyActivated(std::uint32_t company);

private:
    CompanyTable* rows_ = nullptr;
};
