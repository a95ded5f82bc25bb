#pragma once

#include <QImage>
#include <QStringList>
#include <QWidget>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "market/MapMark.h"
#include "market/MarkGrid.h"

// The commune map's drawing: each commune, or each département when zoomed out, as a disc sized
// and coloured by a measure relative to the largest in view, painted in one pass into a cached
// image that is redrawn only when the values, the size or the view change; wheel to zoom, drag to
// pan, hover for details and click to select a commune or zoom into a département.
class CommuneCanvas : public QWidget {
    Q_OBJECT
public:
    enum class Level { Communes, Departements };
    // Zoomed out so far that the visible communes would have less than this many pixels each
    // (about 7 × 7), the map shows départements instead.
    static constexpr double kPixelsPerCommune = 50;

    explicit CommuneCanvas(QWidget* parent = nullptr);

    // The places (communes): positions in map units (x: longitude scaled by the cosine of the
    // mean latitude, y: latitude, both in degrees), names, and the group (département) of each,
    // with the groups' names. Shows the whole territory.
    void setPlaces(std::vector<QPointF> positions, QStringList names,
                   std::vector<std::uint32_t> groupOf, QStringList groupNames);
    // Per place: its lines in the selection, the value of the measure and whether it is
    // selected (ringed). With `share` the value is a proportion of the place's lines: a
    // département's is the mean weighted by lines, and discs are sized by lines, not by value.
    void setValues(const std::vector<std::uint32_t>& lines, const std::vector<double>& values,
                   bool share, const std::vector<bool>& ringed);
    // The tooltip (rich text) of a mark under the pointer.
    void setDescriber(std::function<QString(const MapMark&)> describe) {
        describe_ = std::move(describe);
    }

    Level level() const { return level_; }
    // The largest value among the marks in view, that the colours and sizes are relative to.
    double maxValue() const { return viewMax_; }
    int activeMarks() const { return tier().active; }  // places or groups with lines
    // A département's lines and value (a share: weighted by lines) as setValues() summed them.
    std::uint32_t groupLines(std::uint32_t group) const { return departements_.lines.at(group); }
    double groupValue(std::uint32_t group) const { return departements_.value.at(group); }
    // The marks of the current view in paint order (faint dots, then the largest discs first),
    // and the topmost one under a widget point; both bring the cached layer up to date.
    const std::vector<MapMark>& marks();
    const MapMark* markAt(QPointF at);

    bool zoomed() const { return zoomed_; }
    void resetView();                        // the whole territory
    void zoomAt(QPointF at, double factor);  // about a widget point; > 1 zooms in
    void zoomTo(std::uint32_t group);        // a département's communes fill the view
    QWidget* viewport() { return this; }     // receives the pointer's events
    static QColor shade(double t);           // the colour ramp, light (0) to dark (1)

Q_SIGNALS:
    void communeClicked(std::uint32_t place);  // a click on a commune with lines
    void scaleChanged();  // the level (communes, départements) or the largest value in view

protected:
    bool event(QEvent* event) override;  // keeps the hovered mark's tooltip
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    // The communes or the départements: what is drawn at one level.
    struct Tier {
        std::vector<QPointF> position;  // map units
        QStringList name;
        std::vector<std::uint32_t> lines;
        std::vector<double> value;
        std::vector<std::uint8_t> ringed;
        std::vector<std::uint32_t> paintOrder;  // faint first, then by decreasing size
        int active = 0;
        float minRadius = 0, maxRadius = 0, faintRadius = 0;  // pixels
    };
    const Tier& tier() const { return level_ == Level::Communes ? communes_ : departements_; }
    double sizeOf(const Tier& tier, std::size_t i) const;  // what the radius shows
    void order(Tier& tier) const;
    void rescale(const QRectF& view);  // viewMax_ and viewMaxSize_ over the marks in `view`
    QPointF toScreen(QPointF p) const;
    QPointF toMap(QPointF s) const;
    double fitScale() const;  // pixels per map unit showing the whole territory
    double maxScale() const;  // the closest zoom
    void viewChanged();       // chooses the level and repaints the layer
    void ensureLayer();       // marks, hit grid and cached image of the current view
    void paintLabels(QPainter& painter) const;
    void paintScale(QPainter& painter) const;
    void hover(QPointF at, QPoint global);
    void showTooltip(QPoint global);

    Tier communes_, departements_;
    std::vector<std::uint32_t> groupOf_;
    std::vector<QRectF> groupBounds_;
    QRectF bounds_;  // of all places, map units
    QPointF centre_;
    double scale_ = 0;  // pixels per map unit
    bool zoomed_ = false;
    Level level_ = Level::Communes;
    bool share_ = false;
    double viewMax_ = 0, viewMaxSize_ = 0;

    bool stale_ = true;
    std::vector<MapMark> marks_;
    MarkGrid grid_;
    QImage layer_;
    std::optional<MapMark> hovered_;
    QPoint pressedAt_;
    QPointF centreAtPress_;
    bool dragging_ = false;
    std::function<QString(const MapMark&)> describe_;
};
