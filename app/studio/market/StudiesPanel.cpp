#include "market/StudiesPanel.h"

#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedLayout>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/Money.h"
#include "cmcsim/report/StudyReport.h"
#include "common/Counts.h"
#include "common/ReadOnlyGuard.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"

using namespace studio;

namespace {
QString money(double euros) {
    return text(cmcsim::Money::euros(euros).french());
}
QString dayCount(double days) {
    return Counts::analysisDays(days);
}
constexpr double kTolerance = 1e-9;

QLabel* wrapped(const QString& s) {
    auto* label = new QLabel(s);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTableWidget* tableOf(const cmcsim::StudyTable& t) {
    auto* table =
        new QTableWidget(static_cast<int>(t.rows.size()), static_cast<int>(t.columns.size()));
    QStringList headers;
    for (const auto& c : t.columns) headers << text(c);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    // Long texts (agreement names, branch requirements and their references) wrap inside a
    // capped column instead of pushing the figures past the right edge at 1366 pixels.
    table->setWordWrap(true);
    static const QRegularExpression figure(QStringLiteral("^[-+]?[0-9][0-9  \u202f.,]*( ?[%€])?$"));
    for (std::size_t r = 0; r < t.rows.size(); ++r)
        for (std::size_t c = 0; c < t.rows[r].size() && c < t.columns.size(); ++c) {
            const QString value = text(t.rows[r][c]);
            auto* item = new QTableWidgetItem(value);
            if (figure.match(value).hasMatch())
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (value.size() > 40) item->setToolTip(value);
            table->setItem(static_cast<int>(r), static_cast<int>(c), item);
        }
    table->resizeColumnsToContents();
    // Columns of long text (wider than the cap) share the room left and wrap; the others keep
    // their width. With none, the last column takes the room left.
    constexpr int kWidestColumn = 260;
    bool shared = false;
    for (int c = 0; c < table->columnCount(); ++c)
        if (table->columnWidth(c) > kWidestColumn) {
            table->setColumnWidth(c, kWidestColumn);
            table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
            shared = true;
        }
    table->horizontalHeader()->setStretchLastSection(!shared);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);  // as widths vary
    const int rowsHeight = table->verticalHeader()->length() + table->horizontalHeader()->height() +
                           2 * table->frameWidth() + 2;
    table->setFixedHeight(
        std::min(rowsHeight + table->horizontalScrollBar()->sizeHint().height(), 360));
    return table;
}
}  // namespace

StudiesPanel::StudiesPanel(StudioSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    auto* offers = new QWidget;
    auto* list = new QVBoxLayout(offers);
    auto* heading = new QLabel(
        tr("<b>Études de marché</b> — ce qu'une étude révèle n'apparaît qu'une fois achetée."));
    heading->setWordWrap(true);
    list->addWidget(heading);
    for (const auto& study : session_.scenario().studies) {
        auto* card = new QFrame;
        card->setFrameShape(QFrame::StyledPanel);
        auto* grid = new QGridLayout(card);
        auto* title = wrapped(text(study.title));
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto* description = wrapped(text(study.description));
        auto* price = new QLabel(tr("%1 · %2").arg(money(study.costEur), dayCount(study.days)));
        auto* button = new QPushButton(tr("Acheter"));
        studio::guardCommand(button, session_);
        auto* status = new QLabel(tr("Achetée ✔"));
        status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(title, 0, 0);
        grid->addWidget(description, 1, 0, 1, 2);
        grid->addWidget(price, 2, 0);
        grid->addWidget(button, 0, 1, Qt::AlignRight | Qt::AlignTop);
        grid->addWidget(status, 0, 1, Qt::AlignRight | Qt::AlignTop);
        grid->setColumnStretch(0, 1);
        list->addWidget(card);
        const QString id = text(study.id);
        connect(button, &QPushButton::clicked, this, [this, id] { buy(id); });
        cards_[study.id] = Card{button, status};
    }
    if (session_.scenario().studies.empty())
        list->addWidget(wrapped(tr("Ce scénario ne propose aucune étude de marché.")));
    list->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidget(offers);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(280);

    findings_ = new QTabWidget;
    findings_->setDocumentMode(true);
    findings_->setElideMode(Qt::ElideRight);
    findings_->setUsesScrollButtons(true);
    empty_ = wrapped(
        tr("Aucune étude achetée pour l'instant : les résultats des études apparaîtront ici."));
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setForegroundRole(QPalette::PlaceholderText);
    auto* right = new QWidget;
    findingsStack_ = new QStackedLayout(right);
    findingsStack_->addWidget(empty_);
    findingsStack_->addWidget(findings_);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(scroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 600});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    refresh();
}

