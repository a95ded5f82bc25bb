#include "evaluation/AgreementView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "cmcsim/assess/Agreement.h"
#include "common/Counts.h"
#include "common/StudioText.h"
#include "evaluation/EvaluationGridStore.h"
#include "evaluation/EvaluationWorkspace.h"
#include "evaluation/GridVerdicts.h"

using namespace studio;

namespace {
constexpr int kIdRole = Qt::UserRole;  // the criterion's id, on column 0
constexpr int kAgreementColumn = 4;

QTableWidgetItem* fixedItem(const QString& label) {
    auto* item = new QTableWidgetItem(label);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

// An evaluator's verdict cell: the verdict on its colour, the comment in the tooltip.
QTableWidgetItem* judgementItem(const cmcsim::EvaluatorGrid& grid, const std::string& id) {
    const auto found = grid.criteria.find(id);
    if (found == grid.criteria.end()) return fixedItem(QStringLiteral("—"));
    auto* item = fixedItem(EvaluationWorkspace::verdictText(found->second.verdict));
    item->setBackground(EvaluationWorkspace::verdictColour(found->second.verdict));
    item->setToolTip(found->second.comment.empty()
                         ? AgreementView::tr("(sans commentaire)")
                         : AgreementView::tr("Commentaire : %1").arg(text(found->second.comment)));
    return item;
}

// Today in UTC, as the engine dates signatures (Evaluation::today).
QDate today() {
    return QDate::fromString(QString::fromStdString(cmcsim::Evaluation::today()), Qt::ISODate);
}

QString evaluatorTitle(const cmcsim::Evaluation& e, int number) {
    const auto& name = e.evaluator(number).name;
    return name.empty() ? AgreementView::tr("Évaluateur %1").arg(number) : text(name);
}
}  // namespace

AgreementView::AgreementView(EvaluationGridStore& store, QWidget* parent)
    : QWidget(parent), store_(store) {
    waiting_ = new QLabel;
    waiting_->setObjectName(QStringLiteral("agreementWaiting"));
    waiting_->setWordWrap(true);
    waiting_->setAlignment(Qt::AlignCenter);
    waiting_->setMargin(40);

    statistics_ = new QLabel;
    statistics_->setObjectName(QStringLiteral("agreementStatistics"));
    statistics_->setWordWrap(true);
    table_ = new QTableWidget(0, 7);
    table_->setObjectName(QStringLiteral("agreementTable"));
    // Fixed widths, the verdicts wrapped on two lines, so that the agreed comment keeps room at
    // 1366 pixels wide.
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->horizontalHeader()->setSectionResizeMode(kCommentColumn, QHeaderView::Stretch);
    for (const auto& [column, width] :
         {std::pair{0, 165}, std::pair{1, 120}, std::pair{2, 120}, std::pair{3, 120},
          std::pair{kAgreementColumn, 100}, std::pair{kAgreedColumn, 195}})
        table_->setColumnWidth(column, width);
    table_->setWordWrap(true);
    table_->verticalHeader()->hide();
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    connect(table_, &QTableWidget::itemChanged, this, [this] {
        if (!filling_) dirty_ = true;
    });

    // Beside the table: the comment under each bloc's table, then the signatures.
    auto* side = new QWidget;
    auto* blocs = new QVBoxLayout(side);
    blocs->setContentsMargins(0, 0, 0, 0);
    blocs->addWidget(new QLabel(tr("<b>Commentaire sous le tableau de chaque bloc</b>")));
    for (std::size_t i = 0; i < blocs_.size(); ++i) {
        blocs_[i] = new QPlainTextEdit;
        blocs_[i]->setObjectName(QStringLiteral("agreementBloc%1").arg(i));
        connect(blocs_[i], &QPlainTextEdit::textChanged, this, [this] {
            if (!filling_) dirty_ = true;
        });
        blocLabels_[i] = new QLabel;
        blocs->addWidget(blocLabels_[i]);
        blocs->addWidget(blocs_[i]);
    }
    common_ = new QPushButton(tr("Reprendre les verdicts communs"));
    common_->setToolTip(
        tr("Met comme verdict convenu celui des deux évaluateurs là où ils sont "
           "d'accord et où rien n'est encore convenu ; rien n'est enregistré "
           "avant « Enregistrer l'accord »."));
    save_ = new QPushButton(tr("Enregistrer l'accord"));
    save_->setObjectName(QStringLiteral("agreementSave"));
    date_ = new QDateEdit(today());
    date_->setObjectName(QStringLiteral("agreementDate"));
    date_->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    date_->setCalendarPopup(true);
    for (int n = 1; n <= 2; ++n) {
        auto*& button = sign_[static_cast<std::size_t>(n - 1)];
        button = new QPushButton;
        button->setObjectName(QStringLiteral("agreementSign%1").arg(n));
        connect(button, &QPushButton::clicked, this, [this, n] { sign(n); });
    }
    export_ = new QPushButton(tr("Exporter la grille en PDF…"));
    export_->setObjectName(QStringLiteral("agreementExport"));
    signatures_ = new QLabel;
    signatures_->setObjectName(QStringLiteral("agreementSignatures"));
    signatures_->setWordWrap(true);
    signatures_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* actions = new QHBoxLayout;
    actions->addWidget(common_);
    actions->addWidget(save_);
    actions->addStretch(1);
    actions->addWidget(new QLabel(tr("Date de signature :")));
    actions->addWidget(date_);
    actions->addWidget(sign_[0]);
    actions->addWidget(sign_[1]);
    actions->addWidget(export_);

    auto* view = new QWidget;
    auto* layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(statistics_);
    blocs->addStretch(1);
    auto* splitter = new QSplitter;
    splitter->addWidget(table_);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({1080, 260});
    layout->addWidget(splitter, 1);
    layout->addWidget(signatures_);
    layout->addLayout(actions);
    pages_ = new QStackedWidget;
    pages_->addWidget(waiting_);
    pages_->addWidget(view);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(pages_);

    connect(common_, &QPushButton::clicked, this, &AgreementView::takeCommonVerdicts);
    connect(save_, &QPushButton::clicked, this, &AgreementView::save);
    connect(export_, &QPushButton::clicked, this, &AgreementView::exportPdfDialog);
    connect(&store_, &EvaluationGridStore::changed, this, [this] { refresh(); });
    refresh(true);
}

bool AgreementView::unlocked() const {
    return pages_->currentIndex() == 1;
}

QComboBox* AgreementView::agreedBox(int row) const {
    return qobject_cast<QComboBox*>(table_->cellWidget(row, kAgreedColumn));
}

void AgreementView::refresh(bool discard) {
    if (discard) dirty_ = false;
    if (!store_.isOpen() || !EvaluationGridStore::bothFinished(store_.evaluation())) {
        pages_->setCurrentIndex(0);
        if (!store_.isOpen()) {
            waiting_->setText(tr("Ouvrez ou créez d'abord le fichier d'évaluation."));
            return;
        }
        const auto& e = store_.evaluation();
        const int total = static_cast<int>(e.criteria().size());
        waiting_->setText(
            tr("<p>L'accord s'ouvre quand les deux évaluateurs ont terminé leur grille (un verdict "
               "enregistré pour chacun des %1 critères).</p><p>%2 : %3 sur %1 ; %4 : %5 sur "
               "%1.</p><p>Jusque-là, chacun remplit sa grille sans voir les verdicts de "
               "l'autre.</p>")
                .arg(total)
                .arg(evaluatorTitle(e, 1).toHtmlEscaped())
                .arg(EvaluationGridStore::judgedCount(e, 1))
                .arg(evaluatorTitle(e, 2).toHtmlEscaped())
                .arg(EvaluationGridStore::judgedCount(e, 2)));
        return;
    }
    pages_->setCurrentIndex(1);
    if (!dirty_) fill();
    showState();
}

void AgreementView::fill() {
    filling_ = true;
    const auto& e = store_.evaluation();
    const auto stats = cmcsim::AgreementStatistics::of(e);
    table_->setHorizontalHeaderLabels({tr("Critère"), tr("Automatique"), evaluatorTitle(e, 1),
                                       evaluatorTitle(e, 2), tr("Accord"), tr("Verdict convenu"),
                                       tr("Commentaire convenu")});
    table_->setRowCount(static_cast<int>(stats.criteria.size()));
    for (int row = 0; row < table_->rowCount(); ++row) {
        const auto& a = stats.criteria[static_cast<std::size_t>(row)];
        const auto* c = e.criterion(a.criterion);
        auto* id = fixedItem(c ? QStringLiteral("%1 — %2").arg(text(c->id), text(c->title))
                               : text(a.criterion));
        id->setData(kIdRole, text(a.criterion));
        if (c) id->setToolTip(tr("Compétence : %1").arg(text(c->competence)));
        table_->setItem(row, 0, id);
        auto* automatic = fixedItem(EvaluationWorkspace::verdictText(a.automatic));
        automatic->setBackground(EvaluationWorkspace::verdictColour(a.automatic));
        table_->setItem(row, 1, automatic);
        table_->setItem(row, 2, judgementItem(e.evaluator(1), a.criterion));
        table_->setItem(row, 3, judgementItem(e.evaluator(2), a.criterion));
        auto* agreement = fixedItem(
            a.disagreement ? tr("≠ désaccord")
                           : (a.first && a.second ? tr("= accord") : QStringLiteral("—")));
        if (a.disagreement) {
            agreement->setForeground(QColor(0xb0, 0x00, 0x20));
            auto font = agreement->font();
            font.setBold(true);
            agreement->setFont(font);
            id->setBackground(QColor(0xff, 0xeb, 0xee));
        }
        table_->setItem(row, kAgreementColumn, agreement);
        const auto agreed = e.agreed().find(a.criterion);
        auto* box = GridVerdicts::chooser(tr("— à convenir —"));
        GridVerdicts::select(*box, agreed == e.agreed().end()
                                       ? std::nullopt
                                       : std::optional(agreed->second.verdict));
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!filling_) dirty_ = true;
        });
        table_->setCellWidget(row, kAgreedColumn, box);
        table_->setItem(row, kCommentColumn,
                        new QTableWidgetItem(
                            agreed == e.agreed().end() ? QString() : text(agreed->second.comment)));
    }
    table_->resizeRowsToContents();
    // A signature is dated between the hand-in and today (Evaluation::sign).
    date_->setDateRange(QDate::fromString(text(e.binding().sealedAt.substr(0, 10)), Qt::ISODate),
                        today());
    const auto blocs = e.blocs();
    for (std::size_t i = 0; i < blocs_.size(); ++i) {
        blocs_[i]->setVisible(i < blocs.size());
        blocLabels_[i]->setVisible(i < blocs.size());
        if (i >= blocs.size()) continue;
        blocLabels_[i]->setText(tr("Bloc %1").arg(blocs[i]));
        const auto comment = e.blocComments().find(blocs[i]);
        blocs_[i]->setPlainText(comment == e.blocComments().end() ? QString()
                                                                  : text(comment->second));
        blocs_[i]->setPlaceholderText(tr("Commentaire sous le tableau du bloc %1").arg(blocs[i]));
    }
    const auto kappa = [](const cmcsim::Kappa& k) {
        return tr("%1 (sur %2 critère(s), accord observé %3)", nullptr, Counts::plural(k.items))
            .arg(text(cmcsim::kappaText(k)))
            .arg(k.items)
            .arg(percent(k.observed, 0));
    };
    statistics_->setText(
        tr("<b>%1</b> %2. Kappa de Cohen — "
           "%3 / %4 : <b>%5</b> ; %3 / automatique : %6 ; %4 / automatique : %7. Seuls les "
           "verdicts "
           "acquis, partiellement acquis et non acquis comptent (docs/evaluation-grid.md).")
            .arg(tr("%1 désaccord(s)", nullptr, Counts::plural(stats.disagreements))
                     .arg(stats.disagreements),
                 tr("sur %1 critère(s) jugé(s) par les deux", nullptr,
                    Counts::plural(stats.judgedByBoth))
                     .arg(stats.judgedByBoth))
            .arg(evaluatorTitle(e, 1).toHtmlEscaped(), evaluatorTitle(e, 2).toHtmlEscaped(),
                 kappa(stats.evaluators), kappa(stats.firstVsAutomatic),
                 kappa(stats.secondVsAutomatic)));
    filling_ = false;
}

