#include "market/MarketWorkspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/prospects/ProspectBreakdown.h"
#include "common/BreakdownChart.h"
#include "common/Counts.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"
#include "market/CommuneMap.h"
#include "market/StudiesPanel.h"

using namespace studio;

namespace {
constexpr int kTopDivisions = 15;

template <typename T>
void toggleIn(std::vector<T>& values, const T& value) {
    const auto it = std::find(values.begin(), values.end(), value);
    if (it == values.end())
        values.push_back(value);
    else
        values.erase(it);
}

// The health renewal window of the first occurrence of `month` on or after `start` (the market
// draws renewals the same way).
std::pair<cmcsim::Date, cmcsim::Date> monthWindow(cmcsim::Date start, unsigned month) {
    auto first = cmcsim::Date::fromCivil(start.year(), month, 1);
    if (first < start) first = cmcsim::Date::fromCivil(start.year() + 1, month, 1);
    const auto next = month == 12 ? cmcsim::Date::fromCivil(first.year() + 1, 1, 1)
                                  : cmcsim::Date::fromCivil(first.year(), month + 1, 1);
    return {first, next.plusDays(-1)};
}
}  // namespace

MarketWorkspace::MarketWorkspace(StudioSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    summary_ = new QLabel;
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    clear_ = new QPushButton(tr("Tout effacer"));
    clear_->setToolTip(tr("Effacer la sélection faite en cliquant sur les graphiques et la carte"));
    connect(clear_, &QPushButton::clicked, this, [this] { setSelection({}); });
    auto* top = new QHBoxLayout;
    top->addWidget(summary_, 1);
    top->addWidget(clear_);

    map_ = new CommuneMap(session_);
    connect(map_, &CommuneMap::communeClicked, this,
            [this](const QString& code) { toggle(Dimension::Communes, code); });

    using Order = BreakdownChart::Order;
    const auto addChart = [this](Dimension dimension, const QString& title, Order order,
                                 bool showKeys, int shownRows) {
        auto* chart = new BreakdownChart(title, order, showKeys, shownRows);
        connect(chart, &BreakdownChart::keyClicked, this,
                [this, dimension](const QString& key) { toggle(dimension, key); });
        charts_ << chart;
        chartDimensions_ << dimension;
        return chart;
    };
    auto* sections =
        addChart(Dimension::Sections, tr("Secteur (section NAF)"), Order::Largest, true, 12);
    auto* bands =
        addChart(Dimension::SizeBands, tr("Tranche d'effectif"), Order::Natural, false, 0);
    auto* idcc = addChart(Dimension::Idcc, tr("Convention collective (10 premières)"),
                          Order::Largest, true, 10);
    auto* insurers = addChart(Dimension::Insurers, tr("Assureur santé actuel (parts de marché)"),
                              Order::Largest, false, 12);
    auto* levels =
        addChart(Dimension::Levels, tr("Niveau de garanties santé"), Order::Natural, false, 0);
    auto* months = addChart(Dimension::RenewalMonths, tr("Mois d'échéance du contrat santé"),
                            Order::Natural, false, 0);

    divisions_ = new QTableWidget(0, 5);
    divisions_->setHorizontalHeaderLabels(
        {tr("Division"), tr("Libellé"), tr("Lignes"), tr("Salariés"), tr("Part")});
    divisions_->verticalHeader()->hide();
    divisions_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    divisions_->setSelectionMode(QAbstractItemView::NoSelection);
    divisions_->setAlternatingRowColors(true);
    divisions_->setWordWrap(false);
    divisions_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    divisions_->setToolTip(tr("Cliquer sur une division pour filtrer sur elle"));
    connect(divisions_, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (auto* item = divisions_->item(row, 0)) toggle(Dimension::Divisions, item->text());
    });
    auto* divisionsBox = new QWidget;
    auto* divisionsLayout = new QVBoxLayout(divisionsBox);
    divisionsLayout->setContentsMargins(0, 4, 0, 4);
    auto* divisionsTitle = new QLabel(tr("Divisions NAF (%1 premières)").arg(kTopDivisions));
    QFont bold = divisionsTitle->font();
    bold.setBold(true);
    divisionsTitle->setFont(bold);
    divisionsLayout->addWidget(divisionsTitle);
    divisionsLayout->addWidget(divisions_);
    divisionsLayout->addStretch();

    auto* chartsPage = new QWidget;
    auto* column = new QVBoxLayout(chartsPage);
    column->setSpacing(10);
    for (QWidget* part : std::initializer_list<QWidget*>{sections, divisionsBox, bands, idcc,
                                                         insurers, levels, months})
        column->addWidget(part);
    column->addStretch();
    auto* chartsScroll = new QScrollArea;
    chartsScroll->setWidget(chartsPage);
    chartsScroll->setWidgetResizable(true);
    chartsScroll->setFrameShape(QFrame::NoFrame);

    studies_ = new StudiesPanel(session_);

    auto* upper = new QSplitter(Qt::Horizontal);
    upper->addWidget(map_);
    upper->addWidget(chartsScroll);
    upper->setStretchFactor(0, 45);
    upper->setStretchFactor(1, 55);
    upper->setSizes({450, 550});
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(upper);
    splitter->addWidget(studies_);
    // At 1366 × 768 the studies keep about two fifths of the height: enough to read a card and
    // a finding without scrolling at every line; the splitter gives the user the rest.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(&session_, &StudioSession::changed, this, &MarketWorkspace::refresh);
    refresh();
}

