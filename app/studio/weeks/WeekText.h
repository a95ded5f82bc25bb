#pragma once

#include <QStandardItem>
#include <QString>
#include <cstdint>

#include "cmcsim/core/OneLine.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/plan/ActionPlan.h"
#include "common/StudioText.h"

// How the Semaine workspace names a company, a channel and a table cell.
namespace weeks {

// The role holding a cell's sort key (a number sorts as a number, not as its French text).
constexpr int kSortRole = Qt::UserRole + 1;

inline QString companyName(const cmcsim::Market& market, std::uint32_t company) {
    return studio::text(cmcsim::oneLine(market.companies[company].name));
}

// The SIRET of the company's head office (its first establishment, Market.h), 14 digits.
inline QString companySiret(const cmcsim::Market& market, std::uint32_t company) {
    const auto& c = market.companies[company];
    return studio::text(
        cmcsim::siret::formatSiret(market.establishments[c.firstEstablishment].siret));
}

// The label of a response channel: an action kind, or a prescriber's introduction (the channel
// after the last kind, as WeekReport names it).
inline QString channelLabel(std::uint8_t channel) {
    return channel <= static_cast<std::uint8_t>(cmcsim::kLastActionKind)
               ? studio::text(cmcsim::actionKindLabel(static_cast<cmcsim::ActionKind>(channel)))
               : QStringLiteral("Introduction par un prescripteur");
}

// A read-only cell showing `display` and sorted by `sortKey`.
inline QStandardItem* cell(const QString& display, const QVariant& sortKey) {
    auto* item = new QStandardItem(display);
    item->setEditable(false);
    item->setData(sortKey, kSortRole);
    return item;
}
inline QStandardItem* cell(const QString& display) {
    return cell(display, display);
}
inline QStandardItem* numberCell(double value, int decimals = 0) {
    auto* item = cell(studio::number(value, decimals), value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

}  // namespace weeks
