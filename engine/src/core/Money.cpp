#include "cmcsim/core/Money.h"

#include <cmath>

#include "cmcsim/core/FrenchFormat.h"

namespace cmcsim {

Money Money::euros(double amount) {
    return cents(std::llround(amount * 100.0));
}

std::string Money::french() const {
    return frenchNumber(euros(), 2) + " €";
}

}  // namespace cmcsim
