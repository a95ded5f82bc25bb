#pragma once

#include <array>
#include <cstdint>

#include "piloting/ChartPanel.h"

// The funnel of the campaign as horizontal bars, one per stage from "À contacter" to "Perdu",
// with the number of companies at each stage now.
class FunnelChart : public ChartPanel {
    Q_OBJECT
public:
    explicit FunnelChart(QWidget* parent = nullptr);
    void setFunnel(const std::array<std::int64_t, 8>& companies);
};
