#include "market/CommuneMap.h"

#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QRubberBand>
#include <QScatterSeries>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <numbers>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/market/Territory.h"
#include "common/Counts.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"

using namespace studio;

namespace {

constexpr double kMinSize = 4, kMaxSize = 28;
const QColor kLight(0xc6, 0xdb, 0xef), kDark(0x08, 0x30, 0x6b), kRing(0xd9, 0x82, 0x2b);

// Light to dark blue as t goes from 0 to 1.
QColor shade(double t) {
    const auto mix = [t](int a, int b) { return static_cast<int>(std::lround(a + (b - a) * t)); };
    QColor c(mix(kLight.red(), kDark.red()), mix(kLight.green(), kDark.green()),
             mix(kLight.blue(), kDark.blue()));
    c.setAlpha(215);
    return c;
}
}  // namespace

CommuneMap::CommuneMap(StudioSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    const auto& all = session_.reference().geography.communes();
    communes_ = cmcsim::Territory(session_.reference().geography, session_.scenario()).communes();
    slot_.assign(all.size(), -1);
    for (std::size_t i = 0; i < communes_.size(); ++i)
        slot_[communes_[i]] = static_cast<std::int32_t>(i);
    for (const auto& row : session_.view().rows())  // lines placed outside the territory, if any
        if (slot_[row.commune] < 0) {
            slot_[row.commune] = static_cast<std::int32_t>(communes_.size());
            communes_.push_back(row.commune);
        }
    double latitude = 0;
    for (const auto c : communes_)
        latitude += all[c].latitude / static_cast<double>(communes_.size());
    const double xScale =
        std::cos(latitude * std::numbers::pi / 180.0);  // a degree east as long as north
    QPolygonF outline;
    for (const auto c : communes_) outline << QPointF(all[c].longitude * xScale, all[c].latitude);
    positions_.assign(outline.begin(), outline.end());
    const QRectF box = outline.boundingRect();
    const double mx = box.width() * 0.04 + 0.01, my = box.height() * 0.04 + 0.01;
    bounds_ = box.marginsAdded(QMarginsF(mx, my, mx, my));

    measureBox_ = new QComboBox;
    choiceBox_ = new QComboBox;
    choiceBox_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* overview = new QPushButton(tr("Vue d'ensemble"));
    overview->setToolTip(tr("Revenir à la vue de tout le territoire"));
    auto* bar = new QHBoxLayout;
    for (QWidget* part :
         std::initializer_list<QWidget*>{new QLabel(tr("Mesure :")), measureBox_, choiceBox_})
        bar->addWidget(part);
    bar->addStretch();
    bar->addWidget(overview);

    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    axisX_ = new QValueAxis;
    axisY_ = new QValueAxis;
    chart->addAxis(axisX_, Qt::AlignBottom);
    chart->addAxis(axisY_, Qt::AlignLeft);
    for (auto* axis : {axisX_, axisY_}) axis->setVisible(false);
    const auto addSeries = [&](const QBrush& brush, const QPen& pen) {
        auto* series = new QScatterSeries;
        series->setMarkerSize(kMinSize);
        series->setBrush(brush);
        series->setPen(pen);
        chart->addSeries(series);
        series->attachAxis(axisX_);
        series->attachAxis(axisY_);
        return series;
    };
    faintSeries_ = addSeries(QColor(0x9a, 0xa5, 0xb1, 110), Qt::NoPen);
    activeSeries_ = addSeries(shade(0.5), QPen(QColor(255, 255, 255, 200), 1));
    ringSeries_ = addSeries(Qt::NoBrush, QPen(kRing, 2.5));
    for (auto* axis : {axisX_, axisY_})
        connect(axis, &QValueAxis::rangeChanged, this, [this] {
            if (!fitting_) zoomed_ = true;
            scheduleMarkerRefresh();
        });
    connect(chart, &QChart::plotAreaChanged, this, [this] {
        if (!zoomed_) fitToView();  // a resized map shows the whole territory again
        scheduleMarkerRefresh();
    });

    view_ = new QChartView(chart);
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setRubberBand(QChartView::RectangleRubberBand);
    view_->setMinimumSize(320, 280);
    view_->viewport()->setMouseTracking(true);
    view_->viewport()->installEventFilter(this);

    legend_ = new QLabel;
    legend_->setWordWrap(true);
    legend_->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(view_, 1);
    layout->addWidget(legend_);

    connect(overview, &QPushButton::clicked, this, &CommuneMap::resetZoom);
    connect(measureBox_, &QComboBox::currentIndexChanged, this, [this] {
        updateChoices();
        replot();
    });
    connect(choiceBox_, &QComboBox::currentIndexChanged, this, [this] { replot(); });
    updateChoices();
}