void AgreementView::showState() {
    const auto& e = store_.evaluation();
    const bool locked = e.signedByAny();
    GridVerdicts::lock(*table_, kAgreedColumn, kCommentColumn, locked);
    for (auto* bloc : blocs_) bloc->setReadOnly(locked);
    common_->setEnabled(!locked);
    save_->setEnabled(!locked);
    QStringList lines;
    for (int n = 1; n <= 2; ++n) {
        const auto& grid = e.evaluator(n);
        const cmcsim::Signature* signature = nullptr;
        for (const auto& s : e.signatures())
            if (s.evaluator == n) signature = &s;
        auto* button = sign_[static_cast<std::size_t>(n - 1)];
        button->setText(tr("Signer : %1").arg(evaluatorTitle(e, n)));
        button->setEnabled(!signature);
        const auto who = grid.role.empty() ? evaluatorTitle(e, n).toHtmlEscaped()
                                           : tr("%1 (%2)").arg(evaluatorTitle(e, n).toHtmlEscaped(),
                                                               html(grid.role));
        lines << (signature ? tr("%1 : signé le %2").arg(who, html(signature->date))
                            : tr("%1 : pas encore signé").arg(who));
    }
    const auto missing = e.missingAgreement();
    QString state;
    if (e.complete())
        state = tr("<b>Grille signée par les deux évaluateurs, en lecture seule.</b> Code de la "
                   "grille : <b>%1</b>")
                    .arg(html(e.code()));
    else if (locked)
        state =
            tr("<b>Signée par un évaluateur : la grille ne peut plus changer</b> ; l'autre "
               "évaluateur signe à son tour.");
    else if (!missing.empty())
        state = tr("%1 critère(s) sans verdict convenu : chaque critère en demande un avant la "
                   "signature.",
                   nullptr, Counts::plural(static_cast<double>(missing.size())))
                    .arg(missing.size());
    else
        state =
            tr("Chaque critère a son verdict convenu : les deux évaluateurs peuvent signer "
               "(après, plus rien ne change).");
    signatures_->setText(tr("Signatures — %1. %2").arg(lines.join(QStringLiteral(" ; ")), state));
}

