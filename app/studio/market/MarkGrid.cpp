#include "market/MarkGrid.h"

#include <cmath>

namespace {
// The cells a mark's hit disc overlaps, clamped to the grid: [x0, x1] × [y0, y1].
struct Span {
    int x0, x1, y0, y1;
};
Span spanOf(const MapMark& m, int columns, int rows) {
    const double r = m.hitRadius();
    const auto cell = [](double v, int count) {
        return std::clamp(static_cast<int>(std::floor(v / MarkGrid::kCell)), 0, count - 1);
    };
    return {cell(m.at.x() - r, columns), cell(m.at.x() + r, columns), cell(m.at.y() - r, rows),
            cell(m.at.y() + r, rows)};
}
bool outside(const MapMark& m, QSize size) {
    const double r = m.hitRadius();
    return m.at.x() + r < 0 || m.at.y() + r < 0 || m.at.x() - r >= size.width() ||
           m.at.y() - r >= size.height();
}
}  // namespace

void MarkGrid::build(QSize size, const std::vector<MapMark>& marks) {
    columns_ = std::max(1, (size.width() + kCell - 1) / kCell);
    rows_ = std::max(1, (size.height() + kCell - 1) / kCell);
    const auto cells = static_cast<std::size_t>(columns_) * static_cast<std::size_t>(rows_);
    start_.assign(cells + 1, 0);
    const auto forEachCell = [&](const MapMark& m, auto&& f) {
        if (outside(m, size)) return;
        const Span s = spanOf(m, columns_, rows_);
        for (int y = s.y0; y <= s.y1; ++y)
            for (int x = s.x0; x <= s.x1; ++x)
                f(static_cast<std::size_t>(y) * static_cast<std::size_t>(columns_) +
                  static_cast<std::size_t>(x));
    };
    for (const auto& m : marks) forEachCell(m, [&](std::size_t c) { ++start_[c + 1]; });
    for (std::size_t c = 0; c < cells; ++c) start_[c + 1] += start_[c];
    items_.assign(start_[cells], 0);
    std::vector<std::uint32_t> next(start_.begin(), start_.end() - 1);
    for (std::uint32_t i = 0; i < marks.size(); ++i)
        forEachCell(marks[i], [&](std::size_t c) { items_[next[c]++] = i; });
}

int MarkGrid::at(QPointF at, const std::vector<MapMark>& marks) const {
    if (start_.empty() || at.x() < 0 || at.y() < 0) return -1;
    const auto x = static_cast<int>(at.x()) / kCell, y = static_cast<int>(at.y()) / kCell;
    if (x >= columns_ || y >= rows_) return -1;
    const auto c = static_cast<std::size_t>(y) * static_cast<std::size_t>(columns_) +
                   static_cast<std::size_t>(x);
    for (auto k = start_[c + 1]; k > start_[c]; --k) {
        const auto& m = marks[items_[k - 1]];
        const double dx = m.at.x() - at.x(), dy = m.at.y() - at.y();
        if (dx * dx + dy * dy <= static_cast<double>(m.hitRadius()) * m.hitRadius())
            return static_cast<int>(items_[k - 1]);
    }
    return -1;
}