void MarketWorkspace::setSelection(const cmcsim::ProspectFilter& selection) {
    selection_ = selection;
    refresh();
}

bool MarketWorkspace::hasCriterion(const cmcsim::ProspectFilter& f, Dimension dimension) {
    switch (dimension) {
        case Dimension::Sections:
            return !f.sections.empty();
        case Dimension::Divisions:
            return !f.divisions.empty();
        case Dimension::SizeBands:
            return !f.sizeBands.empty();
        case Dimension::Idcc:
            return !f.idcc.empty();
        case Dimension::Insurers:
            return !f.insurers.empty();
        case Dimension::RenewalMonths:
            return f.renewalFrom || f.renewalTo;
        case Dimension::Levels:
            return !f.coverageLevels.empty();
        case Dimension::Communes:
            return !f.communes.empty();
    }
    return false;
}

cmcsim::ProspectFilter MarketWorkspace::without(cmcsim::ProspectFilter f, Dimension dimension) {
    switch (dimension) {
        case Dimension::Sections:
            f.sections.clear();
            break;
        case Dimension::Divisions:
            f.divisions.clear();
            break;
        case Dimension::SizeBands:
            f.sizeBands.clear();
            break;
        case Dimension::Idcc:
            f.idcc.clear();
            break;
        case Dimension::Insurers:
            f.insurers.clear();
            break;
        case Dimension::RenewalMonths:
            f.renewalFrom.reset();
            f.renewalTo.reset();
            break;
        case Dimension::Levels:
            f.coverageLevels.clear();
            break;
        case Dimension::Communes:
            f.communes.clear();
            break;
    }
    return f;
}

QStringList MarketWorkspace::selectedKeys(Dimension dimension) const {
    QStringList keys;
    const auto add = [&keys](const std::vector<std::string>& values) {
        for (const auto& v : values) keys << text(v);
    };
    switch (dimension) {
        case Dimension::Sections:
            add(selection_.sections);
            break;
        case Dimension::Divisions:
            add(selection_.divisions);
            break;
        case Dimension::SizeBands:
            add(selection_.sizeBands);
            break;
        case Dimension::Idcc:
            add(selection_.idcc);
            break;
        case Dimension::Insurers:
            add(selection_.insurers);
            break;
        case Dimension::Communes:
            add(selection_.communes);
            break;
        case Dimension::Levels:
            for (const int level : selection_.coverageLevels) keys << QString::number(level);
            break;
        case Dimension::RenewalMonths:
            if (selection_.renewalFrom)
                keys << QStringLiteral("%1").arg(selection_.renewalFrom->month(), 2, 10,
                                                 QLatin1Char('0'));
            break;
    }
    return keys;
}

