#include "evaluation/GridWorkspace.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "common/StudioSession.h"
#include "common/StudioText.h"
#include "evaluation/AgreementView.h"
#include "evaluation/EvaluationGridStore.h"
#include "evaluation/GridForm.h"

using namespace studio;

namespace {
// The message above the tabs: a refusal in red, a PDF written in green.
const QString kRefused =
    QStringLiteral("QLabel { color: #8a0015; background: #ffebee; padding: 4px; }");
const QString kDone =
    QStringLiteral("QLabel { color: #1b5e20; background: #e8f5e9; padding: 4px; }");
}  // namespace

GridWorkspace::GridWorkspace(StudioSession& session, QWidget* parent) : QWidget(parent) {
    store_ = new EvaluationGridStore(session, this);
    file_ = new QLabel;
    file_->setObjectName(QStringLiteral("gridFile"));
    file_->setWordWrap(true);
    file_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    createOrOpen_ = new QPushButton(tr("Créer ou ouvrir l'évaluation"));
    createOrOpen_->setObjectName(QStringLiteral("gridCreateOrOpen"));
    createOrOpen_->setToolTip(
        tr("Ouvre le fichier d'évaluation (.cmceval) à côté de l'épreuve, ou le crée avec la "
           "pré-évaluation automatique à la remise. L'épreuve n'est jamais modifiée."));
    openOther_ = new QPushButton(tr("Ouvrir une autre évaluation…"));
    message_ = new QLabel;
    message_->setObjectName(QStringLiteral("gridMessage"));
    message_->setWordWrap(true);
    message_->hide();
    auto* top = new QHBoxLayout;
    top->addWidget(file_, 1);
    top->addWidget(createOrOpen_);
    top->addWidget(openOther_);

    tabs_ = new QTabWidget;
    tabs_->setObjectName(QStringLiteral("gridTabs"));
    for (int n = 1; n <= 2; ++n) {
        auto* form = new GridForm(*store_, n);
        forms_[static_cast<std::size_t>(n - 1)] = form;
        tabs_->addTab(form, tr("Grille de l'évaluateur %1").arg(n));
        connect(form, &GridForm::entryRequested, this, &GridWorkspace::entryRequested);
    }
    agreement_ = new AgreementView(*store_);
    tabs_->addTab(agreement_, tr("Accord et signatures"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(message_);
    layout->addWidget(tabs_, 1);

    connect(createOrOpen_, &QPushButton::clicked, this, &GridWorkspace::createOrOpen);
    connect(openOther_, &QPushButton::clicked, this, &GridWorkspace::openOtherDialog);
    connect(store_, &EvaluationGridStore::failed, this, [this](const QString& why) {
        message_->setStyleSheet(kRefused);
        message_->setText(why);
        message_->show();
    });
    connect(store_, &EvaluationGridStore::exported, this, [this](const QString& file) {
        message_->setStyleSheet(kDone);
        message_->setText(tr("Grille écrite dans %1.").arg(file));
        message_->show();
    });
    connect(store_, &EvaluationGridStore::changed, this, [this] {
        message_->hide();
        showFile();
    });
    showFile();
}

void GridWorkspace::createOrOpen() {
    auto receipt = receipt_;
    if (receipt.isEmpty() &&
        !QFileInfo::exists(EvaluationGridStore::besideAttempt(store_->attemptFile()))) {
        bool ok = false;
        receipt = QInputDialog::getText(
            this, tr("Reçu de remise"),
            tr("Reçu donné au candidat à la remise (XXXX-XXXX-XXXX-XXXX) : lui seul prouve que "
               "le journal de ce fichier finit bien par cette remise."),
            QLineEdit::Normal, QString(), &ok);
        if (!ok) return;
    }
    store_->createOrOpen(receipt);
}

void GridWorkspace::openOtherDialog() {
    const auto file = QFileDialog::getOpenFileName(this, tr("Ouvrir une évaluation"),
                                                   QFileInfo(store_->attemptFile()).absolutePath(),
                                                   tr("Évaluations cmcsim (*.cmceval)"));
    if (!file.isEmpty()) store_->open(file);
}

void GridWorkspace::showFile() {
    createOrOpen_->setVisible(!store_->isOpen());
    if (!store_->isOpen()) {
        file_->setText(tr("<b>Grille des deux évaluateurs.</b> Son fichier (%1) vit à côté de "
                          "l'épreuve, lié à son reçu de remise.")
                           .arg(QFileInfo(EvaluationGridStore::besideAttempt(store_->attemptFile()))
                                    .fileName()
                                    .toHtmlEscaped()));
        return;
    }
    const auto& e = store_->evaluation();
    file_->setText(tr("<b>Évaluation</b> %1 — épreuve de reçu %2, scénario « %3 », candidat·e "
                      "%4.")
                       .arg(store_->file().toHtmlEscaped(), html(e.binding().receipt),
                            html(e.binding().scenarioName),
                            e.binding().candidate.empty() ? tr("(non renseigné)")
                                                          : html(e.binding().candidate)));
    for (int n = 1; n <= 2; ++n) {
        const auto& name = e.evaluator(n).name;
        tabs_->setTabText(n - 1, name.empty()
                                     ? tr("Grille de l'évaluateur %1").arg(n)
                                     : tr("Grille de %1 (évaluateur %2)").arg(text(name)).arg(n));
    }
}
