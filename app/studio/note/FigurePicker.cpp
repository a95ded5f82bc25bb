#include "note/FigurePicker.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "cmcsim/core/TextQuery.h"

namespace {
constexpr int kIndexRole = Qt::UserRole + 1;
}

FigurePicker::FigurePicker(std::vector<cmcsim::KeyFigure> figures, QWidget* parent)
    : QDialog(parent), figures_(std::move(figures)) {
    setWindowTitle(tr("Insérer un chiffre"));
    resize(820, 520);
    search_ = new QLineEdit;
    search_->setPlaceholderText(tr("Rechercher un chiffre (libellé, source, thème)…"));
    search_->setClearButtonEnabled(true);
    tree_ = new QTreeWidget;
    tree_->setHeaderLabels({tr("Chiffre"), tr("Valeur"), tr("Source")});
    tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree_->setColumnWidth(1, 140);
    tree_->setColumnWidth(2, 280);
    QTreeWidgetItem* theme = nullptr;
    for (std::size_t i = 0; i < figures_.size(); ++i) {
        const auto& f = figures_[i];
        const auto themeName = QString::fromStdString(f.theme);
        if (!theme || theme->text(0) != themeName) {
            theme = new QTreeWidgetItem(tree_, {themeName});
            theme->setFlags(Qt::ItemIsEnabled);
            theme->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(
            theme, {QString::fromStdString(f.label), QString::fromStdString(f.shown()),
                    QString::fromStdString(f.source)});
        item->setData(0, kIndexRole, static_cast<qulonglong>(i));
        item->setToolTip(0, QString::fromStdString(f.id));
        item->setToolTip(2, QString::fromStdString(f.source));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Insérer"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(tree_, &QTreeWidget::currentItemChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(chosen().has_value());
    });
    connect(tree_, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (chosen()) accept();
    });
    connect(search_, &QLineEdit::textChanged, this, &FigurePicker::filter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(search_);
    layout->addWidget(tree_);
    layout->addWidget(buttons);
}

void FigurePicker::filter(const QString& text) {
    const cmcsim::TextQuery query(text.toStdString());
    for (int t = 0; t < tree_->topLevelItemCount(); ++t) {
        auto* theme = tree_->topLevelItem(t);
        int shown = 0;
        for (int c = 0; c < theme->childCount(); ++c) {
            auto* item = theme->child(c);
            const auto& f = figures_[item->data(0, kIndexRole).toULongLong()];
            const bool match =
                query.matchesText(f.theme + " " + f.label + " " + f.source + " " + f.id);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        theme->setHidden(shown == 0);
    }
}

std::optional<cmcsim::KeyFigure> FigurePicker::chosen() const {
    const auto* item = tree_->currentItem();
    if (!item || !item->parent() || item->isHidden()) return std::nullopt;
    return figures_[item->data(0, kIndexRole).toULongLong()];
}
