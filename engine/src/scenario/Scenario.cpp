#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

bool Scenario::sameContent(const Scenario& other) const {
    Scenario a = *this, b = other;
    a.sourceJson.clear();
    b.sourceJson.clear();
    return a == b;
}

}  // namespace cmcsim