void CommuneMap::updateChoices() {
    const QSignalBlocker blockMeasure(measureBox_);
    const QSignalBlocker blockChoice(choiceBox_);
    const Measure current = measure();
    const bool insurersKnown = session_.state().knowledge().insurers;
    measureBox_->clear();
    measureBox_->addItem(tr("Établissements"), Establishments);
    measureBox_->addItem(tr("Salariés"), Employees);
    measureBox_->addItem(tr("Membres d'un segment"), SegmentMembers);
    if (insurersKnown) measureBox_->addItem(tr("Part d'un assureur"), InsurerShare);
    measureBox_->setItemData(2, tr("Lignes d'un segment enregistré, dans la sélection courante"),
                             Qt::ToolTipRole);
    measureBox_->setToolTip(
        insurersKnown
            ? QString()
            : tr("La part d'un assureur apparaît une fois la veille concurrentielle achetée."));
    measureBox_->setCurrentIndex(std::max(0, measureBox_->findData(static_cast<int>(current))));

    const QString previous = choiceBox_->currentData().toString();
    choiceBox_->clear();
    if (measure() == SegmentMembers) {
        for (const auto& segment : session_.state().segments())
            choiceBox_->addItem(text(segment.name), text(segment.id));
        if (choiceBox_->count() == 0) choiceBox_->addItem(tr("Aucun segment enregistré"));
    } else if (measure() == InsurerShare) {
        for (const auto& c : session_.market().competitors)
            choiceBox_->addItem(text(c.name), text(c.code));
    }
    choiceBox_->setVisible(choiceBox_->count() > 0);
    choiceBox_->setEnabled(!choiceBox_->itemData(0).isNull());
    choiceBox_->setCurrentIndex(std::max(0, choiceBox_->findData(previous)));
}

void CommuneMap::showLines(const std::vector<std::uint32_t>& lines,
                           const QStringList& selectedCommunes) {
    lines_ = lines;
    selectedCommunes_ = selectedCommunes;
    updateChoices();
    replot();
}

