#include "shell/OpeningPage.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace {
// QProgressBar counts in int: large tables are shown in thousandths.
constexpr int kScale = 1000;
}  // namespace

OpeningPage::OpeningPage(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("openingPage"));
    title_ = new QLabel;
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title_->setFont(big);
    title_->setWordWrap(true);
    step_ = new QLabel;
    step_->setObjectName(QStringLiteral("openingStep"));
    bar_ = new QProgressBar;
    bar_->setObjectName(QStringLiteral("openingProgress"));
    bar_->setTextVisible(false);
    bar_->setMinimumWidth(480);
    cancel_ = new QPushButton(tr("Annuler"));
    cancel_->setObjectName(QStringLiteral("openingCancel"));
    cancel_->setToolTip(
        tr("Arrêter l'ouverture et revenir à l'accueil ; le fichier n'est pas "
           "modifié"));
    connect(cancel_, &QPushButton::clicked, this, &OpeningPage::cancelRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel_);

    auto* box = new QWidget;
    box->setMaximumWidth(720);
    auto* column = new QVBoxLayout(box);
    column->addWidget(title_);
    column->addSpacing(12);
    column->addWidget(step_);
    column->addWidget(bar_);
    column->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(box, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void OpeningPage::start(const QString& file) {
    title_->setText(tr("Ouverture de l'épreuve « %1 »").arg(QFileInfo(file).fileName()));
    title_->setToolTip(file);
    setStep(tr("Ouverture de l'épreuve…"), 0, 0);
}

void OpeningPage::setStep(const QString& step, qulonglong done, qulonglong total) {
    step_->setText(step);
    if (total == 0) {
        bar_->setRange(0, 0);
        return;
    }
    bar_->setRange(0, kScale);
    bar_->setValue(static_cast<int>(kScale * std::min(done, total) / total));
}

QString OpeningPage::step() const {
    return step_->text();
}
