#include <utility>

#include "cmcsim/market/Market.h"

namespace cmcsim {

void ProspectLines::holdCompact(Columns columns, const std::vector<Company>& companies) {
    clear();
    shrink_to_fit();
    compact_ = std::make_shared<const Columns>(std::move(columns));
    companies_ = companies.data();
}

const Contact& ProspectLines::noContact() {
    static const Contact none;
    return none;
}

}  // namespace cmcsim
