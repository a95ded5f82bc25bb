#pragma once

#include <QChartView>
#include <QComboBox>
#include <QStringList>
#include <QWidget>
#include <algorithm>
#include <cstdint>
#include <vector>

class QLabel;
class QScatterSeries;
class QValueAxis;
class StudioSession;

// A map of the territory's communes, each a bubble sized and coloured by a chosen measure of
// the selected lines of the prospect file, with hover details, zoom and commune selection.
class CommuneMap : public QWidget {
    Q_OBJECT
public:
    enum Measure { Establishments, Employees, SegmentMembers, InsurerShare };

    explicit CommuneMap(StudioSession& session, QWidget* parent = nullptr);

    // Plots `lines` (indices into the session's view); `selectedCommunes` (INSEE codes) are ringed.
    void showLines(const std::vector<std::uint32_t>& lines, const QStringList& selectedCommunes);
    void setMeasure(Measure measure) {
        measureBox_->setCurrentIndex(std::max(0, measureBox_->findData(static_cast<int>(measure))));
    }
    Measure measure() const {
        return measureBox_->count() ? static_cast<Measure>(measureBox_->currentData().toInt())
                                    : Establishments;
    }
    // Shows the whole territory again.
    void resetZoom();

    // For tests and tooltips: the plotted communes with lines, and what hovering one shows.
    int activeCommunes() const { return static_cast<int>(active_.size()); }
    QString details(std::uint32_t commune) const;  // tooltip text of a Geography commune index
    QComboBox* measureBox() const { return measureBox_; }
    QComboBox* choiceBox() const { return choiceBox_; }
    QChartView* view() const { return view_; }

Q_SIGNALS:
    void communeClicked(const QString& code);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;  // hover, click and wheel zoom

private:
    void updateChoices();
    void replot();
    void fitToView();
    void scheduleMarkerRefresh();
    int communeAt(const QPoint& at,
                  bool activeOnly) const;  // under a viewport point: Geography index or -1
    QString measureName() const;
    void showHovered(const QPoint& globalPosition);  // the hovered commune's tooltip, or none
    QString formatValue(double value) const;

    StudioSession& session_;
    std::vector<std::uint32_t> communes_;  // the territory's Geography indices
    std::vector<std::int32_t> slot_;       // Geography index -> position in communes_, or -1
    std::vector<QPointF>
        positions_;  // parallel to communes_: longitude scaled by cos(latitude), latitude
    QRectF bounds_;

    std::vector<std::uint32_t> lines_;
    QStringList selectedCommunes_;
    std::vector<double> value_;             // parallel to communes_
    std::vector<std::uint32_t> lineCount_;  // parallel to communes_
    std::vector<double> size_;              // bubble diameter in pixels, parallel to communes_
    std::vector<std::uint32_t> active_;     // positions in communes_, in series order
    std::vector<std::uint32_t> faint_;
    double maxValue_ = 0;
    bool zoomed_ = false;   // the user zoomed: resizing keeps the range
    bool fitting_ = false;  // fitToView() is setting the range
    int hovered_ = -1;      // Geography index of the commune under the cursor
    QPoint pressedAt_;
    bool markerRefreshPending_ = false;

    QComboBox* measureBox_ = nullptr;
    QComboBox* choiceBox_ = nullptr;
    QLabel* legend_ = nullptr;
    QChartView* view_ = nullptr;
    QScatterSeries* faintSeries_ = nullptr;
    QScatterSeries* activeSeries_ = nullptr;
    QScatterSeries* ringSeries_ = nullptr;
    QValueAxis* axisX_ = nullptr;
    QValueAxis* axisY_ = nullptr;
};
