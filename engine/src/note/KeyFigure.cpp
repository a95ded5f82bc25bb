#include "cmcsim/note/KeyFigure.h"

#include "cmcsim/core/FrenchFormat.h"

namespace cmcsim {

std::string KeyFigure::shown() const {
    const auto number = frenchNumber(value, decimals);
    return unit.empty() ? number : number + " " + unit;
}

}  // namespace cmcsim