void AgreementView::takeCommonVerdicts() {
    if (!unlocked()) return;
    const auto& e = store_.evaluation();
    for (int row = 0; row < table_->rowCount(); ++row) {
        auto* box = agreedBox(row);
        if (!box || GridVerdicts::selected(*box)) continue;
        const auto id = table_->item(row, 0)->data(kIdRole).toString().toStdString();
        const auto first = e.evaluator(1).criteria.find(id);
        const auto second = e.evaluator(2).criteria.find(id);
        if (first != e.evaluator(1).criteria.end() && second != e.evaluator(2).criteria.end() &&
            first->second.verdict == second->second.verdict)
            GridVerdicts::select(*box, first->second.verdict);
    }
}

bool AgreementView::save() {
    if (!unlocked()) return false;
    const auto agreed = GridVerdicts::judgements(*table_, kAgreedColumn, kCommentColumn);
    std::vector<std::pair<int, std::string>> comments;
    const auto blocs = store_.evaluation().blocs();
    for (std::size_t i = 0; i < blocs.size() && i < blocs_.size(); ++i)
        comments.emplace_back(blocs[i], blocs_[i]->toPlainText().trimmed().toStdString());
    // Everything is written again, changed or not: on a signed grid the engine refuses it.
    const bool saved = store_.update([&](cmcsim::Evaluation& e) {
        for (const auto& [id, judgement] : agreed) e.agree(id, judgement);
        for (const auto& [bloc, comment] : comments)
            if (!comment.empty() || e.blocComments().contains(bloc)) e.commentBloc(bloc, comment);
    });
    if (saved) refresh(true);
    return saved;
}

bool AgreementView::sign(int number) {
    if (!unlocked()) return false;
    if (dirty_ && !store_.evaluation().signedByAny() && !save()) return false;
    const auto date = date_->date().toString(Qt::ISODate).toStdString();
    return store_.update([&](cmcsim::Evaluation& e) { e.sign(number, date); });
}

QString AgreementView::exportPdfDialog() {
    if (!store_.isOpen()) return {};
    const QFileInfo attempt(store_.attemptFile());
    const auto proposed =
        attempt.dir().filePath(attempt.completeBaseName() + QStringLiteral("-grille.pdf"));
    auto file = QFileDialog::getSaveFileName(this, tr("Exporter la grille d'évaluation en PDF"),
                                             proposed, tr("Documents PDF (*.pdf)"));
    if (file.isEmpty()) return {};
    if (QFileInfo(file).suffix().isEmpty()) file += QStringLiteral(".pdf");
    return store_.exportPdf(file) ? file : QString();
}
