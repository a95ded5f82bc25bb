#pragma once

#include <QComboBox>
#include <QStringList>
#include <QWidget>
#include <algorithm>
#include <cstdint>
#include <vector>

#include "market/CommuneCanvas.h"

class QLabel;
class StudioSession;

// A map of the territory's communes, each a bubble sized and coloured by a chosen measure of
// the selected lines of the prospect file (départements when zoomed out), with hover details,
// zoom and commune selection.
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
    int activeCommunes() const { return active_; }
    QString details(std::uint32_t commune) const;  // tooltip text of a Geography commune index
    QString departementDetails(std::uint32_t group) const;  // tooltip text of a département
    QComboBox* measureBox() const { return measureBox_; }
    QComboBox* choiceBox() const { return choiceBox_; }
    CommuneCanvas* view() const { return view_; }
    QLabel* legend() const { return legend_; }
    // The Geography index of a commune of the canvas (CommuneCanvas's place).
    std::uint32_t commune(std::uint32_t place) const { return communes_[place]; }

Q_SIGNALS:
    void communeClicked(const QString& code);

private:
    void updateChoices();
    void replot();
    void updateLegend();
    QString measureName() const;
    QString formatValue(double value) const;

    StudioSession& session_;
    std::vector<std::uint32_t> communes_;    // the territory's Geography indices (the places)
    std::vector<std::int32_t> slot_;         // Geography index -> position in communes_, or -1
    std::vector<std::uint32_t> groupOf_;     // parallel to communes_: index in departements_
    std::vector<std::string> departements_;  // codes
    std::vector<std::uint32_t> groupCommunes_;
    std::vector<std::uint64_t> groupPopulation_;

    std::vector<std::uint32_t> lines_;
    QStringList selectedCommunes_;
    std::vector<double> value_;             // parallel to communes_
    std::vector<std::uint32_t> lineCount_;  // parallel to communes_
    int active_ = 0;

    QComboBox* measureBox_ = nullptr;
    QComboBox* choiceBox_ = nullptr;
    QLabel* legend_ = nullptr;
    CommuneCanvas* view_ = nullptr;
};
