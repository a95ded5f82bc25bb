#include "market/CommuneCanvas.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

#include "common/StudioText.h"

using namespace studio;

namespace {

const QColor kLight(0xc6, 0xdb, 0xef), kDark(0x08, 0x30, 0x6b), kRing(0xd9, 0x82, 0x2b);
const QColor kFaint(0x9a, 0xa5, 0xb1, 110), kBackground(0xf6, 0xf8, 0xfa),
    kBorder(0xd0, 0xd7, 0xde), kInk(0x24, 0x29, 0x2f);
constexpr double kKmPerDegree = 111.195;  // of latitude (mean Earth radius 6,371 km)
constexpr double kPadding = 22;           // pixels around the territory: the largest disc
constexpr std::size_t kLabels = 8;        // names written beside the largest discs

}  // namespace

CommuneCanvas::CommuneCanvas(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setMinimumSize(320, 280);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::OpenHandCursor);
}

QColor CommuneCanvas::shade(double t) {
    const auto mix = [t](int a, int b) { return static_cast<int>(std::lround(a + (b - a) * t)); };
    QColor c(mix(kLight.red(), kDark.red()), mix(kLight.green(), kDark.green()),
             mix(kLight.blue(), kDark.blue()));
    c.setAlpha(215);
    return c;
}

void CommuneCanvas::setPlaces(std::vector<QPointF> positions, QStringList names,
                              std::vector<std::uint32_t> groupOf, QStringList groupNames) {
    communes_ = {};
    departements_ = {};
    communes_.position = std::move(positions);
    communes_.name = std::move(names);
    groupOf_ = std::move(groupOf);
    const auto groups = static_cast<std::size_t>(groupNames.size());
    departements_.name = std::move(groupNames);
    // A département sits at the mean of its communes, inside the box of them.
    std::vector<QPointF> sum(groups);
    std::vector<std::uint32_t> count(groups, 0);
    groupBounds_.assign(groups, QRectF());
    QPolygonF all;
    for (std::size_t i = 0; i < communes_.position.size(); ++i) {
        const auto g = groupOf_[i];
        const QPointF p = communes_.position[i];
        sum[g] += p;
        ++count[g];
        QRectF& box = groupBounds_[g];  // not QRectF::united(), which drops empty rectangles
        if (count[g] == 1) box = QRectF(p, p);
        box.setCoords(std::min(box.left(), p.x()), std::min(box.top(), p.y()),
                      std::max(box.right(), p.x()), std::max(box.bottom(), p.y()));
        all << p;
    }
    communes_.minRadius = 2;
    communes_.maxRadius = 14;
    communes_.faintRadius = 1.6f;
    departements_.minRadius = 3.5f;
    departements_.maxRadius = 18;
    departements_.faintRadius = 3;
    departements_.position.resize(groups);
    for (std::size_t g = 0; g < groups; ++g)
        departements_.position[g] = count[g] ? sum[g] / count[g] : QPointF();
    bounds_ = all.boundingRect();
    const double m = std::max(bounds_.width(), bounds_.height()) * 0.02 + 0.01;
    bounds_ = bounds_.marginsAdded(QMarginsF(m, m, m, m));
    setValues({}, {}, false, {});
    resetView();
}

void CommuneCanvas::setValues(const std::vector<std::uint32_t>& lines,
                              const std::vector<double>& values, bool share,
                              const std::vector<bool>& ringed) {
    const auto n = communes_.position.size(), groups = departements_.position.size();
    communes_.lines = lines;
    communes_.value = values;
    communes_.lines.resize(n, 0);
    communes_.value.resize(n, 0.0);
    communes_.ringed.assign(n, 0);
    for (std::size_t i = 0; i < std::min(n, ringed.size()); ++i) communes_.ringed[i] = ringed[i];
    departements_.lines.assign(groups, 0);
    departements_.value.assign(groups, 0.0);
    departements_.ringed.assign(groups, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const auto g = groupOf_[i];
        departements_.lines[g] += communes_.lines[i];
        departements_.value[g] +=
            share ? communes_.value[i] * communes_.lines[i] : communes_.value[i];
        departements_.ringed[g] |= communes_.ringed[i];
    }
    if (share)
        for (std::size_t g = 0; g < groups; ++g)
            if (departements_.lines[g]) departements_.value[g] /= departements_.lines[g];
    share_ = share;
    order(communes_);
    order(departements_);
    viewChanged();
}

double CommuneCanvas::sizeOf(const Tier& tier, std::size_t i) const {
    return share_ ? static_cast<double>(tier.lines[i]) : tier.value[i];
}

