// The Marché workspace's commune map: one disc per commune of the territory, or per département
// when zoomed out, coloured and sized by the measure; the disc under the pointer found through a
// grid; a click selects a commune or zooms into a département.
#include <gtest/gtest.h>

#include <QApplication>
#include <QLabel>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

#include "StudioFixture.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/market/Territory.h"
#include "market/CommuneCanvas.h"
#include "market/CommuneMap.h"
#include "market/MarketWorkspace.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

std::vector<std::uint32_t> allLines(const StudioSession& session) {
    std::vector<std::uint32_t> lines(session.view().rows().size());
    std::iota(lines.begin(), lines.end(), 0u);
    return lines;
}

int active(const std::vector<MapMark>& marks) {
    return static_cast<int>(
        std::count_if(marks.begin(), marks.end(), [](auto& m) { return m.active; }));
}

void click(QWidget* widget, QPointF at, Qt::MouseButton button = Qt::LeftButton) {
    const QPointF global = widget->mapToGlobal(at);
    QMouseEvent press(QEvent::MouseButtonPress, at, global, button, button, Qt::NoModifier);
    QApplication::sendEvent(widget, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, at, global, button, Qt::NoButton,
                        Qt::NoModifier);
    QApplication::sendEvent(widget, &release);
}

// 4,000 places on a 100 × 40 grid (0.01 degree apart), in 10 départements of 10 columns each.
// Every tenth column has 3 lines and a share of 1, the others 1 line and a share of 0.
struct GridMarket {
    std::vector<QPointF> positions;
    QStringList names, groupNames;
    std::vector<std::uint32_t> groupOf, lines;
    std::vector<double> share;
    GridMarket() {
        for (std::uint32_t i = 0; i < 4000; ++i) {
            const std::uint32_t column = i % 100;
            positions.emplace_back(column * 0.01, (i / 100) * 0.01);
            names << QStringLiteral("c%1").arg(i);
            groupOf.push_back(column / 10);
            lines.push_back(column % 10 == 0 ? 3 : 1);
            share.push_back(column % 10 == 0 ? 1.0 : 0.0);
        }
        for (int g = 0; g < 10; ++g) groupNames << QStringLiteral("d%1").arg(g);
    }
};

}  // namespace

// Zoomed out, 4,000 communes in 400 × 300 pixels (30 pixels each, under kPixelsPerCommune) are
// drawn as their 10 départements; zoomed in, as the communes in view; "Vue d'ensemble" aggregates
// again, and a click on a département zooms to its communes.
TEST(CommuneCanvas, AggregatesIntoDepartementsWhenZoomedOut) {
    GridMarket market;
    CommuneCanvas canvas;
    canvas.resize(400, 300);
    canvas.setPlaces(market.positions, market.names, market.groupOf, market.groupNames);
    canvas.setValues(market.lines, market.share, true, {});
    EXPECT_EQ(canvas.level(), CommuneCanvas::Level::Departements);
    ASSERT_EQ(canvas.marks().size(), 10u);
    EXPECT_EQ(active(canvas.marks()), 10);
    // Each département: 40 places of 3 lines with a share of 1, 360 of 1 line with 0:
    // 40 × 3 + 360 = 480 lines, a share of (40 × 3 × 1) / 480 = 0.25.
    for (std::uint32_t g = 0; g < 10; ++g) {
        EXPECT_EQ(canvas.groupLines(g), 480u);
        EXPECT_DOUBLE_EQ(canvas.groupValue(g), 0.25);
    }
    // Equal shares: every département has the darkest colour.
    EXPECT_EQ(canvas.marks()[0].fill, CommuneCanvas::shade(1).rgba());

    canvas.zoomAt(QPointF(200, 150), 8);
    EXPECT_EQ(canvas.level(), CommuneCanvas::Level::Communes);
    const auto shown = canvas.marks().size();
    EXPECT_GT(shown, 0u);
    EXPECT_LT(shown, 1000u);  // only the communes in view (about 15 × 11 of them)
    for (const auto& m : canvas.marks()) EXPECT_EQ(m.kind, MapMark::Commune);

    canvas.resetView();
    EXPECT_EQ(canvas.level(), CommuneCanvas::Level::Departements);
    const MapMark first = canvas.marks().front();
    click(&canvas, first.at);
    EXPECT_EQ(canvas.level(), CommuneCanvas::Level::Communes);
    EXPECT_TRUE(canvas.zoomed());
    // The département's 400 communes (its 10 columns) are all in view.
    const auto& marks = canvas.marks();
    EXPECT_EQ(std::count_if(marks.begin(), marks.end(),
                            [&](const MapMark& m) { return m.index % 100 / 10 == first.index; }),
              400);
}

