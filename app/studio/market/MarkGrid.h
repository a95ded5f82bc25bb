#pragma once

#include <QPointF>
#include <QSize>
#include <cstdint>
#include <vector>

#include "market/MapMark.h"

// A uniform grid over the map's pixels listing, for each cell, the marks whose hit disc reaches
// it, in paint order: the mark under the pointer is found among one cell's few marks instead of
// by a scan of all of them at every mouse move.
class MarkGrid {
public:
    static constexpr int kCell = 24;  // pixels

    // Indexes `marks` (in paint order) over a widget of `size` pixels; O(number of marks).
    void build(QSize size, const std::vector<MapMark>& marks);
    // The index in `marks` of the topmost (last painted) mark under `at`, or -1.
    int at(QPointF at, const std::vector<MapMark>& marks) const;

private:
    int columns_ = 0, rows_ = 0;
    std::vector<std::uint32_t> start_;  // per cell, its first entry in items_; one more at the end
    std::vector<std::uint32_t> items_;  // mark indices, cell by cell, each cell in paint order
};