// Faint places first, then the active ones from the largest, so that the smaller discs are drawn
// over the larger ones.
void CommuneCanvas::order(Tier& tier) const {
    std::vector<std::uint32_t> faintOnes, activeOnes;
    for (std::uint32_t i = 0; i < tier.position.size(); ++i)
        (tier.lines[i] ? activeOnes : faintOnes).push_back(i);
    std::stable_sort(activeOnes.begin(), activeOnes.end(),
                     [&](auto a, auto b) { return sizeOf(tier, a) > sizeOf(tier, b); });
    tier.active = static_cast<int>(activeOnes.size());
    tier.paintOrder = std::move(faintOnes);
    tier.paintOrder.insert(tier.paintOrder.end(), activeOnes.begin(), activeOnes.end());
}

void CommuneCanvas::rescale(const QRectF& view) {
    const Tier& t = tier();
    viewMax_ = viewMaxSize_ = 0;
    for (std::size_t i = 0; i < t.position.size(); ++i)
        if (t.lines[i] && view.contains(t.position[i])) {
            viewMax_ = std::max(viewMax_, t.value[i]);
            viewMaxSize_ = std::max(viewMaxSize_, sizeOf(t, i));
        }
}

QPointF CommuneCanvas::toScreen(QPointF p) const {
    return {width() / 2.0 + (p.x() - centre_.x()) * scale_,
            height() / 2.0 - (p.y() - centre_.y()) * scale_};
}

QPointF CommuneCanvas::toMap(QPointF s) const {
    return {centre_.x() + (s.x() - width() / 2.0) / scale_,
            centre_.y() - (s.y() - height() / 2.0) / scale_};
}

double CommuneCanvas::fitScale() const {
    const double w = std::max(1.0, width() - 2 * kPadding),
                 h = std::max(1.0, height() - 2 * kPadding);
    return std::min(w / std::max(bounds_.width(), 1e-6), h / std::max(bounds_.height(), 1e-6));
}

double CommuneCanvas::maxScale() const {
    return std::max(fitScale(), kKmPerDegree * 40);  // 40 pixels per kilometre
}

void CommuneCanvas::resetView() {
    zoomed_ = false;
    centre_ = bounds_.center();
    scale_ = fitScale();
    viewChanged();
}

void CommuneCanvas::zoomAt(QPointF at, double factor) {
    const double fit = fitScale();
    const double scale = std::clamp(scale_ * factor, fit, maxScale());
    if (scale <= fit * 1.0001) return resetView();
    const QPointF anchor = toMap(at);
    scale_ = scale;
    centre_ = {anchor.x() - (at.x() - width() / 2.0) / scale_,
               anchor.y() + (at.y() - height() / 2.0) / scale_};
    zoomed_ = true;
    viewChanged();
}

void CommuneCanvas::zoomTo(std::uint32_t group) {
    const QRectF box = groupBounds_.at(group);
    const double w = std::max(1.0, width() - 2 * kPadding),
                 h = std::max(1.0, height() - 2 * kPadding);
    centre_ = box.center();
    scale_ = std::clamp(std::min(w / std::max(box.width(), 0.05), h / std::max(box.height(), 0.05)),
                        fitScale(), maxScale());
    zoomed_ = true;
    viewChanged();
    // A large département in a small map may still be too dense for its communes.
    for (int i = 0; i < 6 && level_ == Level::Departements; ++i)
        zoomAt(QPointF(width() / 2.0, height() / 2.0), 1.25);
}

// The level follows the density of the communes in view: départements when there are too many
// to tell apart (and more than one département is in view), communes otherwise.
void CommuneCanvas::viewChanged() {
    const QRectF view(toMap(QPointF(0, height())), toMap(QPointF(width(), 0)));
    const auto inView = [&](const std::vector<QPointF>& points) {
        return std::count_if(points.begin(), points.end(),
                             [&](QPointF p) { return view.contains(p); });
    };
    const double pixels = static_cast<double>(width()) * height();
    const Level level =
        inView(departements_.position) > 1 &&
                static_cast<double>(inView(communes_.position)) * kPixelsPerCommune > pixels
            ? Level::Departements
            : Level::Communes;
    const bool changed = level != level_;
    const double before = viewMax_;
    level_ = level;
    rescale(view);
    stale_ = true;
    hovered_.reset();
    update();
    if (changed || viewMax_ != before) Q_EMIT scaleChanged();
}

