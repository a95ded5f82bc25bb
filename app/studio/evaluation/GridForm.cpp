#include "evaluation/GridForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "cmcsim/assess/Agreement.h"
#include "common/Counts.h"
#include "common/StudioText.h"
#include "evaluation/EvaluationGridStore.h"
#include "evaluation/EvaluationWorkspace.h"
#include "evaluation/GridVerdicts.h"
#include "evaluation/PreAssessmentPanel.h"

using namespace studio;

namespace {
constexpr int kIdRole = Qt::UserRole;  // the criterion's id, on column 0
constexpr int kVerdictColumn = 2;
}  // namespace

GridForm::GridForm(EvaluationGridStore& store, int evaluator, QWidget* parent)
    : QWidget(parent), store_(store), evaluator_(evaluator) {
    status_ = new QLabel;
    status_->setObjectName(QStringLiteral("gridFormStatus"));
    status_->setWordWrap(true);
    name_ = new QLineEdit;
    name_->setObjectName(QStringLiteral("gridEvaluatorName"));
    name_->setPlaceholderText(tr("Prénom et nom"));
    name_->setMaxLength(120);
    role_ = new QLineEdit;
    role_->setObjectName(QStringLiteral("gridEvaluatorRole"));
    role_->setPlaceholderText(tr("Formatrice, professionnel du métier…"));
    role_->setMaxLength(120);
    auto* who = new QHBoxLayout;
    who->addWidget(new QLabel(tr("Évaluateur %1 :").arg(evaluator)));
    who->addWidget(name_, 2);
    who->addWidget(new QLabel(tr("Rôle :")));
    who->addWidget(role_, 2);
    fromAutomatic_ = new QPushButton(tr("Partir de la pré-évaluation"));
    fromAutomatic_->setToolTip(
        tr("Met le verdict automatique dans chaque critère encore « à juger » ; rien n'est "
           "enregistré avant « Enregistrer ma grille »."));
    save_ = new QPushButton(tr("Enregistrer ma grille"));
    save_->setObjectName(QStringLiteral("gridFormSave"));
    who->addWidget(fromAutomatic_);
    who->addWidget(save_);

    table_ = new QTableWidget(0, 4);
    table_->setObjectName(QStringLiteral("gridFormTable"));
    table_->setHorizontalHeaderLabels(
        {tr("Critère"), tr("Pré-évaluation"), tr("Votre verdict"), tr("Votre commentaire")});
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(kVerdictColumn, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(kCommentColumn, QHeaderView::Stretch);
    table_->setColumnWidth(0, 230);
    table_->setWordWrap(true);
    table_->verticalHeader()->hide();
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    panel_ = new PreAssessmentPanel;
    auto* splitter = new QSplitter;
    splitter->addWidget(table_);
    splitter->addWidget(panel_);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({880, 460});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(who);
    layout->addWidget(status_);
    layout->addWidget(splitter, 1);

    connect(fromAutomatic_, &QPushButton::clicked, this, &GridForm::startFromPreAssessment);
    connect(save_, &QPushButton::clicked, this, &GridForm::save);
    connect(table_, &QTableWidget::currentCellChanged, this, &GridForm::showCurrent);
    connect(table_, &QTableWidget::itemChanged, this, [this] {
        if (!filling_) dirty_ = true;
    });
    for (auto* edit : {name_, role_})
        connect(edit, &QLineEdit::textEdited, this, [this] { dirty_ = true; });
    connect(panel_, &PreAssessmentPanel::entryRequested, this, &GridForm::entryRequested);
    connect(&store_, &EvaluationGridStore::changed, this, [this] { refresh(); });
    refresh(true);
}

QComboBox* GridForm::verdictBox(int row) const {
    return qobject_cast<QComboBox*>(table_->cellWidget(row, kVerdictColumn));
}

void GridForm::refresh(bool discard) {
    if (discard) dirty_ = false;
    if (!dirty_) fill();
    showStatus();
}

void GridForm::fill() {
    filling_ = true;
    const int current = std::max(0, table_->currentRow());
    table_->setRowCount(0);
    if (store_.isOpen()) {
        const auto& e = store_.evaluation();
        const auto& grid = e.evaluator(evaluator_);
        name_->setText(text(grid.name));
        role_->setText(text(grid.role));
        table_->setRowCount(static_cast<int>(e.criteria().size()));
        for (int row = 0; row < table_->rowCount(); ++row) {
            const auto& c = e.criteria()[static_cast<std::size_t>(row)];
            auto* id =
                new QTableWidgetItem(QStringLiteral("%1 — %2").arg(text(c.id), text(c.title)));
            id->setData(kIdRole, text(c.id));
            id->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            id->setToolTip(tr("Compétence : %1").arg(text(c.competence)));
            table_->setItem(row, 0, id);
            const auto automatic = cmcsim::automaticVerdict(e.preAssessment(), c.id);
            auto* pre = new QTableWidgetItem(EvaluationWorkspace::verdictText(automatic));
            pre->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            pre->setBackground(EvaluationWorkspace::verdictColour(automatic));
            table_->setItem(row, 1, pre);
            auto* box = GridVerdicts::chooser(tr("— à juger —"));
            const auto judged = grid.criteria.find(c.id);
            GridVerdicts::select(*box, judged == grid.criteria.end()
                                           ? std::nullopt
                                           : std::optional(judged->second.verdict));
            connect(box, &QComboBox::currentIndexChanged, this, [this] {
                if (!filling_) dirty_ = true;
            });
            table_->setCellWidget(row, kVerdictColumn, box);
            table_->setItem(
                row, kCommentColumn,
                new QTableWidgetItem(judged == grid.criteria.end() ? QString()
                                                                   : text(judged->second.comment)));
        }
        table_->resizeRowsToContents();
        table_->setCurrentCell(std::min(current, table_->rowCount() - 1), kCommentColumn);
    }
    filling_ = false;
    showCurrent();
}

void GridForm::showStatus() {
    const bool open = store_.isOpen();
    const bool locked = !open || frozen(store_.evaluation());
    GridVerdicts::lock(*table_, kVerdictColumn, kCommentColumn, locked);
    name_->setReadOnly(locked);
    role_->setReadOnly(locked);
    fromAutomatic_->setEnabled(!locked);
    save_->setEnabled(!locked);
    if (!open) {
        status_->setText(tr("Ouvrez ou créez d'abord le fichier d'évaluation."));
        return;
    }
    const auto& e = store_.evaluation();
    const int judged = EvaluationGridStore::judgedCount(e, evaluator_);
    const int total = static_cast<int>(e.criteria().size());
    QString message;
    if (e.signedByAny())
        message = tr("Grille signée : elle ne peut plus changer.");
    else if (EvaluationGridStore::bothFinished(e))
        message =
            tr("Les deux grilles sont terminées : elles restent telles quelles, pour que "
               "l'accord compare des jugements indépendants. Le verdict convenu se décide "
               "dans « Accord et signatures ».");
    else if (EvaluationGridStore::finished(e, evaluator_))
        message = tr("Grille terminée : vos %1 critères ont un verdict enregistré. Vous pouvez "
                     "encore la modifier tant que l'autre évaluateur n'a pas terminé la sienne.")
                      .arg(total);
    else
        message = tr("%1 critère(s) sur %2 ont votre verdict enregistré. Votre grille est "
                     "terminée quand chaque critère en a un ; celle de l'autre évaluateur reste "
                     "masquée jusqu'à ce que les deux soient terminées.",
                     nullptr, Counts::plural(judged))
                      .arg(judged)
                      .arg(total);
    if (dirty_) message += tr(" <b>Modifications non enregistrées.</b>");
    status_->setText(message);
}

void GridForm::showCurrent() {
    const auto* item = table_->item(table_->currentRow(), 0);
    if (!store_.isOpen() || !item) return;
    panel_->showCriterion(store_.evaluation(), item->data(kIdRole).toString().toStdString());
}

void GridForm::startFromPreAssessment() {
    if (!store_.isOpen()) return;
    const auto& e = store_.evaluation();
    for (int row = 0; row < table_->rowCount(); ++row) {
        auto* box = verdictBox(row);
        if (!box || GridVerdicts::selected(*box)) continue;
        GridVerdicts::select(
            *box,
            cmcsim::automaticVerdict(e.preAssessment(),
                                     table_->item(row, 0)->data(kIdRole).toString().toStdString()));
    }
    showStatus();
}

bool GridForm::frozen(const cmcsim::Evaluation& evaluation) {
    return evaluation.signedByAny() || EvaluationGridStore::bothFinished(evaluation);
}

bool GridForm::save() {
    if (!store_.isOpen() || frozen(store_.evaluation())) return false;
    const auto name = name_->text().trimmed().toStdString();
    const auto role = role_->text().trimmed().toStdString();
    const auto judgements = GridVerdicts::judgements(*table_, kVerdictColumn, kCommentColumn);
    const int number = evaluator_;
    // Everything is written again, changed or not: on a signed grid the engine refuses it.
    const bool saved = store_.update([&](cmcsim::Evaluation& e) {
        e.setEvaluator(number, name, role);
        for (const auto& [id, judgement] : judgements) e.judge(number, id, judgement);
    });
    if (saved) refresh(true);
    return saved;
}
