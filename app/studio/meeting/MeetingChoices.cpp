#include "meeting/MeetingChoices.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <set>

#include "cmcsim/reference/MeetingBank.h"
#include "common/StudioText.h"
#include "common/WrappingItemDelegate.h"

using namespace studio;

MeetingChoices::MeetingChoices(QWidget* parent) : QWidget(parent) {
    tree_ = new QTreeWidget;
    tree_->setObjectName(QStringLiteral("meetingChoices"));
    tree_->setHeaderHidden(true);
    tree_->setColumnCount(1);
    // Each sentence whole, over two lines when it must: a cut one could not be chosen knowingly.
    WrappingItemDelegate::install(tree_);
    tree_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree_->setToolTip(
        tr("Double-cliquer sur une phrase pour la dire à l'entreprise. Choisir une "
           "phrase d'une phase suivante fait passer le rendez-vous à cette phase : "
           "on ne revient pas en arrière."));
    say_ = new QPushButton(QIcon::fromTheme(QStringLiteral("mail-send")), tr("Dire"));
    say_->setObjectName(QStringLiteral("meetingSay"));
    say_->setEnabled(false);
    auto* title = new QLabel(tr("<b>Que dire ?</b> Questions et arguments, par phase"));
    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(title, 1);
    top->addWidget(say_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(tree_, 1);
    connect(tree_, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { say_->setEnabled(enabled_ && !idOf(item).isEmpty()); });
    connect(tree_, &QTreeWidget::itemDoubleClicked, this, [this] { sayCurrent(); });
    connect(say_, &QPushButton::clicked, this, &MeetingChoices::sayCurrent);
}

QString MeetingChoices::idOf(const QTreeWidgetItem* item) {
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void MeetingChoices::showChoices(const std::vector<cmcsim::MeetingAlternative>& allowed,
                                 const cmcsim::MeetingBank& bank, cmcsim::MeetingPhase current) {
    tree_->clear();
    std::set<std::string> ids;
    for (const auto& a : allowed) ids.insert(a.id);
    QTreeWidgetItem* group = nullptr;
    std::optional<cmcsim::MeetingPhase> phase;
    for (const auto& e : bank.entries) {
        if (!ids.contains(e.id)) continue;
        if (!phase || *phase != e.phase) {
            phase = e.phase;
            group = new QTreeWidgetItem(tree_);
            group->setText(0, e.phase == current
                                  ? tr("%1 (phase en cours)").arg(text(meetingPhaseLabel(e.phase)))
                                  : text(meetingPhaseLabel(e.phase)));
            auto font = group->font(0);
            font.setBold(true);
            group->setFont(0, font);
            group->setFlags(Qt::ItemIsEnabled);
            group->setExpanded(e.phase == current ||
                               (current == cmcsim::MeetingPhase::Preparation &&
                                e.phase == cmcsim::MeetingPhase::Opening));
        }
        auto* item = new QTreeWidgetItem(group);
        item->setText(0, text(e.wording));
        item->setToolTip(0, text(e.wording));
        item->setData(0, Qt::UserRole, text(e.id));
    }
    say_->setEnabled(false);
}

void MeetingChoices::setCommandsEnabled(bool enabled, const QString& why) {
    enabled_ = enabled;
    say_->setEnabled(enabled && !idOf(tree_->currentItem()).isEmpty());
    say_->setToolTip(enabled ? tr("Dire la phrase choisie à l'entreprise") : why);
}

bool MeetingChoices::select(const QString& id) {
    for (int g = 0; g < tree_->topLevelItemCount(); ++g) {
        auto* group = tree_->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (idOf(group->child(i)) == id) {
                group->setExpanded(true);
                tree_->setCurrentItem(group->child(i));
                tree_->scrollToItem(group->child(i));
                return true;
            }
    }
    return false;
}

void MeetingChoices::sayCurrent() {
    const auto* item = tree_->currentItem();
    const auto id = idOf(item);
    if (!enabled_ || id.isEmpty()) return;
    Q_EMIT chosen(id, item->text(0));
}