// The topmost disc under the pointer is found: a small disc over a large one at the same place,
// the large one beside it, a faint dot within 5 pixels, nothing far from them.
TEST(CommuneCanvas, HitTestFindsTheTopmostMark) {
    CommuneCanvas canvas;
    canvas.resize(400, 300);
    // Three places 0.1 degree apart on a line, one département.
    canvas.setPlaces({{0, 0}, {0.1, 0}, {0.1, 0.0001}}, {"a", "b", "c"}, {0, 0, 0}, {"d"});
    canvas.setValues({0, 100, 1}, {0, 100, 1}, false, {});
    ASSERT_EQ(canvas.level(), CommuneCanvas::Level::Communes);
    const auto& marks = canvas.marks();
    ASSERT_EQ(marks.size(), 3u);
    // Paint order: the faint place, then the largest disc first.
    EXPECT_EQ(marks[0].index, 0u);
    EXPECT_FALSE(marks[0].active);
    EXPECT_EQ(marks[1].index, 1u);
    EXPECT_EQ(marks[2].index, 2u);
    EXPECT_FLOAT_EQ(marks[1].radius, 14.0f);  // the largest value: the largest radius
    // sqrt(1 / 100) = 0.1 of the way from the smallest radius (2) to the largest (14).
    EXPECT_FLOAT_EQ(marks[2].radius, 2.0f + 12.0f * 0.1f);
    EXPECT_EQ(marks[2].fill, CommuneCanvas::shade(0.1).rgba());
    const QPointF small = marks[2].at, large = marks[1].at, faint = marks[0].at;
    ASSERT_NE(canvas.markAt(small), nullptr);
    EXPECT_EQ(canvas.markAt(small)->index, 2u);
    ASSERT_NE(canvas.markAt(large + QPointF(10, 0)), nullptr);
    EXPECT_EQ(canvas.markAt(large + QPointF(10, 0))->index, 1u);
    ASSERT_NE(canvas.markAt(faint + QPointF(4, 0)), nullptr);
    EXPECT_EQ(canvas.markAt(faint + QPointF(4, 0))->index, 0u);
    EXPECT_EQ(canvas.markAt(faint + QPointF(0, 40)), nullptr);

    QSignalSpy clicked(&canvas, &CommuneCanvas::communeClicked);
    click(&canvas, faint);  // a commune without lines is not selectable
    click(&canvas, large + QPointF(10, 0));
    ASSERT_EQ(clicked.size(), 1);
    EXPECT_EQ(clicked[0][0].toUInt(), 1u);
}

// Colours and sizes are relative to the largest value in view: zoomed onto a commune of 1
// establishment, away from one of 100, it is the darkest and largest disc, and the legend's
// maximum follows.
TEST(CommuneCanvas, ScaleFollowsTheLargestValueInView) {
    CommuneCanvas canvas;
    canvas.resize(400, 300);
    canvas.setPlaces({{0, 0}, {0.5, 0}}, {"a", "b"}, {0, 0}, {"d"});
    canvas.setValues({100, 1}, {100, 1}, false, {});
    EXPECT_DOUBLE_EQ(canvas.maxValue(), 100);
    ASSERT_EQ(canvas.marks().size(), 2u);
    EXPECT_EQ(canvas.marks()[1].fill, CommuneCanvas::shade(0.1).rgba());  // sqrt(1 / 100)
    QSignalSpy rescaled(&canvas, &CommuneCanvas::scaleChanged);
    canvas.zoomAt(canvas.marks()[1].at, 4);  // 0.5 degree away: about 1,400 pixels
    EXPECT_EQ(rescaled.size(), 1);
    EXPECT_DOUBLE_EQ(canvas.maxValue(), 1);
    ASSERT_EQ(canvas.marks().size(), 1u);
    EXPECT_EQ(canvas.marks()[0].fill, CommuneCanvas::shade(1).rgba());
    EXPECT_FLOAT_EQ(canvas.marks()[0].radius, 14.0f);
}

