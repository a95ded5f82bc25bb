#pragma once

#include <QPointF>
#include <QRgb>
#include <algorithm>
#include <cstdint>

// One disc painted on the commune map: a commune or a whole département, where and how it is
// drawn in the widget's pixels.
struct MapMark {
    enum Kind : std::uint8_t { Commune, Departement };

    QPointF at;               // centre, in widget pixels
    float radius = 0;         // in pixels
    QRgb fill = 0;            // non-premultiplied ARGB
    std::uint32_t index = 0;  // the commune's place or the département's group (CommuneCanvas)
    Kind kind = Commune;
    bool active = false;  // has lines in the selection; a faint dot otherwise
    bool ringed = false;  // is, or holds, a selected commune

    // How far from the centre the pointer is over the mark: a little beyond a bubble's edge, and
    // at least 5 pixels for the faint dots, too small to aim at otherwise.
    float hitRadius() const { return active ? radius + 2 : std::max(radius, 5.0f); }
};
