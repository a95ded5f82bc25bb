#include "shell/LanguageMenu.h"

#include <QActionGroup>
#include <QMessageBox>
#include <utility>

#include "common/InterfaceLanguage.h"

LanguageMenu::LanguageMenu(QWidget* parent) : QMenu(tr("&Langue"), parent) {
    auto* group = new QActionGroup(this);
    const QString current = InterfaceLanguage::current();
    for (const auto& [code, name] : {std::pair{QStringLiteral("fr"), QStringLiteral("Français")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        auto* action = addAction(name);
        action->setCheckable(true);
        action->setChecked(current == code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            InterfaceLanguage::save(code);
            if (code != InterfaceLanguage::current())
                QMessageBox::information(parentWidget(), tr("Langue"),
                                         tr("La langue choisie s'appliquera au prochain "
                                            "démarrage."));
        });
    }
}