void CommuneMap::replot() {
    const auto& rows = session_.view().rows();
    const Measure m = measure();
    const std::string choice = choiceBox_->currentData().toString().toStdString();
    value_.assign(communes_.size(), 0.0);
    lineCount_.assign(communes_.size(), 0);
    size_.assign(communes_.size(), 0.0);
    for (const auto i : lines_) {
        const auto& row = rows[i];
        const auto s = static_cast<std::size_t>(slot_[row.commune]);
        ++lineCount_[s];
        if (m == Establishments) value_[s] += 1;
        if (m == Employees) value_[s] += row.headcount;
        if (m == InsurerShare && row.insurer >= 0 &&
            session_.market().competitors[static_cast<std::size_t>(row.insurer)].code == choice)
            value_[s] += 1;  // divided by the commune's lines below
    }
    if (m == SegmentMembers) {
        const auto& segments = session_.state().segments();
        const auto it = std::find_if(segments.begin(), segments.end(),
                                     [&](const auto& s) { return s.id == choice; });
        if (it != segments.end()) {
            const auto members = session_.view().filter(it->filter);
            std::vector<std::uint32_t> both;
            std::set_intersection(members.begin(), members.end(), lines_.begin(), lines_.end(),
                                  std::back_inserter(both));
            for (const auto i : both) value_[static_cast<std::size_t>(slot_[rows[i].commune])] += 1;
        }
    }
    active_.clear();
    faint_.clear();
    for (std::uint32_t s = 0; s < communes_.size(); ++s) {
        if (m == InsurerShare && lineCount_[s]) value_[s] /= lineCount_[s];
        (lineCount_[s] ? active_ : faint_).push_back(s);
    }
    // A share is sized by the commune's lines (a 100 % of one line is not a big market) and
    // coloured by the share; the other measures set both.
    const bool share = m == InsurerShare;
    const auto sizeOf = [&](std::uint32_t s) {
        return share ? static_cast<double>(lineCount_[s]) : value_[s];
    };
    // Largest bubbles first, so the smaller ones are drawn over them.
    std::stable_sort(active_.begin(), active_.end(),
                     [&](auto a, auto b) { return sizeOf(a) > sizeOf(b); });
    const double maxSize = active_.empty() ? 0.0 : sizeOf(active_.front());
    maxValue_ = 0;
    for (const auto s : active_) maxValue_ = std::max(maxValue_, value_[s]);

    QList<QPointF> faintPoints, activePoints, ringPoints;
    QHash<int, QHash<QXYSeries::PointConfiguration, QVariant>> activeConfig, ringConfig;
    for (const auto s : faint_) faintPoints << positions_[s];
    const auto& geography = session_.reference().geography.communes();
    for (const auto s : active_) {
        const double t = maxValue_ > 0 ? std::sqrt(value_[s] / maxValue_) : 0.0;
        const double size =
            kMinSize + (kMaxSize - kMinSize) * (maxSize > 0 ? std::sqrt(sizeOf(s) / maxSize) : 0.0);
        size_[s] = size;
        activeConfig[static_cast<int>(activePoints.size())] = {
            {QXYSeries::PointConfiguration::Size, size},
            {QXYSeries::PointConfiguration::Color, shade(t)}};
        activePoints << positions_[s];
        if (selectedCommunes_.contains(text(geography[communes_[s]].code))) {
            ringConfig[static_cast<int>(ringPoints.size())] = {
                {QXYSeries::PointConfiguration::Size, size + 8}};
            ringPoints << positions_[s];
        }
    }
    faintSeries_->replace(faintPoints);
    activeSeries_->clearPointsConfiguration();
    activeSeries_->replace(activePoints);
    activeSeries_->setPointsConfiguration(activeConfig);
    ringSeries_->clearPointsConfiguration();
    ringSeries_->replace(ringPoints);
    ringSeries_->setPointsConfiguration(ringConfig);
    if (!zoomed_) fitToView();

    const auto swatch = [](const QColor& c) {
        return QStringLiteral("<span style='color:%1'>●</span>").arg(c.name());
    };
    const QString scale =
        share
            ? tr("taille : lignes de la commune ; couleur : %1 %2 %3 part faible à forte (max. %4)")
            : tr("taille et couleur : %1 %2 %3 faible à fort (max. %4)");
    legend_->setText(tr("%1 commune(s) avec des lignes sur %2 — %3. "
                        "Glisser ou molette : zoom ; clic droit : zoom arrière ; clic sur une "
                        "commune : la sélectionner.",
                        nullptr, static_cast<int>(active_.size()))
                         .arg(active_.size())
                         .arg(communes_.size())
                         .arg(scale.arg(swatch(shade(0)), swatch(shade(0.5)), swatch(shade(1)),
                                        formatValue(maxValue_))));
}

QString CommuneMap::measureName() const {
    switch (measure()) {
        case Employees:
            return tr("salariés");
        case SegmentMembers:
            return tr("membres du segment « %1 »").arg(choiceBox_->currentText());
        case InsurerShare:
            return tr("part de %1").arg(choiceBox_->currentText());
        default:
            return tr("établissements");
    }
}

QString CommuneMap::formatValue(double value) const {
    if (measure() == InsurerShare) return tr("%1 %").arg(number(100 * value, 1));
    return number(value);
}

QString CommuneMap::details(std::uint32_t commune) const {
    const auto& c = session_.reference().geography.communes()[commune];
    const auto s = static_cast<std::size_t>(slot_[commune]);
    QString html = tr("<b>%1</b> (%2)<br>Population : %3<br>%4 dans la sélection")
                       .arg(text(c.name).toHtmlEscaped(), text(c.code),
                            Counts::inhabitants(c.population), Counts::lines(lineCount_[s]));
    if (lineCount_[s] && measure() != Establishments)
        html += QStringLiteral("<br>") +
                tr("%1 : %2").arg(measureName().toHtmlEscaped(), formatValue(value_[s]));
    return html;
}

// Qt Charts' own marker hit-testing misplaces resized markers (Qt 6.4), so the map finds the
// bubble under the cursor itself: the topmost (last drawn) bubble containing it, else a faint
// point.
int CommuneMap::communeAt(const QPoint& at, bool activeOnly) const {
    auto* chart = view_->chart();
    const auto onScreen = [&](std::uint32_t s) {
        return QPointF(view_->mapFromScene(
            chart->mapToScene(chart->mapToPosition(positions_[s], activeSeries_))));
    };
    const auto distance = [&](std::uint32_t s) {
        return QLineF(onScreen(s), QPointF(at)).length();
    };
    for (auto it = active_.rbegin(); it != active_.rend(); ++it)
        if (distance(*it) <= size_[*it] / 2 + 2) return static_cast<int>(communes_[*it]);
    if (activeOnly) return -1;
    for (const auto s : faint_)
        if (distance(s) <= 5) return static_cast<int>(communes_[s]);
    return -1;
}