void CommuneCanvas::ensureLayer() {
    const qreal ratio = devicePixelRatioF();
    const QSize pixels = size() * ratio;
    if (!stale_ && layer_.size() == pixels) return;
    stale_ = false;
    const Tier& t = tier();
    const auto kind = level_ == Level::Communes ? MapMark::Commune : MapMark::Departement;
    const QRectF shown = QRectF(rect()).adjusted(-kPadding, -kPadding, kPadding, kPadding);
    marks_.clear();
    // Colour by value and radius by size (the value, or the lines for a share), relative to the
    // largest in view, on a square-root scale so that areas are proportional; beyond the view
    // (half a disc at the edges), a larger one is drawn as the largest.
    const auto relative = [](double v, double most) {
        return most > 0 ? std::min(1.0, std::sqrt(v / most)) : 1.0;
    };
    for (const auto i : t.paintOrder) {
        const QPointF at = toScreen(t.position[i]);
        if (!shown.contains(at)) continue;
        const bool active = t.lines[i] > 0;
        const float radius =
            active ? t.minRadius + (t.maxRadius - t.minRadius) *
                                       static_cast<float>(relative(sizeOf(t, i), viewMaxSize_))
                   : t.faintRadius;
        const QRgb fill = active ? shade(relative(t.value[i], viewMax_)).rgba() : kFaint.rgba();
        marks_.push_back({at, radius, fill, i, kind, active, t.ringed[i] != 0});
    }
    grid_.build(size(), marks_);

    layer_ = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    layer_.setDevicePixelRatio(ratio);
    layer_.fill(kBackground);
    QPainter painter(&layer_);
    painter.setRenderHint(QPainter::Antialiasing);
    // One pass over the marks: the faint dots share one brush, the discs one outline.
    painter.setPen(Qt::NoPen);
    painter.setBrush(kFaint);
    auto m = marks_.begin();
    for (; m != marks_.end() && !m->active; ++m) painter.drawEllipse(m->at, m->radius, m->radius);
    painter.setPen(QPen(QColor(255, 255, 255, 200), 1));
    for (; m != marks_.end(); ++m) {
        painter.setBrush(QColor::fromRgba(m->fill));
        painter.drawEllipse(m->at, m->radius, m->radius);
    }
    painter.setPen(QPen(kRing, 2.5));
    painter.setBrush(Qt::NoBrush);
    for (const auto& r : marks_)
        if (r.ringed) painter.drawEllipse(r.at, r.radius + 4, r.radius + 4);
    paintLabels(painter);
    paintScale(painter);
    painter.setPen(kBorder);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
}

// The names of the largest discs, beside them.
void CommuneCanvas::paintLabels(QPainter& painter) const {
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    const QFontMetricsF metrics(font);
    const Tier& t = tier();
    // A name covers no other name, nor any larger disc (the larger discs are named first).
    std::vector<QRectF> names, larger;
    painter.setFont(font);
    for (const auto& m : marks_) {
        if (!m.active) continue;
        if (names.size() >= kLabels || larger.size() > 40) break;
        const QString name = t.name.value(static_cast<qsizetype>(m.index));
        const QSizeF extent(metrics.horizontalAdvance(name), metrics.height());
        QRectF box(QPointF(m.at.x() + m.radius + 3, m.at.y() - extent.height() / 2), extent);
        if (box.right() > width() - 4) box.moveRight(m.at.x() - m.radius - 3);
        const auto covers = [&](const QRectF& other) { return other.intersects(box); };
        const bool room = QRectF(rect()).adjusted(4, 4, -4, -4).contains(box) &&
                          std::none_of(names.begin(), names.end(), covers) &&
                          std::none_of(larger.begin(), larger.end(), covers);
        larger.emplace_back(m.at - QPointF(m.radius, m.radius), QSizeF(2 * m.radius, 2 * m.radius));
        if (!room) continue;
        names.push_back(box.adjusted(-4, -3, 4, 3));
        // On a light box, drawn text being far cheaper than an outlined path of it.
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 200));
        painter.drawRoundedRect(box.adjusted(-2, 0, 2, 0), 3, 3);
        painter.setPen(kInk);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, name);
    }
}

