#include "piloting/AxisScale.h"

#include <QCategoryAxis>
#include <cmath>

#include "common/StudioText.h"

namespace {
constexpr int kMaxSteps = 5;
constexpr double kThousands = 10'000;  // from this top on, euros read in k€
}  // namespace

AxisScale AxisScale::of(double largest, Unit unit) {
    AxisScale scale;
    if (!(largest > 0)) largest = 0;
    // The smallest round step (1, 2, 2.5, 5 × 10^k) covering `largest` in kMaxSteps steps;
    // counts and euros step by whole units.
    const double raw = std::max(largest / kMaxSteps, 1.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    scale.step = 10 * magnitude;
    for (const double m : {1.0, 2.0, 2.5, 5.0}) {
        const double step = m * magnitude;
        if (step != std::floor(step)) continue;  // 2.5 at magnitude 1
        if (step >= raw - 1e-9) {
            scale.step = step;
            break;
        }
    }
    const double steps = std::max(1.0, std::ceil(largest / scale.step - 1e-9));
    scale.top = steps * scale.step;
    const bool thousands = unit == Unit::Euros && scale.top >= kThousands;
    for (int i = 0; i <= static_cast<int>(steps); ++i) {
        const double value = i * scale.step;
        scale.ticks.emplace_back(value, label(value, unit, thousands));
    }
    return scale;
}

QString AxisScale::label(double value, Unit unit, bool thousands) {
    switch (unit) {
        case Unit::Count:
            return studio::number(value);
        case Unit::Percent:
            return studio::number(value) + QStringLiteral(" %");
        case Unit::Euros:
            break;
    }
    if (thousands && value > 0) {
        return studio::text(cmcsim::frenchShort(value / 1000, 1)) + QStringLiteral(" k€");
    }
    return studio::number(value) + QStringLiteral(" €");
}

QCategoryAxis* AxisScale::axis() const {
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(0);
    axis->setRange(0, top);
    for (const auto& [value, text] : ticks) axis->append(text, value);
    return axis;
}