// Qt 6.4 misplaces resized markers when it moves them (zoom, resize): re-create them after.
void CommuneMap::scheduleMarkerRefresh() {
    if (markerRefreshPending_) return;
    markerRefreshPending_ = true;
    QTimer::singleShot(0, this, [this] {
        markerRefreshPending_ = false;
        for (auto* series : {activeSeries_, ringSeries_}) {
            const auto configuration = series->pointsConfiguration();
            series->clearPointsConfiguration();
            series->setPointsConfiguration(configuration);
        }
    });
}

void CommuneMap::resetZoom() {
    view_->chart()->zoomReset();
    zoomed_ = false;
    fitToView();
}

void CommuneMap::fitToView() {
    const QRectF area = view_->chart()->plotArea();
    QRectF range = bounds_;
    if (area.width() > 0 && area.height() > 0) {
        // Keep one unit of x (scaled longitude) as long on screen as one unit of y (latitude).
        const double screen = area.width() / area.height();
        const double w = std::max(range.width(), range.height() * screen), h = w / screen;
        range = QRectF(range.center() - QPointF(w / 2, h / 2), QSizeF(w, h));
    }
    fitting_ = true;
    axisX_->setRange(range.left(), range.right());
    axisY_->setRange(range.top(), range.bottom());
    fitting_ = false;
}

void CommuneMap::showHovered(const QPoint& globalPosition) {
    if (hovered_ < 0) {
        QToolTip::hideText();
        return;
    }
    // Shown until the pointer leaves the commune (eventFilter hides it), not for a few seconds.
    constexpr int kAnHour = 3'600'000;
    QToolTip::showText(globalPosition, details(static_cast<std::uint32_t>(hovered_)), view_, {},
                       kAnHour);
}

bool CommuneMap::eventFilter(QObject* watched, QEvent* event) {
    if (watched != view_->viewport()) return QWidget::eventFilter(watched, event);
    switch (event->type()) {
        case QEvent::MouseMove: {
            const auto* mouse = static_cast<QMouseEvent*>(event);
            if (mouse->buttons() != Qt::NoButton) break;
            const int commune = communeAt(mouse->position().toPoint(), false);
            if (commune == hovered_) break;
            hovered_ = commune;
            showHovered(mouse->globalPosition().toPoint());
            const bool clickable =
                commune >= 0 &&
                lineCount_[static_cast<std::size_t>(slot_[static_cast<std::size_t>(commune)])] > 0;
            view_->viewport()->setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
            break;
        }
        case QEvent::ToolTip:
            // QGraphicsView answers this event (sent after the pointer rests ~0.7 s) by hiding
            // the tooltip, as no chart item has one: keep the commune's while over it.
            showHovered(static_cast<QHelpEvent*>(event)->globalPos());
            return true;
        case QEvent::Leave:
            hovered_ = -1;
            QToolTip::hideText();
            break;
        case QEvent::MouseButtonPress:
            pressedAt_ = static_cast<QMouseEvent*>(event)->position().toPoint();
            break;
        case QEvent::MouseButtonRelease: {
            const auto* mouse = static_cast<QMouseEvent*>(event);
            const QPoint at = mouse->position().toPoint();
            if (mouse->button() != Qt::LeftButton || (at - pressedAt_).manhattanLength() > 4) break;
            // A click, not a drag: no zoom into the few pixels the hand moved.
            if (auto* band = view_->findChild<QRubberBand*>()) band->hide();
            const int commune = communeAt(at, true);
            if (commune >= 0)
                Q_EMIT communeClicked(
                    text(session_.reference()
                             .geography.communes()[static_cast<std::size_t>(commune)]
                             .code));
            break;
        }
        case QEvent::Wheel: {
            const auto* wheel = static_cast<QWheelEvent*>(event);
            auto* chart = view_->chart();
            const QPointF at = chart->mapFromScene(view_->mapToScene(wheel->position().toPoint()));
            const QRectF area = chart->plotArea();
            if (wheel->angleDelta().y() == 0 || !area.contains(at)) break;
            const double factor = wheel->angleDelta().y() > 0 ? 1.25 : 0.8;
            chart->zoomIn(QRectF(at.x() - (at.x() - area.left()) / factor,
                                 at.y() - (at.y() - area.top()) / factor, area.width() / factor,
                                 area.height() / factor));
            return true;
        }
        default:
            break;
    }
    return QWidget::eventFilter(watched, event);
}
