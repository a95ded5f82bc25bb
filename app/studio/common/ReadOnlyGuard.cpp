#include "common/ReadOnlyGuard.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

#include "common/StudioSession.h"

namespace {

// Disables its parent widget again whenever something enables it.
class StayDisabled : public QObject {
public:
    explicit StayDisabled(QWidget* widget) : QObject(widget) { widget->installEventFilter(this); }

    bool eventFilter(QObject* watched, QEvent* event) override {
        auto* widget = static_cast<QWidget*>(watched);
        if (event->type() == QEvent::EnabledChange && widget->isEnabled())
            widget->setEnabled(false);
        return false;
    }
};

}  // namespace

namespace studio {

void guardCommand(QWidget* command, const StudioSession& session) {
    if (!session.evaluator()) return;
    command->setEnabled(false);
    command->setToolTip(
        QCoreApplication::translate("ReadOnlyGuard",
                                    "Mode évaluateur : l'épreuve est ouverte en lecture seule, "
                                    "aucune action ne peut y être enregistrée."));
    new StayDisabled(command);
}

}  // namespace studio