// Five départements of Normandie (tests/fixtures/scenarios/map-normandie.json, 300
// establishments): at 1200 × 1000 every commune of the territory is a disc, the communes with
// lines coloured by their share of the largest; at its smallest (a canvas of about 340 × 280
// pixels, under 50 pixels for each of the 2,644 communes) the map shows the 5 départements,
// holding every line.
TEST(CommuneMap, DrawsEachCommuneOrEachDepartementOfASmallMarket) {
    StudioFixture fixture("scenarios/map-normandie.json");
    auto& session = fixture.session();
    CommuneMap map(session);
    map.resize(1200, 1000);
    map.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&map));
    map.showLines(allLines(session), {});
    const auto& geography = session.reference().geography.communes();
    std::map<std::uint32_t, int> perCommune;  // lines per commune, counted from the rows
    std::map<std::string, int> perDepartement;
    for (const auto& row : session.view().rows()) {
        ++perCommune[row.commune];
        ++perDepartement[geography[row.commune].departement];
    }
    int most = 0;
    for (const auto& [commune, n] : perCommune) most = std::max(most, n);
    auto* canvas = map.view();
    ASSERT_EQ(canvas->level(), CommuneCanvas::Level::Communes);
    const auto territory = Territory(session.reference().geography, session.scenario()).communes();
    EXPECT_EQ(canvas->marks().size(), territory.size());
    EXPECT_EQ(map.activeCommunes(), static_cast<int>(perCommune.size()));
    EXPECT_EQ(active(canvas->marks()), static_cast<int>(perCommune.size()));
    for (const auto& m : canvas->marks()) {
        if (!m.active) continue;
        const int n = perCommune.at(map.commune(m.index));
        EXPECT_EQ(m.fill, CommuneCanvas::shade(std::sqrt(static_cast<double>(n) / most)).rgba());
    }
    const QString legend = map.legend()->text();
    EXPECT_TRUE(legend.startsWith(
        QStringLiteral("%1 communes avec des lignes sur %2")
            .arg(perCommune.size())
            .arg(QString::fromStdString(frenchNumber(static_cast<double>(territory.size()), 0)))))
        << legend.toStdString();

    map.resize(340, 380);
    QApplication::processEvents();
    ASSERT_EQ(canvas->level(), CommuneCanvas::Level::Departements);
    ASSERT_EQ(canvas->marks().size(), 5u);
    int lines = 0;
    for (const auto& m : canvas->marks()) lines += static_cast<int>(canvas->groupLines(m.index));
    EXPECT_EQ(lines, static_cast<int>(session.view().rows().size()));
    EXPECT_TRUE(map.legend()->text().contains(QStringLiteral("Par département")));
    const MapMark* calvados = nullptr;
    for (const auto& m : canvas->marks())
        if (map.departementDetails(m.index).contains(QStringLiteral("Calvados"))) calvados = &m;
    ASSERT_NE(calvados, nullptr);
    EXPECT_EQ(static_cast<int>(canvas->groupLines(calvados->index)), perDepartement.at("14"));
}

// In the workspace, a click on a commune selects it: the map rings it and its tooltip names it.
TEST(CommuneMap, ClickSelectsTheCommuneAndRingsIt) {
    StudioFixture fixture("scenarios/map-normandie.json");
    MarketWorkspace workspace(fixture.session());
    workspace.resize(1400, 1100);
    workspace.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&workspace));
    auto* canvas = workspace.map()->view();
    if (canvas->level() == CommuneCanvas::Level::Departements)
        canvas->zoomAt(QPointF(canvas->width() / 2.0, canvas->height() / 2.0), 4);
    ASSERT_EQ(canvas->level(), CommuneCanvas::Level::Communes);
    const MapMark top = canvas->marks().back();  // painted last: nothing over it
    ASSERT_TRUE(top.active);
    const auto commune = workspace.map()->commune(top.index);
    const auto& c = fixture.session().reference().geography.communes()[commune];
    QSignalSpy clicked(workspace.map(), &CommuneMap::communeClicked);
    click(canvas, top.at);
    ASSERT_EQ(clicked.size(), 1);
    EXPECT_EQ(clicked[0][0].toString().toStdString(), c.code);
    const auto& marks = canvas->marks();
    const auto ringed = std::count_if(marks.begin(), marks.end(), [](auto& m) { return m.ringed; });
    EXPECT_EQ(ringed, 1);
    EXPECT_TRUE(workspace.map()->details(commune).contains(QString::fromStdString(c.name)));
}