// A bar of a round number of kilometres, bottom left.
void CommuneCanvas::paintScale(QPainter& painter) const {
    const double kmPerPixel = kKmPerDegree / scale_;
    const double wanted = 90 * kmPerPixel;
    const double power = std::pow(10.0, std::floor(std::log10(wanted)));
    double km = power;
    for (const double step : {2.0, 5.0, 10.0})
        if (power * step <= wanted) km = power * step;
    const double length = km / kmPerPixel;
    const QPointF start(12, height() - 12.0), end = start + QPointF(length, 0);
    painter.setPen(QPen(kInk, 1.5));
    painter.drawLine(start, end);
    painter.drawLine(start, start - QPointF(0, 5));
    painter.drawLine(end, end - QPointF(0, 5));
    const QString label = tr("%1 km").arg(number(km, km < 1 ? 1 : 0));
    painter.drawText(QRectF(start.x(), start.y() - 22, length + 60, 16),
                     Qt::AlignLeft | Qt::AlignBottom, label);
}

const std::vector<MapMark>& CommuneCanvas::marks() {
    ensureLayer();
    return marks_;
}

const MapMark* CommuneCanvas::markAt(QPointF at) {
    ensureLayer();
    const int i = grid_.at(at, marks_);
    return i < 0 ? nullptr : &marks_[static_cast<std::size_t>(i)];
}

void CommuneCanvas::paintEvent(QPaintEvent*) {
    ensureLayer();
    QPainter painter(this);
    painter.drawImage(QPointF(0, 0), layer_);
    if (hovered_) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(kInk, 1.5));
        painter.setBrush(Qt::NoBrush);
        const double r = hovered_->radius + 2;
        painter.drawEllipse(hovered_->at, r, r);
    }
}

void CommuneCanvas::resizeEvent(QResizeEvent*) {
    if (zoomed_)
        viewChanged();
    else
        resetView();
}

void CommuneCanvas::hover(QPointF at, QPoint global) {
    const MapMark* m = markAt(at);
    const bool same = m && hovered_ && m->kind == hovered_->kind && m->index == hovered_->index;
    if (same || (!m && !hovered_)) return;
    hovered_ = m ? std::optional<MapMark>(*m) : std::nullopt;
    showTooltip(global);
    const bool clickable = m && (m->active || m->kind == MapMark::Departement);
    setCursor(clickable ? Qt::PointingHandCursor : Qt::OpenHandCursor);
    update();
}

void CommuneCanvas::showTooltip(QPoint global) {
    if (!hovered_ || !describe_) {
        QToolTip::hideText();
        return;
    }
    // Shown until the pointer leaves the mark, not for a few seconds.
    constexpr int kAnHour = 3'600'000;
    QToolTip::showText(global, describe_(*hovered_), this, {}, kAnHour);
}

bool CommuneCanvas::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        showTooltip(static_cast<QHelpEvent*>(event)->globalPos());
        return true;
    }
    return QWidget::event(event);
}

void CommuneCanvas::mousePressEvent(QMouseEvent* event) {
    pressedAt_ = event->position().toPoint();
    centreAtPress_ = centre_;
    dragging_ = false;
}

void CommuneCanvas::mouseMoveEvent(QMouseEvent* event) {
    const QPointF at = event->position();
    if (!(event->buttons() & Qt::LeftButton)) return hover(at, event->globalPosition().toPoint());
    if (!dragging_ && (at.toPoint() - pressedAt_).manhattanLength() <= 4) return;
    if (!dragging_) {
        dragging_ = true;
        QToolTip::hideText();
        setCursor(Qt::ClosedHandCursor);
    }
    const QPointF moved = at - QPointF(pressedAt_);
    centre_ = centreAtPress_ + QPointF(-moved.x(), moved.y()) / scale_;
    centre_ = {std::clamp(centre_.x(), bounds_.left(), bounds_.right()),
               std::clamp(centre_.y(), bounds_.top(), bounds_.bottom())};
    zoomed_ = true;
    viewChanged();
}

void CommuneCanvas::mouseReleaseEvent(QMouseEvent* event) {
    const QPointF at = event->position();
    if (dragging_) {
        dragging_ = false;
        setCursor(Qt::OpenHandCursor);
        return;
    }
    if (event->button() == Qt::RightButton) return zoomAt(at, 0.5);
    if (event->button() != Qt::LeftButton) return;
    const MapMark* m = markAt(at);
    if (!m) return;
    if (m->kind == MapMark::Departement) return zoomTo(m->index);
    if (m->active) Q_EMIT communeClicked(m->index);
}

void CommuneCanvas::wheelEvent(QWheelEvent* event) {
    const int steps = event->angleDelta().y();
    if (steps == 0) return event->ignore();
    zoomAt(event->position(), std::pow(1.25, steps / 120.0));
    event->accept();
}

void CommuneCanvas::leaveEvent(QEvent*) {
    hovered_.reset();
    QToolTip::hideText();
    update();
}