StudiesPanel::~StudiesPanel() = default;

QPushButton* StudiesPanel::buyButton(const QString& studyId) const {
    const auto it = cards_.find(studyId.toStdString());
    return it == cards_.end() ? nullptr : it->second.button;
}

void StudiesPanel::buy(const QString& studyId) {
    for (const auto& study : session_.scenario().studies)
        if (text(study.id) == studyId && confirmPurchase(study))
            session_.run(tr("Achat de l'étude « %1 »").arg(text(study.title)),
                         cmcsim::command::kBuyStudy, {{"etude", study.id}});
}

bool StudiesPanel::confirmPurchase(const cmcsim::StudyOffer& study) {
    const auto& state = session_.state();
    QMessageBox box(QMessageBox::Question, tr("Acheter une étude"),
                    tr("Acheter l'étude « %1 » ?").arg(text(study.title)), QMessageBox::NoButton,
                    this);
    box.setInformativeText(
        tr("Elle coûte %1 et %2. Il vous restera %3 et %4.\n\nUne étude achetée ne peut pas "
           "être remboursée.")
            .arg(money(study.costEur), dayCount(study.days),
                 money(std::max(0.0, state.budgetLeft() - study.costEur)),
                 dayCount(std::max(0.0, state.daysLeft() - study.days))));
    auto* accept = box.addButton(tr("Acheter"), QMessageBox::AcceptRole);
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    return box.clickedButton() == accept;
}

void StudiesPanel::refresh() {
    const auto& state = session_.state();
    for (const auto& study : session_.scenario().studies) {
        const auto& card = cards_.at(study.id);
        const bool bought = state.studies().contains(study.id);
        card.button->setVisible(!bought);
        card.status->setVisible(bought);
        QStringList why;
        if (study.costEur > state.budgetLeft() + kTolerance)
            why << tr("Budget insuffisant : il reste %1, l'étude coûte %2.")
                       .arg(money(state.budgetLeft()), money(study.costEur));
        if (study.days > state.daysLeft() + kTolerance)
            why << tr("Jours d'analyse insuffisants : il reste %1, l'étude demande %2.")
                       .arg(dayCount(std::max(0.0, state.daysLeft())), dayCount(study.days));
        card.button->setEnabled(why.isEmpty());
        card.button->setToolTip(why.isEmpty() ? tr("Acheter l'étude : %1 et %2 seront décomptés.")
                                                    .arg(money(study.costEur), dayCount(study.days))
                                              : why.join(QLatin1Char('\n')));
    }
    if (state.studies() != shown_) rebuildFindings();
}

void StudiesPanel::rebuildFindings() {
    const auto& bought = session_.state().studies();
    std::string added;
    for (const auto& id : bought)
        if (!shown_.contains(id)) added = id;
    const QString current = findings_->tabBar()->tabData(findings_->currentIndex()).toString();
    while (findings_->count() > 0) {
        auto* page = findings_->widget(0);
        findings_->removeTab(0);
        page->deleteLater();
    }
    const auto& studies = session_.scenario().studies;
    for (std::size_t i = 0; i < studies.size(); ++i) {
        if (!bought.contains(studies[i].id)) continue;
        const int tab = findings_->addTab(findingsPage(i), text(studies[i].title));
        findings_->tabBar()->setTabData(tab, text(studies[i].id));
        findings_->setTabToolTip(tab, text(studies[i].title));
        if (studies[i].id == added || (added.empty() && text(studies[i].id) == current))
            findings_->setCurrentIndex(tab);
    }
    findingsStack_->setCurrentIndex(bought.empty() ? 0 : 1);
    shown_ = bought;
}

QWidget* StudiesPanel::findingsPage(std::size_t study) const {
    const auto& offer = session_.scenario().studies[study];
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);  // the description is on the study's card
    const auto tables =
        cmcsim::StudyReport(session_.market(), session_.reference()).findings(offer);
    for (const auto& t : tables) {
        auto* title = wrapped(text(t.title));
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        layout->addSpacing(6);
        layout->addWidget(title);
        if (!t.note.empty()) {
            auto* note = wrapped(text(t.note));
            note->setForegroundRole(QPalette::PlaceholderText);
            layout->addWidget(note);
        }
        layout->addWidget(tableOf(t));
    }
    if (tables.empty()) layout->addWidget(wrapped(tr("Cette étude ne contient pas de tableau.")));
    layout->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}