void MarketWorkspace::toggle(Dimension dimension, const QString& key) {
    const std::string k = key.toStdString();
    switch (dimension) {
        case Dimension::Sections: {
            toggleIn(selection_.sections, k);
            // Divisions outside the selected sections would leave nothing to show.
            const auto& codes = session_.reference().naf.codes();
            std::erase_if(selection_.divisions, [&](const std::string& division) {
                if (selection_.sections.empty()) return false;
                const auto code = std::find_if(codes.begin(), codes.end(), [&](const auto& c) {
                    return c.division == division;
                });
                return code == codes.end() ||
                       std::find(selection_.sections.begin(), selection_.sections.end(),
                                 std::string(1, code->section)) == selection_.sections.end();
            });
            break;
        }
        case Dimension::Divisions:
            toggleIn(selection_.divisions, k);
            break;
        case Dimension::SizeBands:
            toggleIn(selection_.sizeBands, k);
            break;
        case Dimension::Idcc:
            toggleIn(selection_.idcc, k);
            break;
        case Dimension::Insurers:
            toggleIn(selection_.insurers, k);
            break;
        case Dimension::Communes:
            toggleIn(selection_.communes, k);
            break;
        case Dimension::Levels:
            toggleIn(selection_.coverageLevels, key.toInt());
            break;
        case Dimension::RenewalMonths: {
            // One month at a time: the filter holds a single renewal window.
            const bool same = selectedKeys(dimension).contains(key);
            selection_.renewalFrom.reset();
            selection_.renewalTo.reset();
            const int month = key.toInt();
            if (!same && month >= 1 && month <= 12) {
                const auto [from, to] =
                    monthWindow(session_.scenario().startDate, static_cast<unsigned>(month));
                selection_.renewalFrom = from;
                selection_.renewalTo = to;
            }
            break;
        }
    }
    refresh();
}

void MarketWorkspace::refresh() {
    const auto& view = session_.view();
    const auto& market = session_.market();
    const auto& reference = session_.reference();
    const bool insurersKnown = session_.state().knowledge().insurers;
    if (!insurersKnown) {  // the study was undone: its criteria would hide every line
        selection_.insurers.clear();
        selection_.coverageLevels.clear();
        selection_.renewalFrom.reset();
        selection_.renewalTo.reset();
    }

    const auto lines = view.filter(selection_);
    const auto all = cmcsim::ProspectBreakdown::compute(view, lines, market, reference);
    // Each chart counts the selection without its own criterion, so its other bars stay clickable.
    const auto breakdownFor = [&](Dimension dimension) {
        return hasCriterion(selection_, dimension)
                   ? cmcsim::ProspectBreakdown::compute(
                         view, view.filter(without(selection_, dimension)), market, reference)
                   : all;
    };

    QString study;
    for (const auto& s : session_.scenario().studies)
        if (s.kind == "veille_concurrentielle") study = text(s.title);
    const QString hidden =
        study.isEmpty() ? tr("Ce scénario ne propose pas de veille concurrentielle : l'information "
                             "n'est pas disponible.")
                        : tr("Révélé par l'étude « %1 » (veille concurrentielle).").arg(study);
    for (qsizetype i = 0; i < charts_.size(); ++i) {
        auto* chart = charts_[i];
        const auto dimension = chartDimensions_[i];
        const bool needsStudy = dimension == Dimension::Insurers ||
                                dimension == Dimension::Levels ||
                                dimension == Dimension::RenewalMonths;
        if (needsStudy && !insurersKnown) {
            chart->setUnavailable(hidden);
            continue;
        }
        const auto b = breakdownFor(dimension);
        const cmcsim::Breakdown& shown = dimension == Dimension::Sections    ? b.sections
                                         : dimension == Dimension::SizeBands ? b.sizeBands
                                         : dimension == Dimension::Idcc      ? b.idcc
                                         : dimension == Dimension::Insurers  ? b.insurers
                                         : dimension == Dimension::Levels    ? b.levels
                                                                             : b.renewalMonths;
        chart->setBreakdown(shown, selectedKeys(dimension));
    }
    showDivisions(breakdownFor(Dimension::Divisions).divisions);
    map_->showLines(hasCriterion(selection_, Dimension::Communes)
                        ? view.filter(without(selection_, Dimension::Communes))
                        : lines,
                    selectedKeys(Dimension::Communes));
    studies_->refresh();

    const QString counts = tr("<b>Sélection : %1, %2</b>")
                               .arg(Counts::lines(static_cast<double>(all.lines)),
                                    Counts::employees(static_cast<double>(all.employees)));
    summary_->setText(selection_.empty()
                          ? counts + tr(" — tout le fichier prospects ; cliquez sur une barre ou "
                                        "une commune pour filtrer.")
                          : counts +
                                tr(" — sélection : %1").arg(describeSelection().toHtmlEscaped()));
    clear_->setEnabled(!selection_.empty());
}

