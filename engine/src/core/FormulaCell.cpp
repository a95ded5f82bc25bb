#include "cmcsim/core/FormulaCell.h"

namespace cmcsim {

bool startsLikeAFormula(std::string_view text) {
    return !text.empty() &&
           std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

}  // namespace cmcsim