QString MarketWorkspace::describeSelection() const {
    QStringList parts;
    const auto add = [&](const QString& name, Dimension dimension) {
        const auto keys = selectedKeys(dimension);
        if (!keys.isEmpty()) parts << name.arg(keys.join(QStringLiteral(", ")));
    };
    add(tr("secteur %1"), Dimension::Sections);
    add(tr("division %1"), Dimension::Divisions);
    add(tr("tranche %1"), Dimension::SizeBands);
    add(tr("IDCC %1"), Dimension::Idcc);
    add(tr("assureur %1"), Dimension::Insurers);
    add(tr("niveau %1"), Dimension::Levels);
    if (selection_.renewalFrom && selection_.renewalTo)
        parts << tr("échéance du %1 au %2")
                     .arg(text(selection_.renewalFrom->french()),
                          text(selection_.renewalTo->french()));
    QStringList communes;
    for (const auto& code : selection_.communes) {
        const auto index = session_.reference().geography.communeIndex(code);
        communes << (index ? text(session_.reference().geography.communes()[*index].name)
                           : text(code));
    }
    if (!communes.isEmpty()) parts << tr("commune %1").arg(communes.join(QStringLiteral(", ")));
    if (parts.isEmpty()) parts << tr("autres critères");
    return parts.join(QStringLiteral(" · "));
}

void MarketWorkspace::showDivisions(const cmcsim::Breakdown& divisions) {
    const auto selected = selectedKeys(Dimension::Divisions);
    std::vector<const cmcsim::BreakdownRow*> rows;
    for (const auto& row : divisions.rows)
        if (static_cast<int>(rows.size()) < kTopDivisions || selected.contains(text(row.key)))
            rows.push_back(&row);
    divisions_->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const auto& row = *rows[static_cast<std::size_t>(r)];
        const double share = divisions.totalCount ? 100.0 * static_cast<double>(row.count) /
                                                        static_cast<double>(divisions.totalCount)
                                                  : 0.0;
        const QStringList cells = {
            text(row.key), text(row.label), number(static_cast<double>(row.count)),
            number(static_cast<double>(row.employees)), tr("%1 %").arg(number(share, 1))};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setFlags(Qt::ItemIsEnabled);
            if (c >= 2) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 0)
                item->setCheckState(selected.contains(cells[0]) ? Qt::Checked : Qt::Unchecked);
            if (c == 1) item->setToolTip(cells[1]);
            divisions_->setItem(r, c, item);
        }
    }
    divisions_->resizeColumnToContents(0);
    for (int c = 2; c < 5; ++c) divisions_->resizeColumnToContents(c);
    const int height = divisions_->horizontalHeader()->height() +
                       divisions_->verticalHeader()->length() + 2 * divisions_->frameWidth() + 2;
    divisions_->setFixedHeight(std::max(height, 80));
}
